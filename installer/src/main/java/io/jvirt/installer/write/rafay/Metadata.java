package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;

/** Metadata every Rafay v3 object carries: name and project are required, the rest optional. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "project", "description", "labels"})
public record Metadata(
    String name, String project, String description, Map<String, String> labels) {

  /** Immutable copy; labels keep their insertion order. */
  public Metadata {
    labels = labels == null ? Map.of() : Collections.unmodifiableMap(labels);
  }

  /** Just a name in a project. */
  public static Metadata of(String name, String project) {
    return new Metadata(name, project, null, Map.of());
  }

  /** This metadata with a description. */
  public Metadata describedAs(String text) {
    return new Metadata(name, project, text, labels);
  }
}
