package io.jvirt.controller.kubevirt.decide;

import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.KubeVirtCondition;
import io.jvirt.api.v1.kubevirt.KubeVirtPhase;
import io.jvirt.api.v1.kubevirt.KubeVirtStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Decides the KubeVirt CR's status from its components, as upstream's operator reports it: {@code
 * Deploying} until virt-api, virt-controller and virt-handler are all ready, then {@code Deployed}
 * with {@code Available=True}; a later shortfall keeps {@code Deployed} but turns {@code Degraded}
 * on and {@code Available} off (GitOps health checks read exactly these).
 */
public final class KubeVirtStatusDecider {
  /** Condition types the operator writes. */
  public static final String AVAILABLE = "Available";

  public static final String PROGRESSING = "Progressing";
  public static final String DEGRADED = "Degraded";

  private KubeVirtStatusDecider() {}

  /** The status {@code kv} should have, keeping transition times of unchanged conditions. */
  public static KubeVirtStatus decide(
      KubeVirt kv, List<ComponentState> components, Release release, Instant now) {
    KubeVirtStatus old = kv.getStatus() == null ? new KubeVirtStatus() : kv.getStatus();
    KubeVirtStatus next = new KubeVirtStatus();
    next.setOperatorVersion(release.version());
    next.setTargetKubeVirtVersion(release.version());
    next.setTargetKubeVirtRegistry(release.registry());
    next.setObservedGeneration(kv.getMetadata().getGeneration());
    next.setDefaultArchitecture(old.getDefaultArchitecture());
    next.setOutdatedVirtualMachineInstanceWorkloads(
        old.getOutdatedVirtualMachineInstanceWorkloads());
    List<ComponentState> notReady = components.stream().filter(c -> !c.isReady()).toList();
    String shortfall =
        notReady.stream().map(ComponentState::shortfall).collect(Collectors.joining(", "));
    List<KubeVirtCondition> conditions = new ArrayList<>();
    if (kv.getMetadata().getDeletionTimestamp() != null) {
      next.setPhase(KubeVirtPhase.DELETING);
      conditions.add(condition(AVAILABLE, false, "Deleting", "The KubeVirt CR is being deleted."));
      conditions.add(condition(PROGRESSING, false, "Deleting", ""));
      conditions.add(condition(DEGRADED, false, "Deleting", ""));
    } else if (notReady.isEmpty()) {
      next.setPhase(KubeVirtPhase.DEPLOYED);
      next.setObservedKubeVirtVersion(release.version());
      next.setObservedKubeVirtRegistry(release.registry());
      conditions.add(condition(AVAILABLE, true, "AllComponentsReady", "All components are ready."));
      conditions.add(condition(PROGRESSING, false, "AllComponentsReady", ""));
      conditions.add(condition(DEGRADED, false, "AllComponentsReady", ""));
    } else if (old.getPhase() == KubeVirtPhase.DEPLOYED) {
      next.setPhase(KubeVirtPhase.DEPLOYED);
      next.setObservedKubeVirtVersion(old.getObservedKubeVirtVersion());
      next.setObservedKubeVirtRegistry(old.getObservedKubeVirtRegistry());
      conditions.add(condition(AVAILABLE, false, "ComponentsNotReady", shortfall));
      conditions.add(condition(PROGRESSING, false, "ComponentsNotReady", ""));
      conditions.add(condition(DEGRADED, true, "ComponentsNotReady", shortfall));
    } else {
      next.setPhase(KubeVirtPhase.DEPLOYING);
      String message =
          "Deploying version " + release.version() + " with registry " + release.registry();
      conditions.add(condition(AVAILABLE, false, "DeploymentInProgress", message));
      conditions.add(condition(PROGRESSING, true, "DeploymentInProgress", shortfall));
      conditions.add(condition(DEGRADED, false, "DeploymentInProgress", ""));
    }
    next.setConditions(withTransitionTimes(conditions, old.getConditions(), now));
    return next;
  }

  /** True when writing {@code next} over {@code current} would change anything. */
  public static boolean differs(KubeVirtStatus current, KubeVirtStatus next) {
    return !Objects.equals(current, next);
  }

  private static KubeVirtCondition condition(
      String type, boolean status, String reason, String message) {
    KubeVirtCondition condition = new KubeVirtCondition();
    condition.setType(type);
    condition.setStatus(status ? "True" : "False");
    condition.setReason(reason);
    condition.setMessage(message);
    return condition;
  }

  /**
   * A condition whose status did not change keeps its times, so a steady state writes nothing; one
   * that flipped gets {@code now}.
   */
  private static List<KubeVirtCondition> withTransitionTimes(
      List<KubeVirtCondition> next, List<KubeVirtCondition> old, Instant now) {
    String stamp = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    for (KubeVirtCondition condition : next) {
      KubeVirtCondition before =
          old == null
              ? null
              : old.stream()
                  .filter(o -> condition.getType().equals(o.getType()))
                  .findFirst()
                  .orElse(null);
      boolean same =
          before != null
              && condition.getStatus().equals(before.getStatus())
              && Objects.equals(condition.getReason(), before.getReason())
              && Objects.equals(condition.getMessage(), before.getMessage());
      condition.setLastTransitionTime(
          before != null && condition.getStatus().equals(before.getStatus())
              ? before.getLastTransitionTime()
              : stamp);
      condition.setLastProbeTime(same ? before.getLastProbeTime() : stamp);
      condition.setLastUpdateTime(same ? before.getLastUpdateTime() : stamp);
    }
    return next;
  }
}
