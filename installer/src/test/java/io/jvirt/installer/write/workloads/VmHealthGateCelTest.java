package io.jvirt.installer.write.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.write.flux.FluxCelEvaluator;
import io.jvirt.installer.write.flux.Kustomization;
import io.jvirt.installer.write.gitops.RenderedYaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the opt-in VM health gate's CEL, as shipped, against VMs in each state. */
class VmHealthGateCelTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "vm-always-ready, Current",
    "vm-halted-stopped, Current",
    // stopped on purpose the older way: as healthy as Halted (FluxE2E flips running in Git)
    "vm-running-false-stopped, Current",
    "vm-always-stopped, InProgress",
    "vm-manual-stopped, InProgress",
    "vm-starting, InProgress",
  })
  void vm(String sample, String status) {
    Kustomization.HealthCheckExpr shipped =
        FluxFiles.vmHealthGate().spec().healthCheckExprs().get(0);
    assertThat(FluxCelEvaluator.evaluate(shipped, RenderedYaml.sample(sample))).isEqualTo(status);
  }
}
