package io.jvirt.e2e;

import io.jvirt.testing.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code virtctl ssh} and {@code scp} into the test guests as a batch job would run them: key pairs
 * made here in a directory of their own, and the OpenSSH options a run without a person at the
 * terminal needs.
 */
final class GuestSsh implements AutoCloseable {
  /** Non-interactive; LogLevel=ERROR drops the known-hosts note from the output. */
  static final List<String> BATCH_OPTIONS =
      List.of(
          "--local-ssh-opts=-o StrictHostKeyChecking=no",
          "--local-ssh-opts=-o UserKnownHostsFile=/dev/null",
          "--local-ssh-opts=-o LogLevel=ERROR",
          "--local-ssh-opts=-o BatchMode=yes",
          "--local-ssh-opts=-o IdentitiesOnly=yes",
          "--local-ssh-opts=-o ConnectTimeout=20");

  private final Jvirt jvirt;
  private final String namespace;
  private final Path dir;

  /** ssh into VMs of {@code namespace}, keys in a fresh temporary directory. */
  GuestSsh(Jvirt jvirt, String namespace) {
    this.jvirt = jvirt;
    this.namespace = namespace;
    try {
      this.dir = Files.createTempDirectory("jvirt-ssh-e2e");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory of the keys (and of files a test copies). */
  Path dir() {
    return dir;
  }

  /** A fresh ed25519 key pair {@code name} and {@code name.pub}; the private key. */
  Path keygen(String name) {
    Path file = dir.resolve(name);
    Commands.run(
            dir,
            Duration.ofSeconds(30),
            List.of(
                "ssh-keygen",
                "-q",
                "-t",
                "ed25519",
                "-N",
                "",
                "-C",
                "jvirt-e2e",
                "-f",
                file.toString()))
        .orThrow(List.of("ssh-keygen", name));
    return file;
  }

  /** The public half of {@code key}, one line. */
  String publicKey(Path key) {
    try {
      return Files.readString(Path.of(key + ".pub")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code virtctl ssh user@vm/VM -i KEY --command COMMAND}. */
  Commands.Result ssh(String user, String vm, Path key, String command) {
    return jvirt.virtctl(sshArgs(user, vm, key, command).toArray(String[]::new));
  }

  /** The virtctl arguments of {@link #ssh}. */
  List<String> sshArgs(String user, String vm, Path key, String command) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "ssh",
                user + "@vm/" + vm,
                "-n",
                namespace,
                "-i",
                key.toString(),
                "--command",
                command));
    args.addAll(BATCH_OPTIONS);
    return args;
  }

  /** {@code virtctl scp -i KEY FROM TO}. */
  Commands.Result scp(Path key, String from, String to) {
    List<String> args =
        new ArrayList<>(List.of("scp", "-n", namespace, "-i", key.toString(), from, to));
    args.addAll(BATCH_OPTIONS);
    return jvirt.virtctl(args.toArray(String[]::new));
  }

  /** Removes the keys and files. */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
