package io.jvirt.cdi.uploadproxy.decide;

/** What the proxy does with an authorized upload: pass it on, or refuse it with a plain message. */
public sealed interface ProxyDecision {

  /** Stream the request to {@code url}. */
  record Forward(String url) implements ProxyDecision {}

  /** Answer {@code status} with {@code message} as plain text. */
  record Reject(int status, String message) implements ProxyDecision {}
}
