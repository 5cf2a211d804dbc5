package io.jvirt.cdi.importer.metrics;

import io.jvirt.cdi.importer.decide.Progress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Counts the bytes read and moves the counter at most once a second (upstream ProgressReader). */
public final class ProgressInputStream extends FilterInputStream {
  private static final Duration EVERY = Duration.ofSeconds(1);

  private final long total;
  private final ProgressCounter counter;
  private final Clock clock;
  private long read;
  private Instant next;

  /** Wraps {@code in}, of {@code total} bytes (-1 when unknown: the counter then stays). */
  public ProgressInputStream(InputStream in, long total, ProgressCounter counter, Clock clock) {
    super(in);
    this.total = total;
    this.counter = counter;
    this.clock = clock;
    this.next = clock.instant();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  /** Bytes read so far. */
  public long bytesRead() {
    return read;
  }

  private void advance(int n) {
    read += n;
    Instant now = clock.instant();
    if (!now.isBefore(next) || read == total) {
      Progress.percent(read, total).ifPresent(counter::advanceTo);
      next = now.plus(EVERY);
    }
  }
}
