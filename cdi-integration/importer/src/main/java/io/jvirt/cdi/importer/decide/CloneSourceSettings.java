package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.CloneSource;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The clone source's settings, read from the env cdi-controller renders into the source pod.
 *
 * @param uploadUrl the target upload server's sync upload path
 * @param ownerUid the UID labelling the progress counter
 */
public record CloneSourceSettings(String uploadUrl, String ownerUid) {
  private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/\\s?#]+\\S*");

  /** Reads the settings; fails naming the variable when the upload URL is missing or not http. */
  public static CloneSourceSettings fromEnv(Map<String, String> env) {
    String url = env.getOrDefault(CloneSource.ENV_UPLOAD_URL, "").trim();
    if (url.isEmpty()) {
      throw new ImportFailure(CloneSource.ENV_UPLOAD_URL + " is not set");
    }
    if (!HTTP_URL.matcher(url).matches()) {
      throw new ImportFailure(CloneSource.ENV_UPLOAD_URL + " " + url + " is not an http URL");
    }
    return new CloneSourceSettings(url, env.getOrDefault(CloneSource.ENV_OWNER_UID, ""));
  }
}
