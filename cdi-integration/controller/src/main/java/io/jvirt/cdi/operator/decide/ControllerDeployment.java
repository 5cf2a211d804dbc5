package io.jvirt.cdi.operator.decide;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.contract.CdiLabels;
import java.util.List;
import java.util.Map;

/** Renders cdi-controller's Deployment ({@code cdi-deployment}) for a CDI CR. */
public final class ControllerDeployment {
  /** The controller's entry point in the component image. */
  public static final String MAIN_CLASS = "io.jvirt.cdi.controller.CdiControllerMain";

  private ControllerDeployment() {}

  /** What the operator deploys, and with which images. */
  public record Images(String controller, String importer, String pullPolicy) {}

  /** The Deployment in {@code namespace} for {@code cdi}, owned by it. */
  public static Deployment render(CDI cdi, String namespace, Images images) {
    String pullPolicy =
        cdi.getSpec() != null && cdi.getSpec().getImagePullPolicy() != null
            ? cdi.getSpec().getImagePullPolicy()
            : images.pullPolicy();
    Map<String, String> labels =
        Map.of(
            CdiLabels.COMPONENT, CdiComponents.CONTROLLER_LABEL,
            CdiLabels.APP, CdiLabels.APP_VALUE,
            CdiLabels.PROMETHEUS, "true");
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(CdiComponents.CONTROLLER_DEPLOYMENT)
        .withNamespace(namespace)
        .withLabels(labels)
        .withOwnerReferences(owner(cdi))
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewSelector()
        .withMatchLabels(Map.of(CdiLabels.COMPONENT, CdiComponents.CONTROLLER_LABEL))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(CdiComponents.CONTROLLER_ACCOUNT)
        .withPriorityClassName(
            cdi.getSpec() != null && cdi.getSpec().getPriorityClass() != null
                ? cdi.getSpec().getPriorityClass()
                : null)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(107L)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .addNewContainer()
        .withName("cdi-controller")
        .withImage(images.controller())
        .withImagePullPolicy(pullPolicy)
        .withCommand(command())
        .withEnv(
            env(CdiComponents.ENV_IMPORTER_IMAGE, images.importer()),
            env(CdiComponents.ENV_PULL_POLICY, pullPolicy),
            env(CdiComponents.ENV_NAMESPACE, namespace),
            env(CdiComponents.ENV_HEALTH_PORT, Integer.toString(CdiComponents.HEALTH_PORT)))
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
        .addToRequests("memory", new Quantity("150Mi"))
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

  /** The CR as the controller reference of what it deploys. */
  public static OwnerReference owner(CDI cdi) {
    return new OwnerReferenceBuilder()
        .withApiVersion(cdi.getApiVersion())
        .withKind(cdi.getKind())
        .withName(cdi.getMetadata().getName())
        .withUid(cdi.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }

  /** A small serial-GC heap: one controller per cluster, its working set stays near its request. */
  private static List<String> command() {
    return List.of(
        "java",
        "-Xms16m",
        "-Xmx128m",
        "-XX:+UseSerialGC",
        "-cp",
        "@/app/jib-classpath-file",
        MAIN_CLASS);
  }

  private static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }
}
