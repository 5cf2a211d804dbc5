package io.jvirt.virtctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.KubeconfigException;
import org.junit.jupiter.api.Test;

/** The kubectl-style global flags, namespace resolution, help and usage errors. */
class GlobalOptionsTest {
  private final Harness harness = new Harness();

  @Test
  void namespaceFlagWorksBeforeTheCommand() {
    harness.run("-n", "before", "start", "myvm");

    assertThat(harness.subresources.single().namespace()).isEqualTo("before");
  }

  @Test
  void namespaceFlagWorksAfterTheCommand() {
    harness.run("start", "myvm", "--namespace=after");

    assertThat(harness.subresources.single().namespace()).isEqualTo("after");
  }

  @Test
  void anOptionsValueMayStartWithADashAsUnderCobra() {
    // ssh's -tt through --local-ssh-opts: picocli would otherwise read it as virtctl's -t twice
    var parsed = harness.parse("ssh", "me@vm/x", "--local-ssh-opts=-tt", "--local-ssh-opts", "-v");

    assertThat(
            parsed
                .subcommand()
                .matchedOption("--local-ssh-opts")
                .<java.util.List<String>>getValue())
        .containsExactly("-tt", "-v");
  }

  @Test
  void withoutTheFlagTheContextNamespaceIsUsed() {
    harness.contextNamespace = "from-context";

    harness.run("start", "myvm");

    assertThat(harness.subresources.single().namespace()).isEqualTo("from-context");
  }

  @Test
  void withoutFlagOrContextNamespaceItIsDefault() {
    harness.run("start", "myvm");

    assertThat(harness.subresources.single().namespace()).isEqualTo("default");
  }

  @Test
  void kubeconfigAndContextReachTheConnector() {
    harness.run("--kubeconfig", "/tmp/kc", "stop", "myvm", "--context", "prod");

    assertThat(harness.lastOptions.kubeconfig()).isEqualTo("/tmp/kc");
    assertThat(harness.lastOptions.context()).isEqualTo("prod");
    assertThat(harness.lastOptions.namespace()).isNull();
  }

  @Test
  void aKubeconfigProblemIsOneLine() {
    harness.connectFailure = new KubeconfigException("kubeconfig file /nope does not exist");

    Result result = harness.run("--kubeconfig", "/nope", "start", "myvm");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly("kubeconfig file /nope does not exist");
  }

  @Test
  void helpOfEveryCommandShowsTheGlobalFlags() {
    for (String command :
        new String[] {
          "start",
          "stop",
          "restart",
          "pause",
          "unpause",
          "soft-reboot",
          "expose",
          "version",
          "console"
        }) {
      Result result = harness.run(command, "-h");

      assertThat(result.code()).as(command).isZero();
      assertThat(result.out())
          .as(command)
          .contains("Usage: virtctl " + command)
          .contains("--kubeconfig=PATH")
          .contains("-n, --namespace=NS")
          .contains("--context=NAME");
    }
    assertThat(harness.connects).isZero();
  }

  @Test
  void stopHelpDocumentsTheGracePeriodDefault() {
    assertThat(harness.run("stop", "--help").out())
        .contains("--grace-period=SECONDS")
        .contains("Default: -1")
        .contains("--force");
  }

  @Test
  void noCommandPrintsTheCommandList() {
    Result result = harness.run();

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Available Commands:").contains("start").contains("expose");
  }

  @Test
  void anUnknownCommandIsOneLine() {
    Result result = harness.run("frobnicate");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("frobnicate");
  }

  @Test
  void anUnknownFlagIsOneLine() {
    Result result = harness.run("start", "myvm", "--bogus");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("--bogus")
        .endsWith("(see 'virtctl start --help')");
  }

  @Test
  void anUnexpectedFailureIsOneLineToo() {
    harness.subresources.failure = new IllegalStateException("boom\nsecond line");

    Result result = harness.run("start", "myvm");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly("IllegalStateException: boom second line");
  }

  @Test
  void asKubectlPluginTheHelpSaysKubectlVirt() {
    assertThat(Virtctl.programName("/usr/local/bin/kubectl-virt")).isEqualTo("kubectl virt");
    assertThat(Virtctl.programName("kubectl-virt")).isEqualTo("kubectl virt");
    assertThat(Virtctl.programName(null)).isEqualTo("virtctl");
    assertThat(Virtctl.programName("virtctl")).isEqualTo("virtctl");
  }
}
