package io.jvirt.controller;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import io.jvirt.common.model.WireNames;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.controller.node.decide.NodeHealth;
import io.jvirt.controller.runtime.ControllerOptions;
import io.jvirt.controller.runtime.VirtController;
import io.jvirt.crds.CrdInstaller;
import io.jvirt.testing.Pods;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * virt-controller run in the test JVM against the local cluster, plus the parts of virt-handler a
 * test plays (it writes the VMI status a handler would write: virt-handler does not exist yet).
 */
final class ControllerHarness {
  /** The launcher stand-in: busybox sleeping, so the pod runs and the VMI reaches Scheduled. */
  static final List<String> LAUNCHER_COMMAND = List.of("sh", "-c", "exec sleep 1000000");

  private ControllerHarness() {}

  /** Installs the CRDs, prepares the node as virt-handler would, and starts a virt-controller. */
  static VirtController start(KubernetesClient client) {
    CrdInstaller.install(client, "jvirt-it");
    awaitGarbageCollectorWatchesVmis(client);
    playHandlerNodeSetup(client);
    return new VirtController(client, options(), Clock.systemUTC());
  }

  /**
   * Deletes the namespace's VMs, VMI ReplicaSets and VMIs and waits until all are gone, while the
   * controller still runs to release their finalizers: the namespace can then be deleted.
   */
  static void drain(KubernetesClient client, String namespace) {
    client.resources(VirtualMachine.class).inNamespace(namespace).delete();
    client.resources(VirtualMachineInstanceReplicaSet.class).inNamespace(namespace).delete();
    client.resources(VirtualMachineInstance.class).inNamespace(namespace).delete();
    await()
        .atMost(Duration.ofMinutes(3))
        .until(
            () ->
                client
                        .resources(VirtualMachine.class)
                        .inNamespace(namespace)
                        .list()
                        .getItems()
                        .isEmpty()
                    && client
                        .resources(VirtualMachineInstance.class)
                        .inNamespace(namespace)
                        .list()
                        .getItems()
                        .isEmpty());
  }

