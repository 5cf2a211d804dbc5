package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the upload server's answer means to the clone source. */
class UploadReplyTest {
  @Test
  void only2xxIsAccepted() {
    assertThat(UploadReply.accepted(200)).isTrue();
    assertThat(UploadReply.accepted(204)).isTrue();
    assertThat(UploadReply.accepted(199)).isFalse();
    assertThat(UploadReply.accepted(302)).isFalse();
    assertThat(UploadReply.accepted(409)).isFalse();
  }

  @Test
  void aRefusalNamesStatusAndAnswer() {
    assertThat(UploadReply.refusal(400, "Saving stream failed: too large\n"))
        .isEqualTo("upload server answered 400: Saving stream failed: too large");
    assertThat(UploadReply.refusal(503, "")).isEqualTo("upload server answered 503");
    assertThat(UploadReply.refusal(500, null)).isEqualTo("upload server answered 500");
    assertThat(UploadReply.refusal(500, "x".repeat(2000)))
        .hasSize("upload server answered 500: ".length() + UploadReply.BODY_LIMIT + 3)
        .endsWith("x...");
  }
}
