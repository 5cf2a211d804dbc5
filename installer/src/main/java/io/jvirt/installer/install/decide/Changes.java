package io.jvirt.installer.install.decide;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.Objects;

/** Compares a live object with what applying would make of it (for {@code --dry-run}). */
public final class Changes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Changes() {}

  /** True when the planned object equals the live one, bookkeeping fields aside. */
  public static boolean same(HasMetadata live, HasMetadata planned) {
    return Objects.equals(normalized(live), normalized(planned));
  }

  /** "Kind namespace/name" or "Kind name". */
  public static String name(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return object.getKind()
        + " "
        + (namespace == null ? "" : namespace + "/")
        + object.getMetadata().getName();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> normalized(HasMetadata object) {
    Map<String, Object> map = JSON.convertValue(object, Map.class);
    Map<String, Object> metadata = (Map<String, Object>) map.get("metadata");
    if (metadata != null) {
      metadata.remove("managedFields");
      metadata.remove("resourceVersion");
      metadata.remove("generation");
    }
    return map;
  }
}
