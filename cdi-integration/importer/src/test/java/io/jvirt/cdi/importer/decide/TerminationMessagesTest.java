package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.contract.ImporterPod;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON and plain-text termination messages. */
class TerminationMessagesTest {
  @Test
  void completeIsJsonWithTheContractKeys() {
    assertThat(TerminationMessages.complete(false, Map.of()))
        .isEqualTo(
            "{\"preallocationApplied\":false,\"labels\":{},\"message\":\"Import Complete\"}");
    assertThat(TerminationMessages.complete(true, Map.of("a", "b")))
        .contains("\"preallocationApplied\":true", "\"labels\":{\"a\":\"b\"}");
  }

  @Test
  void cloneCompleteHasTheImportersShape() {
    assertThat(TerminationMessages.cloneComplete())
        .isEqualTo("{\"preallocationApplied\":false,\"labels\":{},\"message\":\"Clone Complete\"}");
  }

  @Test
  void scratchRequiredAsksForScratch() {
    assertThat(TerminationMessages.scratchRequired())
        .isEqualTo("{\"scratchSpaceRequired\":true,\"message\":\"scratch space required\"}");
  }

  @Test
  void failuresArePlainTextWithinTheLimit() {
    assertThat(TerminationMessages.failure("boom")).isEqualTo("Unable to process data: boom");
    String longer = TerminationMessages.failure("é".repeat(5000));
    assertThat(longer.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(ImporterPod.TERMINATION_MESSAGE_LIMIT);
    assertThat(longer).startsWith("Unable to process data: éé");
  }
}
