package io.jvirt.cdi.importer.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jvirt.cdi.contract.ImporterPod;
import io.jvirt.cdi.contract.ImporterTermination;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The texts the importer leaves in its termination message (cdi.md section 4.5). */
public final class TerminationMessages {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The clone source's success message. */
  public static final String CLONE_COMPLETE = "Clone Complete";

  private TerminationMessages() {}

  /** After a successful import: JSON with {@code "message": "Import Complete"}. */
  public static String complete(boolean preallocationApplied, Map<String, String> labels) {
    return success(preallocationApplied, labels, ImporterTermination.IMPORT_COMPLETE);
  }

  /** After the clone source sent its disk: the same JSON with {@code "Clone Complete"}. */
  public static String cloneComplete() {
    return success(false, Map.of(), CLONE_COMPLETE);
  }

  private static String success(
      boolean preallocationApplied, Map<String, String> labels, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put(ImporterTermination.PREALLOCATION_APPLIED, preallocationApplied);
    ObjectNode labelNode = node.putObject(ImporterTermination.LABELS);
    labels.forEach(labelNode::put);
    node.put(ImporterTermination.MESSAGE, message);
    return write(node);
  }

  /** Exit 0 asking the controller for a scratch volume. */
  public static String scratchRequired() {
    ObjectNode node = JSON.createObjectNode();
    node.put(ImporterTermination.SCRATCH_SPACE_REQUIRED, true);
    node.put(ImporterTermination.MESSAGE, ImporterTermination.SCRATCH_REQUIRED_TEXT);
    return write(node);
  }

  /** After a failure (exit 1): plain text, cut to the kubelet's limit. */
  public static String failure(String reason) {
    return limit("Unable to process data: " + reason);
  }

  private static String write(ObjectNode node) {
    try {
      return limit(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** At most {@link ImporterPod#TERMINATION_MESSAGE_LIMIT} UTF-8 bytes. */
  static String limit(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= ImporterPod.TERMINATION_MESSAGE_LIMIT) {
      return text;
    }
    String cut = text;
    while (cut.getBytes(StandardCharsets.UTF_8).length > ImporterPod.TERMINATION_MESSAGE_LIMIT) {
      cut = cut.substring(0, cut.length() - Math.max(1, (cut.length() - 4096) / 2));
    }
    return cut;
  }
}
