package io.jvirt.installer.render;

import io.jvirt.contract.Components;
import java.util.ArrayList;
import java.util.List;

/**
 * How each jvirt component's JVM starts: a capped serial-GC heap that starts small and gives memory
 * back, a small code cache and the client compiler only. Measured on the local cluster (hack/bench
 * density): with JVM defaults virt-controller idled at ~300 MiB RSS and virt-api at ~270 MiB; with
 * these, ~140 and ~125.
 */
final class JvmOptions {
  /**
   * Heap caps. The controller keeps every VMI and launcher pod in its informers: at 512m it ran out
   * of heap near 5,000 VMIs (hack/bench density --vmis 8000); upstream's runs 8,000 in ~1.4 GB.
   */
  private static final String CONTROLLER_HEAP = "1536m";

  private static final String API_HEAP = "192m";
  private static final String HANDLER_HEAP = "128m";

  /** glibc's malloc arenas per core are most of a small JVM's native slack. */
  static final String MALLOC_ARENAS = "2";

  private JvmOptions() {}

  /** The command that starts {@code mainClass} (one of {@link Components}) in its Jib image. */
  static List<String> command(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(flags(maxHeap(mainClass)));
    command.addAll(List.of("-cp", "@/app/jib-classpath-file", mainClass));
    return List.copyOf(command);
  }

  private static String maxHeap(String mainClass) {
    return switch (mainClass) {
      case Components.CONTROLLER_MAIN -> CONTROLLER_HEAP;
      case Components.API_MAIN -> API_HEAP;
      case Components.HANDLER_MAIN -> HANDLER_HEAP;
      default -> throw new IllegalArgumentException("no JVM sizing for " + mainClass);
    };
  }

  private static List<String> flags(String maxHeap) {
    return List.of(
        "-Xms16m",
        "-Xmx" + maxHeap,
        "-XX:+UseSerialGC",
        // heap given back soon after a burst (serial GC shrinks at full collections)
        "-XX:MinHeapFreeRatio=10",
        "-XX:MaxHeapFreeRatio=30",
        "-Xss512k",
        // watch-and-write code: C1 is fast enough and C2's threads and code cache cost memory
        "-XX:TieredStopAtLevel=1",
        "-XX:ReservedCodeCacheSize=32m",
        // a JVM out of heap limps on with dead threads; exiting lets Kubernetes restart it, and
        // every controller resumes from a fresh list (level-triggered)
        "-XX:+ExitOnOutOfMemoryError");
  }
}
