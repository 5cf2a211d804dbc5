package io.jvirt.cdi.importer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.cdi.importer.decide.FormatDetector;
import io.jvirt.cdi.importer.decide.ImageFormat;
import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImportFailure;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real qemu-img: formats of images it makes, info, convert with progress, resize, create. */
class ProcessQemuImgTest {
  private static final long MIB = 1024L * 1024L;

  @TempDir Path dir;
  private ProcessQemuImg qemu;

  @BeforeEach
  void needsQemuImg() {
    qemu = QemuImgCli.require();
  }

  private static ImageFormat detect(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(FormatDetector.HEADER_SIZE);
      return FormatDetector.detect(header, header.length);
    }
  }

  @Test
  void detectsTheFormatsOfRealImages() throws Exception {
    for (String format : List.of("qcow2", "raw", "vmdk", "vpc", "vdi", "vhdx")) {
      QemuImgCli.run("create", "-f", format, dir.resolve("x." + format).toString(), "4M");
    }
    assertThat(detect(dir.resolve("x.qcow2"))).isEqualTo(ImageFormat.QCOW2);
    assertThat(detect(dir.resolve("x.raw"))).isEqualTo(ImageFormat.RAW);
    assertThat(detect(dir.resolve("x.vmdk"))).isEqualTo(ImageFormat.VMDK);
    assertThat(detect(dir.resolve("x.vpc"))).isEqualTo(ImageFormat.VHD);
    assertThat(detect(dir.resolve("x.vdi"))).isEqualTo(ImageFormat.VDI);
    assertThat(detect(dir.resolve("x.vhdx"))).isEqualTo(ImageFormat.VHDX);
    byte[] header = Files.readAllBytes(dir.resolve("x.qcow2"));
    assertThat(FormatDetector.qcow2VirtualSize(header, header.length)).hasValue(4 * MIB);
  }

  @Test
  void infoConvertWithProgressAndResize() throws Exception {
    Path raw = dir.resolve("in.raw");
    byte[] data = new byte[(int) MIB];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i % 251);
    }
    Files.write(raw, data);
    Path qcow2 = dir.resolve("in.qcow2");
    QemuImgCli.run("convert", "-f", "raw", "-O", "qcow2", raw.toString(), qcow2.toString());
    assertThat(qemu.info(qcow2).format()).isEqualTo("qcow2");
    assertThat(qemu.info(qcow2).virtualSize()).isEqualTo(MIB);

    Path out = dir.resolve("disk.img");
    List<Double> progress = new ArrayList<>();
    qemu.convert(qcow2, out, false, progress::add);
    assertThat(progress).isNotEmpty().last().isEqualTo(100.0);
    assertThat(Files.readAllBytes(out)).isEqualTo(data);

    qemu.resize(out, 8 * MIB, false);
    ImageInfo info = qemu.info(out);
    assertThat(info.format()).isEqualTo("raw");
    assertThat(info.virtualSize()).isEqualTo(8 * MIB);
  }

  @Test
  void createRawIsSparse() throws Exception {
    Path blank = dir.resolve("blank.img");
    qemu.createRaw(blank, 64 * MIB, false);
    ImageInfo info = qemu.info(blank);
    assertThat(info.virtualSize()).isEqualTo(64 * MIB);
    assertThat(info.actualSize()).isLessThan(MIB);
    assertThat(Files.size(blank)).isEqualTo(64 * MIB);
  }

  @Test
  void failuresCarryQemuImgsMessage() {
    assertThatThrownBy(() -> qemu.info(dir.resolve("missing.img")))
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("qemu-img info failed")
        .hasMessageContaining("missing.img");
  }
}
