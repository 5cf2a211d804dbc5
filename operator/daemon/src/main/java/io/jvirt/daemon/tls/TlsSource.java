package io.jvirt.daemon.tls;

/**
 * Where a TLS server or client gets its {@link TlsMaterial} from, asked at every handshake so that
 * a renewed certificate or CA bundle is used from the next connection on, without a restart.
 */
@FunctionalInterface
public interface TlsSource {
  /** The material to use now; null while there is none yet (handshakes then fail). */
  TlsMaterial current();
}
