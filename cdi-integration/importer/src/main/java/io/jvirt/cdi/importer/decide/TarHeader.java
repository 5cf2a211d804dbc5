package io.jvirt.cdi.importer.decide;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One 512-byte tar header block (ustar, GNU and PAX as Go's archive/tar writes them), and the PAX
 * records that override its path and size.
 *
 * @param name the path, the ustar prefix joined in
 * @param type the type flag: {@code '0'} a file, {@code '5'} a directory, {@code 'x'} PAX records
 *     for the next entry, {@code 'L'} a GNU long name for the next entry
 * @param size bytes of content following the header
 */
public record TarHeader(String name, char type, long size) {
  /** Size of a header and of the blocks content is padded to. */
  public static final int BLOCK = 512;

  /** Whether a header block is all zeros (the archive's end). */
  public static boolean isEnd(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** Parses a header block; fails on a wrong checksum (the stream is no tar). */
  public static TarHeader parse(byte[] block) {
    if (block.length != BLOCK) {
      throw new IllegalArgumentException("a tar header is " + BLOCK + " bytes");
    }
    long stored = octal(block, 148, 8);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (block[i] & 0xff);
    }
    if (stored != sum) {
      throw new ImportFailure("the image export is not a tar stream (header checksum mismatch)");
    }
    String name = text(block, 0, 100);
    boolean posix = "ustar".equals(text(block, 257, 6)) && block[263] == '0' && block[264] == '0';
    String prefix = posix ? text(block, 345, 155) : "";
    if (!prefix.isEmpty()) {
      name = prefix + "/" + name;
    }
    char type = (char) (block[156] == 0 ? '0' : block[156]);
    return new TarHeader(name, type, number(block, 124, 12));
  }

  /** Whether this entry is a regular file (old tars mark them {@code '7'} or NUL too). */
  public boolean regularFile() {
    return type == '0' || type == '7';
  }

  /** This header with the {@code path} and {@code size} PAX records applied. */
  public TarHeader with(Map<String, String> pax) {
    String path = pax.getOrDefault("path", name);
    long length = pax.containsKey("size") ? Long.parseLong(pax.get("size")) : size;
    return new TarHeader(path, type, length);
  }

  /** Parses PAX records ({@code "<length> <key>=<value>\n"}, the length counting the record). */
  public static Map<String, String> pax(byte[] records) {
    Map<String, String> out = new HashMap<>();
    int at = 0;
    while (at < records.length && records[at] != 0) {
      int space = at;
      while (space < records.length && records[space] != ' ') {
        space++;
      }
      int length;
      try {
        length = Integer.parseInt(new String(records, at, space - at, StandardCharsets.US_ASCII));
      } catch (NumberFormatException e) {
        throw new ImportFailure("the image export has a malformed PAX header");
      }
      if (length <= space - at || at + length > records.length) {
        throw new ImportFailure("the image export has a malformed PAX header");
      }
      String record =
          new String(records, space + 1, at + length - space - 2, StandardCharsets.UTF_8);
      int equals = record.indexOf('=');
      if (equals > 0) {
        out.put(record.substring(0, equals), record.substring(equals + 1));
      }
      at += length;
    }
    return out;
  }

  /** Padding after {@code size} bytes of content. */
  public static long padding(long size) {
    long rest = size % BLOCK;
    return rest == 0 ? 0 : BLOCK - rest;
  }

  private static long number(byte[] block, int offset, int length) {
    if ((block[offset] & 0x80) != 0) {
      // base-256, big-endian, for sizes octal cannot hold (GNU and Go write it past 8 GiB)
      long value = block[offset] & 0x7f;
      for (int i = offset + 1; i < offset + length; i++) {
        value = (value << 8) | (block[i] & 0xff);
      }
      return value;
    }
    return octal(block, offset, length);
  }

  private static long octal(byte[] block, int offset, int length) {
    String digits = text(block, offset, length).trim();
    if (digits.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(digits, 8);
    } catch (NumberFormatException e) {
      throw new ImportFailure("the image export is not a tar stream (bad number " + digits + ")");
    }
  }

  private static String text(byte[] block, int offset, int length) {
    int end = offset;
    while (end < offset + length && block[end] != 0) {
      end++;
    }
    return new String(block, offset, end - offset, StandardCharsets.UTF_8);
  }
}
