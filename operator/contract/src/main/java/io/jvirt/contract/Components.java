package io.jvirt.contract;

import java.util.List;

/**
 * jvirt's components as the cluster sees them (upstream's names, so RBAC and habits carry over):
 * Deployment/DaemonSet names, the value of their {@link #LABEL} label, the install namespace.
 */
public final class Components {
  /** Label key naming the component of a pod or object (value: one of the names below). */
  public static final String LABEL = "kubevirt.io";

  public static final String CONTROLLER = "virt-controller";
  public static final String API = "virt-api";
  public static final String HANDLER = "virt-handler";
  public static final String LAUNCHER = "virt-launcher";

  /** Main class virt-controller's container starts (its command line names it). */
  public static final String CONTROLLER_MAIN = "io.jvirt.controller.VirtControllerMain";

  /** Main class virt-api's container starts. */
  public static final String API_MAIN = "io.jvirt.apiserver.VirtApiMain";

  /** Main class virt-handler's container starts. */
  public static final String HANDLER_MAIN = "io.jvirt.handler.VirtHandlerMain";

  /** Deployments, in the order their readiness is reported. */
  public static final List<String> DEPLOYMENTS = List.of(API, CONTROLLER);

  /** Namespace jvirt installs into unless told otherwise. */
  public static final String DEFAULT_NAMESPACE = "kubevirt";

  /** Name of the KubeVirt CR the installer creates. */
  public static final String KUBEVIRT_CR = "kubevirt";

  private Components() {}
}
