package io.jvirt.installer.write.argocd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.gitops.RenderedYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * Runs the Lua health checks as shipped in {@code argocd-cm-health.yaml} against sample objects,
 * the way Argo CD does: the object as global {@code obj}, the script returning status and message.
 */
class HealthLuaTest {
  private static final Map<String, Object> ARGOCD_CM = shippedConfigMap();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "kubevirt-no-status, Progressing, Waiting for the operator to report status",
    "kubevirt-deploying, Progressing, Deploying",
    "kubevirt-deployed, Healthy, Deployed",
    "kubevirt-degraded, Degraded, virt-handler is not ready on 2 nodes",
    "kubevirt-generation-mismatch, Progressing, Deployed (spec generation 3 not yet observed)",
    "kubevirt-deployed-unavailable, Progressing, Deployed",
  })
  void kubeVirtCr(String sample, String status, String message) {
    assertThat(run(HealthChecks.key("kubevirt.io", "KubeVirt"), sample))
        .containsExactly(status, message);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "kubevirt-no-status, Progressing",
    "cdi-deployed, Healthy",
    "cdi-error, Degraded",
    "kubevirt-degraded, Degraded",
  })
  void cdiCr(String sample, String status) {
    assertThat(run(HealthChecks.key("cdi.kubevirt.io", "CDI"), sample).get(0)).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "vm-halted-stopped, Healthy, Stopped",
    "vm-running-false-stopped, Healthy, Stopped",
    "vm-manual-stopped, Healthy, Stopped",
    "vm-always-ready, Healthy, Running",
    "vm-paused, Suspended, Paused",
    "vm-starting, Progressing, Starting",
    "vm-halted-stopping, Progressing, Stopping",
    "vm-halted-stopping-ready, Progressing, Stopping",
    "vm-always-stopped, Progressing, Stopped",
    "vm-unschedulable, Degraded, ErrorUnschedulable",
    "vm-crashloop, Degraded, CrashLoopBackOff",
  })
  void virtualMachine(String sample, String status, String message) {
    assertThat(run(HealthChecks.key("kubevirt.io", "VirtualMachine"), sample))
        .containsExactly(status, message);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "vmi-no-status, Progressing, Waiting for the VMI to report status",
    "vmi-scheduling, Progressing, Scheduling",
    "vmi-booting, Progressing, 'Running, not ready yet: guest not ready'",
    "vmi-ready, Healthy, Running",
    "vmi-paused, Suspended, Paused",
    "vmi-paused-ready, Suspended, Paused",
    "vmi-succeeded, Healthy, 'Succeeded: the guest shut down'",
    "vmi-failed, Degraded, Failed",
  })
  void virtualMachineInstance(String sample, String status, String message) {
    assertThat(run(HealthChecks.key("kubevirt.io", "VirtualMachineInstance"), sample))
        .containsExactly(status, message);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "dv-importing, Progressing, ImportInProgress",
    "dv-succeeded, Healthy, Succeeded",
    "dv-wffc, Healthy, 'WaitForFirstConsumer: the claim binds when a VM uses it'",
    "dv-import-error, Degraded, 'Unable to connect to http data source: 404 Not Found'",
    "dv-failed, Degraded, Failed",
  })
  void dataVolume(String sample, String status, String message) {
    assertThat(run(HealthChecks.key("cdi.kubevirt.io", "DataVolume"), sample))
        .containsExactly(status, message);
  }

  @Test
  void shippedScriptsAreTheResourceFiles() {
    assertThat(ARGOCD_CM)
        .containsEntry(
            HealthChecks.key("kubevirt.io", "KubeVirt"),
            HealthChecks.script(HealthChecks.INSTALL_CR_SCRIPT));
    assertThat(ARGOCD_CM)
        .containsEntry(
            HealthChecks.key("kubevirt.io", "VirtualMachine"),
            HealthChecks.script(HealthChecks.VIRTUAL_MACHINE_SCRIPT));
  }

  /** Status and message the script under {@code key} returns for {@code sample}. */
  private static List<String> run(String key, String sample) {
    Globals globals = JsePlatform.standardGlobals();
    globals.set("obj", toLua(RenderedYaml.sample(sample)));
    LuaValue result = globals.load((String) ARGOCD_CM.get(key), key).call();
    return List.of(result.get("status").tojstring(), result.get("message").tojstring());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> shippedConfigMap() {
    String file =
        ArgoCdWriter.files(Profile.BASIC, InstallSettings.defaults(), GitRepo.example("x"))
            .get("argocd/argocd-cm-health.yaml");
    return (Map<String, Object>) RenderedYaml.documents(file).get(0).get("data");
  }

  /** A JSON-like value as Argo CD hands it to Lua: maps and 1-based arrays as tables. */
  private static LuaValue toLua(Object value) {
    if (value == null) {
      return LuaValue.NIL;
    }
    if (value instanceof Map<?, ?> map) {
      LuaTable table = new LuaTable();
      map.forEach((k, v) -> table.set((String) k, toLua(v)));
      return table;
    }
    if (value instanceof List<?> list) {
      LuaTable table = new LuaTable();
      for (int i = 0; i < list.size(); i++) {
        table.set(i + 1, toLua(list.get(i)));
      }
      return table;
    }
    if (value instanceof Boolean b) {
      return LuaValue.valueOf(b);
    }
    if (value instanceof Number n) {
      // Argo CD's Lua numbers are doubles
      return LuaValue.valueOf(n.doubleValue());
    }
    return LuaValue.valueOf(value.toString());
  }
}
