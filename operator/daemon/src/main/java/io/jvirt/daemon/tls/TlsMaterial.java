package io.jvirt.daemon.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/** What one end of a mutual-TLS connection holds: its own certificate and the CAs it trusts. */
public record TlsMaterial(KeyMaterial identity, List<X509Certificate> trusted) {

  /** An immutable copy of the trusted CAs. */
  public TlsMaterial {
    trusted = List.copyOf(trusted);
  }
}
