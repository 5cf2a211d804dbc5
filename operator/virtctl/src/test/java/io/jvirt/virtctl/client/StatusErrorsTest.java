package io.jvirt.virtctl.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How error responses become one-line messages. */
class StatusErrorsTest {
  @Test
  void takesMessageAndReasonFromAStatus() {
    ApiException e =
        StatusErrors.fromResponse(
            409,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                + "\"message\":\"VM is not running\",\"reason\":\"Conflict\",\"code\":409}");

    assertThat(e.code()).isEqualTo(409);
    assertThat(e.reason()).isEqualTo("Conflict");
    assertThat(e).hasMessage("VM is not running");
  }

  @Test
  void plainTextIsShownOnOneLine() {
    assertThat(StatusErrors.fromResponse(404, "404 page not found\n"))
        .hasMessage("404 page not found");
    assertThat(StatusErrors.fromResponse(500, "line one\nline two"))
        .hasMessage("line one line two");
  }

  @Test
  void anEmptyBodyNamesTheStatusCode() {
    assertThat(StatusErrors.fromResponse(503, ""))
        .hasMessage("the server responded with HTTP status 503");
    assertThat(StatusErrors.fromResponse(503, null))
        .hasMessage("the server responded with HTTP status 503");
  }

  @Test
  void aStatusWithoutMessageUsesItsReason() {
    assertThat(StatusErrors.fromResponse(403, "{\"kind\":\"Status\",\"reason\":\"Forbidden\"}"))
        .hasMessage("the server responded with HTTP status 403 (Forbidden)");
  }
}
