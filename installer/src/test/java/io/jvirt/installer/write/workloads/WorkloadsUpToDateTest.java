package io.jvirt.installer.write.workloads;

import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.installer.model.GitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed VM workloads under {@code workloads/} are what the model renders. */
class WorkloadsUpToDateTest {

  @Test
  void committedWorkloadsMatchTheModel() {
    GoldenFiles.verify(
        Path.of("..", "workloads"),
        WorkloadsWriter.files(GitRepo.example("workloads"), "defaultproject"));
  }
}
