package io.jvirt.installer.render;

import static io.jvirt.apiserver.registration.ClusterRoles.rule;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.jvirt.apiserver.registration.ClusterRoles;
import io.jvirt.contract.HandlerApi;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The service accounts of jvirt's components and what each may do, no more: cluster-wide rules in a
 * ClusterRole per component, namespace-only rules (leases, secrets; virt-handler only its own
 * certificate's Secret) in a Role, and the users' {@code kubevirt.io:view|edit|admin} roles.
 */
final class Rbac {
  private static final String KUBEVIRT = "kubevirt.io";
  private static final List<String> READ = List.of("get", "list", "watch");
  private static final List<String> ALL =
      List.of("get", "list", "watch", "create", "update", "patch", "delete");
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  private Rbac() {}

  static List<HasMetadata> objects(InstallSettings settings) {
    List<HasMetadata> objects = new ArrayList<>();
    component(
        objects, settings, Names.CONTROLLER_ACCOUNT, controllerRules(), controllerNamespaceRules());
    component(objects, settings, Names.API_ACCOUNT, apiRules(), secretRules());
    component(objects, settings, Names.HANDLER_ACCOUNT, handlerRules(), handlerNamespaceRules());
    // virt-api authenticates front-proxy calls and asks RBAC about users: the delegator role
    objects.add(
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(Names.API_ACCOUNT + "-auth-delegator")
            .withLabels(Names.labels(Names.API))
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "ClusterRole", "system:auth-delegator")
            .withSubjects(serviceAccount(Names.API_ACCOUNT, settings.namespace()))
            .build());
    objects.add(
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName(Names.API_ACCOUNT + "-authentication-reader")
            .withNamespace("kube-system")
            .withLabels(Names.labels(Names.API))
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "Role", "extension-apiserver-authentication-reader")
            .withSubjects(serviceAccount(Names.API_ACCOUNT, settings.namespace()))
            .build());
    objects.addAll(ClusterRoles.all());
    return objects;
  }

  private static void component(
      List<HasMetadata> objects,
      InstallSettings settings,
      String account,
      List<PolicyRule> clusterRules,
      List<PolicyRule> namespaceRules) {
    String ns = settings.namespace();
    objects.add(
        new ServiceAccountBuilder()
            .withNewMetadata()
            .withName(account)
            .withNamespace(ns)
            .withLabels(Names.labels(account))
            .endMetadata()
            .build());
    objects.add(
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName(account)
            .withLabels(Names.labels(account))
            .endMetadata()
            .withRules(clusterRules)
            .build());
    objects.add(
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(account)
            .withLabels(Names.labels(account))
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "ClusterRole", account)
            .withSubjects(serviceAccount(account, ns))
            .build());
    if (namespaceRules.isEmpty()) {
      return;
    }
    objects.add(
        new RoleBuilder()
            .withNewMetadata()
            .withName(account)
            .withNamespace(ns)
            .withLabels(Names.labels(account))
            .endMetadata()
            .withRules(namespaceRules)
            .build());
    objects.add(
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName(account)
            .withNamespace(ns)
            .withLabels(Names.labels(account))
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "Role", account)
            .withSubjects(serviceAccount(account, ns))
            .build());
  }

  private static List<PolicyRule> controllerRules() {
    return List.of(
        rule(
            KUBEVIRT,
            List.of(
                "virtualmachines",
                "virtualmachineinstances",
                "virtualmachineinstancereplicasets",
                "virtualmachineinstancemigrations"),
            ALL),
        rule(
            KUBEVIRT,
            List.of("virtualmachines/status", "virtualmachineinstancereplicasets/status"),
            List.of("get", "update", "patch")),
        rule(KUBEVIRT, List.of("kubevirts"), READ),
        rule("", List.of("pods"), List.of("get", "list", "watch", "create", "delete", "patch")),
        rule("", List.of("pods/status"), List.of("patch")),
        // the node controller marks a node whose virt-handler stopped answering unschedulable
        rule("", List.of("nodes"), List.of("get", "list", "watch", "patch")),
        rule("", List.of("persistentvolumeclaims"), READ),
        rule("", List.of("events"), List.of("create", "patch", "update")),
        rule("cdi.kubevirt.io", List.of("datavolumes"), List.of("get", "list", "watch", "create")));
  }

  private static List<PolicyRule> apiRules() {
    return List.of(
        rule(
            KUBEVIRT,
            List.of("virtualmachines", "virtualmachineinstances"),
            List.of("get", "list", "watch", "patch")),
        rule(KUBEVIRT, List.of("virtualmachines/status"), List.of("patch")),
        rule(KUBEVIRT, List.of("virtualmachineinstancepresets"), READ),
        // the KubeVirt CR's deletion guard counts them
        rule("cdi.kubevirt.io", List.of("datavolumes"), READ),
        rule("", List.of("pods"), READ),
        rule("authorization.k8s.io", List.of("subjectaccessreviews"), List.of("create")),
        rule(
            "admissionregistration.k8s.io",
            List.of("mutatingwebhookconfigurations", "validatingwebhookconfigurations"),
            List.of("get", "list", "watch", "create", "patch", "update")),
        rule(
            "apiregistration.k8s.io",
            List.of("apiservices"),
            List.of("get", "list", "watch", "create", "patch", "update")));
  }

  private static List<PolicyRule> handlerRules() {
    return List.of(
        rule(
            KUBEVIRT,
            List.of("virtualmachineinstances"),
            List.of("get", "list", "watch", "update", "patch")),
        rule("", List.of("nodes"), List.of("get", "list", "watch", "patch")),
        rule("", List.of("nodes/status"), List.of("patch")),
        rule("", List.of("pods"), READ),
        // a claim's capacity sizes the disk image the launcher creates on it
        rule("", List.of("persistentvolumeclaims"), List.of("get")),
        rule("", List.of("events"), List.of("create", "patch", "update")));
  }

  private static List<PolicyRule> controllerNamespaceRules() {
    return List.of(
        rule("coordination.k8s.io", List.of("leases"), ALL),
        // the KubeVirt CR's status reports whether these are ready
        rule("apps", List.of("deployments", "daemonsets"), READ),
        rule(KUBEVIRT, List.of("kubevirts/status"), List.of("update", "patch")));
  }

  /** virt-handler reads its serving certificate's Secret (which virt-api writes), no other. */
  private static List<PolicyRule> handlerNamespaceRules() {
    return List.of(
        new PolicyRuleBuilder()
            .withApiGroups("")
            .withResources("secrets")
            .withResourceNames(HandlerApi.SERVER_SECRET)
            .withVerbs(READ)
            .build());
  }

  /**
   * virt-api keeps its own certificates and virt-handler's ({@link HandlerApi#SERVER_SECRET}) in
   * Secrets of the install namespace.
   */
  private static List<PolicyRule> secretRules() {
    return List.of(rule("", List.of("secrets"), List.of("get", "create", "update")));
  }

  private static Subject serviceAccount(String name, String namespace) {
    return new SubjectBuilder()
        .withKind("ServiceAccount")
        .withName(name)
        .withNamespace(namespace)
        .build();
  }
}
