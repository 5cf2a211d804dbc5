package io.jvirt.apiserver.subresources;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code GET .../version}, shaped like Kubernetes' {@code version.Info}. */
final class VersionInfo {
  private VersionInfo() {}

  static Map<String, String> of(String version) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("gitVersion", "v" + version);
    info.put("gitCommit", "");
    info.put("gitTreeState", "");
    info.put("buildDate", "");
    info.put("goVersion", "");
    info.put("compiler", "jvirt (Java " + Runtime.version().feature() + ")");
    info.put(
        "platform",
        System.getProperty("os.name").toLowerCase() + "/" + System.getProperty("os.arch"));
    return info;
  }
}
