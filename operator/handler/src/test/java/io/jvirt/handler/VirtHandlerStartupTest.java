package io.jvirt.handler;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.contract.EnvVars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * virt-handler started while the API server cannot be reached exits with status 1, so kubelet
 * starts it again; before, its heartbeat and device-plugin threads kept it alive and never ready.
 */
class VirtHandlerStartupTest {
  @Test
  void anUnreachableApiServerEndsTheProcess(@TempDir Path dir) throws Exception {
    Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), unreachableKubeconfig());
    Files.createDirectories(dir.resolve("device-plugins"));
    ProcessBuilder handler =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    VirtHandlerMain.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile());
    Map<String, String> env = handler.environment();
    env.put(EnvVars.NODE_NAME, "nowhere");
    env.put(EnvVars.DEVICE_PLUGINS_DIR, dir.resolve("device-plugins").toString());
    env.put(EnvVars.HOST_ROOT, dir.toString());
    env.put(EnvVars.HEALTH_PORT, "0");
    env.put(EnvVars.HANDLER_PORT, "0");
    env.put("KUBECONFIG", kubeconfig.toString());
    env.put("KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT", "0");
    Process process = handler.start();
    try {
      boolean ended = process.waitFor(2, TimeUnit.MINUTES);
      assertThat(ended).as(log(dir)).isTrue();
      assertThat(process.exitValue()).as(log(dir)).isEqualTo(1);
      assertThat(log(dir)).contains("virt-handler: cannot start");
    } finally {
      process.destroyForcibly();
    }
  }

  private static String log(Path dir) throws IOException {
    return Files.readString(dir.resolve("out.log"));
  }

  private static String unreachableKubeconfig() {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - name: gone
          cluster:
            server: https://127.0.0.1:1
            insecure-skip-tls-verify: true
        users:
        - name: nobody
          user:
            token: none
        contexts:
        - name: gone
          context:
            cluster: gone
            user: nobody
        current-context: gone
        """;
  }
}
