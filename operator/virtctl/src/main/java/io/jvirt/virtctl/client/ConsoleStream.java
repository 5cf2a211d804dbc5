package io.jvirt.virtctl.client;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * An open serial console of a VMI: bytes typed by the user go in with {@link #send}, and what the
 * guest prints goes to the output the stream was opened with.
 */
public interface ConsoleStream extends AutoCloseable {
  /** Sends bytes to the guest's serial port. */
  void send(byte[] bytes, int offset, int length) throws IOException;

  /** Completes when the server ends the console, exceptionally when the connection fails. */
  CompletableFuture<Void> closed();

  /** Ends the console from this side. */
  @Override
  void close();
}
