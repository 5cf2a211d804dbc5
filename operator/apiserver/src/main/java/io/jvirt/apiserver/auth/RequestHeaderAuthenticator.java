package io.jvirt.apiserver.auth;

import com.sun.net.httpserver.Headers;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Trusts the user headers of a request only when the TLS peer is the API server's front proxy: a
 * client certificate of the front-proxy CA (checked by the TLS layer) with an allowed name.
 */
public final class RequestHeaderAuthenticator {
  private final RequestHeaderConfig config;

  /** Authenticates by {@code config}. */
  public RequestHeaderAuthenticator(RequestHeaderConfig config) {
    this.config = config;
  }

  /** The user a request to Jetty (virt-api's listener) names when it came from the front proxy. */
  public Optional<UserInfo> authenticate(Request request) {
    Object data = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
    Certificate[] peer =
        data instanceof EndPoint.SslSessionData session ? session.peerCertificates() : null;
    // Headers: a case-insensitive multimap, as header names are
    Headers headers = new Headers();
    for (HttpField field : request.getHeaders()) {
      headers.add(field.getName(), field.getValue());
    }
    return authenticate(peer, headers);
  }

  /** The user a front-proxy request names; empty for any other caller. */
  public Optional<UserInfo> authenticate(Certificate[] peer, Headers headers) {
    if (peer == null || peer.length == 0 || !(peer[0] instanceof X509Certificate client)) {
      return Optional.empty();
    }
    String commonName = commonName(client);
    if (!config.allowedNames().isEmpty() && !config.allowedNames().contains(commonName)) {
      return Optional.empty();
    }
    String user = first(headers, config.usernameHeaders());
    if (user == null || user.isEmpty()) {
      return Optional.empty();
    }
    List<String> groups = new ArrayList<>();
    for (String header : config.groupHeaders()) {
      List<String> values = headers.get(header);
      if (values != null) {
        groups.addAll(values);
      }
    }
    Map<String, List<String>> extra = new LinkedHashMap<>();
    for (var entry : headers.entrySet()) {
      for (String prefix : config.extraHeaderPrefixes()) {
        String name = entry.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith(prefix.toLowerCase(Locale.ROOT))) {
          extra.put(name.substring(prefix.length()), List.copyOf(entry.getValue()));
        }
      }
    }
    return Optional.of(new UserInfo(user, groups, extra));
  }

  private static String first(Headers headers, List<String> names) {
    for (String name : names) {
      String value = headers.getFirst(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String commonName(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      return "";
    }
    return "";
  }
}
