package io.jvirt.virtctl;

import io.jvirt.virtctl.client.ConsoleStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** A {@link ConsoleStream} that records what was sent and ends when a test says so. */
public final class FakeConsoleStream implements ConsoleStream {
  private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  /** Where the command asked guest output to go. */
  public OutputStream guestOutput;

  public boolean closedByClient;

  @Override
  public synchronized void send(byte[] bytes, int offset, int length) {
    sent.write(bytes, offset, length);
  }

  @Override
  public CompletableFuture<Void> closed() {
    return closed;
  }

  @Override
  public void close() {
    closedByClient = true;
    closed.complete(null);
  }

  public synchronized String sent() {
    return sent.toString(StandardCharsets.UTF_8);
  }
}
