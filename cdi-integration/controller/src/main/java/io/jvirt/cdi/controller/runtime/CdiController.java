package io.jvirt.cdi.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.controller.cluster.CdiSettingsSource;
import io.jvirt.cdi.controller.config.CdiConfigReconciler;
import io.jvirt.cdi.controller.datasource.DataSourceReconciler;
import io.jvirt.cdi.controller.datavolume.ApiDataVolumeActions;
import io.jvirt.cdi.controller.datavolume.DataVolumeReconciler;
import io.jvirt.cdi.controller.datavolume.HttpImportProgress;
import io.jvirt.cdi.controller.datavolume.WorkerPodReaper;
import io.jvirt.cdi.controller.decide.ImporterSettings;
import io.jvirt.cdi.controller.storageprofile.StorageProfileReconciler;
import io.jvirt.daemon.events.EventRecorder;
import java.time.Clock;

/**
 * cdi-controller wired together: the DataVolume, CDIConfig, StorageProfile and DataSource
 * reconcilers under one lease.
 */
public final class CdiController implements AutoCloseable {
  private final LeaderElectedRuntime runtime;
  private final CdiSettingsSource settings;

  /** Builds and starts cdi-controller against {@code client}. */
  public CdiController(KubernetesClient client, CdiControllerOptions options, Clock clock) {
    EventRecorder events = new EventRecorder(client, "datavolume-controller", clock);
    ImporterSettings importer =
        new ImporterSettings(
            options.importerImage(), options.pullPolicy(), 1, null, null, null, null, null);
    settings = new CdiSettingsSource(client, importer);
    runtime =
        new LeaderElectedRuntime(
            client,
            options.leaderElection() ? CdiComponents.CONTROLLER_LEASE : null,
            options.namespace(),
            options.healthPort(),
            operator -> {
              operator.register(
                  new DataVolumeReconciler(
                      new ApiDataVolumeActions(client, events),
                      settings,
                      new HttpImportProgress(),
                      clock));
              operator.register(new WorkerPodReaper(new ApiDataVolumeActions(client, events)));
              operator.register(new CdiConfigReconciler(client));
              operator.register(new StorageProfileReconciler(client, settings));
              operator.register(new DataSourceReconciler(client, clock));
            });
  }

  /** Port of the health and metrics endpoints. */
  public int healthPort() {
    return runtime.healthPort();
  }

  @Override
  public void close() {
    runtime.close();
    settings.close();
  }
}
