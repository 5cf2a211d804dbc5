package io.jvirt.cdi.uploadproxy;

import io.jvirt.cdi.uploadproxy.decide.ServiceAddress;
import java.util.Map;
import java.util.Optional;

/** What the proxy reads from the cluster about an upload's target PVC and its upload Service. */
public interface UploadTargets {
  /** The annotations of PVC {@code namespace/name}; empty when it does not exist. */
  Optional<Map<String, String>> claimAnnotations(String namespace, String name);

  /** The cluster IP and port of Service {@code namespace/name}; empty when it does not exist. */
  Optional<ServiceAddress> serviceAddress(String namespace, String name);
}
