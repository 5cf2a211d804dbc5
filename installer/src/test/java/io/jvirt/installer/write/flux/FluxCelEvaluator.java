package io.jvirt.installer.write.flux;

import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelUnknownSet;
import java.util.Map;
import java.util.Objects;

/**
 * What kustomize-controller does with {@code healthCheckExprs} (fluxcd/pkg runtime/cel
 * StatusEvaluator): the object's top-level fields bound as variables (Flux only parses; cel-java
 * runs checked expressions only, so they are declared {@code dyn}, which checks nothing); an older
 * status.observedGeneration is InProgress before any expression runs; then inProgress, failed,
 * current; none true is InProgress. An evaluation error (a field such as {@code status} missing)
 * makes the status reader report Unknown, which Flux keeps polling.
 */
public final class FluxCelEvaluator {
  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("apiVersion", SimpleType.DYN)
          .addVar("kind", SimpleType.DYN)
          .addVar("metadata", SimpleType.DYN)
          .addVar("spec", SimpleType.DYN)
          .addVar("status", SimpleType.DYN)
          .build();
  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

  private FluxCelEvaluator() {}

  /** kstatus' name for the health of {@code object} under {@code exprs}. */
  public static String evaluate(Kustomization.HealthCheckExpr exprs, Map<String, Object> object) {
    if (staleGeneration(object)) {
      return "InProgress";
    }
    try {
      if (isTrue(exprs.inProgress(), object)) {
        return "InProgress";
      }
      if (isTrue(exprs.failed(), object)) {
        return "Failed";
      }
      if (isTrue(exprs.current(), object)) {
        return "Current";
      }
      return "InProgress";
    } catch (CelEvaluationException | MissingField e) {
      return "Unknown";
    }
  }

  /** The program of {@code expr}, failing on a syntax error. */
  static CelRuntime.Program program(String expr) {
    try {
      return RUNTIME.createProgram(COMPILER.compile(expr).getAst());
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalArgumentException("bad CEL: " + expr, e);
    }
  }

  private static boolean isTrue(String expr, Map<String, Object> object)
      throws CelEvaluationException {
    if (expr == null) {
      return false;
    }
    Object result = program(expr).eval(object);
    if (result instanceof Boolean b) {
      return b;
    }
    // cel-java yields an unknown for an unbound variable where cel-go (Flux) fails the evaluation
    if (result instanceof CelUnknownSet) {
      throw new MissingField(expr);
    }
    throw new IllegalStateException(expr + " is not boolean: " + result);
  }

  /** An expression read a top-level field the object does not have. */
  private static final class MissingField extends RuntimeException {
    MissingField(String expr) {
      super(expr);
    }
  }

  private static boolean staleGeneration(Map<String, Object> object) {
    Object observed = field(object, "status", "observedGeneration");
    Object generation = field(object, "metadata", "generation");
    return observed != null && generation != null && !Objects.equals(observed, generation);
  }

  private static Object field(Map<String, Object> object, String outer, String inner) {
    return object.get(outer) instanceof Map<?, ?> map ? map.get(inner) : null;
  }
}
