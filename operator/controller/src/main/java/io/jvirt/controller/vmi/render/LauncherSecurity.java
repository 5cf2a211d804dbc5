package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.LauncherPod;
import java.util.List;

/** Users, groups and capabilities of launcher pods, root or non-root (rendercontainer.go). */
final class LauncherSecurity {
  private LauncherSecurity() {}

  static long userId(VirtualMachineInstance vmi) {
    return VmiTraits.nonRoot(vmi) ? VmiTraits.NON_ROOT_UID : 0;
  }

  /** fsGroup 107 always, so the unprivileged helpers can write shared volumes. */
  static PodSecurityContext pod(VirtualMachineInstance vmi) {
    PodSecurityContextBuilder builder =
        new PodSecurityContextBuilder().withFsGroup(VmiTraits.NON_ROOT_UID);
    if (VmiTraits.nonRoot(vmi)) {
      builder
          .withRunAsUser(VmiTraits.NON_ROOT_UID)
          .withRunAsGroup(VmiTraits.NON_ROOT_UID)
          .withRunAsNonRoot(true);
    } else {
      builder.withRunAsUser(0L);
    }
    return builder.build();
  }

  /** A container context adding {@code add}; drops ALL when asked or when non-root. */
  static SecurityContext container(VirtualMachineInstance vmi, List<String> add, boolean dropAll) {
    long user = userId(vmi);
    boolean nonRoot = user != 0;
    CapabilitiesBuilder capabilities = new CapabilitiesBuilder();
    if (!add.isEmpty()) {
      capabilities.withAdd(add);
    }
    if (dropAll || nonRoot) {
      capabilities.withDrop("ALL");
    }
    Capabilities built = capabilities.build();
    SecurityContextBuilder builder =
        new SecurityContextBuilder()
            .withRunAsUser(user)
            .withRunAsNonRoot(nonRoot)
            .withCapabilities(built);
    if (nonRoot) {
      builder.withRunAsGroup(user).withAllowPrivilegeEscalation(false);
    }
    return builder.build();
  }

  /** XDG directories pointing into writable volumes, which only a non-root process needs. */
  static List<EnvVar> xdgEnvironment(VirtualMachineInstance vmi) {
    if (!VmiTraits.nonRoot(vmi)) {
      return List.of();
    }
    return List.of(
        new EnvVar("XDG_CACHE_HOME", LauncherPod.VIRT_PRIVATE_DIR, null),
        new EnvVar("XDG_CONFIG_HOME", LauncherPod.VIRT_PRIVATE_DIR, null),
        new EnvVar("XDG_RUNTIME_DIR", "/var/run", null));
  }
}
