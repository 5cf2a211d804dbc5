package io.jvirt.cdi.uploadproxy.decide;

/** Which answer a request to cdi-uploadproxy gets, from its method and path alone. */
public sealed interface ProxyRoute {

  /** {@code /healthz}: the probe. */
  record Health() implements ProxyRoute {}

  /** An upload to pass on to the upload server at the same {@code path}. */
  record Upload(String path) implements ProxyRoute {}

  /** An upload path asked with a verb other than POST or PUT. */
  record MethodNotAllowed(String method) implements ProxyRoute {}

  /** Nothing served here. */
  record NotFound() implements ProxyRoute {}
}
