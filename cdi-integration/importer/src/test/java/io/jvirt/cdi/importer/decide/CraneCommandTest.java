package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crane command line, environment and credentials a registry import's settings give. */
class CraneCommandTest {
  private static ImporterSettings settings(String endpoint, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("IMPORTER_SOURCE", "registry");
    env.put("IMPORTER_ENDPOINT", endpoint);
    env.putAll(extra);
    return ImporterSettings.fromEnv(env);
  }

  @Test
  void aPlainPullExportsTheReferenceWithoutTheSchemeToStdout() {
    CraneCommand command =
        CraneCommand.export(
            settings("docker://quay.io/kubevirt/cirros-container-disk-demo:v1.5.0", Map.of()),
            "/usr/bin/crane",
            "",
            List.of());
    assertThat(command.args())
        .containsExactly(
            "/usr/bin/crane", "export", "quay.io/kubevirt/cirros-container-disk-demo:v1.5.0", "-");
    assertThat(command.env()).isEmpty();
  }

  @Test
  void insecureArchitectureCredentialsAndCertificatesReachCrane() {
    CraneCommand command =
        CraneCommand.export(
            settings(
                "docker://10.96.0.12:5000/jvirt/cirros@sha256:abc",
                Map.of(
                    "INSECURE_TLS", "true",
                    "IMPORTER_REGISTRY_IMAGE_ARCHITECTURE", "arm64")),
            "crane",
            "/tmp/crane123",
            List.of("/certs", "/proxycerts/"));
    assertThat(command.args())
        .containsExactly(
            "crane",
            "export",
            "--insecure",
            "--platform",
            "linux/arm64",
            "10.96.0.12:5000/jvirt/cirros@sha256:abc",
            "-");
    assertThat(command.env())
        .containsEntry("DOCKER_CONFIG", "/tmp/crane123")
        .containsEntry("SSL_CERT_DIR", "/certs:/proxycerts/");
  }

  @Test
  void onlyDockerUrlsAreTaken() {
    assertThatThrownBy(
            () ->
                CraneCommand.export(
                    settings("oci-archive:///images/disk.tar", Map.of()), "crane", "", List.of()))
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("only docker:// is supported");
    assertThatThrownBy(() -> RegistryReference.parse("docker://"))
        .hasMessageContaining("no image name");
  }

  @Test
  void credentialsAreFiledUnderTheRegistryHostOrDockerHubsKey() {
    assertThat(RegistryReference.parse("docker://10.96.0.12:5000/a/b:1").registry())
        .isEqualTo("10.96.0.12:5000");
    assertThat(RegistryReference.parse("docker://localhost/a:1").registry()).isEqualTo("localhost");
    assertThat(RegistryReference.parse("docker://library/fedora:40").registry())
        .isEqualTo(RegistryReference.DOCKER_HUB_KEY);
    assertThat(RegistryReference.parse("docker://fedora").registry())
        .isEqualTo(RegistryReference.DOCKER_HUB_KEY);
    assertThat(RegistryReference.parse("docker://docker.io/library/fedora").registry())
        .isEqualTo(RegistryReference.DOCKER_HUB_KEY);
  }

  @Test
  void theSecretsKeysBecomeADockerConfig() throws Exception {
    ImporterSettings withSecret =
        settings(
            "docker://r.example:5000/a:1",
            Map.of("IMPORTER_ACCESS_KEY_ID", "user", "IMPORTER_SECRET_KEY", "pa:ss"));
    assertThat(CraneCommand.hasCredentials(withSecret)).isTrue();
    assertThat(CraneCommand.hasCredentials(settings("docker://r.example/a", Map.of()))).isFalse();
    String json = DockerConfig.json("r.example:5000", "user", "pa:ss");
    assertThat(new ObjectMapper().readTree(json).at("/auths/r.example:5000/auth").asText())
        .isEqualTo("dXNlcjpwYTpzcw==");
  }

  @Test
  void cranesErrorLineIsTheReason() {
    String err =
        "2026/12/04 16:17:44 retrying\n"
            + "Error: pulling 10.96.0.12:5000/jvirt/cirros:nope: GET"
            + " http://10.96.0.12:5000/v2/jvirt/cirros/manifests/nope: MANIFEST_UNKNOWN: Unknown"
            + " manifest\n";
    assertThat(CraneError.of(1, err))
        .hasMessage(
            "Failed to read registry image: pulling 10.96.0.12:5000/jvirt/cirros:nope: GET"
                + " http://10.96.0.12:5000/v2/jvirt/cirros/manifests/nope: MANIFEST_UNKNOWN:"
                + " Unknown manifest");
    assertThat(CraneError.of(2, "panic: something\n"))
        .hasMessage("Failed to read registry image: panic: something");
    assertThat(CraneError.of(137, ""))
        .hasMessage("Failed to read registry image: crane exited with 137");
  }
}
