package io.jvirt.cdi.controller.datasource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceRefSourceDataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceStatus;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.controller.decide.DataSourceChain;
import io.jvirt.cdi.controller.decide.DataSourceDecider;
import io.jvirt.cdi.controller.decide.DataSourceObservation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps each DataSource's resolved source and Ready condition true to its PVC and DataVolume. */
@ControllerConfiguration(name = "datasource", generationAwareEventProcessing = false)
public final class DataSourceReconciler implements Reconciler<DataSource> {
  /**
   * A referenced DataSource's spec is not watched for its referrers: they look again this often.
   */
  static final Duration RESYNC = Duration.ofMinutes(1);

  private final KubernetesClient client;
  private final Clock clock;
  private InformerEventSource<PersistentVolumeClaim, DataSource> claims;
  private InformerEventSource<DataVolume, DataSource> dataVolumes;

  /** Writes statuses through {@code client}. */
  public DataSourceReconciler(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, DataSource>> prepareEventSources(
      EventSourceContext<DataSource> context) {
    var cache = context.getPrimaryCache();
    claims =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(PersistentVolumeClaim.class, DataSource.class)
                .withName("datasource-claims")
                .withSecondaryToPrimaryMapper(claim -> pointingAt(claim, cache.list()))
                .build(),
            context);
    dataVolumes =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(DataVolume.class, DataSource.class)
                .withName("datasource-datavolumes")
                .withSecondaryToPrimaryMapper(dv -> pointingAt(dv, cache.list()))
                .build(),
            context);
    return List.of(claims, dataVolumes);
  }

  @Override
  public UpdateControl<DataSource> reconcile(DataSource ds, Context<DataSource> context) {
    DataSourceRefSourceDataSource ref = DataSourceChain.reference(ds);
    DataSource referenced =
        ref == null
            ? null
            : context
                .getPrimaryCache()
                .get(new ResourceID(ref.getName(), ref.getNamespace()))
                .orElse(null);
    DataVolumeSourcePVC pvc = DataSourceChain.resolve(ds, referenced).pvc();
    PersistentVolumeClaim claim = null;
    DataVolume dv = null;
    if (pvc != null) {
      ResourceID id = new ResourceID(pvc.getName(), pvc.getNamespace());
      claim = claims.get(id).orElse(null);
      dv = dataVolumes.get(id).orElse(null);
    }
    DataSourceStatus status =
        DataSourceDecider.status(new DataSourceObservation(ds, referenced, claim, dv, clock));
    if (!Objects.equals(status, ds.getStatus())) {
      writeStatus(ds, status);
    }
    return UpdateControl.<DataSource>noUpdate().rescheduleAfter(RESYNC);
  }

  /**
   * No status subresource (as upstream), so the status is patched on the object; a JSON patch of
   * {@code /status} alone leaves the spec to its owners and drops fields the new status lacks.
   */
  private void writeStatus(DataSource ds, DataSourceStatus status) {
    String patch =
        Serialization.asJson(List.of(Map.of("op", "add", "path", "/status", "value", status)));
    client
        .resources(DataSource.class)
        .inNamespace(ds.getMetadata().getNamespace())
        .withName(ds.getMetadata().getName())
        .patch(PatchContext.of(PatchType.JSON), patch);
  }

  /** The DataSources that name {@code object} (a PVC or its DataVolume), directly or resolved. */
  static Set<ResourceID> pointingAt(
      HasMetadata object, java.util.stream.Stream<DataSource> dataSources) {
    String namespace = object.getMetadata().getNamespace();
    String name = object.getMetadata().getName();
    return dataSources
        .filter(ds -> names(ds, namespace, name))
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  private static boolean names(DataSource ds, String namespace, String name) {
    DataVolumeSourcePVC resolved =
        ds.getStatus() == null || ds.getStatus().getSource() == null
            ? null
            : ds.getStatus().getSource().getPvc();
    DataVolumeSourcePVC direct =
        ds.getSpec() == null || ds.getSpec().getSource() == null
            ? null
            : ds.getSpec().getSource().getPvc();
    String own = ds.getMetadata().getNamespace();
    return matches(resolved, own, namespace, name) || matches(direct, own, namespace, name);
  }

  private static boolean matches(
      DataVolumeSourcePVC pvc, String own, String namespace, String name) {
    if (pvc == null) {
      return false;
    }
    String ns =
        pvc.getNamespace() == null || pvc.getNamespace().isEmpty() ? own : pvc.getNamespace();
    return namespace.equals(ns) && name.equals(pvc.getName());
  }
}
