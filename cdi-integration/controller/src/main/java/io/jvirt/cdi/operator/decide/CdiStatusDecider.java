package io.jvirt.cdi.operator.decide;

import io.jvirt.cdi.api.v1beta1.CDIStatus;
import io.jvirt.cdi.api.v1beta1.CdiCondition;
import io.jvirt.cdi.api.v1beta1.CdiPhase;
import io.jvirt.common.model.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CDI CR's status as upstream's lifecycle operator reports it: {@code Deploying} with
 * Progressing until every component is ready, then {@code Deployed} with Available; Degraded when a
 * deployed component stops being ready; {@code Deleting} while removal is under way or blocked.
 */
public final class CdiStatusDecider {
  public static final String AVAILABLE = "Available";
  public static final String PROGRESSING = "Progressing";
  public static final String DEGRADED = "Degraded";

  private CdiStatusDecider() {}

  /** The status while installed: {@code ready} says whether every component is ready. */
  public static CDIStatus installed(CDIStatus current, boolean ready, String version, Instant now) {
    CDIStatus status = copy(current);
    status.setOperatorVersion(version);
    status.setTargetVersion(version);
    boolean wasDeployed = status.getPhase() == CdiPhase.DEPLOYED;
    if (ready) {
      status.setPhase(CdiPhase.DEPLOYED);
      status.setObservedVersion(version);
      set(status, AVAILABLE, true, "DeployCompleted", "Deployment Completed", now);
      set(status, PROGRESSING, false, "DeployCompleted", "Deployment Completed", now);
      set(status, DEGRADED, false, "DeployCompleted", "Deployment Completed", now);
    } else if (wasDeployed) {
      set(status, AVAILABLE, false, "ComponentNotReady", "Not all components are ready", now);
      set(status, PROGRESSING, false, "ComponentNotReady", "Not all components are ready", now);
      set(status, DEGRADED, true, "ComponentNotReady", "Not all components are ready", now);
    } else {
      status.setPhase(CdiPhase.DEPLOYING);
      set(status, AVAILABLE, false, "DeployStarted", "Started Deployment", now);
      set(status, PROGRESSING, true, "DeployStarted", "Started Deployment", now);
      set(status, DEGRADED, false, "DeployStarted", "Started Deployment", now);
    }
    return status;
  }

  /** The status while the CR is deleted; {@code blockedBy} names what holds removal, or null. */
  public static CDIStatus deleting(CDIStatus current, String blockedBy, Instant now) {
    CDIStatus status = copy(current);
    status.setPhase(CdiPhase.DELETING);
    if (blockedBy != null) {
      set(status, DEGRADED, true, "UninstallBlocked", blockedBy, now);
    }
    return status;
  }

  /** Whether {@code a} and {@code b} say the same, ignoring condition timestamps. */
  public static boolean same(CDIStatus a, CDIStatus b) {
    return Objects.equals(strip(a), strip(b));
  }

  private static void set(
      CDIStatus status, String type, boolean value, String reason, String message, Instant now) {
    List<CdiCondition> conditions =
        status.getConditions() == null
            ? new ArrayList<>()
            : new ArrayList<>(status.getConditions());
    String wanted = value ? "True" : "False";
    CdiCondition existing =
        conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
    if (existing != null
        && wanted.equals(existing.getStatus())
        && reason.equals(existing.getReason())
        && message.equals(existing.getMessage())) {
      return;
    }
    CdiCondition condition = new CdiCondition();
    condition.setType(type);
    condition.setStatus(wanted);
    condition.setReason(reason);
    condition.setMessage(message);
    String stamp = Timestamps.format(now);
    condition.setLastHeartbeatTime(stamp);
    condition.setLastTransitionTime(
        existing != null && wanted.equals(existing.getStatus())
            ? existing.getLastTransitionTime()
            : stamp);
    if (existing == null) {
      conditions.add(condition);
    } else {
      conditions.set(conditions.indexOf(existing), condition);
    }
    status.setConditions(conditions);
  }

  private static CDIStatus copy(CDIStatus current) {
    CDIStatus status = new CDIStatus();
    if (current != null) {
      status.setPhase(current.getPhase());
      status.setConditions(current.getConditions());
      status.setOperatorVersion(current.getOperatorVersion());
      status.setTargetVersion(current.getTargetVersion());
      status.setObservedVersion(current.getObservedVersion());
    }
    return status;
  }

  private static CDIStatus strip(CDIStatus status) {
    CDIStatus stripped = copy(status);
    if (stripped.getConditions() != null) {
      stripped.setConditions(
          stripped.getConditions().stream()
              .map(
                  c -> {
                    CdiCondition bare = new CdiCondition();
                    bare.setType(c.getType());
                    bare.setStatus(c.getStatus());
                    bare.setReason(c.getReason());
                    bare.setMessage(c.getMessage());
                    return bare;
                  })
              .toList());
    }
    return stripped;
  }
}
