package io.jvirt.installer.write.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.admission.decide.Defaults;
import io.jvirt.apiserver.admission.decide.VmDefaults;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ignored fields cover everything jvirt's admission fills in on the examples, so Argo CD shows
 * them in sync right after the first sync.
 */
class DriftFieldsTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  @Test
  void vmDefaultsAreIgnored() {
    for (VirtualMachine example :
        List.of(ExampleWorkloads.testVm(), ExampleWorkloads.stoppedVm())) {
      VirtualMachine defaulted = DeepCopies.of(example, VirtualMachine.class);
      VmDefaults.onCreate(defaulted, () -> UUID.randomUUID().toString());
      assertCovered("VirtualMachine", changedPaths(example, defaulted));
    }
  }

  @Test
  void vmiDefaultsAreIgnored() {
    VirtualMachineInstance example = ExampleWorkloads.ephemeralVmi();
    VirtualMachineInstance defaulted = DeepCopies.of(example, VirtualMachineInstance.class);
    Defaults.applyTo(defaulted.getSpec(), () -> UUID.randomUUID().toString());
    assertCovered("VirtualMachineInstance", changedPaths(example, defaulted));
  }

  @Test
  void virtctlStartAndStopAreIgnored() {
    assertThat(expressions("VirtualMachine")).contains(".spec.runStrategy", ".spec.running");
  }

  private static void assertCovered(String kind, List<String> changed) {
    assertThat(changed).isNotEmpty();
    List<String> ignored = expressions(kind);
    for (String path : changed) {
      assertThat(ignored)
          .as("jq path covering %s", path)
          .anyMatch(jq -> path.equals(jq) || path.startsWith(jq + "."));
    }
  }

  private static List<String> expressions(String kind) {
    return DriftFields.rules().stream()
        .filter(r -> r.kind().equals(kind))
        .flatMap(r -> r.jqPathExpressions().stream())
        .toList();
  }

  /** Leaf paths that differ, in jq syntax with {@code []} for any list index. */
  private static List<String> changedPaths(Object before, Object after) {
    List<String> paths = new ArrayList<>();
    JsonNode from = JSON.convertValue(before, JsonNode.class);
    diff("", from, JSON.convertValue(after, JsonNode.class), paths);
    return paths;
  }

  private static void diff(String path, JsonNode before, JsonNode after, List<String> out) {
    if (before != null && before.equals(after)) {
      return;
    }
    if (after.isObject()) {
      for (Map.Entry<String, JsonNode> field : after.properties()) {
        JsonNode old = before == null ? null : before.get(field.getKey());
        diff(path + "." + field.getKey(), old, field.getValue(), out);
      }
    } else if (after.isArray() && before != null && before.size() == after.size()) {
      for (int i = 0; i < after.size(); i++) {
        diff(path + "[]", before.get(i), after.get(i), out);
      }
    } else {
      out.add(path);
    }
  }
}
