package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Virtctl;
import io.jvirt.virtctl.client.ConnectionOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run this virtctl again, for ssh's ProxyCommand (upstream uses its own {@code argv[0]}; a
 * Java program has none): this JVM's {@code java} with this jar, and the connection flags given.
 */
final class ThisVirtctl {
  private ThisVirtctl() {}

  /**
   * The program words: {@code java -jar virtctl.jar}, or the class path when not run from a jar.
   */
  static List<String> program() {
    String java = ProcessHandle.current().info().command().orElse("java");
    try {
      Path code =
          Path.of(Virtctl.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (code.toString().endsWith(".jar")) {
        return List.of(java, "-jar", code.toString());
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall back to the class path below
    }
    return List.of(java, "-cp", System.getProperty("java.class.path"), Virtctl.class.getName());
  }

  /** {@code --kubeconfig} and {@code --context} as this run was given them. */
  static List<String> connection(ConnectionOptions options) {
    List<String> flags = new ArrayList<>();
    if (options.kubeconfig() != null) {
      flags.add("--kubeconfig=" + options.kubeconfig());
    }
    if (options.context() != null) {
      flags.add("--context=" + options.context());
    }
    return flags;
  }
}
