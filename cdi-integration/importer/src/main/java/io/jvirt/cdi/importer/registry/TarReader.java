package io.jvirt.cdi.importer.registry;

import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.TarHeader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads a tar stream entry by entry without a temporary copy: {@link #next()} gives the next file
 * system entry (PAX and GNU long-name headers applied), {@link #content()} its bytes.
 */
public final class TarReader {
  private final InputStream in;
  private long unread;
  private long padding;

  /** A reader of {@code in}, which it does not close. */
  public TarReader(InputStream in) {
    this.in = in;
  }

  /** The next entry, or null at the archive's end (two zero blocks, or the stream's end). */
  public TarHeader next() throws IOException {
    skip(unread + padding);
    unread = 0;
    padding = 0;
    Map<String, String> pax = Map.of();
    String longName = null;
    while (true) {
      byte[] block = in.readNBytes(TarHeader.BLOCK);
      if (block.length == 0 || TarHeader.isEnd(block)) {
        return null;
      }
      if (block.length < TarHeader.BLOCK) {
        throw new ImportFailure("the image export ended inside a tar header");
      }
      TarHeader header = TarHeader.parse(block);
      switch (header.type()) {
        case 'x' -> pax = TarHeader.pax(body(header.size()));
        case 'L' ->
            longName =
                new String(body(header.size()), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("\0+$", "");
        case 'g', 'K' -> body(header.size());
        default -> {
          TarHeader entry =
              longName == null ? header : new TarHeader(longName, header.type(), header.size());
          entry = entry.with(pax);
          // links and directories carry no content whatever their size field says
          unread = entry.regularFile() ? entry.size() : 0;
          padding = TarHeader.padding(unread);
          return entry;
        }
      }
    }
  }

  /** The current entry's content; read it before the next {@link #next()}, or leave it. */
  public InputStream content() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        if (unread <= 0) {
          return -1;
        }
        int b = in.read();
        if (b < 0) {
          throw truncated();
        }
        unread--;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (unread <= 0) {
          return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, unread));
        if (n < 0) {
          throw truncated();
        }
        unread -= n;
        return n;
      }
    };
  }

  private byte[] body(long size) throws IOException {
    if (size > (1 << 20)) {
      throw new ImportFailure("the image export has an oversized tar extension header");
    }
    byte[] bytes = in.readNBytes((int) size);
    if (bytes.length < size) {
      throw truncated();
    }
    skip(TarHeader.padding(size));
    return bytes;
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long n = in.skip(left);
      if (n <= 0) {
        if (in.read() < 0) {
          throw truncated();
        }
        n = 1;
      }
      left -= n;
    }
  }

  private static ImportFailure truncated() {
    return new ImportFailure("the image export ended inside a tar entry");
  }
}
