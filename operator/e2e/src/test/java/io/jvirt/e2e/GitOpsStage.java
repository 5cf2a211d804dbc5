package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * What a GitOps test class starts from: jvirt's images on the node but jvirt itself uninstalled (so
 * only the GitOps controller installs it), the controllers up, and a new empty repository cloned
 * under the test's folder.
 */
record GitOpsStage(Jvirt jvirt, GitOpsHost host, String url, GitCheckout git) {
  static GitOpsStage prepare(Path work, String profile, String repositoryPrefix) {
    Jvirt jvirt = Jvirt.withoutInstall();
    // an install the other E2E classes left behind would hide what the controller does
    var uninstall = jvirt.installer("uninstall", "--profile", profile, "--delete-vms");
    assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
    GitOpsHost host = GitOpsHost.up(jvirt.root());
    String url = host.repository(repositoryPrefix + "-" + Long.toHexString(System.nanoTime()));
    return new GitOpsStage(jvirt, host, url, GitCheckout.clone(url, work.resolve("checkout")));
  }
}
