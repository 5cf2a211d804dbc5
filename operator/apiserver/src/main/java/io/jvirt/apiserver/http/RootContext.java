package io.jvirt.apiserver.http;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The one {@code /} context virt-api's JDK-style handler is served under, without filters. */
final class RootContext extends HttpContext {
  private final Map<String, Object> attributes = new ConcurrentHashMap<>();
  private HttpHandler handler;

  RootContext(HttpHandler handler) {
    this.handler = handler;
  }

  @Override
  public HttpHandler getHandler() {
    return handler;
  }

  @Override
  public void setHandler(HttpHandler handler) {
    this.handler = handler;
  }

  @Override
  public String getPath() {
    return "/";
  }

  @Override
  public HttpServer getServer() {
    // no JDK server: Jetty serves; nothing in virt-api asks for it
    return null;
  }

  @Override
  public Map<String, Object> getAttributes() {
    return attributes;
  }

  @Override
  public List<Filter> getFilters() {
    return List.of();
  }

  @Override
  public Authenticator setAuthenticator(Authenticator auth) {
    throw new UnsupportedOperationException("virt-api authenticates in its handlers");
  }

  @Override
  public Authenticator getAuthenticator() {
    return null;
  }
}
