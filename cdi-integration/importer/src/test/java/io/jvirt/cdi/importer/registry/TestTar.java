package io.jvirt.cdi.importer.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes small tars as Go's archive/tar does: ustar headers, PAX records for long names. */
public final class TestTar {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** A regular file. */
  public TestTar file(String name, byte[] content) {
    return entry(name, '0', content);
  }

  /** A directory. */
  public TestTar dir(String name) {
    return entry(name, '5', new byte[0]);
  }

  /** A symbolic link. */
  public TestTar symlink(String name) {
    return entry(name, '2', new byte[0]);
  }

  /** A file whose name only a PAX {@code path} record holds. */
  public TestTar paxFile(String name, byte[] content) {
    String record = " path=" + name + "\n";
    int length = record.length() + 1;
    while ((length + record).length() != length) {
      length = (length + record).length();
    }
    entry("PaxHeaders/x", 'x', (length + record).getBytes(StandardCharsets.UTF_8));
    return entry("truncated", '0', content);
  }

  /** Any entry. */
  public TestTar entry(String name, char type, byte[] content) {
    byte[] header = new byte[512];
    put(header, 0, name);
    put(header, 100, "0000644");
    put(header, 108, "0000000");
    put(header, 116, "0000000");
    put(header, 124, String.format("%011o", content.length));
    put(header, 136, "00000000000");
    header[156] = (byte) type;
    put(header, 257, "ustar");
    put(header, 263, "00");
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    put(header, 148, String.format("%06o", sum));
    header[154] = 0;
    out.writeBytes(header);
    out.writeBytes(content);
    out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    return this;
  }

  /** The archive with its end marker. */
  public byte[] bytes() {
    ByteArrayOutputStream done = new ByteArrayOutputStream();
    done.writeBytes(out.toByteArray());
    done.writeBytes(new byte[1024]);
    return done.toByteArray();
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
