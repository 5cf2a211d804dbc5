package io.jvirt.virtctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.client.VersionInfo;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How the client version is derived from the build properties and the platform. */
class ClientVersionTest {
  @Test
  void theMavenVersionGetsAvPrefix() {
    assertThat(ClientVersion.gitVersion("0.1.0-SNAPSHOT")).isEqualTo("v0.1.0-SNAPSHOT");
    assertThat(ClientVersion.gitVersion("v1.0.0")).isEqualTo("v1.0.0");
  }

  @Test
  void anUnfilteredOrMissingVersionIsAPlaceholder() {
    assertThat(ClientVersion.gitVersion("${project.version}")).isEqualTo("v0.0.0-dev");
    assertThat(ClientVersion.gitVersion(null)).isEqualTo("v0.0.0-dev");
  }

  @Test
  void platformsUseGoSpelling() {
    assertThat(ClientVersion.platform("Linux", "amd64")).isEqualTo("linux/amd64");
    assertThat(ClientVersion.platform("Linux", "aarch64")).isEqualTo("linux/arm64");
    assertThat(ClientVersion.platform("Mac OS X", "x86_64")).isEqualTo("darwin/amd64");
    assertThat(ClientVersion.platform("Windows 11", "amd64")).isEqualTo("windows/amd64");
  }

  @Test
  void buildsTheInfo() {
    Properties build = new Properties();
    build.setProperty("version", "0.1.0");

    VersionInfo info = ClientVersion.of(build, "Linux", "amd64", "17.0.9+9");

    assertThat(info)
        .isEqualTo(new VersionInfo("v0.1.0", "", "", "", "java17.0.9+9", "javac", "linux/amd64"));
  }
}
