package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.cdi.importer.decide.UploadState.Admission;
import io.jvirt.cdi.importer.decide.UploadState.Phase;
import org.junit.jupiter.api.Test;

/** The upload state machine: one upload, busy while running, retry after a rejection. */
class UploadStateTest {
  private final UploadState state = new UploadState();

  @Test
  void oneUploadFromIdleToDone() {
    assertThat(state.phase()).isEqualTo(Phase.IDLE);
    assertThat(state.begin()).isEqualTo(Admission.ACCEPTED);
    assertThat(state.phase()).isEqualTo(Phase.RECEIVING);
    state.received();
    assertThat(state.phase()).isEqualTo(Phase.PROCESSING);
    state.succeeded();
    assertThat(state.phase()).isEqualTo(Phase.DONE);
  }

  @Test
  void aSecondUploadWhileOneRunsIsBusy() {
    state.begin();
    assertThat(state.begin()).isEqualTo(Admission.BUSY);
    state.received();
    assertThat(state.begin()).isEqualTo(Admission.BUSY);
    assertThat(Admission.BUSY.status()).isEqualTo(503);
    assertThat(Admission.BUSY.text()).isEqualTo("upload in progress");
  }

  @Test
  void afterDoneOrFailedUploadsAreRefusedWithConflict() {
    state.begin();
    state.received();
    state.succeeded();
    assertThat(state.begin()).isEqualTo(Admission.FINISHED);
    assertThat(Admission.FINISHED.status()).isEqualTo(409);

    UploadState failed = new UploadState();
    failed.begin();
    failed.received();
    failed.failed();
    assertThat(failed.phase()).isEqualTo(Phase.FAILED);
    assertThat(failed.begin()).isEqualTo(Admission.FINISHED);
  }

  @Test
  void aRejectedUploadMayBeRetried() {
    state.begin();
    state.rejected();
    assertThat(state.phase()).isEqualTo(Phase.IDLE);
    state.begin();
    state.received();
    state.rejected();
    assertThat(state.begin()).isEqualTo(Admission.ACCEPTED);
  }

  @Test
  void transitionsOutOfOrderAreBugs() {
    assertThatThrownBy(state::received).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(state::succeeded).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(state::rejected).isInstanceOf(IllegalStateException.class);
    state.begin();
    assertThatThrownBy(state::succeeded).isInstanceOf(IllegalStateException.class);
  }
}
