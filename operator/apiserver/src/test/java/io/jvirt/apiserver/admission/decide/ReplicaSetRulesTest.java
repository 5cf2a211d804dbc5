package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's VMI ReplicaSet rules, one broken field at a time, on a valid fixture. */
class ReplicaSetRulesTest {
  private static final String REPLICA_SET =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachineInstanceReplicaSet
      metadata:
        name: vmirs-test
      spec:
        replicas: 2
        selector:
          matchLabels:
            pool: cirros
          matchExpressions:
          - key: tier
            operator: In
            values: [web, api]
        template:
          metadata:
            labels:
              pool: cirros
              tier: web
          spec:
            domain:
              devices:
                disks:
                - name: containerdisk
              resources:
                requests:
                  memory: 128Mi
            volumes:
            - name: containerdisk
              containerDisk:
                image: registry.local/jvirt/cirros-container-disk-demo:devel
      """;

  /** One way to break the fixture replica set, and the single error it must cause. */
  record Case(
      String name,
      Consumer<VirtualMachineInstanceReplicaSet> change,
      String field,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> brokenReplicaSets() {
    return Stream.of(
        new Case(
            "no template",
            rs -> rs.getSpec().setTemplate(null),
            "spec.template",
            "missing virtual machine template."),
        new Case(
            "no selector",
            rs -> rs.getSpec().setSelector(null),
            "spec.selector",
            "selector does not match labels."),
        new Case(
            "selector label the template lacks",
            rs -> rs.getSpec().getSelector().getMatchLabels().put("zone", "a"),
            "spec.selector",
            "selector does not match labels."),
        new Case(
            "expression the template fails",
            rs -> expression(rs).setOperator("NotIn"),
            "spec.selector",
            "selector does not match labels."),
        new Case(
            "unknown operator",
            rs -> expression(rs).setOperator("Near"),
            "spec.selector",
            "\"Near\" is not a valid label selector operator"),
        new Case(
            "In without values",
            rs -> expression(rs).setValues(List.of()),
            "spec.selector",
            "for 'in', 'notin' operators, values set can't be empty"),
        new Case(
            "Exists with values",
            rs -> expression(rs).setOperator("Exists"),
            "spec.selector",
            "values set must be empty for exists and does not exist"),
        new Case(
            "negative replicas",
            rs -> rs.getSpec().setReplicas(-1),
            "spec.replicas",
            "spec.replicas must be greater than or equal to 0"),
        new Case(
            "template disk without volume",
            rs -> rs.getSpec().getTemplate().getSpec().getVolumes().get(0).setName("other"),
            "spec.template.spec.domain.devices.disks[0].name",
            "spec.template.spec.domain.devices.disks[0].Name 'containerdisk' not found."));
  }

  @Test
  void theFixtureIsValid() {
    assertThat(ReplicaSetRules.check(replicaSet())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenReplicaSets")
  void eachBrokenRuleIsReportedOnItsField(Case broken) {
    VirtualMachineInstanceReplicaSet replicaSet = replicaSet();
    broken.change().accept(replicaSet);

    assertThat(ReplicaSetRules.check(replicaSet))
        .containsExactly(new FieldError(broken.field(), broken.message()));
  }

  @Test
  void anEmptySelectorSelectsEveryTemplate() {
    VirtualMachineInstanceReplicaSet replicaSet = replicaSet();
    replicaSet.getSpec().setSelector(new LabelSelector());

    assertThat(ReplicaSetRules.check(replicaSet)).isEmpty();
  }

  @Test
  void zeroReplicasIsFine() {
    VirtualMachineInstanceReplicaSet replicaSet = replicaSet();
    replicaSet.getSpec().setReplicas(0);

    assertThat(ReplicaSetRules.check(replicaSet)).isEmpty();
  }

  private static VirtualMachineInstanceReplicaSet replicaSet() {
    return AdmissionFixtures.parse(REPLICA_SET, VirtualMachineInstanceReplicaSet.class);
  }

  private static LabelSelectorRequirement expression(VirtualMachineInstanceReplicaSet rs) {
    return rs.getSpec().getSelector().getMatchExpressions().get(0);
  }
}
