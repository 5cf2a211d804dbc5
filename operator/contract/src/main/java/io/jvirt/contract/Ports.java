package io.jvirt.contract;

/** TCP ports jvirt's components listen on. */
public final class Ports {
  /** /healthz, /readyz and /metrics of virt-controller and virt-handler. */
  public static final int HEALTH = 8443;

  /** virt-api's HTTPS server: webhooks, subresources, its own health endpoints. */
  public static final int API = 8443;

  /** virt-handler's mutual-TLS server virt-api calls for a VMI (upstream's console server). */
  public static final int HANDLER = 8186;

  private Ports() {}
}
