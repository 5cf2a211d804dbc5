package io.jvirt.cdi.operator.decide;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.contract.CdiLabels;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One CDI component the operator deploys from the component image: a one-replica Deployment, owned
 * by the CR, running {@code mainClass} under its service account, unprivileged, with a readiness
 * probe on its port.
 *
 * @param name the Deployment's name
 * @param container its container's name
 * @param label the {@code cdi.kubevirt.io} label value selecting its pods
 * @param account its service account
 * @param mainClass its entry point
 * @param heap the maximum Java heap, for example {@code 128m}
 * @param memory the memory request
 * @param env its environment
 * @param port the port its probe and Service use
 * @param scheme {@code HTTP} or {@code HTTPS} for the probe
 * @param probePath the readiness path
 */
record ComponentShape(
    String name,
    String container,
    String label,
    String account,
    String mainClass,
    String heap,
    String memory,
    List<EnvVar> env,
    int port,
    String scheme,
    String probePath) {

  /** The Deployment in {@code namespace}, from {@code image} pulled with {@code pullPolicy}. */
  Deployment render(CDI cdi, String namespace, String image, String pullPolicy) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(CdiLabels.COMPONENT, label);
    labels.put(CdiLabels.APP, CdiLabels.APP_VALUE);
    labels.put(CdiLabels.PROMETHEUS, "true");
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .withLabels(labels)
        .withOwnerReferences(ControllerDeployment.owner(cdi))
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewSelector()
        .withMatchLabels(Map.of(CdiLabels.COMPONENT, label))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(account)
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
        .withName(container)
        .withImage(image)
        .withImagePullPolicy(pullPolicy)
        .withCommand(command())
        .withEnv(env)
        .addNewPort()
        .withName(scheme.toLowerCase(java.util.Locale.ROOT))
        .withContainerPort(port)
        .endPort()
        .withNewReadinessProbe()
        .withNewHttpGet()
        .withPath(probePath)
        .withPort(new IntOrString(port))
        .withScheme(scheme)
        .endHttpGet()
        .withPeriodSeconds(5)
        .endReadinessProbe()
        .withNewResources()
        .addToRequests("cpu", new Quantity("10m"))
        .addToRequests("memory", new Quantity(memory))
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

  /** A small serial-GC heap: one replica per cluster, its working set stays near its request. */
  private List<String> command() {
    return List.of(
        "java",
        "-Xms16m",
        "-Xmx" + heap,
        "-XX:+UseSerialGC",
        "-cp",
        "@/app/jib-classpath-file",
        mainClass);
  }

  static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }
}
