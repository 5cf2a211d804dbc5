package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.ImportFailure;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails as the user's fault when the client stops early: a read error, or an
 * end before {@code Content-Length} bytes.
 */
final class UploadBody extends FilterInputStream {
  private final long length;
  private long read;

  /** Wraps {@code in} of {@code length} bytes, -1 when chunked. */
  UploadBody(InputStream in, long length) {
    super(in);
    this.length = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n;
    try {
      n = super.read(buffer, offset, count);
    } catch (IOException e) {
      throw new ImportFailure("upload interrupted after " + read + " bytes: " + e.getMessage(), e);
    }
    if (n < 0) {
      if (length >= 0 && read < length) {
        throw new ImportFailure("upload truncated: received " + read + " of " + length + " bytes");
      }
      return n;
    }
    read += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // through read, so skipped bytes are counted too
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    int got = read(scratch, 0, scratch.length);
    return Math.max(0, got);
  }
}
