package io.jvirt.cdi.contract;

/**
 * Annotation keys of CDI's message bus: DataVolume to PVC, PVC to importer pod and back (upstream
 * pkg/controller/common/util.go). Spelled exactly as upstream; KubeVirt and tools read them.
 */
public final class CdiAnnotations {
  /** Prefix of every CDI-owned key. */
  public static final String PREFIX = "cdi.kubevirt.io/";

  // --- inputs the DataVolume controller writes on the PVC ---

  /** Source kind: one of {@link ImportSources}; unknown values mean http. */
  public static final String SOURCE = PREFIX + "storage.import.source";

  /** The URL to import from. */
  public static final String ENDPOINT = PREFIX + "storage.import.endpoint";

  /** Secret with {@code accessKeyId} and {@code secretKey}. */
  public static final String SECRET = PREFIX + "storage.import.secretName";

  /** ConfigMap holding CA certificates for the endpoint. */
  public static final String CERT_CONFIG_MAP = PREFIX + "storage.import.certConfigMap";

  /** {@code "true"} to skip TLS verification of the endpoint. */
  public static final String INSECURE_SKIP_VERIFY = PREFIX + "storage.import.insecureSkipVerify";

  /** {@code algorithm:hex} the downloaded bytes must hash to. */
  public static final String CHECKSUM = PREFIX + "storage.import.checksum";

  /** Prefix of numbered HTTP headers: {@code <prefix>.<i>}. */
  public static final String EXTRA_HEADERS = PREFIX + "storage.import.extraHeaders";

  /** Prefix of numbered Secret names each holding a header: {@code <prefix>.<i>}. */
  public static final String SECRET_EXTRA_HEADERS = PREFIX + "storage.import.secretExtraHeaders";

  /** Registry pull method: {@code pod} or {@code node}. */
  public static final String REGISTRY_IMPORT_METHOD =
      PREFIX + "storage.import.registryImportMethod";

  public static final String REGISTRY_IMAGE_STREAM = PREFIX + "storage.import.registryImageStream";

  public static final String REGISTRY_IMAGE_ARCHITECTURE =
      PREFIX + "storage.import.registryImageArchitecture";

  /** {@code kubevirt} or {@code archive}. */
  public static final String CONTENT_TYPE = PREFIX + "storage.contentType";

  /** Whether the target should be preallocated ({@code "true"}/{@code "false"}). */
  public static final String PREALLOCATION_REQUESTED = PREFIX + "storage.preallocation.requested";

  /** UID of the DataVolume the PVC was created for. */
  public static final String CREATED_FOR_DATA_VOLUME = PREFIX + "createdForDataVolume";

  /** Priority class of the worker pods, from the DataVolume spec. */
  public static final String POD_PRIORITY_CLASS_NAME = PREFIX + "storage.pod.priorityclassname";

  /** Service account of the worker pods, from the DataVolume spec. */
  public static final String POD_SERVICE_ACCOUNT_NAME = PREFIX + "storage.pod.serviceAccountName";

  /** Marks a PVC as an upload target (value empty). */
  public static final String UPLOAD_TARGET = PREFIX + "storage.upload.target";

  /** Host-assisted clone request on the target PVC: {@code <namespace>/<name>} of the source. */
  public static final String CLONE_REQUEST = "k8s.io/CloneRequest";

  /** A PVC CDI must leave alone: a third party populates it. */
  public static final String EXTERNAL_POPULATION = PREFIX + "externalPopulation";

  /** Multi-stage import checkpoints. */
  public static final String CHECKPOINT_PREVIOUS = PREFIX + "storage.checkpoint.previous";

  public static final String CHECKPOINT_CURRENT = PREFIX + "storage.checkpoint.current";
  public static final String CHECKPOINT_FINAL = PREFIX + "storage.checkpoint.final";

  /** A multi-stage import has finished its last checkpoint. */
  public static final String MULTI_STAGE_IMPORT_DONE = PREFIX + "storage.checkpoint.done";

  // --- outputs the import controller writes on the PVC ---

  /** Name of the importer pod serving the PVC. */
  public static final String IMPORT_POD_NAME = PREFIX + "storage.import.importPodName";

  /** The worker pod's phase: Pending, Running, Succeeded or Failed. */
  public static final String POD_PHASE = PREFIX + "storage.pod.phase";

  /** {@code "true"} once an upload pod accepts data. */
  public static final String POD_READY = PREFIX + "storage.pod.ready";

