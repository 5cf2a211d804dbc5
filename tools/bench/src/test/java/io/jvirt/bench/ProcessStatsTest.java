package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding component JVMs and reading their memory and CPU from a fake /proc. */
class ProcessStatsTest {
  @Test
  void findsAJvmByItsMainClassAndReadsItsMemoryAndCpu(@TempDir Path proc) throws IOException {
    process(
        proc,
        42,
        "java\0-cp\0@/app/jib-classpath-file\0io.jvirt.controller.VirtControllerMain\0",
        "VmRSS:\t  123456 kB\n",
        "42 (java thread) S 1 42 42 0 -1 4194560 1 0 0 0 250 50 0 0 20 0");
    process(proc, 43, "java\0io.jvirt.apiserver.VirtApiMain\0", "VmRSS:\t 1 kB\n", "43 (java) S");
    ProcessStats stats = new ProcessStats(proc);

    assertThat(stats.pidsWithArgument("io.jvirt.controller.VirtControllerMain"))
        .containsExactly(42L);
    assertThat(stats.rssKib(42)).hasValue(123_456);
    assertThat(stats.cpuTicks(42)).hasValue(300);
    assertThat(stats.rssKib(99)).isEmpty();
  }

  private static void process(Path proc, long pid, String cmdline, String status, String stat)
      throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
    Files.writeString(dir.resolve("cmdline"), cmdline);
    Files.writeString(dir.resolve("status"), "Name:\tjava\n" + status);
    Files.writeString(dir.resolve("stat"), stat);
  }
}
