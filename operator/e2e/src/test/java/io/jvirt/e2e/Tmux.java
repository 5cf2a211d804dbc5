package io.jvirt.e2e;

import static org.awaitility.Awaitility.await;

import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/** A command in a real terminal (a detached tmux pane on a private server), typed at by keys. */
final class Tmux implements AutoCloseable {
  private static final Duration TMUX = Duration.ofSeconds(10);
  private static final String SERVER = "jvirt-e2e";

  private final Path directory;
  private final String session;

  private Tmux(Path directory, String session) {
    this.directory = directory;
    this.session = session;
  }

  /** Starts {@code command} in a new 160x48 terminal named {@code session}. */
  static Tmux start(Path directory, String session, List<String> command) {
    Tmux tmux = new Tmux(directory, session);
    String line = command.stream().map(Tmux::quoted).collect(Collectors.joining(" "));
    tmux.tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "48", line);
    return tmux;
  }

  /**
   * Presses {@code keys} (tmux key names such as {@code Enter} or {@code C-]}, or literal text).
   */
  void keys(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  /** Types {@code text} literally. */
  void type(String text) {
    tmux("send-keys", "-t", session, "-l", text);
  }

  /** What the terminal shows now, with its scrollback. */
  String screen() {
    Commands.Result shown =
        Commands.run(
            directory,
            TMUX,
            List.of("tmux", "-L", SERVER, "capture-pane", "-p", "-S", "-200", "-t", session));
    return shown.output();
  }

  /** Waits until the terminal shows {@code text}. */
  void awaitScreen(String text, Duration within) {
    try {
      await()
          .atMost(within)
          .pollInterval(Duration.ofMillis(300))
          .until(() -> screen().contains(text));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("the terminal never showed '" + text + "':\n" + screen(), e);
    }
  }

  /** Presses {@code key} every few seconds until the terminal shows {@code text}, as people do. */
  void pressUntil(String key, String text, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofSeconds(3))
        .alias("the terminal showing '" + text + "' after " + key)
        .until(
            () -> {
              if (screen().contains(text)) {
                return true;
              }
              keys(key);
              return false;
            });
  }

  /** Whether the command still runs (its session exists). */
  boolean running() {
    return Commands.run(
                directory, TMUX, List.of("tmux", "-L", SERVER, "has-session", "-t", session))
            .exitCode()
        == 0;
  }

  @Override
  public void close() {
    Commands.run(directory, TMUX, List.of("tmux", "-L", SERVER, "kill-session", "-t", session));
  }

  private void tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", SERVER));
    command.addAll(List.of(args));
    Commands.Result result = Commands.run(directory, TMUX, command);
    if (result.exitCode() != 0) {
      throw new AssertionError(String.join(" ", command) + ": " + result.output());
    }
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
