package io.jvirt.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vm.VmActions;
import io.jvirt.controller.vm.decide.VmiFromVm;
import io.jvirt.crds.CrdInstaller;
import io.jvirt.daemon.events.EventRecorder;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.TestNamespace;
import java.net.HttpURLConnection;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The VM controller's delete of a VMI while its VM is deleted, on the real API server: a VMI the
 * garbage collector orphaned after the controller looked at it is left running (one way {@code
 * kubectl delete vm --cascade=orphan} could lose the VMI it was meant to keep).
 */
@ExtendWith(ClusterExtension.class)
class DeleteVmiAsObservedIT {

  @BeforeAll
  static void installCrds(KubernetesClient client) {
    CrdInstaller.install(client, "jvirt-it");
  }

  @Test
  void aVmiChangedSinceItWasObservedIsNotDeleted(KubernetesClient client, TestNamespace ns) {
    VirtualMachine vm =
        client
            .resources(VirtualMachine.class)
            .inNamespace(ns.name())
            .resource(ControllerHarness.vm("kept", RunStrategy.ALWAYS))
            .create();
    VirtualMachineInstance observed = client.resource(VmiFromVm.build(vm)).create();
    client
        .resource(observed)
        .edit(
            v -> {
              v.getMetadata().getOwnerReferences().clear();
              return v;
            });
    VmActions actions =
        new VmActions(
            client,
            new EventRecorder(client, "virtualmachine-controller", Clock.systemUTC()),
            new Expectations(Clock.systemUTC()));
    try {
      KubernetesClientException refused =
          catchThrowableOfType(
              () -> actions.deleteVmiAsObserved(vm, observed), KubernetesClientException.class);

      assertThat(refused).as("the delete of a VMI changed since").isNotNull();
      assertThat(refused.getCode()).isEqualTo(HttpURLConnection.HTTP_CONFLICT);
      VirtualMachineInstance now = client.resource(observed).get();
      assertThat(now.getMetadata().getDeletionTimestamp()).isNull();

      actions.deleteVmiAsObserved(vm, now);
      VirtualMachineInstance deleted = client.resource(observed).get();
      assertThat(deleted == null || deleted.getMetadata().getDeletionTimestamp() != null).isTrue();
    } finally {
      // no controller runs here to release the VMI's finalizers
      VirtualMachineInstance left = client.resource(observed).get();
      if (left != null) {
        client
            .resource(left)
            .edit(
                v -> {
                  v.getMetadata().getFinalizers().clear();
                  return v;
                });
      }
    }
  }
}
