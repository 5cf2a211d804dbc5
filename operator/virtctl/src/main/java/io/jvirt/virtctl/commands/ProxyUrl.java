package io.jvirt.virtctl.commands;

import io.jvirt.cdi.contract.UploadServer;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.client.CdiClient;
import java.net.URI;
import java.net.URISyntaxException;

/** Where the upload proxy is, and the URLs of its upload paths. */
final class ProxyUrl {
  private ProxyUrl() {}

  /**
   * The {@code --uploadproxy-url} flag, else the CDIConfig's {@code status.uploadProxyURL}; a URL
   * without a scheme is taken as https.
   */
  static URI resolve(String flag, CdiClient cdi) {
    String url = flag;
    if (url == null || url.isBlank()) {
      url =
          cdi.uploadProxyUrl()
              .orElseThrow(() -> new CommandFailedException("uploadproxy URL not found"));
    }
    if (!url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      url = "https://" + url;
    }
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new CommandFailedException("invalid upload proxy URL " + url + ": " + e.getMessage());
    }
  }

  /** {@code base} with {@code path} in place of its own path's trailing upload path, if any. */
  static URI withPath(URI base, String path) {
    String own = base.getRawPath() == null ? "" : base.getRawPath();
    for (String known : UploadServer.PATHS) {
      if (own.endsWith(known)) {
        own = own.substring(0, own.length() - known.length());
        break;
      }
    }
    while (own.endsWith("/")) {
      own = own.substring(0, own.length() - 1);
    }
    String authority = base.getRawAuthority() == null ? "" : base.getRawAuthority();
    return URI.create(base.getScheme() + "://" + authority + own + path);
  }
}
