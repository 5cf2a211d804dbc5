package io.jvirt.apiserver.registration;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's user-facing roles {@code kubevirt.io:view}, {@code kubevirt.io:edit} and {@code
 * kubevirt.io:admin}, aggregated into the built-in view, edit and admin roles, so whoever may edit
 * a namespace may start and stop its VMs and whoever may only view it may not.
 */
public final class ClusterRoles {
  private static final String KUBEVIRT = "kubevirt.io";
  private static final String SUBRESOURCES = "subresources.kubevirt.io";
  private static final String CDI = "cdi.kubevirt.io";
  private static final List<String> READ = List.of("get", "list", "watch");
  private static final List<String> WRITE =
      List.of("get", "list", "watch", "create", "update", "patch", "delete", "deletecollection");
  private static final List<String> KINDS =
      List.of(
          "virtualmachines",
          "virtualmachineinstances",
          "virtualmachineinstancereplicasets",
          "virtualmachineinstancepresets",
          "virtualmachineinstancemigrations");

  /** What the guest agent reports: readable by all three roles, as upstream. */
  private static final List<String> GUEST_AGENT =
      List.of(
          "virtualmachineinstances/guestosinfo",
          "virtualmachineinstances/userlist",
          "virtualmachineinstances/filesystemlist");

  private ClusterRoles() {}

  /** The three roles. */
  public static List<ClusterRole> all() {
    return List.of(view(), edit("kubevirt.io:edit", "edit"), edit("kubevirt.io:admin", "admin"));
  }

  private static ClusterRole view() {
    List<PolicyRule> rules = new ArrayList<>();
    rules.add(rule(KUBEVIRT, KINDS, READ));
    rules.add(rule(KUBEVIRT, List.of("virtualmachineinstancereplicasets/scale"), READ));
    rules.add(rule(SUBRESOURCES, GUEST_AGENT, List.of("get")));
    rules.add(rule(CDI, List.of("datavolumes"), READ));
    return role("kubevirt.io:view", "view", rules);
  }

  private static ClusterRole edit(String name, String aggregateTo) {
    List<PolicyRule> rules = new ArrayList<>();
    rules.add(rule(KUBEVIRT, KINDS, WRITE));
    rules.add(rule(KUBEVIRT, List.of("virtualmachineinstancereplicasets/scale"), WRITE));
    rules.add(rule(KUBEVIRT, List.of("kubevirts"), READ));
    rules.add(
        rule(
            SUBRESOURCES,
            List.of("virtualmachines/start", "virtualmachines/stop", "virtualmachines/restart"),
            List.of("update")));
    rules.add(
        rule(
            SUBRESOURCES,
            List.of(
                "virtualmachineinstances/pause",
                "virtualmachineinstances/unpause",
                "virtualmachineinstances/softreboot"),
            List.of("update")));
    rules.add(
        rule(
            SUBRESOURCES,
            List.of(
                "virtualmachineinstances/console",
                "virtualmachineinstances/vnc",
                "virtualmachineinstances/vnc/screenshot",
                "virtualmachineinstances/portforward",
                "virtualmachines/portforward"),
            List.of("get")));
    rules.add(rule(SUBRESOURCES, GUEST_AGENT, List.of("get")));
    rules.add(rule(CDI, List.of("datavolumes"), WRITE));
    return role(name, aggregateTo, rules);
  }

  private static ClusterRole role(String name, String aggregateTo, List<PolicyRule> rules) {
    return new ClusterRoleBuilder()
        .withNewMetadata()
        .withName(name)
        .addToLabels("rbac.authorization.k8s.io/aggregate-to-" + aggregateTo, "true")
        .addToLabels("app.kubernetes.io/part-of", "jvirt")
        .endMetadata()
        .withRules(rules)
        .build();
  }

  /** A rule allowing {@code verbs} on {@code resources} of API group {@code group}. */
  public static PolicyRule rule(String group, List<String> resources, List<String> verbs) {
    return new PolicyRuleBuilder()
        .withApiGroups(group)
        .withResources(resources)
        .withVerbs(verbs)
        .build();
  }
}
