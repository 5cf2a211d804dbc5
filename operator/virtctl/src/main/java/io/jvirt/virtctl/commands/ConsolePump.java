package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.client.ConsoleStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Copies the user's input into a console until the escape byte {@code ^]}, the end of input, or the
 * server closing the console, whichever comes first.
 */
final class ConsolePump {
  /** {@code ^]}, the byte that detaches from the console. */
  static final int ESCAPE = 29;

  private static final int BUFFER_SIZE = 1024;

  private ConsolePump() {}

  /** Blocks until the session ends; a broken connection becomes a failure line. */
  static void run(InputStream in, ConsoleStream console) {
    CompletableFuture<Void> inputDone = new CompletableFuture<>();
    Thread reader = new Thread(() -> copy(in, console, inputDone), "console-input");
    reader.setDaemon(true);
    reader.start();
    try {
      CompletableFuture.anyOf(inputDone, console.closed()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new CommandFailedException("console connection failed: " + cause.getMessage(), cause);
    }
  }

  private static void copy(InputStream in, ConsoleStream console, CompletableFuture<Void> done) {
    byte[] buffer = new byte[BUFFER_SIZE];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        int escape = indexOf(buffer, read, ESCAPE);
        int length = escape < 0 ? read : escape;
        if (length > 0) {
          console.send(buffer, 0, length);
        }
        if (escape >= 0) {
          break;
        }
      }
      done.complete(null);
    } catch (IOException e) {
      done.completeExceptionally(e);
    }
  }

  private static int indexOf(byte[] buffer, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
