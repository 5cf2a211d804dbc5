package io.jvirt.cdi.controller.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.jvirt.cdi.contract.ImporterTermination;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An importer's termination message: JSON after exit 0, plain text after a failure (section 4.5).
 *
 * @param text the human message: JSON's {@code message}, or the plain text
 */
record TerminationMessage(
    String text,
    boolean scratchSpaceRequired,
    boolean preallocationApplied,
    boolean checksumMismatch,
    Map<String, String> labels) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOO_SMALL = "DataVolume too small to contain image";
  private static final List<String> OUT_OF_SPACE =
      List.of(
          "is larger than the reported available",
          "no space left on device",
          "file largest block is bigger than maxblock",
          "disk quota exceeded",
          "exceeded quota");

  static TerminationMessage parse(ContainerStateTerminated terminated) {
    String raw =
        terminated == null || terminated.getMessage() == null ? "" : terminated.getMessage();
    boolean success = terminated != null && Integer.valueOf(0).equals(terminated.getExitCode());
    if (success && raw.trim().startsWith("{")) {
      try {
        return fromJson(JSON.readTree(raw));
      } catch (IOException e) {
        // not JSON after all: treat as text
      }
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    return new TerminationMessage(
        raw.trim(),
        success && lower.contains(ImporterTermination.SCRATCH_REQUIRED_TEXT),
        false,
        success && lower.contains(ImporterTermination.CHECKSUM_MISMATCH),
        Map.of());
  }

  private static TerminationMessage fromJson(JsonNode node) {
    String text = node.path(ImporterTermination.MESSAGE).asText("");
    Map<String, String> labels = new TreeMap<>();
    node.path(ImporterTermination.LABELS)
        .fields()
        .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return new TerminationMessage(
        text,
        node.path(ImporterTermination.SCRATCH_SPACE_REQUIRED).asBoolean(false),
        node.path(ImporterTermination.PREALLOCATION_APPLIED).asBoolean(false),
        text.toLowerCase(Locale.ROOT).contains(ImporterTermination.CHECKSUM_MISMATCH),
        labels);
  }

  /** Out-of-space messages become one plain sentence (upstream simplifyKnownMessage). */
  static String simplify(String message) {
    if (message == null) {
      return "";
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return OUT_OF_SPACE.stream().anyMatch(lower::contains) ? TOO_SMALL : message;
  }
}
