package io.jvirt.e2e;

import io.jvirt.testing.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A clone of a repository the GitOps controllers read, changed and pushed with git as a user does.
 */
final class GitCheckout {
  private static final Duration GIT_TIMEOUT = Duration.ofMinutes(2);

  private final Path dir;

  private GitCheckout(Path dir) {
    this.dir = dir;
  }

  /** Clones {@code url} (which may be empty) into {@code dir}, on branch main. */
  static GitCheckout clone(String url, Path dir) {
    Commands.run(dir.getParent(), GIT_TIMEOUT, List.of("git", "clone", "-q", url, dir.toString()))
        .orThrow(List.of("git", "clone", url));
    GitCheckout checkout = new GitCheckout(dir);
    checkout.git("checkout", "-q", "-B", "main");
    return checkout;
  }

  /** The working tree. */
  Path dir() {
    return dir;
  }

  /** Writes each file (path relative to the working tree) with its content. */
  void write(Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content of {@code relativePath}. */
  String read(String relativePath) {
    try {
      return Files.readString(dir.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes {@code relativePath} from the working tree. */
  void delete(String relativePath) {
    git("rm", "-q", relativePath);
  }

  /** Commits everything changed and pushes it to main; returns the new commit's SHA. */
  String commitAndPush(String message) {
    git("add", "-A");
    git(
        "-c",
        "user.name=jvirt e2e",
        "-c",
        "user.email=e2e@jvirt.invalid",
        "commit",
        "-q",
        "-m",
        message);
    // hack/gitops' CGI server takes no chunked uploads: one buffered POST per push
    git("-c", "http.postBuffer=524288000", "push", "-q", "origin", "HEAD:main");
    return head();
  }

  /** The SHA of the commit checked out. */
  String head() {
    return git("rev-parse", "HEAD").strip();
  }

  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    return Commands.run(dir, GIT_TIMEOUT, command).orThrow(command);
  }
}
