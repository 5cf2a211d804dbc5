package io.jvirt.installer.write.flux;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.gitops.RenderedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the CEL health checks as shipped in the Flux Kustomizations against sample objects. */
class HealthCelTest {
  private static final List<Kustomization.HealthCheckExpr> SHIPPED = shippedExpressions();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // no status: evaluation fails on the missing variable; Flux reports Unknown and polls again
    "kubevirt-no-status, Unknown",
    "kubevirt-deploying, InProgress",
    "kubevirt-deployed, Current",
    "kubevirt-degraded, Failed",
    "kubevirt-generation-mismatch, InProgress",
    "kubevirt-deployed-unavailable, InProgress",
  })
  void kubeVirtCr(String sample, String status) {
    assertThat(FluxCelEvaluator.evaluate(shipped("KubeVirt"), RenderedYaml.sample(sample)))
        .isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"cdi-deployed, Current", "cdi-error, Failed", "kubevirt-deploying, InProgress"})
  void cdiCr(String sample, String status) {
    assertThat(FluxCelEvaluator.evaluate(shipped("CDI"), RenderedYaml.sample(sample)))
        .isEqualTo(status);
  }

  @Test
  void generationIsLeftToFluxWhichChecksItFirst() {
    Map<String, Object> stale = RenderedYaml.sample("kubevirt-generation-mismatch");
    assertThat(FluxCelEvaluator.program(shipped("KubeVirt").current()))
        .satisfies(p -> assertThat(p.eval(stale)).isEqualTo(true));
  }

  @Test
  void everyShippedExpressionParses() {
    assertThat(SHIPPED)
        .extracting(Kustomization.HealthCheckExpr::kind)
        .containsExactlyInAnyOrder("KubeVirt", "CDI");
    for (Kustomization.HealthCheckExpr exprs : SHIPPED) {
      assertThat(exprs.current()).isNotBlank();
      FluxCelEvaluator.program(exprs.current());
      FluxCelEvaluator.program(exprs.failed());
    }
  }

  private static Kustomization.HealthCheckExpr shipped(String kind) {
    return SHIPPED.stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
  }

  /** The healthCheckExprs of the basic+cdi Kustomizations, read back from the rendered file. */
  @SuppressWarnings("unchecked")
  private static List<Kustomization.HealthCheckExpr> shippedExpressions() {
    String file =
        FluxWriter.files(
                Profile.BASIC_CDI, InstallSettings.defaults(), GitRepo.example("x"), List.of())
            .get("flux/clusters/default/jvirt.yaml");
    List<Kustomization.HealthCheckExpr> exprs = new ArrayList<>();
    for (Map<String, Object> doc : RenderedYaml.documents(file)) {
      Object list = RenderedYaml.at(doc, "spec", "healthCheckExprs");
      for (Map<String, String> e :
          list == null ? List.<Map<String, String>>of() : (List<Map<String, String>>) list) {
        exprs.add(
            new Kustomization.HealthCheckExpr(
                e.get("apiVersion"),
                e.get("kind"),
                e.get("inProgress"),
                e.get("failed"),
                e.get("current")));
      }
    }
    return exprs;
  }
}
