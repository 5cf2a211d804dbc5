package io.jvirt.apiserver;

import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.contract.Components;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.Ports;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How virt-api runs, from {@code JVIRT_*} environment variables: where it listens, its namespace
 * (Secret, Service, handler pods), whether it registers its webhooks and APIService itself, extra
 * privileged users, certificate lifetimes, (out of cluster only) the host address the API server
 * reaches it at, and the port virt-handlers serve virt-api's calls on.
 */
public record VirtApiOptions(
    String address,
    int port,
    String namespace,
    boolean register,
    Set<String> privilegedUsers,
    CertificateValidity validity,
    String externalAddress,
    int handlerPort) {

  /** Reads the environment, with defaults for running in the cluster. */
  public static VirtApiOptions fromEnvironment(Map<String, String> env) {
    CertificateValidity defaults = CertificateValidity.defaults();
    return new VirtApiOptions(
        env.getOrDefault(EnvVars.API_ADDRESS, "0.0.0.0"),
        Integer.parseInt(env.getOrDefault(EnvVars.API_PORT, Integer.toString(Ports.API))),
        env.getOrDefault(EnvVars.NAMESPACE, Components.DEFAULT_NAMESPACE),
        Boolean.parseBoolean(env.getOrDefault(EnvVars.API_REGISTER, "true")),
        Arrays.stream(env.getOrDefault(EnvVars.PRIVILEGED_USERS, "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()),
        new CertificateValidity(
            duration(env.get(EnvVars.CA_VALIDITY), defaults.ca()),
            duration(env.get(EnvVars.CERT_VALIDITY), defaults.serving())),
        env.get(EnvVars.API_EXTERNAL_ADDRESS),
        Integer.parseInt(env.getOrDefault(EnvVars.HANDLER_PORT, Integer.toString(Ports.HANDLER))));
  }

  private static Duration duration(String text, Duration fallback) {
    return text == null || text.isBlank() ? fallback : Duration.parse(text);
  }
}
