package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phase walk per kind of import, loops and failures. */
class DataProcessorTest {
  @Test
  void httpRunsInfoTransferValidateConvertResizeComplete() throws Exception {
    List<ImportPhase> ran = new ArrayList<>();
    DataProcessor processor = new DataProcessor(ImportPlan.of(ImportKind.HTTP_KUBEVIRT));
    for (ImportPhase phase : ImportPhase.values()) {
      processor.on(phase, () -> ran.add(phase));
    }
    processor.run();
    assertThat(ran)
        .containsExactly(
            ImportPhase.INFO,
            ImportPhase.TRANSFER_SCRATCH,
            ImportPhase.VALIDATE,
            ImportPhase.CONVERT,
            ImportPhase.RESIZE);
    assertThat(processor.visited()).endsWith(ImportPhase.RESIZE, ImportPhase.COMPLETE);
  }

  @Test
  void blankCreatesTheFileAndCompletes() throws Exception {
    List<ImportPhase> ran = new ArrayList<>();
    DataProcessor processor =
        new DataProcessor(ImportPlan.of(ImportKind.BLANK))
            .on(ImportPhase.TRANSFER_DATA_FILE, () -> ran.add(ImportPhase.TRANSFER_DATA_FILE));
    processor.run();
    assertThat(ran).containsExactly(ImportPhase.TRANSFER_DATA_FILE);
    assertThat(processor.visited())
        .containsExactly(ImportPhase.INFO, ImportPhase.TRANSFER_DATA_FILE, ImportPhase.COMPLETE);
  }

  @Test
  void aPhaseVisitedTwiceIsALoop() {
    DataProcessor processor =
        new DataProcessor(done -> done == ImportPhase.INFO ? ImportPhase.CONVERT : ImportPhase.INFO)
            .on(ImportPhase.CONVERT, () -> {});
    assertThatThrownBy(processor::run)
        .isInstanceOf(ImportFailure.class)
        .hasMessage("loop detected in phase INFO");
  }

  @Test
  void aStepsFailureStopsTheRun() {
    List<ImportPhase> ran = new ArrayList<>();
    DataProcessor processor =
        new DataProcessor(ImportPlan.of(ImportKind.HTTP_KUBEVIRT))
            .on(
                ImportPhase.TRANSFER_SCRATCH,
                () -> {
                  throw new ScratchSpaceRequired();
                })
            .on(ImportPhase.CONVERT, () -> ran.add(ImportPhase.CONVERT));
    assertThatThrownBy(processor::run).isInstanceOf(ScratchSpaceRequired.class);
    assertThat(ran).isEmpty();
  }

  @Test
  void aPhaseWithoutStepFails() {
    DataProcessor processor = new DataProcessor(ImportPlan.of(ImportKind.HTTP_ARCHIVE));
    assertThatThrownBy(processor::run).hasMessage("unknown phase TRANSFER_DATA_DIR");
  }

  @Test
  void kindsFollowSourceAndContentType() {
    assertThat(ImportKind.of("http", "kubevirt")).isEqualTo(ImportKind.HTTP_KUBEVIRT);
    assertThat(ImportKind.of("http", "archive")).isEqualTo(ImportKind.HTTP_ARCHIVE);
    assertThat(ImportKind.of("none", "kubevirt")).isEqualTo(ImportKind.BLANK);
    assertThatThrownBy(() -> ImportKind.of("none", "archive"))
        .hasMessage("Cannot create empty disk with content type archive");
    assertThat(ImportKind.of("registry", "kubevirt")).isEqualTo(ImportKind.REGISTRY_KUBEVIRT);
    assertThatThrownBy(() -> ImportKind.of("registry", "archive"))
        .hasMessage("Unsupported content type archive for registry source");
    assertThatThrownBy(() -> ImportKind.of("s3", "kubevirt"))
        .hasMessageContaining("s3 is not supported");
  }
}
