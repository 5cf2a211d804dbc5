package io.jvirt.cdi.contract;

/**
 * CDI's deployed parts as upstream names them: the namespace, Deployments, service accounts, the
 * leader-election lease, the cluster-scoped CDIConfig, and the environment the operator gives the
 * controller.
 */
public final class CdiComponents {
  /** The namespace CDI runs in (upstream's release manifests). */
  public static final String NAMESPACE = "cdi";

  /** The operator's Deployment and service account. */
  public static final String OPERATOR = "cdi-operator";

  /** cdi-controller's Deployment, as upstream names it. */
  public static final String CONTROLLER_DEPLOYMENT = "cdi-deployment";

  /** cdi-controller's service account. */
  public static final String CONTROLLER_ACCOUNT = "cdi-sa";

  /** The {@code cdi.kubevirt.io} label value of cdi-controller's pods. */
  public static final String CONTROLLER_LABEL = "cdi-deployment";

  /** The Lease the cdi-controller replicas compete for. */
  public static final String CONTROLLER_LEASE = "cdi-controller-leader-election-helper";

  /** The Lease the cdi-operator replicas compete for. */
  public static final String OPERATOR_LEASE = "cdi-operator-leader-election-helper";

  /** The one CDIConfig, created by the operator. */
  public static final String CONFIG = "config";

  /** Finalizer the operator keeps on the CDI CR while it removes what it deployed. */
  public static final String CR_FINALIZER = "operator.cdi.kubevirt.io";

  /** Environment of cdi-controller: the importer image. */
  public static final String ENV_IMPORTER_IMAGE = "IMPORTER_IMAGE";

  /** Environment of cdi-controller: the pull policy of worker pods. */
  public static final String ENV_PULL_POLICY = "PULL_POLICY";

  /** Environment of both: the namespace they run in. */
  public static final String ENV_NAMESPACE = "NAMESPACE";

  /** Environment of both: the port of /healthz, /readyz and /metrics. */
  public static final String ENV_HEALTH_PORT = "HEALTH_PORT";

  /** Environment of cdi-operator: the image cdi-controller runs from. */
  public static final String ENV_CONTROLLER_IMAGE = "CONTROLLER_IMAGE";

  /** Environment of cdi-operator: the version it deploys (status.targetVersion). */
  public static final String ENV_OPERATOR_VERSION = "OPERATOR_VERSION";

  /** cdi-apiserver's Deployment: the aggregated {@code upload.cdi.kubevirt.io} API. */
  public static final String APISERVER = "cdi-apiserver";

  /** cdi-apiserver's Service, as upstream names it (443 to {@link #SERVING_PORT}). */
  public static final String APISERVER_SERVICE = "cdi-api";

  /** The upload proxy's Deployment and Service (443 to {@link #SERVING_PORT}). */
  public static final String UPLOAD_PROXY = "cdi-uploadproxy";

  /** The HTTPS port cdi-apiserver and cdi-uploadproxy listen on. */
  public static final int SERVING_PORT = 8443;

  /** The port their Services expose. */
  public static final int SERVICE_PORT = 443;

  /** Port of /healthz, /readyz and /metrics of both components. */
  public static final int HEALTH_PORT = 8080;

  private CdiComponents() {}
}
