package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting jvirt's API writes in an audit log, leaving out kwok's impersonated ones. */
class AuditCountsTest {
  private static final String CONTROLLER = "system:serviceaccount:kubevirt:kubevirt-controller";

  @Test
  void aLogTheApiServerRotatedIsCountedWhole(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("audit-2026-03-01T10-00-05.000.log"),
        List.of(event(CONTROLLER, "create", "pods", null, "ResponseComplete", "10:00:01", null)));
    Files.write(
        dir.resolve("audit.log"),
        List.of(
            event(CONTROLLER, "patch", "pods", "status", "ResponseComplete", "10:00:06", null)));
    Files.write(dir.resolve("kube-apiserver.log"), List.of("not an audit event"));

    Map<String, Integer> counts =
        AuditCounts.count(
            dir.resolve("audit.log"),
            Instant.parse("2026-12-05T10:00:00Z"),
            Instant.parse("2026-12-05T10:01:00Z"),
            CONTROLLER);

    assertThat(counts).containsOnly(Map.entry("create pods", 1), Map.entry("patch pods/status", 1));
  }

  @Test
  void countsJvirtsCompletedWritesInTheWindowOnly(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("audit.log");
    Files.write(
        log,
        List.of(
            event(CONTROLLER, "create", "pods", null, "ResponseComplete", "10:00:01", null),
            event(CONTROLLER, "patch", "pods", "status", "ResponseComplete", "10:00:02", null),
            event(
                CONTROLLER,
                "update",
                "virtualmachineinstances",
                null,
                "ResponseComplete",
                "10:00:03",
                null),
            // started, not finished: counted once, when complete
            event(
                CONTROLLER,
                "update",
                "virtualmachineinstances",
                null,
                "ResponseStarted",
                "10:00:03",
                null),
            // kwok acting as the controller
            event(
                "kubernetes-admin",
                "patch",
                "virtualmachineinstances",
                null,
                "ResponseComplete",
                "10:00:04",
                CONTROLLER),
            // someone else
            event(
                "kubernetes-admin",
                "create",
                "virtualmachineinstances",
                null,
                "ResponseComplete",
                "10:00:04",
                null),
            // after the window
            event(CONTROLLER, "create", "pods", null, "ResponseComplete", "10:00:10", null)));

    assertThat(
            AuditCounts.count(
                log,
                Instant.parse("2026-12-05T10:00:00Z"),
                Instant.parse("2026-12-05T10:00:05Z"),
                "system:serviceaccount:kubevirt:"))
        .containsExactly(
            java.util.Map.entry("create pods", 1),
            java.util.Map.entry("patch pods/status", 1),
            java.util.Map.entry("update virtualmachineinstances", 1));
  }

  @Test
  void aRefusedWriteIsCountedUnderItsStatusCode() throws IOException {
    String refused =
        event(
                CONTROLLER,
                "patch",
                "virtualmachineinstances",
                null,
                "ResponseComplete",
                "10:00:01",
                null)
            .replace("\"stageTimestamp\"", "\"responseStatus\":{\"code\":422},\"stageTimestamp\"");
    assertThat(
            AuditCounts.key(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused),
                Instant.parse("2026-12-05T10:00:00Z"),
                Instant.parse("2026-12-05T10:00:05Z"),
                CONTROLLER))
        .isEqualTo("patch virtualmachineinstances 422");
  }

  private static String event(
      String user,
      String verb,
      String resource,
      String subresource,
      String stage,
      String time,
      String impersonated) {
    return "{\"kind\":\"Event\",\"stage\":\""
        + stage
        + "\",\"verb\":\""
        + verb
        + "\","
        + "\"user\":{\"username\":\""
        + user
        + "\"},"
        + (impersonated == null
            ? ""
            : "\"impersonatedUser\":{\"username\":\"" + impersonated + "\"},")
        + "\"objectRef\":{\"resource\":\""
        + resource
        + "\""
        + (subresource == null ? "" : ",\"subresource\":\"" + subresource + "\"")
        + "},"
        + "\"stageTimestamp\":\"2026-12-05T"
        + time
        + ".000000Z\"}";
  }
}
