package io.jvirt.apiserver.auth;

import java.util.List;
import java.util.Map;

/** Who made a request, as the API server vouched for it (front-proxy headers). */
public record UserInfo(String name, List<String> groups, Map<String, List<String>> extra) {

  /** Immutable copies. */
  public UserInfo {
    groups = List.copyOf(groups);
    extra = Map.copyOf(extra);
  }
}