  /** How often the worker container restarted; never decreases. */
  public static final String POD_RESTARTS = PREFIX + "storage.pod.restarts";

  /** {@code "false"} while the worker pod cannot be scheduled. */
  public static final String POD_SCHEDULABLE = PREFIX + "storage.pod.schedulable";

  public static final String RUNNING_CONDITION = PREFIX + "storage.condition.running";
  public static final String RUNNING_CONDITION_MESSAGE =
      PREFIX + "storage.condition.running.message";
  public static final String RUNNING_CONDITION_REASON = PREFIX + "storage.condition.running.reason";

  public static final String BOUND_CONDITION = PREFIX + "storage.condition.bound";
  public static final String BOUND_CONDITION_MESSAGE = PREFIX + "storage.condition.bound.message";
  public static final String BOUND_CONDITION_REASON = PREFIX + "storage.condition.bound.reason";

  /** The next importer pod needs scratch space. */
  public static final String REQUIRES_SCRATCH = PREFIX + "storage.import.requiresScratch";

  /** The last importer was OOM-killed: the next one writes with O_DIRECT. */
  public static final String REQUIRES_DIRECT_IO = PREFIX + "storage.import.requiresDirectIo";

  /** The import failed for good (checksum mismatch); no new pod is created. */
  public static final String FATAL_ERROR = PREFIX + "storage.import.fatalError";

  /** Preallocation was applied by the importer. */
  public static final String PREALLOCATION_APPLIED = PREFIX + "storage.preallocation";

  public static final String POPULATOR_PROGRESS = PREFIX + "storage.populator.progress";
  public static final String POPULATOR_PVC_PRIME = PREFIX + "storage.populator.pvcPrime";

  // --- DataVolume annotations ---

  /** Any value: ignore WaitForFirstConsumer and start the worker pod on an unbound PVC. */
  public static final String IMMEDIATE_BINDING = PREFIX + "storage.bind.immediate.requested";

  public static final String USE_POPULATOR = PREFIX + "storage.usePopulator";

  /** {@code "true"}: keep worker pods after they finish. */
  public static final String POD_RETAIN_AFTER_COMPLETION =
      PREFIX + "storage.pod.retainAfterCompletion";

  /** {@code "true"}/{@code "false"}: adopt a same-name PVC. */
  public static final String ALLOW_CLAIM_ADOPTION = PREFIX + "allowClaimAdoption";

  /** On a DataVolume: do not create a PVC, wait for the named one. */
  public static final String PRE_POPULATED = PREFIX + "storage.prePopulated";

  /** On a PVC: already populated for the named DataVolume, which goes straight to Succeeded. */
  public static final String POPULATED_FOR = PREFIX + "storage.populatedFor";

  /** On a worker pod: created by a CDI controller ({@code "yes"}). */
  public static final String CREATED_BY_CONTROLLER = PREFIX + "storage.createdByController";

  // --- Kubernetes and network annotations CDI reads or passes on ---

  /** Set by the scheduler on a WaitForFirstConsumer PVC once its consumer has a node. */
  public static final String SELECTED_NODE = "volume.kubernetes.io/selected-node";

  public static final String DEFAULT_STORAGE_CLASS = "storageclass.kubernetes.io/is-default-class";
  public static final String DEFAULT_VIRT_STORAGE_CLASS =
      "storageclass.kubevirt.io/is-default-virt-class";

  /** On a StorageProfile: the smallest PVC the provisioner supports. */
  public static final String MINIMUM_SUPPORTED_PVC_SIZE = PREFIX + "minimumSupportedPvcSize";

  public static final String POD_NETWORK = "k8s.v1.cni.cncf.io/networks";
  public static final String POD_MULTUS_DEFAULT_NETWORK = "v1.multus-cni.io/default-network";
  public static final String POD_SIDECAR_INJECTION = "sidecar.istio.io/inject";
  public static final String POD_SIDECAR_INJECTION_DEFAULT = "false";
  public static final String POD_LINKERD_INJECTION = "linkerd.io/inject";
  public static final String POD_LINKERD_INJECTION_DEFAULT = "disabled";

  private CdiAnnotations() {}

  /** The {@code i}-th extra header annotation. */
  public static String extraHeader(int index) {
    return EXTRA_HEADERS + "." + index;
  }

  /** The {@code i}-th secret extra header annotation. */
  public static String secretExtraHeader(int index) {
    return SECRET_EXTRA_HEADERS + "." + index;
  }
}
