package io.jvirt.controller.kubevirt;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.jvirt.controller.kubevirt.decide.ComponentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the observed Deployments and DaemonSet into the decider's component states. */
final class ComponentStates {
  private ComponentStates() {}

  static List<ComponentState> of(Set<Deployment> deployments, Set<DaemonSet> daemonSets) {
    List<ComponentState> states = new ArrayList<>();
    for (String name : KubeVirtStatusReconciler.DEPLOYMENTS) {
      states.add(
          deployments.stream()
              .filter(d -> name.equals(d.getMetadata().getName()))
              .findFirst()
              .map(ComponentStates::deployment)
              .orElse(ComponentState.missing(name)));
    }
    states.add(
        daemonSets.stream()
            .filter(d -> KubeVirtStatusReconciler.HANDLER.equals(d.getMetadata().getName()))
            .findFirst()
            .map(ComponentStates::daemonSet)
            .orElse(ComponentState.missing(KubeVirtStatusReconciler.HANDLER)));
    return states;
  }

  private static ComponentState deployment(Deployment d) {
    DeploymentStatus s = d.getStatus() == null ? new DeploymentStatus() : d.getStatus();
    int desired = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    boolean current =
        s.getObservedGeneration() != null
            && s.getObservedGeneration() >= d.getMetadata().getGeneration();
    return new ComponentState(
        d.getMetadata().getName(),
        true,
        desired,
        current ? orZero(s.getReadyReplicas()) : 0,
        current ? orZero(s.getUpdatedReplicas()) : 0);
  }

  private static ComponentState daemonSet(DaemonSet d) {
    DaemonSetStatus s = d.getStatus() == null ? new DaemonSetStatus() : d.getStatus();
    boolean current =
        s.getObservedGeneration() != null
            && s.getObservedGeneration() >= d.getMetadata().getGeneration();
    int desired = current ? orZero(s.getDesiredNumberScheduled()) : 1;
    return new ComponentState(
        d.getMetadata().getName(),
        true,
        desired,
        current ? orZero(s.getNumberReady()) : 0,
        current ? orZero(s.getUpdatedNumberScheduled()) : 0);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
