package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working sets read from cgroup v1 and v2 trees laid out as the kubelet's cgroupfs driver does. */
class PodMemoryTest {
  @Test
  void v1WorkingSetIsUsageLessInactiveFile(@TempDir Path root) throws IOException {
    Path pod = root.resolve("memory/kubepods/burstable/podabc");
    write(pod, "memory.usage_in_bytes", "104857600");
    write(pod, "memory.stat", "cache 1\ntotal_inactive_file 4194304\n");
    write(pod.resolve("c1"), "memory.usage_in_bytes", "52428800");
    write(pod.resolve("c1"), "memory.stat", "total_inactive_file 0\n");

    PodMemory memory = new PodMemory(root);
    assertThat(memory.podKib("abc")).hasValue(98304);
    assertThat(memory.containerKib("abc", "c1")).hasValue(51200);
    assertThat(memory.containerKib("abc", "nope")).isEmpty();
    write(pod.resolve("c1"), "cgroup.procs", "12\n345\n");
    assertThat(memory.containerPids("abc", "c1")).containsExactly(12L, 345L);
    assertThat(memory.containerPids("abc", "nope")).isEmpty();
    assertThat(memory.podKib("other")).isEmpty();
  }

  @Test
  void v2GuaranteedPodSitsRightUnderKubepods(@TempDir Path root) throws IOException {
    Path pod = root.resolve("kubepods/podxyz");
    write(pod, "memory.current", "20971520");
    write(pod, "memory.stat", "anon 1\ninactive_file 1048576\n");

    assertThat(new PodMemory(root).podKib("xyz")).hasValue(19456);
  }

  private static void write(Path dir, String file, String content) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), content);
  }
}
