package io.jvirt.cdi.operator;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDIStatus;

/** The writes the CDI operator makes; the API server in production. */
public interface CdiComponentActions {
  /** Adds the operator's finalizer to the CR. */
  void addFinalizer(CDI cdi);

  /** Removes the operator's finalizer from the CR. */
  void removeFinalizer(CDI cdi);

  /** Creates the CDIConfig for {@code cdi}, or brings its spec to the CR's {@code spec.config}. */
  void ensureConfig(CDI cdi);

  /** Applies {@code deployment}; returns it as the cluster has it now. */
  Deployment apply(Deployment deployment);

  /** Creates or updates {@code service} (server-side apply). */
  void apply(Service service);

  /** How many DataVolumes the cluster holds. */
  int dataVolumeCount();

  /** Writes {@code status} on the CR. */
  void writeStatus(CDI cdi, CDIStatus status);

  /** A warning event on the CR. */
  void warn(CDI cdi, String reason, String message);

  /** Deletes what the operator deployed in {@code namespace}, and the CDIConfig. */
  void removeComponents(String namespace);
}
