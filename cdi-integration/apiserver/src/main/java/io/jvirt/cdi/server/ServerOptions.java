package io.jvirt.cdi.server;

import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.cdi.contract.CdiComponents;
import java.util.Map;

/**
 * How cdi-apiserver and cdi-uploadproxy run, from their environment: their namespace, where they
 * listen, and (cdi-apiserver out of cluster only) the host address the API server reaches it at.
 */
public record ServerOptions(
    String namespace,
    String address,
    int port,
    CertificateValidity validity,
    String externalAddress) {

  /** Environment: the address to bind (default all). */
  public static final String ENV_ADDRESS = "BIND_ADDRESS";

  /** Environment: the port to bind (default {@link CdiComponents#SERVING_PORT}; 0 picks one). */
  public static final String ENV_PORT = "PORT";

  /**
   * Environment, out of cluster only: the address the API server reaches this process at; the
   * {@code cdi-api} Service then becomes a selectorless Service with Endpoints pointing there.
   */
  public static final String ENV_EXTERNAL_ADDRESS = "EXTERNAL_ADDRESS";

  /** Reads {@code env}, with defaults for running in the cluster. */
  public static ServerOptions fromEnvironment(Map<String, String> env) {
    return new ServerOptions(
        env.getOrDefault(CdiComponents.ENV_NAMESPACE, CdiComponents.NAMESPACE),
        env.getOrDefault(ENV_ADDRESS, "0.0.0.0"),
        Integer.parseInt(env.getOrDefault(ENV_PORT, Integer.toString(CdiComponents.SERVING_PORT))),
        CertificateValidity.defaults(),
        env.get(ENV_EXTERNAL_ADDRESS));
  }
}
