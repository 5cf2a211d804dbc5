package io.jvirt.controller.vmirs.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Builds the VMI a replica set creates from its template (upstream replicaset.go scale). */
public final class VmiFromReplicaSet {
  /** Kind of the controller owner reference on the VMIs a replica set creates. */
  public static final String OWNER_KIND = "VirtualMachineInstanceReplicaSet";

  private VmiFromReplicaSet() {}

  /**
   * A new VMI for {@code rs}, not yet created: the template's metadata without a name, {@code
   * generateName} = template name, else template generateName, else the replica set name (no dash
   * appended, as upstream), the template labels, one controller owner reference to the replica set
   * and a deep copy of the template spec. The replica set is not modified.
   */
  public static VirtualMachineInstance build(VirtualMachineInstanceReplicaSet rs) {
    VirtualMachineInstanceTemplateSpec template = rs.getSpec().getTemplate();
    ObjectMeta templateMeta = template.getMetadata();
    ObjectMeta meta =
        templateMeta == null ? new ObjectMeta() : DeepCopies.of(templateMeta, ObjectMeta.class);
    meta.setName(null);
    meta.setGenerateName(baseName(rs));
    if (rs.getMetadata().getNamespace() != null) {
      meta.setNamespace(rs.getMetadata().getNamespace());
    }
    meta.setLabels(
        templateMeta == null || templateMeta.getLabels() == null
            ? null
            : new LinkedHashMap<>(templateMeta.getLabels()));
    meta.setOwnerReferences(new ArrayList<>(List.of(ownerReference(rs))));

    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(meta);
    vmi.setSpec(DeepCopies.of(template.getSpec(), VirtualMachineInstanceSpec.class));
    return vmi;
  }

  /** The controller owner reference VMIs of {@code rs} carry. */
  public static OwnerReference ownerReference(VirtualMachineInstanceReplicaSet rs) {
    OwnerReference reference = new OwnerReference();
    reference.setApiVersion(KubevirtGroup.API_VERSION);
    reference.setKind(OWNER_KIND);
    reference.setName(rs.getMetadata().getName());
    reference.setUid(rs.getMetadata().getUid());
    reference.setController(true);
    reference.setBlockOwnerDeletion(true);
    return reference;
  }

  private static String baseName(VirtualMachineInstanceReplicaSet rs) {
    ObjectMeta templateMeta = rs.getSpec().getTemplate().getMetadata();
    if (templateMeta != null && notEmpty(templateMeta.getName())) {
      return templateMeta.getName();
    }
    if (templateMeta != null && notEmpty(templateMeta.getGenerateName())) {
      return templateMeta.getGenerateName();
    }
    return rs.getMetadata().getName();
  }

  private static boolean notEmpty(String value) {
    return value != null && !value.isEmpty();
  }
}
