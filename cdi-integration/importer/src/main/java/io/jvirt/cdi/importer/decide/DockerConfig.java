package io.jvirt.cdi.importer.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code config.json} that gives crane the endpoint Secret's user and password. */
public final class DockerConfig {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DockerConfig() {}

  /** {@code {"auths": {registry: {"auth": base64(user:password)}}}}. */
  public static String json(String registry, String user, String password) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("auths")
        .putObject(registry)
        .put(
            "auth",
            Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
