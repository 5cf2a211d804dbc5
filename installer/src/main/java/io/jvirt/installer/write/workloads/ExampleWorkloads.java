package io.jvirt.installer.write.workloads;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.installer.write.gitops.GitOpsAnnotations;
import io.jvirt.installer.write.rafay.RafayNamespace;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The example VMs delivered as GitOps workloads, as typed jvirt API objects: namespace {@code vms}
 * first, then a running VM, a stopped VM, an ephemeral VMI and a VMI replica set. None has a
 * persistent disk (container disks and cloud-init only), so pruning them loses no data.
 */
public final class ExampleWorkloads {
  /** Namespace of every example. */
  public static final String NAMESPACE = "vms";

  private static final String VM_LABEL = "kubevirt.io/vm";
  private static final String REPLICA_SET_LABEL = "jvirt.io/replicaset";

  private ExampleWorkloads() {}

  /** Every example object, namespace first. */
  public static List<HasMetadata> objects() {
    return List.of(namespace(), testVm(), stoppedVm(), ephemeralVmi(), webReplicaSet());
  }

  /**
   * {@code vms}, where virt-launcher pods may run privileged (pain point P9), and which Argo CD and
   * Flux never delete when it leaves Git: that would delete every VM in it (P10).
   */
  public static Namespace namespace() {
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(NAMESPACE)
        .withLabels(RafayNamespace.privilegedLabels())
        .withAnnotations(
            new TreeMap<>(
                Map.of(
                    GitOpsAnnotations.ARGO_SYNC_OPTIONS, GitOpsAnnotations.ARGO_KEEP,
                    GitOpsAnnotations.FLUX_PRUNE, GitOpsAnnotations.FLUX_KEEP)))
        .endMetadata()
        .build();
  }

  /** {@code testvm}: cirros, always running, on the pod network. */
  public static VirtualMachine testVm() {
    return vm("testvm", RunStrategy.ALWAYS);
  }

  /** {@code stopped-vm}: defined but not running until {@code virtctl start}. */
  public static VirtualMachine stoppedVm() {
    return vm("stopped-vm", RunStrategy.HALTED);
  }

  /** {@code ephemeral-vmi}: a VMI without a VM; gone for good once it stops. */
  public static VirtualMachineInstance ephemeralVmi() {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(meta("ephemeral-vmi", Map.of("special", "ephemeral-vmi")));
    vmi.setSpec(Guests.cirros(false));
    return vmi;
  }

  /** {@code web}: two identical ephemeral cirros guests. */
  public static VirtualMachineInstanceReplicaSet webReplicaSet() {
    Map<String, String> selector = Map.of(REPLICA_SET_LABEL, "web");
    VirtualMachineInstanceReplicaSet replicaSet = new VirtualMachineInstanceReplicaSet();
    replicaSet.setMetadata(meta("web", selector));
    replicaSet.setSpec(
        new VirtualMachineInstanceReplicaSetSpec()
            .setReplicas(2)
            .setSelector(new LabelSelectorBuilder().withMatchLabels(selector).build())
            .setTemplate(template(selector, false)));
    return replicaSet;
  }

  private static VirtualMachine vm(String name, RunStrategy runStrategy) {
    Map<String, String> labels = Map.of(VM_LABEL, name);
    VirtualMachine vm = new VirtualMachine();
    vm.setMetadata(meta(name, labels));
    vm.setSpec(
        new VirtualMachineSpec().setRunStrategy(runStrategy).setTemplate(template(labels, true)));
    return vm;
  }

  private static VirtualMachineInstanceTemplateSpec template(
      Map<String, String> labels, boolean cloudInit) {
    return new VirtualMachineInstanceTemplateSpec()
        .setMetadata(new ObjectMetaBuilder().withLabels(labels).build())
        .setSpec(Guests.cirros(cloudInit));
  }

  private static ObjectMeta meta(String name, Map<String, String> labels) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(NAMESPACE)
        .withLabels(labels)
        .build();
  }
}
