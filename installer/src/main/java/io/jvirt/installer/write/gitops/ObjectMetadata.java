package io.jvirt.installer.write.gitops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;

/** The metadata of a GitOps object jvirt writes (name first, unlike fabric8's alphabetical). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "namespace", "labels", "annotations"})
public record ObjectMetadata(
    String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {

  /** Immutable copy; maps keep their insertion order. */
  public ObjectMetadata {
    labels = labels == null ? Map.of() : Collections.unmodifiableMap(labels);
    annotations = annotations == null ? Map.of() : Collections.unmodifiableMap(annotations);
  }

  /** A name in a namespace, without labels or annotations. */
  public static ObjectMetadata of(String name, String namespace) {
    return new ObjectMetadata(name, namespace, Map.of(), Map.of());
  }

  /** This metadata with {@code more} labels. */
  public ObjectMetadata withLabels(Map<String, String> more) {
    return new ObjectMetadata(name, namespace, more, annotations);
  }
}
