package io.jvirt.launcher.agent;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
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
 * The SSH keys the VMI's qemuGuestAgent access credentials give each user, read from the mounted
 * secrets each time they are asked for (the kubelet swaps the files when a secret changes): every
 * line of every key file, trimmed, empty lines dropped, each user's keys in secret and file order.
 */
public final class AgentKeyFiles {
  private AgentKeyFiles() {}

  /**
   * Reads the keys of {@code vmi}'s qemuGuestAgent credentials from {@code mountOf(secretName)};
   * null when it has none (the supplier then always answers null).
   */
  public static Supplier<Map<String, List<String>>> of(
      VirtualMachineInstance vmi, Function<String, Path> mountOf) {
    List<SSHPublicKeyAccessCredential> credentials = agentCredentials(vmi);
    if (credentials.isEmpty()) {
      return () -> null;
    }
    return () -> read(credentials, mountOf);
  }

  private static Map<String, List<String>> read(
      List<SSHPublicKeyAccessCredential> credentials, Function<String, Path> mountOf) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (SSHPublicKeyAccessCredential credential : credentials) {
      List<String> lines = lines(mountOf.apply(credential.getSource().getSecret().getSecretName()));
      for (String user : credential.getPropagationMethod().getQemuGuestAgent().getUsers()) {
        keys.computeIfAbsent(user, u -> new LinkedHashSet<>()).addAll(lines);
      }
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    keys.forEach((user, set) -> result.put(user, List.copyOf(set)));
    return result;
  }

  private static List<String> lines(Path directory) {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry :
          entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        // the kubelet keeps a secret's real files in ..-prefixed directories linked from here
        if (entry.getFileName().toString().startsWith("..")
            || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        for (String line : Files.readAllLines(entry, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            lines.add(line.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the secret mounted at " + directory, e);
    }
    return lines;
  }

  private static List<SSHPublicKeyAccessCredential> agentCredentials(VirtualMachineInstance vmi) {
    List<AccessCredential> all = vmi.getSpec().getAccessCredentials();
    if (all == null) {
      return List.of();
    }
    return all.stream()
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
}
