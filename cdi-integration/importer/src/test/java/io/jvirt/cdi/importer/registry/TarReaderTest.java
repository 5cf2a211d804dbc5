package io.jvirt.cdi.importer.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.cdi.importer.decide.TarHeader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking tars: ustar and PAX names, skipped and read contents, padding, truncation. */
class TarReaderTest {
  private static byte[] bytes(int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) (i % 251);
    }
    return out;
  }

  @Test
  void walksEntriesReadingSomeAndSkippingOthers() throws Exception {
    String longName = "disk/" + "x".repeat(150) + ".qcow2";
    byte[] tar =
        new TestTar()
            .dir("disk")
            .file("etc/skipped", bytes(700))
            .file("disk/disk.qcow2", bytes(1500))
            .paxFile(longName, bytes(3))
            .bytes();
    TarReader reader = new TarReader(new ByteArrayInputStream(tar));
    List<String> seen = new ArrayList<>();
    byte[] read = null;
    for (TarHeader entry = reader.next(); entry != null; entry = reader.next()) {
      seen.add(entry.name() + " " + entry.type() + " " + entry.size());
      if (entry.name().equals("disk/disk.qcow2")) {
        read = reader.content().readAllBytes();
      }
    }
    assertThat(seen)
        .containsExactly(
            "disk 5 0", "etc/skipped 0 700", "disk/disk.qcow2 0 1500", longName + " 0 3");
    assertThat(read).isEqualTo(bytes(1500));
  }

  @Test
  void anEmptyStreamHasNoEntries() throws Exception {
    assertThat(new TarReader(new ByteArrayInputStream(new byte[0])).next()).isNull();
  }

  @Test
  void aStreamThatIsNoTarFails() {
    byte[] text = Arrays.copyOf("not a tar at all".getBytes(StandardCharsets.UTF_8), 512);
    assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(text)).next())
        .hasMessageContaining("not a tar stream");
  }

  @Test
  void aTruncatedEntryFails() throws Exception {
    byte[] tar = new TestTar().file("disk/disk.qcow2", bytes(2000)).bytes();
    TarReader reader = new TarReader(new ByteArrayInputStream(Arrays.copyOf(tar, 1024)));
    reader.next();
    assertThatThrownBy(() -> reader.content().readAllBytes())
        .hasMessageContaining("ended inside a tar entry");
  }

  @Test
  void base256SizesAndThePosixPrefixAreRead() {
    byte[] header = new TestTar().file("name", new byte[0]).bytes();
    byte[] block = Arrays.copyOf(header, 512);
    // 9 GiB in base-256, beyond octal's 8 GiB
    Arrays.fill(block, 124, 136, (byte) 0);
    block[124] = (byte) 0x80;
    long size = 9L << 30;
    for (int i = 0; i < 8; i++) {
      block[135 - i] = (byte) (size >>> (8 * i));
    }
    byte[] prefix = "deep/dir".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(prefix, 0, block, 345, prefix.length);
    rechecksum(block);
    TarHeader parsed = TarHeader.parse(block);
    assertThat(parsed.size()).isEqualTo(size);
    assertThat(parsed.name()).isEqualTo("deep/dir/name");
  }

  private static void rechecksum(byte[] block) {
    Arrays.fill(block, 148, 156, (byte) ' ');
    int sum = 0;
    for (byte b : block) {
      sum += b & 0xff;
    }
    byte[] digits = String.format("%06o\0", sum).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(digits, 0, block, 148, digits.length);
  }
}
