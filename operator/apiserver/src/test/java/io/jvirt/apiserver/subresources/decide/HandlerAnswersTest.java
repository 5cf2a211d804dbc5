package io.jvirt.apiserver.subresources.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What virt-api answers for each answer (or silence) of the node's virt-handler. */
class HandlerAnswersTest {

  @Test
  void aDoneCallLeavesTheAnswerToVirtApi() {
    assertThat(HandlerAnswers.reply(202, "", "node1", "pause")).isEmpty();
    assertThat(HandlerAnswers.reply(200, "ok", "node1", "pause")).isEmpty();
  }

  @Test
  void theHandlersRefusalKeepsItsStatusAndMessage() {
    assertThat(HandlerAnswers.reply(409, "VMI is not paused\n", "node1", "unpause"))
        .contains(new LifecyclePlan.Reject(409, "Conflict", "VMI is not paused"));
    assertThat(HandlerAnswers.reply(404, "VMI ns/vm does not exist", "node1", "pause"))
        .contains(new LifecyclePlan.Reject(404, "NotFound", "VMI ns/vm does not exist"));
    assertThat(HandlerAnswers.reply(503, "virt-launcher is gone", "node1", "pause"))
        .contains(new LifecyclePlan.Reject(503, "ServiceUnavailable", "virt-launcher is gone"));
  }

  @Test
  void aSilentOrOddAnswerIsNamedAfterTheNode() {
    assertThat(HandlerAnswers.reply(500, "", "node1", "softreboot"))
        .contains(
            new LifecyclePlan.Reject(
                500, "InternalError", "virt-handler on node node1 answered 500 to softreboot"));
    assertThat(HandlerAnswers.reply(302, "moved", "node1", "pause"))
        .contains(new LifecyclePlan.Reject(500, "InternalError", "moved"));
  }

  @Test
  void noHandlerOrAnUnreachableOneIsA503NamingTheNode() {
    assertThat(HandlerAnswers.noHandler("node1", "pause"))
        .isEqualTo(
            new LifecyclePlan.Reject(
                503, "ServiceUnavailable", "no virt-handler runs on node node1 to pause the VMI"));
    assertThat(
            HandlerAnswers.unreachable(
                    "node1", "ConnectException: Connection refused\n\tat somewhere")
                .message())
        .isEqualTo(
            "virt-handler on node node1 is unreachable: ConnectException: Connection refused");
    assertThat(HandlerAnswers.unreachable("node1", null).message())
        .isEqualTo("virt-handler on node node1 is unreachable: no reason given");
  }
}