  /**
   * The garbage collector learns new kinds from discovery every 30 s; until it watches VMIs it
   * would, for instance, finish an orphaning delete of a VM without seeing the VMI it must orphan.
   * A VMI owned by a deleted ConfigMap is collected only once the collector knows VMIs.
   */
  static void awaitGarbageCollectorWatchesVmis(KubernetesClient client) {
    String name = "gc-probe-" + UUID.randomUUID().toString().substring(0, 8);
    ConfigMap owner =
        client
            .configMaps()
            .inNamespace("default")
            .resource(new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().build())
            .create();
    VirtualMachineInstance dependent = new VirtualMachineInstance();
    dependent.setSpec(vm(name, RunStrategy.HALTED).getSpec().getTemplate().getSpec());
    dependent.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace("default")
            .addToOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("v1")
                    .withKind("ConfigMap")
                    .withName(name)
                    .withUid(owner.getMetadata().getUid())
                    .build())
            .build());
    client.resource(dependent).create();
    client.resource(owner).delete();
    var vmis = client.resources(VirtualMachineInstance.class).inNamespace("default");
    await().atMost(Duration.ofSeconds(90)).until(() -> vmis.withName(name).get() == null);
  }

  /**
   * What virt-handler does to its node before VMIs can land there: the schedulable label, and the
   * device-plugin resources launcher pods request (kvm, tun, vhost-net).
   */
  static void playHandlerNodeSetup(KubernetesClient client) {
    for (Node node : client.nodes().withLabel("jvirt.io/node", "real").list().getItems()) {
      client
          .nodes()
          .withName(node.getMetadata().getName())
          .edit(
              n -> {
                n.getMetadata().getLabels().put(KubevirtLabels.SCHEDULABLE, "true");
                return n;
              });
      client
          .nodes()
          .withName(node.getMetadata().getName())
          .editStatus(
              n -> {
                for (String device : List.of("kvm", "tun", "vhost-net")) {
                  n.getStatus()
                      .getCapacity()
                      .put("devices.kubevirt.io/" + device, new Quantity("1000"));
                }
                return n;
              });
    }
  }

  static ControllerOptions options() {
    return new ControllerOptions(
        "127.0.0.1",
        0,
        "default",
        false,
        Pods.BUSYBOX,
        LAUNCHER_COMMAND,
        200,
        400,
        NodeHealth.DEFAULT_TIMEOUT);
  }

  /** A replica that competes for the Lease in {@code leaseNamespace} before it acts. */
  static VirtController startReplica(KubernetesClient client, String leaseNamespace) {
    ControllerOptions options =
        new ControllerOptions(
            "127.0.0.1",
            0,
            leaseNamespace,
            true,
            Pods.BUSYBOX,
            LAUNCHER_COMMAND,
            200,
            400,
            NodeHealth.DEFAULT_TIMEOUT);
    return new VirtController(client, options, Clock.systemUTC());
  }

  /** A small VM with the given run strategy. */
  static VirtualMachine vm(String name, RunStrategy strategy) {
    VirtualMachine vm = new VirtualMachine();
    vm.setMetadata(new ObjectMetaBuilder().withName(name).build());
    vm.setSpec(
        new VirtualMachineSpec()
            .setRunStrategy(strategy)
            .setTemplate(
                new VirtualMachineInstanceTemplateSpec()
                    .setMetadata(new ObjectMetaBuilder().addToLabels("app", name).build())
                    .setSpec(
                        new VirtualMachineInstanceSpec()
                            .setTerminationGracePeriodSeconds(0L)
                            .setDomain(
                                new DomainSpec()
                                    .setMemory(new Memory().setGuest(new Quantity("64Mi")))
                                    .setDevices(
                                        // the busybox stand-in has no virt-tail for the
                                        // guest-console-log sidecar
                                        new Devices().setLogSerialConsole(false))))));
    return vm;
  }

  /** Writes what virt-handler writes when the guest runs. */
  static void playHandlerRunning(KubernetesClient client, VirtualMachineInstance vmi) {
    playHandler(client, vmi, VirtualMachineInstancePhase.RUNNING, "True");
  }

  /** Writes what virt-handler writes when the guest reaches a final phase. */
  static void playHandlerFinal(
      KubernetesClient client, VirtualMachineInstance vmi, VirtualMachineInstancePhase phase) {
    playHandler(client, vmi, phase, "False");
  }

  private static void playHandler(
      KubernetesClient client,
      VirtualMachineInstance vmi,
      VirtualMachineInstancePhase phase,
      String ready) {
    // the controllers write the same VMI: retry on conflict, always on the latest version
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreException(KubernetesClientException.class)
        .until(() -> edit(client, vmi, phase, ready));
  }

  private static boolean edit(
      KubernetesClient client,
      VirtualMachineInstance vmi,
      VirtualMachineInstancePhase phase,
      String ready) {
    client
        .resources(VirtualMachineInstance.class)
        .inNamespace(vmi.getMetadata().getNamespace())
        .withName(vmi.getMetadata().getName())
        .edit(
            v -> {
              if (v.getStatus() == null) {
                v.setStatus(new io.jvirt.api.v1.VirtualMachineInstanceStatus());
              }
              if (v.getStatus().getPhase() != phase) {
                List<PhaseTransitionTimestamp> stamps =
                    v.getStatus().getPhaseTransitionTimestamps() == null
                        ? new ArrayList<>()
                        : new ArrayList<>(v.getStatus().getPhaseTransitionTimestamps());
                stamps.add(
                    new PhaseTransitionTimestamp()
                        .setPhase(WireNames.of(phase))
                        .setPhaseTransitionTimestamp(Instant.now().toString()));
                v.getStatus().setPhaseTransitionTimestamps(stamps);
              }
              v.getStatus().setPhase(phase);
              List<Condition> conditions = new ArrayList<>();
              conditions.add(
                  new Condition()
                      .setType("Ready")
                      .setStatus(ready)
                      .setLastTransitionTime(Instant.now().toString()));
              v.getStatus().setConditions(conditions);
              return v;
            });
    return true;
  }

  static Map<String, String> launcherSelector(VirtualMachineInstance vmi) {
    return Map.of(KubevirtLabels.CREATED_BY, vmi.getMetadata().getUid());
  }
}
