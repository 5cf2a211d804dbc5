package io.jvirt.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.spi.HttpServerProvider;
import org.junit.jupiter.api.Test;

/**
 * Guards the JDK's own {@code com.sun.net.httpserver}: the health, metrics and upload servers of
 * every component use it, and a jar registering another provider (jetty-http-spi does) on the one
 * class path all images share would silently serve them with something else.
 */
class JdkHttpServerProviderTest {
  @Test
  void theJdkServesComSunNetHttpserver() {
    assertThat(HttpServerProvider.provider().getClass().getName())
        .startsWith("sun.net.httpserver.");
  }
}
