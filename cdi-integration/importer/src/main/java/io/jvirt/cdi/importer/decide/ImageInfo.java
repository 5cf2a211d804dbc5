package io.jvirt.cdi.importer.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What {@code qemu-img info --output=json} says about an image.
 *
 * @param backingFile empty when there is none
 */
public record ImageInfo(String format, long virtualSize, long actualSize, String backingFile) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses qemu-img's JSON. */
  public static ImageInfo parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.has("format") || !node.has("virtual-size")) {
        throw new ImportFailure("qemu-img info gave no format or virtual size: " + json);
      }
      return new ImageInfo(
          node.get("format").asText(),
          node.get("virtual-size").asLong(),
          node.path("actual-size").asLong(0),
          node.path("backing-filename").asText(""));
    } catch (IOException e) {
      throw new ImportFailure("qemu-img info gave no JSON: " + json, e);
    }
  }
}
