package io.jvirt.cdi.controller.config;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.CDIConfigStatus;
import io.jvirt.cdi.controller.cluster.StorageClasses;
import io.jvirt.cdi.controller.decide.ConfigStatusDecider;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Keeps CDIConfig's status true to its spec and to the storage classes the cluster has. */
@ControllerConfiguration(name = "cdiconfig", generationAwareEventProcessing = false)
public final class CdiConfigReconciler implements Reconciler<CDIConfig> {
  /** Storage classes are not watched: new ones are picked up this often. */
  static final Duration RESYNC = Duration.ofMinutes(1);

  private final KubernetesClient client;

  /** Reads storage classes through {@code client}. */
  public CdiConfigReconciler(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public UpdateControl<CDIConfig> reconcile(CDIConfig config, Context<CDIConfig> context) {
    List<StorageClassInfo> classes =
        client.storage().v1().storageClasses().list().getItems().stream()
            .map(StorageClasses::info)
            .toList();
    CDIConfigStatus status = ConfigStatusDecider.status(config.getSpec(), classes);
    if (Objects.equals(status, config.getStatus())) {
      return UpdateControl.<CDIConfig>noUpdate().rescheduleAfter(RESYNC);
    }
    config.setStatus(status);
    // no status subresource on CDIConfig (as upstream): the status goes with the object
    return UpdateControl.patchResource(config).rescheduleAfter(RESYNC);
  }
}
