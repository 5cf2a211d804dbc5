package io.jvirt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * API writes counted from the API server's audit log (one JSON event a line, written by the policy
 * {@code hack/cluster} installs): what jvirt's service accounts wrote, by verb and resource, in a
 * time window. Requests made as one of them by impersonation (the kwok Stage standing in for
 * virt-handler) are not jvirt's and are left out.
 */
public final class AuditCounts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditCounts() {}

  /**
   * {@code verb resource} (and the status code, for refused requests) to count for requests
   * completed in {@code [from, to)} by a user whose name starts with one of {@code userPrefixes}.
   */
  public static Map<String, Integer> count(
      Path log, Instant from, Instant to, String... userPrefixes) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Path file : withRotated(log)) {
      try (BufferedReader reader = Files.newBufferedReader(file)) {
        String line;
        while ((line = reader.readLine()) != null) {
          String key = key(JSON.readTree(line), from, to, userPrefixes);
          if (key != null) {
            counts.merge(key, 1, Integer::sum);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the audit log " + file, e);
      }
    }
    return counts;
  }

  /**
   * {@code log} and the backups the API server rotated it into ({@code audit-<time>.log} beside
   * {@code audit.log}): a long run fills more than one file.
   */
  static List<Path> withRotated(Path log) {
    String name = log.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String extension = dot < 0 ? "" : name.substring(dot);
    Path dir = log.toAbsolutePath().getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              f -> {
                String n = f.getFileName().toString();
                return n.equals(name) || n.startsWith(stem + "-") && n.endsWith(extension);
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** {@code verb resource} of one event, or null when it does not count. */
  static String key(JsonNode event, Instant from, Instant to, String... userPrefixes) {
    if (!"ResponseComplete".equals(event.path("stage").asText())
        || event.hasNonNull("impersonatedUser")) {
      return null;
    }
    String user = event.path("user").path("username").asText();
    boolean ours = false;
    for (String prefix : userPrefixes) {
      ours |= user.startsWith(prefix);
    }
    Instant at = Instant.parse(event.path("stageTimestamp").asText());
    if (!ours || at.isBefore(from) || !at.isBefore(to)) {
      return null;
    }
    JsonNode ref = event.path("objectRef");
    String resource = ref.path("resource").asText();
    if (ref.hasNonNull("subresource")) {
      resource += "/" + ref.path("subresource").asText();
    }
    int code = event.path("responseStatus").path("code").asInt(200);
    // a refused write (conflict, a failed JSON patch test) still cost the API server a request
    return event.path("verb").asText() + " " + resource + (code >= 300 ? " " + code : "");
  }
}
