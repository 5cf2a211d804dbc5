package io.jvirt.launcher.disks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret directories, laid out as the kubelet mounts them, read into numbered public keys. */
class PublicKeyFilesTest {
  @TempDir Path root;

  /** A secret volume: files in a timestamped ..dir, linked through ..data from the top. */
  private Path secret(String name, Map<String, String> files) throws IOException {
    Path dir = Files.createDirectories(root.resolve(name));
    Path data = Files.createDirectory(dir.resolve("..2024_05_01_12_00_00.000000001"));
    for (var file : files.entrySet()) {
      Files.writeString(data.resolve(file.getKey()), file.getValue());
    }
    Files.createSymbolicLink(dir.resolve("..data"), data.getFileName());
    for (String file : files.keySet()) {
      Files.createSymbolicLink(dir.resolve(file), Path.of("..data", file));
    }
    return dir;
  }

  @Test
  void eachFileIsOneKeyInFileNameOrderNumberedAcrossSecrets() throws IOException {
    Path first =
        secret("ops-keys", Map.of("zoe", "ssh-ed25519 AAAAz zoe\n", "adam", "ssh-rsa AAAAa"));
    Path second = secret("ci-keys", Map.of("ci", "ssh-ed25519 AAAAc ci"));

    assertThat(PublicKeyFiles.read(List.of(first, second)))
        .containsExactly(
            Map.entry("0", "ssh-rsa AAAAa"),
            Map.entry("1", "ssh-ed25519 AAAAz zoe\n"),
            Map.entry("2", "ssh-ed25519 AAAAc ci"));
  }

  @Test
  void aFileOfSeveralLinesStaysOneKeyAsUpstreamPutsIt() throws IOException {
    Path dir = secret("keys", Map.of("authorized_keys", "ssh-rsa AAAA1 a\nssh-rsa AAAA2 b\n"));

    assertThat(PublicKeyFiles.read(List.of(dir)))
        .containsExactly(Map.entry("0", "ssh-rsa AAAA1 a\nssh-rsa AAAA2 b\n"));
  }

  @Test
  void emptyFilesAndDirectoriesAreSkippedWithoutUsingANumber() throws IOException {
    Path dir = secret("keys", Map.of("a-empty", "", "b", "ssh-rsa AAAAb"));
    Files.createDirectory(dir.resolve("c-dir"));
    Files.writeString(dir.resolve("c-dir/nested"), "ssh-rsa AAAAnested");
    Files.writeString(dir.resolve("d"), "ssh-rsa AAAAd");

    assertThat(PublicKeyFiles.read(List.of(dir)))
        .containsExactly(Map.entry("0", "ssh-rsa AAAAb"), Map.entry("1", "ssh-rsa AAAAd"));
  }

  @Test
  void noDirectoriesGiveNoKeys() throws IOException {
    assertThat(PublicKeyFiles.read(List.of())).isEmpty();
  }

  @Test
  void aSecretThatIsNotMountedFailsNamingItsDirectory() {
    Path missing = root.resolve("absent-access-cred");

    assertThatThrownBy(() -> PublicKeyFiles.read(List.of(missing)))
        .isInstanceOf(IOException.class)
        .hasMessage("no public key secret is mounted at " + missing);
  }
}
