package io.jvirt.launcher.agent;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.UserPasswordAccessCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The credentials the VMI's qemuGuestAgent access credentials give the guest's users, read from the
 * mounted secrets each time they are asked for (the kubelet swaps the files when a secret changes):
 * for SSH keys every line of every file, trimmed, empty lines dropped, each user's keys in secret
 * and file order; for passwords each file names a user and holds the password (trimmed), as
 * upstream reads them.
 */
public final class AgentCredentialFiles {
  private AgentCredentialFiles() {}

  /**
   * Reads {@code vmi}'s qemuGuestAgent credentials from {@code mountOf(secretName)}; null when it
   * has none (the supplier then always answers null).
   */
  public static Supplier<AgentCredentials> of(
      VirtualMachineInstance vmi, Function<String, Path> mountOf) {
    List<SSHPublicKeyAccessCredential> keys = keyCredentials(vmi);
    List<UserPasswordAccessCredential> passwords = passwordCredentials(vmi);
    if (keys.isEmpty() && passwords.isEmpty()) {
      return () -> null;
    }
    return () -> new AgentCredentials(keys(keys, mountOf), passwords(passwords, mountOf));
  }

  private static Map<String, List<String>> keys(
      List<SSHPublicKeyAccessCredential> credentials, Function<String, Path> mountOf) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (SSHPublicKeyAccessCredential credential : credentials) {
      List<String> lines = new ArrayList<>();
      for (Path file : files(mountOf.apply(credential.getSource().getSecret().getSecretName()))) {
        for (String line : read(file).split("\n")) {
          if (!line.isBlank()) {
            lines.add(line.strip());
          }
        }
      }
      for (String user : credential.getPropagationMethod().getQemuGuestAgent().getUsers()) {
        keys.computeIfAbsent(user, u -> new LinkedHashSet<>()).addAll(lines);
      }
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    keys.forEach((user, set) -> result.put(user, List.copyOf(set)));
    return result;
  }

  private static Map<String, String> passwords(
      List<UserPasswordAccessCredential> credentials, Function<String, Path> mountOf) {
    Map<String, String> passwords = new LinkedHashMap<>();
    for (UserPasswordAccessCredential credential : credentials) {
      for (Path file : files(mountOf.apply(credential.getSource().getSecret().getSecretName()))) {
        passwords.put(file.getFileName().toString(), read(file).strip());
      }
    }
    return passwords;
  }

  /** The files of a mounted secret, by name; the kubelet's ..-prefixed internals left out. */
  private static List<Path> files(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(
              e ->
                  !e.getFileName().toString().startsWith("..")
                      && !Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the secret mounted at " + directory, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<SSHPublicKeyAccessCredential> keyCredentials(VirtualMachineInstance vmi) {
    return credentials(vmi).stream()
        .map(AccessCredential::getSshPublicKey)
        .filter(
            ssh ->
                ssh != null
                    && ssh.getSource() != null
                    && ssh.getSource().getSecret() != null
                    && ssh.getPropagationMethod() != null
                    && ssh.getPropagationMethod().getQemuGuestAgent() != null
                    && ssh.getPropagationMethod().getQemuGuestAgent().getUsers() != null)
        .toList();
  }

  private static List<UserPasswordAccessCredential> passwordCredentials(
      VirtualMachineInstance vmi) {
    return credentials(vmi).stream()
        .map(AccessCredential::getUserPassword)
        .filter(
            password ->
                password != null
                    && password.getSource() != null
                    && password.getSource().getSecret() != null
                    && password.getPropagationMethod() != null
                    && password.getPropagationMethod().getQemuGuestAgent() != null)
        .toList();
  }

  private static List<AccessCredential> credentials(VirtualMachineInstance vmi) {
    List<AccessCredential> all = vmi.getSpec().getAccessCredentials();
    return all == null ? List.of() : all;
  }
}
