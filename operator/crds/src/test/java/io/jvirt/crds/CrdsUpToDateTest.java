package io.jvirt.crds;

import io.jvirt.common.golden.GoldenFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails the build when operator/crds/generated differs from what the Java model generates. */
class CrdsUpToDateTest {
  @Test
  void committedCrdsEqualGeneratedOnes() {
    Path committed = Path.of(System.getProperty("basedir", "."), "generated");
    GoldenFiles.verify(committed, CrdGeneration.files());
  }
}
