package io.jvirt.installer.render;

import static io.jvirt.apiserver.registration.ClusterRoles.rule;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.CDISpec;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CDI as upstream ships it in two files: the operator (namespace {@code cdi}, service accounts and
 * RBAC of the operator and of cdi-controller, the {@code cdi-operator} Deployment) and the {@code
 * CDI} CR, from which the operator deploys cdi-controller and the CDIConfig.
 */
final class CdiResources {
  private static final String CDI_GROUP = "cdi.kubevirt.io";
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
  private static final List<String> READ = List.of("get", "list", "watch");
  private static final List<String> ALL =
      List.of("get", "list", "watch", "create", "update", "patch", "delete");

  private CdiResources() {}

  /** Everything of the operator unit but the CRDs. */
  static List<HasMetadata> operator(InstallSettings settings) {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(
        new NamespaceBuilder()
            .withNewMetadata()
            .withName(CdiComponents.NAMESPACE)
            .addToLabels("cdi.kubevirt.io", "")
            .addToLabels("app.kubernetes.io/part-of", "jvirt")
            .endMetadata()
            .build());
    account(objects, CdiComponents.OPERATOR, operatorRules(), namespaceRules(true));
    account(objects, CdiComponents.CONTROLLER_ACCOUNT, controllerRules(), namespaceRules(false));
    account(objects, CdiComponents.APISERVER, apiServerRules(), secretRules());
    account(objects, CdiComponents.UPLOAD_PROXY, uploadProxyRules(), secretRules());
    apiServerDelegation(objects);
    objects.add(userRole());
    objects.add(operatorDeployment(settings));
    return objects;
  }

  /**
   * {@code CDI/cdi}: upstream's release CR. Its HonorWaitForFirstConsumer gate leaves claims of
   * WaitForFirstConsumer classes unbound until a consumer comes: for a VM, virt-controller's
   * temporary pod.
   */
  static CDI cr() {
    CDI cdi = new CDI();
    cdi.setMetadata(
        new ObjectMetaBuilder().withName("cdi").withLabels(Names.labels("cdi-cr")).build());
    CDISpec spec = new CDISpec();
    spec.setImagePullPolicy("IfNotPresent");
    CDIConfigSpec config = new CDIConfigSpec();
    config.setFeatureGates(new ArrayList<>(List.of("HonorWaitForFirstConsumer")));
    spec.setConfig(config);
    cdi.setSpec(spec);
    return cdi;
  }

