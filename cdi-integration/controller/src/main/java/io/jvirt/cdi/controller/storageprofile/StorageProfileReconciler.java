package io.jvirt.cdi.controller.storageprofile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.cdi.api.v1beta1.StorageProfileStatus;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.controller.cluster.CdiSettingsSource;
import io.jvirt.cdi.controller.decide.StorageProfileDecider;
import io.jvirt.cdi.controller.decide.StorageProfilePlan;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one StorageProfile per StorageClass. Any change to a class, a PV or a profile triggers one
 * pass over all of them, keyed on the CDIConfig singleton: a deleted class has no object left to
 * reconcile, so its profile is found as one whose class is missing.
 */
// conflicts with users editing a profile's spec are normal: retry, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
@ControllerConfiguration(name = "storageprofile", generationAwareEventProcessing = false)
public final class StorageProfileReconciler implements Reconciler<CDIConfig> {
  private static final Logger LOG = LoggerFactory.getLogger(StorageProfileReconciler.class);
  private static final Set<ResourceID> CONFIG = Set.of(new ResourceID(CdiComponents.CONFIG));

  private final KubernetesClient client;
  private final CdiSettingsSource cluster;
  private InformerEventSource<StorageClass, CDIConfig> classes;
  private InformerEventSource<PersistentVolume, CDIConfig> volumes;
  private InformerEventSource<StorageProfile, CDIConfig> profiles;

  /** Writes profiles through {@code client}; created ones get {@code cluster}'s labels. */
  public StorageProfileReconciler(KubernetesClient client, CdiSettingsSource cluster) {
    this.client = client;
    this.cluster = cluster;
  }

  @Override
  public List<EventSource<?, CDIConfig>> prepareEventSources(
      EventSourceContext<CDIConfig> context) {
    classes = informer(StorageClass.class, "profile-classes", context);
    volumes = informer(PersistentVolume.class, "profile-volumes", context);
    profiles = informer(StorageProfile.class, "profiles", context);
    return List.of(classes, volumes, profiles);
  }

  private static <R extends HasMetadata> InformerEventSource<R, CDIConfig> informer(
      Class<R> type, String name, EventSourceContext<CDIConfig> context) {
    return new InformerEventSource<>(
        InformerEventSourceConfiguration.from(type, CDIConfig.class)
            .withName(name)
            .withSecondaryToPrimaryMapper(any -> CONFIG)
            .build(),
        context);
  }

  @Override
  public UpdateControl<CDIConfig> reconcile(CDIConfig config, Context<CDIConfig> context) {
    if (!CdiComponents.CONFIG.equals(config.getMetadata().getName())) {
      return UpdateControl.noUpdate();
    }
    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            classes.list(any -> true).toList(),
            volumes.list(any -> true).toList(),
            profiles.list(any -> true).toList(),
            cluster.settings().installerLabels());
    plan.problems().forEach((name, why) -> LOG.warn("StorageProfile {}: {}", name, why));
    plan.create().forEach(this::create);
    plan.writeStatus().forEach(this::writeStatus);
    plan.delete().forEach(this::delete);
    return UpdateControl.noUpdate();
  }

  private void create(StorageProfile profile) {
    StorageProfileStatus status = profile.getStatus();
    profile.setStatus(null); // the status subresource ignores it on create
    StorageProfile created;
    try {
      created = client.resource(profile).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        return; // our cache lags: the profile's event brings the next pass
      }
      throw e;
    }
    created.setStatus(status);
    writeStatus(created);
  }

  private void writeStatus(StorageProfile profile) {
    try {
      client.resource(profile).updateStatus();
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT
          && e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
        throw e;
      }
      // a newer profile, or none: its event brings the next pass
    }
  }

  private void delete(String name) {
    client.resources(StorageProfile.class).withName(name).delete();
  }
}
