package io.jvirt.installer.write.flux;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flux CEL health of the KubeVirt and CDI CRs, which kstatus cannot judge (it would call them ready
 * before the operator deployed anything): Current once {@code Deployed} and not Degraded.
 */
public final class HealthExprs {
  private static final String DEGRADED_OR_UNAVAILABLE =
      "status.conditions.exists(c, (c.type == 'Degraded' && c.status == 'True')"
          + " || (c.type == 'Available' && c.status == 'False'))";

  /** Deployed, and no condition says otherwise (conditions may not be reported yet). */
  public static final String CURRENT =
      "status.phase == 'Deployed' && (!has(status.conditions) || !" + DEGRADED_OR_UNAVAILABLE + ")";

  /** Degraded, or CDI's phase {@code Error}. */
  public static final String FAILED =
      "(has(status.conditions) && status.conditions.exists(c, c.type == 'Degraded'"
          + " && c.status == 'True')) || (has(status.phase) && status.phase == 'Error')";

  private HealthExprs() {}

  /**
   * The expressions for {@code object}'s kind, if it is one jvirt installs. No inProgress
   * expression: Flux evaluates it before failed, so it could mask Degraded, and anything neither
   * current nor failed is in progress anyway (so is an older status.observedGeneration).
   */
  public static Optional<Kustomization.HealthCheckExpr> of(HasMetadata object) {
    String kind = object.getKind();
    String apiVersion = object.getApiVersion();
    boolean installCr =
        (kind.equals("KubeVirt") && apiVersion.startsWith("kubevirt.io/"))
            || (kind.equals("CDI") && apiVersion.startsWith("cdi.kubevirt.io/"));
    return installCr
        ? Optional.of(new Kustomization.HealthCheckExpr(apiVersion, kind, null, FAILED, CURRENT))
        : Optional.empty();
  }

  /** The expressions for every kind among {@code objects} that needs them, once per kind. */
  public static List<Kustomization.HealthCheckExpr> forObjects(List<HasMetadata> objects) {
    List<Kustomization.HealthCheckExpr> exprs = new ArrayList<>();
    for (HasMetadata object : objects) {
      of(object)
          .filter(e -> exprs.stream().noneMatch(x -> x.kind().equals(e.kind())))
          .ifPresent(exprs::add);
    }
    return exprs;
  }
}
