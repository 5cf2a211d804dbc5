package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.jvirt.contract.Components;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.HandlerApi;
import io.jvirt.contract.Ports;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * What runs jvirt's components: the virt-controller and virt-api Deployments (two replicas each,
 * from the operator image), the virt-handler DaemonSet (privileged, with the host paths it drives
 * guests through, serving virt-api on {@link Ports#HANDLER}), the virt-api Service and disruption
 * budgets keeping one replica of each Deployment up.
 */
final class ComponentDeployments {
  private ComponentDeployments() {}

  static List<HasMetadata> objects(InstallSettings settings) {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(
        deployment(
            settings,
            Names.CONTROLLER,
            Names.CONTROLLER_ACCOUNT,
            Components.CONTROLLER_MAIN,
            List.of(
                env(EnvVars.LAUNCHER_IMAGE, Images.reference(settings, Images.LAUNCHER)),
                env(EnvVars.HEALTH_PORT, Integer.toString(Ports.HEALTH))),
            "http"));
    objects.add(
        deployment(
            settings,
            Names.API,
            Names.API_ACCOUNT,
            Components.API_MAIN,
            List.of(env(EnvVars.API_PORT, Integer.toString(Ports.API))),
            "https"));
    objects.add(handler(settings));
    objects.add(
        new ServiceBuilder()
            .withNewMetadata()
            .withName(Names.API)
            .withNamespace(settings.namespace())
            .withLabels(Names.labels(Names.API))
            .endMetadata()
            .withNewSpec()
            .withSelector(Names.selector(Names.API))
            .addNewPort()
            .withName("https")
            .withPort(443)
            .withTargetPort(new IntOrString(Ports.API))
            .endPort()
            .endSpec()
            .build());
    for (String component : List.of(Names.CONTROLLER, Names.API)) {
      objects.add(
          new PodDisruptionBudgetBuilder()
              .withNewMetadata()
              .withName(component + "-pdb")
              .withNamespace(settings.namespace())
              .withLabels(Names.labels(component))
              .endMetadata()
              .withNewSpec()
              .withMinAvailable(new IntOrString(1))
              .withNewSelector()
              .withMatchLabels(Names.selector(component))
              .endSelector()
              .endSpec()
              .build());
    }
    return objects;
  }

  private static HasMetadata deployment(
      InstallSettings settings,
      String component,
      String account,
      String mainClass,
      List<EnvVar> env,
      String scheme) {
    List<EnvVar> all = new ArrayList<>(commonEnv(settings));
    all.addAll(env);
    Container container =
        new ContainerBuilder()
            .withName(component)
            .withImage(Images.reference(settings, Images.OPERATOR))
            .withImagePullPolicy("IfNotPresent")
            .withCommand(JvmOptions.command(mainClass))
            .withEnv(all)
            .addNewPort()
            .withName(scheme)
            .withContainerPort(Ports.API)
            .endPort()
            .withReadinessProbe(probe("/readyz", scheme.toUpperCase(java.util.Locale.ROOT)))
            .withNewResources()
            .addToRequests("cpu", new Quantity("10m"))
            .addToRequests("memory", new Quantity("256Mi"))
            .endResources()
            .withNewSecurityContext()
            .withRunAsNonRoot(true)
            .withAllowPrivilegeEscalation(false)
            .withNewCapabilities()
            .withDrop("ALL")
            .endCapabilities()
            .endSecurityContext()
            .build();
    PodSpec pod =
        new PodSpecBuilder()
            .withServiceAccountName(account)
            .withContainers(container)
            .withPriorityClassName("system-cluster-critical")
            .withNewSecurityContext()
            .withRunAsUser(107L)
            .withRunAsNonRoot(true)
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile()
            .endSecurityContext()
            .build();
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(component)
        .withNamespace(settings.namespace())
        .withLabels(Names.labels(component))
        .endMetadata()
        .withNewSpec()
        .withReplicas(2)
        .withNewSelector()
        .withMatchLabels(Names.selector(component))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(Names.labels(component))
        .endMetadata()
        .withSpec(pod)
        .endTemplate()
        .endSpec()
        .build();
  }

  private static HasMetadata handler(InstallSettings settings) {
    Container container =
        new ContainerBuilder()
            .withName(Names.HANDLER)
            .withImage(Images.reference(settings, Images.HANDLER))
            .withImagePullPolicy("IfNotPresent")
            .withCommand(JvmOptions.command(Components.HANDLER_MAIN))
            // virt-api calls this port on the pod's IP over mutual TLS (pause, unpause, consoles)
            .addNewPort()
            .withName(HandlerApi.PORT_NAME)
            .withContainerPort(Ports.HANDLER)
            .withProtocol("TCP")
            .endPort()
            .withReadinessProbe(probe("/readyz", "HTTP"))
            .withEnv(handlerEnv(settings))
            .withNewSecurityContext()
            .withPrivileged(true)
            .endSecurityContext()
            .withNewResources()
            .addToRequests("cpu", new Quantity("10m"))
            .addToRequests("memory", new Quantity("256Mi"))
            .endResources()
            .build();
    HostPaths paths = HostPaths.forHandler();
    container.setVolumeMounts(paths.mounts());
    return new DaemonSetBuilder()
        .withNewMetadata()
        .withName(Names.HANDLER)
        .withNamespace(settings.namespace())
        .withLabels(Names.labels(Names.HANDLER))
        .endMetadata()
        .withNewSpec()
        .withNewSelector()
        .withMatchLabels(Names.selector(Names.HANDLER))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(Names.labels(Names.HANDLER))
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(Names.HANDLER_ACCOUNT)
        .withHostPID(true)
        .withPriorityClassName("system-node-critical")
        .withContainers(container)
        .withVolumes(paths.volumes())
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static List<EnvVar> handlerEnv(InstallSettings settings) {
    List<EnvVar> env = new ArrayList<>(commonEnv(settings));
    env.add(env(EnvVars.HEALTH_PORT, Integer.toString(Ports.HEALTH)));
    env.add(
        new EnvVarBuilder()
            .withName(EnvVars.NODE_NAME)
            .withNewValueFrom()
            .withNewFieldRef()
            .withFieldPath("spec.nodeName")
            .endFieldRef()
            .endValueFrom()
            .build());
    return env;
  }

  private static List<EnvVar> commonEnv(InstallSettings settings) {
    return List.of(
        env(EnvVars.NAMESPACE, settings.namespace()),
        env(EnvVars.MALLOC_ARENA_MAX, JvmOptions.MALLOC_ARENAS));
  }

  private static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }

  private static Probe probe(String path, String scheme) {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath(path)
        .withPort(new IntOrString(Ports.HEALTH))
        .withScheme(scheme)
        .endHttpGet()
        .withPeriodSeconds(10)
        .build();
  }
}
