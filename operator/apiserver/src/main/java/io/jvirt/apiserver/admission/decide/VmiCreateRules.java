package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.volume.Volume;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules upstream applies only when a VMI is created, on top of {@link VmiSpecRules}. They
 * assume the VMI mutator ran first (it adds a disk for every diskless volume and fills memory.guest
 * from the limits), as the API server runs mutating webhooks before validating ones.
 */
public final class VmiCreateRules {
  /** Labels only KubeVirt's own service accounts may put on a VMI. */
  public static final List<String> RESERVED_LABELS =
      List.of(
          "kubevirt.io/created-by",
          "kubevirt.io/migrationJobUID",
          "kubevirt.io/nodeName",
          "kubevirt.io/migrationTargetNodeName",
          "kubevirt.io/schedulable",
          "kubevirt.io/install-strategy");

  private static final String PREFIX = "spec.";

  private VmiCreateRules() {}

  /** Every create-only rule the VMI breaks; reserved labels are exempt for KubeVirt itself. */
  public static List<FieldError> check(VirtualMachineInstance vmi, boolean byKubeVirt) {
    List<FieldError> errors = new ArrayList<>();
    if (!byKubeVirt) {
      errors.addAll(reservedLabels(vmi.getMetadata()));
    }
    errors.addAll(memoryRequested(vmi.getSpec()));
    errors.addAll(volumesHaveDisks(vmi.getSpec()));
    return errors;
  }

  private static List<FieldError> reservedLabels(ObjectMeta metadata) {
    Map<String, String> labels =
        metadata == null ? Map.of() : VmiParts.orEmpty(metadata.getLabels());
    if (RESERVED_LABELS.stream().noneMatch(labels::containsKey)) {
      return List.of();
    }
    return List.of(
        new FieldError(
            "metadata.labels",
            "creation of the following reserved kubevirt.io/ labels on a VMI object is"
                + " prohibited"));
  }

  private static List<FieldError> memoryRequested(VirtualMachineInstanceSpec spec) {
    DomainSpec domain = VmiParts.domain(spec);
    Memory memory = domain.getMemory();
    boolean guest = memory != null && isPositive(memory.getGuest());
    boolean hugepages =
        memory != null
            && memory.getHugepages() != null
            && memory.getHugepages().getPageSize() != null;
    ResourceRequirements resources = domain.getResources();
    boolean requested =
        resources != null
            && (isPositive(VmiParts.orEmpty(resources.getRequests()).get("memory"))
                || isPositive(VmiParts.orEmpty(resources.getLimits()).get("memory")));
    if (guest || hugepages || requested) {
      return List.of();
    }
    return List.of(
        new FieldError(
            PREFIX + "domain.resources.requests.memory",
            "no memory requested, at least one of 'spec.domain.memory.guest',"
                + " 'spec.domain.memory.hugepages.pageSize' or"
                + " 'spec.domain.resources.requests.memory' must be set"));
  }

  private static boolean isPositive(Quantity quantity) {
    return quantity != null
        && VmiResourceRules.amount(quantity).map(BigDecimal::signum).orElse(0) > 0;
  }

  private static List<FieldError> volumesHaveDisks(VirtualMachineInstanceSpec spec) {
    Set<String> attached = new HashSet<>();
    VmiParts.disks(spec).forEach(disk -> attached.add(disk.getName()));
    attached.addAll(filesystemNames(spec));
    List<FieldError> errors = new ArrayList<>();
    List<Volume> volumes = VmiParts.volumes(spec);
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      // A memory dump volume is written by the dump subresource and never attached to the guest.
      boolean memoryDump = volume.getUnmodelledFields().get("memoryDump") != null;
      if (!memoryDump && !attached.contains(volume.getName())) {
        // Upstream reports this under spec.domain.volumes, a path that does not exist; kept.
        String field = PREFIX + "domain.volumes[" + i + "].name";
        errors.add(new FieldError(field, field + " '" + volume.getName() + "' not found."));
      }
    }
    return errors;
  }

  /** Names of the virtiofs filesystems, which jvirt keeps unmodelled in devices.filesystems. */
  private static Set<String> filesystemNames(VirtualMachineInstanceSpec spec) {
    Set<String> names = new HashSet<>();
    Object filesystems = VmiParts.devices(spec).getUnmodelledFields().get("filesystems");
    if (filesystems instanceof List<?> list) {
      for (Object filesystem : list) {
        Optional.ofNullable(filesystem)
            .filter(Map.class::isInstance)
            .map(map -> ((Map<?, ?>) map).get("name"))
            .ifPresent(name -> names.add(String.valueOf(name)));
      }
    }
    return names;
  }
}
