package io.jvirt.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.images.StandIns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code images}: --file-host-disk adds the CDI file host to the images built. */
class ImagesCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void fileHostDiskBuildsTheFileHostImage(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    StandIns.runtime(cache);
    Path libs = StandIns.libs(dir.resolve("libs"));
    Path disk = StandIns.containerDisk(dir.resolve("disk"));

    int code =
        Installer.run(
            new String[] {
              "images",
              "--libs",
              libs.toString(),
              "--out",
              dir.resolve("out").toString(),
              "--cache",
              cache.toString(),
              "--file-host-disk",
              disk.toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("localhost/jvirt/jvirt-operator:0.1.0")
        .contains("localhost/jvirt/cdi-file-host:0.1.0")
        .contains("built 2 images");
    assertThat(dir.resolve("out/cdi-file-host.tar")).exists();
  }
}
