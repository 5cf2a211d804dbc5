package io.jvirt.virtctl;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import io.jvirt.virtctl.client.CdiClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link CdiClient} over in-memory DataVolumes and PVCs that records what was written. */
public final class FakeCdiClient implements CdiClient {
  private final Map<String, DataVolume> dataVolumes = new HashMap<>();
  private final Map<String, PersistentVolumeClaim> claims = new HashMap<>();

  public final Set<String> storageClasses = new HashSet<>();
  public final List<DataVolume> createdDataVolumes = new ArrayList<>();
  public final List<PersistentVolumeClaim> createdClaims = new ArrayList<>();
  public final List<PersistentVolumeClaim> updatedClaims = new ArrayList<>();
  public final List<String> tokenRequests = new ArrayList<>();

  /** The CDIConfig's status.uploadProxyURL, or null. */
  public String configProxyUrl;

  public String token = "the-token";

  @Override
  public Optional<DataVolume> getDataVolume(String namespace, String name) {
    return Optional.ofNullable(dataVolumes.get(namespace + "/" + name));
  }

  @Override
  public DataVolume createDataVolume(DataVolume dataVolume) {
    createdDataVolumes.add(dataVolume);
    dataVolumes.put(key(dataVolume.getMetadata().getNamespace(), dataVolume), dataVolume);
    return dataVolume;
  }

  @Override
  public Optional<PersistentVolumeClaim> getClaim(String namespace, String name) {
    return Optional.ofNullable(claims.get(namespace + "/" + name));
  }

  @Override
  public PersistentVolumeClaim createClaim(PersistentVolumeClaim claim) {
    createdClaims.add(claim);
    // the stored copy changes as the fake controller annotates it; the recorded one does not
    PersistentVolumeClaim stored = new PersistentVolumeClaimBuilder(claim).build();
    stored.getMetadata().setAnnotations(new HashMap<>(claim.getMetadata().getAnnotations()));
    claims.put(claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName(), stored);
    return claim;
  }

  @Override
  public PersistentVolumeClaim updateClaim(PersistentVolumeClaim claim) {
    updatedClaims.add(claim);
    claims.put(claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName(), claim);
    return claim;
  }

  @Override
  public boolean storageClassExists(String name) {
    return storageClasses.contains(name);
  }

  @Override
  public Optional<String> uploadProxyUrl() {
    return Optional.ofNullable(configProxyUrl);
  }

  @Override
  public String uploadToken(String namespace, String claim) {
    tokenRequests.add(namespace + "/" + claim);
    return token;
  }

  /** Stores a PVC with the given annotations. */
  public PersistentVolumeClaim addClaim(
      String namespace, String name, Map<String, String> annotations) {
    PersistentVolumeClaim claim =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .withAnnotations(new HashMap<>(annotations))
            .endMetadata()
            .build();
    claims.put(namespace + "/" + name, claim);
    return claim;
  }

  /** Sets an annotation of a stored PVC, as the upload controller does. */
  public void annotate(String namespace, String name, String key, String value) {
    claims.get(namespace + "/" + name).getMetadata().getAnnotations().put(key, value);
  }

  /** Stores a DataVolume in {@code phase}, creating it if needed. */
  public void phase(String namespace, String name, DataVolumePhase phase) {
    DataVolume dataVolume =
        dataVolumes.computeIfAbsent(
            namespace + "/" + name,
            k -> {
              DataVolume created = new DataVolume();
              created.getMetadata().setName(name);
              created.getMetadata().setNamespace(namespace);
              return created;
            });
    if (dataVolume.getStatus() == null) {
      dataVolume.setStatus(new DataVolumeStatus());
    }
    dataVolume.getStatus().setPhase(phase);
  }

  /** Adds a condition to a stored DataVolume. */
  public void condition(String namespace, String name, String type, String message) {
    DataVolumeCondition condition = new DataVolumeCondition();
    condition.setType(type);
    condition.setStatus("False");
    condition.setMessage(message);
    DataVolumeStatus status = dataVolumes.get(namespace + "/" + name).getStatus();
    if (status.getConditions() == null) {
      status.setConditions(new ArrayList<>());
    }
    status.getConditions().add(condition);
  }

  private static String key(String namespace, DataVolume dataVolume) {
    return namespace + "/" + dataVolume.getMetadata().getName();
  }
}
