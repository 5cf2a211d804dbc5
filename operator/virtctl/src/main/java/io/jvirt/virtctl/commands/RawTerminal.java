package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import java.io.IOException;
import java.io.InputStream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The user's terminal in raw mode for a console session (no local echo, no line editing, control
 * keys passed on, as upstream's virtctl does), restored when closed; nothing when not on a
 * terminal.
 */
final class RawTerminal implements AutoCloseable {
  private final Terminal terminal;
  private final Attributes saved;

  private RawTerminal(Terminal terminal, Attributes saved) {
    this.terminal = terminal;
    this.saved = saved;
  }

  /** Raw mode when {@code onTerminal}; otherwise (piped input) the streams are left as they are. */
  static RawTerminal enter(boolean onTerminal) {
    if (!onTerminal) {
      return new RawTerminal(null, null);
    }
    try {
      Terminal terminal = TerminalBuilder.builder().system(true).build();
      Attributes saved = terminal.enterRawMode();
      return new RawTerminal(terminal, saved);
    } catch (IOException e) {
      throw new CommandFailedException("cannot put the terminal in raw mode: " + e.getMessage(), e);
    }
  }

  /**
   * Where the user's keys arrive: the terminal's own input once raw (JLine reads the terminal
   * itself, so the process's stdin would see nothing), else {@code piped}.
   */
  InputStream input(InputStream piped) {
    return terminal == null ? piped : terminal.input();
  }

  /** How a line ends on the terminal now: raw mode no longer turns a newline into CR LF. */
  String lineEnd() {
    return terminal == null ? System.lineSeparator() : "\r\n";
  }

  @Override
  public void close() {
    if (terminal == null) {
      return;
    }
    terminal.setAttributes(saved);
    try {
      terminal.close();
    } catch (IOException e) {
      // the attributes are back; a close failure leaves nothing to undo
    }
  }
}
