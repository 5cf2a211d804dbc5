package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.RegistryImport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code crane export} run that streams the image's flattened file system as a tar on stdout:
 * its arguments and the environment it adds.
 */
public record CraneCommand(List<String> args, Map<String, String> env) {
  public CraneCommand {
    args = List.copyOf(args);
    env = Map.copyOf(env);
  }

  /**
   * The export of {@code settings}' image.
   *
   * @param crane the binary
   * @param dockerConfig the directory holding the credentials' {@code config.json}, empty for none
   * @param caDirs directories of CA certificates crane trusts besides the system's
   */
  public static CraneCommand export(
      ImporterSettings settings, String crane, String dockerConfig, List<String> caDirs) {
    RegistryReference reference = RegistryReference.parse(settings.endpoint());
    List<String> args = new ArrayList<>(List.of(crane, "export"));
    if (settings.insecureTls()) {
      // plain http, or https without verification: crane tries both
      args.add("--insecure");
    }
    if (!settings.registryArchitecture().isEmpty()) {
      args.add("--platform");
      args.add("linux/" + settings.registryArchitecture());
    }
    args.add(reference.image());
    args.add("-");
    Map<String, String> env = new LinkedHashMap<>();
    if (!dockerConfig.isEmpty()) {
      env.put(RegistryImport.DOCKER_CONFIG_ENV, dockerConfig);
    }
    if (!caDirs.isEmpty()) {
      env.put(RegistryImport.SSL_CERT_DIR_ENV, String.join(":", caDirs));
    }
    return new CraneCommand(args, env);
  }

  /** Whether {@code settings} carry registry credentials. */
  public static boolean hasCredentials(ImporterSettings settings) {
    return !settings.accessKeyId().isEmpty() || !settings.secretKey().isEmpty();
  }
}
