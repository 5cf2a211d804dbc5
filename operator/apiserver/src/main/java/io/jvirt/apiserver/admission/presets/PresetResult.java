package io.jvirt.apiserver.admission.presets;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of applying presets to a new VMI.
 *
 * @param spec the VMI spec to admit: the merged one, or an unchanged copy when rejected, excluded
 *     or nothing matched
 * @param annotations to add to the VMI, {@code virtualmachinepreset.kubevirt.io/<preset>:
 *     kubevirt.io/v1} per applied preset, in application order
 * @param conflicts non-empty when matching presets contradict each other; the VMI is then rejected
 *     (upstream answers 422 with {@link #rejectionMessage()}) and nothing is applied
 * @param notApplied presets, or settings of them, that lost against a value the VMI sets itself;
 *     upstream only logs these
 */
public record PresetResult(
    VirtualMachineInstanceSpec spec,
    Map<String, String> annotations,
    List<String> conflicts,
    List<String> notApplied) {

  /** Prefix of upstream's rejection message. */
  public static final String CONFLICT_PREFIX =
      "VirtualMachinePresets cannot be applied due to conflicts: ";

  /** Copies the collections, so a result never changes after it is made. */
  public PresetResult {
    annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    conflicts = List.copyOf(conflicts);
    notApplied = List.copyOf(notApplied);
  }

  /** True when the VMI must be rejected because presets conflict. */
  public boolean rejected() {
    return !conflicts.isEmpty();
  }

  /** The admission error message when {@link #rejected()}, formatted as upstream. */
  public String rejectionMessage() {
    return CONFLICT_PREFIX + aggregate(conflicts);
  }

  /** One message as is, several as {@code [a, b]}, like Go's aggregated errors print. */
  static String aggregate(List<String> messages) {
    return messages.size() == 1 ? messages.get(0) : "[" + String.join(", ", messages) + "]";
  }
}
