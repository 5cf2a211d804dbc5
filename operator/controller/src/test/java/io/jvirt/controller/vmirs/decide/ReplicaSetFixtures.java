package io.jvirt.controller.vmirs.decide;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of replica sets and VMIs for the replica set decision tests. */
public final class ReplicaSetFixtures {
  private ReplicaSetFixtures() {}

  /** A replica set {@code default/web} selecting and stamping {@code app=web}. */
  public static VirtualMachineInstanceReplicaSet replicaSet(Integer replicas) {
    ObjectMeta templateMeta = new ObjectMeta();
    templateMeta.setLabels(new LinkedHashMap<>(Map.of("app", "web")));
    VirtualMachineInstanceSpec vmiSpec =
        new VirtualMachineInstanceSpec()
            .setDomain(new DomainSpec().setCpu(new CPU().setCores(2)).setDevices(new Devices()));
    VirtualMachineInstanceReplicaSet rs = new VirtualMachineInstanceReplicaSet();
    rs.setMetadata(meta("default", "web", "rs-uid"));
    rs.setSpec(
        new VirtualMachineInstanceReplicaSetSpec()
            .setReplicas(replicas)
            .setSelector(selector(Map.of("app", "web")))
            .setTemplate(
                new VirtualMachineInstanceTemplateSpec()
                    .setMetadata(templateMeta)
                    .setSpec(vmiSpec)));
    return rs;
  }

  /** A selector of match labels only. */
  static LabelSelector selector(Map<String, String> matchLabels) {
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(new LinkedHashMap<>(matchLabels));
    return selector;
  }

  /** One match expression. */
  static LabelSelectorRequirement expression(String key, String operator, String... values) {
    LabelSelectorRequirement requirement = new LabelSelectorRequirement();
    requirement.setKey(key);
    requirement.setOperator(operator);
    requirement.setValues(new ArrayList<>(List.of(values)));
    return requirement;
  }

  /** A VMI named {@code name} in the given phase, without conditions. */
  static VirtualMachineInstance vmi(String name, VirtualMachineInstancePhase phase) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(meta("default", name, name + "-uid"));
    vmi.setStatus(new VirtualMachineInstanceStatus().setPhase(phase));
    return vmi;
  }

  /** A running VMI. */
  static VirtualMachineInstance running(String name) {
    return vmi(name, VirtualMachineInstancePhase.RUNNING);
  }

  /** A running VMI whose Ready condition is True. */
  static VirtualMachineInstance ready(String name) {
    return withReady(running(name), "True", null);
  }

  /** A running VMI whose launcher pod terminates: Ready=False, reason PodTerminating. */
  static VirtualMachineInstance terminatingPod(String name) {
    return withReady(running(name), "False", "PodTerminating");
  }

  /** A VMI marked for deletion. */
  static VirtualMachineInstance deleting(String name) {
    VirtualMachineInstance vmi = running(name);
    vmi.getMetadata().setDeletionTimestamp("2024-01-01T00:00:00Z");
    return vmi;
  }

  static VirtualMachineInstance withReady(
      VirtualMachineInstance vmi, String status, String reason) {
    List<Condition> conditions = new ArrayList<>();
    conditions.add(new Condition().setType("Ready").setStatus(status).setReason(reason));
    vmi.getStatus().setConditions(conditions);
    return vmi;
  }

  /** {@code count} running VMIs named {@code prefix0..}. */
  static List<VirtualMachineInstance> manyRunning(String prefix, int count) {
    List<VirtualMachineInstance> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(running(prefix + i));
    }
    return out;
  }

  /** {@code count} failed VMIs named {@code prefix0..}. */
  static List<VirtualMachineInstance> manyFailed(String prefix, int count) {
    List<VirtualMachineInstance> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(vmi(prefix + i, VirtualMachineInstancePhase.FAILED));
    }
    return out;
  }

  static ObjectMeta meta(String namespace, String name, String uid) {
    ObjectMeta meta = new ObjectMeta();
    meta.setNamespace(namespace);
    meta.setName(name);
    meta.setUid(uid);
    return meta;
  }
}
