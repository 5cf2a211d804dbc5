package io.jvirt.cdi.controller.datavolume;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.controller.decide.CdiEvent;
import io.jvirt.daemon.events.EventRecorder;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link DataVolumeActions} against the API server. */
public final class ApiDataVolumeActions implements DataVolumeActions {
  private final KubernetesClient client;
  private final EventRecorder events;

  /** Writes through {@code client}, events through {@code events}. */
  public ApiDataVolumeActions(KubernetesClient client, EventRecorder events) {
    this.client = client;
    this.events = events;
  }

  @Override
  public String createClaim(PersistentVolumeClaim claim) {
    try {
      client.resource(claim).create();
      return null;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        return null; // the next observation sees it
      }
      if (e.getStatus() != null && e.getStatus().getMessage() != null) {
        return e.getStatus().getMessage();
      }
      throw e;
    }
  }

  @Override
  public void updateClaim(
      PersistentVolumeClaim claim,
      OwnerReference owner,
      Map<String, String> annotations,
      Map<String, String> labels) {
    client
        .persistentVolumeClaims()
        .inNamespace(claim.getMetadata().getNamespace())
        .withName(claim.getMetadata().getName())
        .edit(
            current -> {
              if (owner != null) {
                List<OwnerReference> owners =
                    current.getMetadata().getOwnerReferences() == null
                        ? new ArrayList<>()
                        : new ArrayList<>(current.getMetadata().getOwnerReferences());
                owners.add(owner);
                current.getMetadata().setOwnerReferences(owners);
              }
              current
                  .getMetadata()
                  .setAnnotations(merged(current.getMetadata().getAnnotations(), annotations));
              current.getMetadata().setLabels(merged(current.getMetadata().getLabels(), labels));
              return current;
            });
  }

  @Override
  public PersistentVolumeClaim readClaim(String namespace, String name) {
    return client.persistentVolumeClaims().inNamespace(namespace).withName(name).get();
  }

  @Override
  public void createPod(Pod pod) {
    createIfAbsent(pod);
  }

  @Override
  public void createService(Service service) {
    createIfAbsent(service);
  }

  @Override
  public void deleteService(String namespace, String name) {
    client.services().inNamespace(namespace).withName(name).delete();
  }

  private void createIfAbsent(HasMetadata object) {
    try {
      client.resource(object).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
    }
  }

  @Override
  public void deletePod(String namespace, String name) {
    client.pods().inNamespace(namespace).withName(name).delete();
  }

  @Override
  public void record(DataVolume dataVolume, PersistentVolumeClaim claim, CdiEvent event) {
    HasMetadata target =
        event.target() == CdiEvent.Target.CLAIM && claim != null ? claim : dataVolume;
    if (CdiEvent.WARNING.equals(event.type())) {
      events.warning(target, event.reason(), event.message());
    } else {
      events.normal(target, event.reason(), event.message());
    }
  }

  private static Map<String, String> merged(Map<String, String> current, Map<String, String> add) {
    Map<String, String> merged =
        current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
    merged.putAll(add);
    return merged;
  }
}
