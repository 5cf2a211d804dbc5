package io.jvirt.installer.cli;

import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import io.jvirt.installer.model.Profile;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that choose what an installation contains (shared by render, install, uninstall). */
final class SettingsOptions {
  @Option(
      names = "--profile",
      defaultValue = "basic",
      description = "basic or basic+cdi (default: ${DEFAULT-VALUE}).")
  String profile;

  @Mixin ImageOptions images;

  @Option(
      names = "--namespace",
      defaultValue = Names.NAMESPACE,
      description = "Install namespace (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(names = "--emulation", description = "Run guests in software emulation (no KVM).")
  boolean emulation;

  @Option(names = "--feature-gate", description = "A KubeVirt feature gate to enable (repeatable).")
  List<String> featureGates = new ArrayList<>();

  Profile profile(CommandSpec spec) {
    try {
      return Profile.of(profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
  }

  InstallSettings settings() {
    return new InstallSettings(namespace, images.registry, images.tag, emulation, featureGates);
  }
}