  private static HasMetadata operatorDeployment(InstallSettings settings) {
    List<EnvVar> env =
        List.of(
            env(CdiComponents.ENV_CONTROLLER_IMAGE, Images.reference(settings, Images.OPERATOR)),
            env(CdiComponents.ENV_IMPORTER_IMAGE, Images.reference(settings, Images.IMPORTER)),
            env(CdiComponents.ENV_PULL_POLICY, "IfNotPresent"),
            env(CdiComponents.ENV_NAMESPACE, CdiComponents.NAMESPACE),
            env(CdiComponents.ENV_OPERATOR_VERSION, "v" + settings.tag()),
            env(CdiComponents.ENV_HEALTH_PORT, Integer.toString(CdiComponents.HEALTH_PORT)));
    Map<String, String> labels = Names.labels(CdiComponents.OPERATOR);
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(CdiComponents.OPERATOR)
        .withNamespace(CdiComponents.NAMESPACE)
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewSelector()
        .withMatchLabels(Names.selector(CdiComponents.OPERATOR))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(CdiComponents.OPERATOR)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(107L)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .addNewContainer()
        .withName(CdiComponents.OPERATOR)
        .withImage(Images.reference(settings, Images.OPERATOR))
        .withImagePullPolicy("IfNotPresent")
        .withCommand(
            "java",
            "-Xms16m",
            "-Xmx96m",
            "-XX:+UseSerialGC",
            "-cp",
            "@/app/jib-classpath-file",
            "io.jvirt.cdi.operator.CdiOperatorMain")
        .withEnv(env)
        .addNewPort()
        .withName("http")
        .withContainerPort(CdiComponents.HEALTH_PORT)
        .endPort()
        .withNewReadinessProbe()
        .withNewHttpGet()
        .withPath("/readyz")
        .withPort(new IntOrString(CdiComponents.HEALTH_PORT))
        .endHttpGet()
        .withPeriodSeconds(5)
        .endReadinessProbe()
        .withNewResources()
        .addToRequests("cpu", new Quantity("10m"))
        .addToRequests("memory", new Quantity("128Mi"))
        .endResources()
        .withNewSecurityContext()
        .withAllowPrivilegeEscalation(false)
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .endSecurityContext()
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  /** The operator reads DataVolumes (uninstall guard) and keeps the CR and the CDIConfig. */
  private static List<PolicyRule> operatorRules() {
    return List.of(
        rule(CDI_GROUP, List.of("cdis"), List.of("get", "list", "watch", "update", "patch")),
        rule(CDI_GROUP, List.of("cdis/finalizers"), List.of("update", "patch")),
        rule(CDI_GROUP, List.of("cdiconfigs"), ALL),
        rule(CDI_GROUP, List.of("datavolumes"), READ),
        // what cdi-apiserver registered goes with CDI
        rule("apiregistration.k8s.io", List.of("apiservices"), List.of("get", "delete")),
        rule("", List.of("events"), List.of("create", "patch", "update")));
  }

  /** cdi-controller: DataVolumes to claims to worker pods, and the CDIConfig's status. */
  private static List<PolicyRule> controllerRules() {
    return List.of(
        rule(CDI_GROUP, List.of("datavolumes"), List.of("get", "list", "watch", "update", "patch")),
        rule(CDI_GROUP, List.of("datavolumes/status"), List.of("get", "update", "patch")),
        rule(CDI_GROUP, List.of("datavolumes/finalizers"), List.of("update", "patch")),
        rule(CDI_GROUP, List.of("cdiconfigs"), List.of("get", "list", "watch", "update", "patch")),
        rule(CDI_GROUP, List.of("datasources"), List.of("get", "list", "watch", "update", "patch")),
        rule(CDI_GROUP, List.of("datasources/status"), List.of("update", "patch")),
        rule("", List.of("persistentvolumeclaims"), ALL),
        rule("", List.of("persistentvolumeclaims/finalizers"), List.of("update", "patch")),
        rule("", List.of("pods"), List.of("get", "list", "watch", "create", "delete")),
        rule("", List.of("pods/finalizers"), List.of("update", "patch")),
        rule("", List.of("services"), List.of("get", "list", "watch", "create", "delete")),
        rule("storage.k8s.io", List.of("storageclasses"), READ),
        rule(CDI_GROUP, List.of("storageprofiles"), ALL),
        rule(CDI_GROUP, List.of("storageprofiles/status"), List.of("update", "patch")),
        // statically provisioned classes recommend what their volumes offer
        rule("", List.of("persistentvolumes"), READ),
        rule("", List.of("events"), List.of("create", "patch", "update")));
  }

  /** cdi-apiserver registers its API, asks RBAC about callers and reads what a token is for. */
  private static List<PolicyRule> apiServerRules() {
    return List.of(
        rule("authorization.k8s.io", List.of("subjectaccessreviews"), List.of("create")),
        rule(
            "apiregistration.k8s.io",
            List.of("apiservices"),
            List.of("get", "list", "watch", "create", "update", "patch")),
        rule("", List.of("persistentvolumeclaims"), List.of("get")));
  }

  /** cdi-uploadproxy finds the upload target's PVC and its upload Service. */
  private static List<PolicyRule> uploadProxyRules() {
    return List.of(
        rule("", List.of("persistentvolumeclaims"), List.of("get")),
        rule("", List.of("services"), List.of("get")));
  }

  /** Their certificates and the token signing key live in Secrets of the CDI namespace. */
  private static List<PolicyRule> secretRules() {
    return List.of(
        rule("", List.of("secrets"), List.of("get", "list", "watch", "create", "update", "patch")));
  }

  /**
   * cdi-apiserver is an aggregated API server: it reads the front-proxy configuration in
   * kube-system and may delegate authentication and authorization.
   */
  private static void apiServerDelegation(List<HasMetadata> objects) {
    var subject =
        new SubjectBuilder()
            .withKind("ServiceAccount")
            .withName(CdiComponents.APISERVER)
            .withNamespace(CdiComponents.NAMESPACE)
            .build();
    Map<String, String> labels = Names.labels(CdiComponents.APISERVER);
    objects.add(
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(CdiComponents.APISERVER + "-auth-delegator")
            .withLabels(labels)
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "ClusterRole", "system:auth-delegator")
            .withSubjects(subject)
            .build());
    objects.add(
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName(CdiComponents.APISERVER + "-authentication-reader")
            .withNamespace("kube-system")
            .withLabels(labels)
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "Role", "extension-apiserver-authentication-reader")
            .withSubjects(subject)
            .build());
  }

  /**
   * Whoever may edit a namespace may ask for upload tokens there, clone its PVCs and name them in
   * DataSources (upstream's cdi.kubevirt.io:edit).
   */
  private static HasMetadata userRole() {
    return new ClusterRoleBuilder()
        .withNewMetadata()
        .withName("cdi.kubevirt.io:edit")
        .withLabels(Names.labels(CdiComponents.APISERVER))
        .addToLabels("rbac.authorization.k8s.io/aggregate-to-edit", "true")
        .addToLabels("rbac.authorization.k8s.io/aggregate-to-admin", "true")
        .endMetadata()
        .withRules(
            rule(UploadTokenRequest.GROUP, List.of(UploadTokenRequest.PLURAL), List.of("create")),
            rule(CDI_GROUP, List.of("datavolumes/source"), List.of("create")),
            rule(CDI_GROUP, List.of("datasources"), ALL))
        .build();
  }

  /** Leases in the CDI namespace; the operator also keeps cdi-controller's Deployment. */
  private static List<PolicyRule> namespaceRules(boolean operator) {
    List<PolicyRule> rules = new ArrayList<>();
    rules.add(rule("coordination.k8s.io", List.of("leases"), ALL));
    if (operator) {
      rules.add(rule("apps", List.of("deployments"), ALL));
      rules.add(rule("", List.of("services"), ALL));
    }
    return rules;
  }

  private static void account(
      List<HasMetadata> objects,
      String account,
      List<PolicyRule> clusterRules,
      List<PolicyRule> namespaceRules) {
    String ns = CdiComponents.NAMESPACE;
    Map<String, String> labels = Names.labels(account);
    var subject =
        new SubjectBuilder().withKind("ServiceAccount").withName(account).withNamespace(ns).build();
    objects.add(
        new ServiceAccountBuilder()
            .withNewMetadata()
            .withName(account)
            .withNamespace(ns)
            .withLabels(labels)
            .endMetadata()
            .build());
    objects.add(
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName(account)
            .withLabels(labels)
            .endMetadata()
            .withRules(clusterRules)
            .build());
    objects.add(
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(account)
            .withLabels(labels)
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "ClusterRole", account)
            .withSubjects(subject)
            .build());
    objects.add(
        new RoleBuilder()
            .withNewMetadata()
            .withName(account)
            .withNamespace(ns)
            .withLabels(labels)
            .endMetadata()
            .withRules(namespaceRules)
            .build());
    objects.add(
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName(account)
            .withNamespace(ns)
            .withLabels(labels)
            .endMetadata()
            .withNewRoleRef(RBAC_GROUP, "Role", account)
            .withSubjects(subject)
            .build());
  }

  private static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }
}
