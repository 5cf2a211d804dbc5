package io.jvirt.handler.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.contract.Components;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.daemon.events.EventRecorder;
import io.jvirt.daemon.queue.KeyedWorkQueue;
import io.jvirt.handler.vmi.decide.LauncherReach;
import io.jvirt.handler.vmi.decide.NodeDecider;
import io.jvirt.handler.vmi.decide.NodeDecision;
import io.jvirt.handler.vmi.decide.NodeEvent;
import io.jvirt.handler.vmi.decide.NodeObservation;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-handler's VMI controller: watches the VMIs scheduled to its node and their launcher pods,
 * and for each VMI observes (VMI, launcher's domain, pod), decides ({@link NodeDecider}), acts
 * ({@link NodeActor}) and records (the VMI status, events).
 */
public final class VmiController implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VmiController.class);
  private static final Duration RESYNC = Duration.ofMinutes(5);

  private final KubernetesClient client;
  private final String node;
  private final Clock clock;
  private final LauncherConnections launchers;
  private final NodeActor actor;
  private final EventRecorder events;
  private final KeyedWorkQueue queue;
  private final Map<String, String> uids = new ConcurrentHashMap<>();
  private SharedIndexInformer<VirtualMachineInstance> vmis;
  private SharedIndexInformer<Pod> pods;

  /** A controller for the VMIs of {@code node}, started by {@link #start()}. */
  public VmiController(
      KubernetesClient client,
      String node,
      Clock clock,
      LauncherConnections.Factory launcherFactory,
      NodeParts parts,
      int workers) {
    this.client = client;
    this.node = node;
    this.clock = clock;
    this.events = new EventRecorder(client, Components.HANDLER, clock);
    this.queue =
        new KeyedWorkQueue(
            "vmi",
            workers,
            new KeyedWorkQueue.Backoff(Duration.ofMillis(500), Duration.ofMinutes(2)),
            this::reconcile);
    this.launchers = launcherFactory.create(this::enqueue);
    this.actor =
        new NodeActor(
            launchers,
            parts.disks(),
            parts.processes(),
            parts.network(),
            events,
            new ClaimCapacities(client));
  }

  /** Starts watching; returns once the caches are filled. */
  public void start() {
    // both caches exist before either delivers an event: the queue's workers read them at once
    pods =
        client
            .pods()
            .inAnyNamespace()
            .withLabel(Components.LABEL, Components.LAUNCHER)
            .withField("spec.nodeName", node)
            .runnableInformer(RESYNC.toMillis());
    vmis =
        client
            .resources(VirtualMachineInstance.class)
            .inAnyNamespace()
            .withLabel(KubevirtLabels.NODE_NAME, node)
            .runnableInformer(RESYNC.toMillis());
    pods.addEventHandler(new Enqueuer<>(this::enqueueOwner));
    vmis.addEventHandler(new Enqueuer<>(vmi -> enqueue(Cache.metaNamespaceKeyFunc(vmi))));
    pods.run();
    vmis.run();
  }

  /** The VMI {@code namespace/name} when it is one of this node's. */
  public Optional<VirtualMachineInstance> onThisNode(String namespace, String name) {
    VirtualMachineInstance vmi =
        vmis == null ? null : vmis.getStore().getByKey(namespace + "/" + name);
    if (vmi == null || vmi.getStatus() == null || !node.equals(vmi.getStatus().getNodeName())) {
      return Optional.empty();
    }
    return Optional.of(vmi);
  }

  /** The UID of the VMI's launcher pod, when the pod is known. */
  public Optional<String> launcherPodUid(VirtualMachineInstance vmi) {
    Pod pod = pods == null ? null : launcherPod(vmi);
    return pod == null ? Optional.empty() : Optional.of(pod.getMetadata().getUid());
  }

  /** The connections to this node's launchers, for commands virt-api sends. */
  public LauncherConnections launchers() {
    return launchers;
  }

  /** True once both caches are filled. */
  public boolean synced() {
    return vmis != null && vmis.hasSynced() && pods != null && pods.hasSynced();
  }

  @Override
  public void close() {
    queue.close();
    if (vmis != null) {
      vmis.close();
    }
    if (pods != null) {
      pods.close();
    }
    launchers.close();
  }

  private void enqueue(String key) {
    queue.add(key);
  }

  private void enqueueOwner(Pod pod) {
    String vmiName =
        pod.getMetadata().getAnnotations() == null
            ? null
            : pod.getMetadata().getAnnotations().get("kubevirt.io/domain");
    if (vmiName != null) {
      enqueue(pod.getMetadata().getNamespace() + "/" + vmiName);
    }
  }

  private Duration reconcile(String key) {
    VirtualMachineInstance vmi = vmis.getStore().getByKey(key);
    if (vmi == null
        || !node.equals(vmi.getStatus() == null ? null : vmi.getStatus().getNodeName())) {
      String uid = uids.remove(key);
      if (uid != null) {
        launchers.forget(uid);
        actor.forget(uid);
      }
      return null;
    }
    String uid = vmi.getMetadata().getUid();
    uids.put(key, uid);
    Pod pod = launcherPod(vmi);
    String podUid = pod == null ? null : pod.getMetadata().getUid();
    String podPhase = pod == null || pod.getStatus() == null ? null : pod.getStatus().getPhase();
    LauncherReach without =
        LauncherReach.withoutLauncher(vmi.getStatus().getPhase(), pod != null, podPhase);
    LauncherConnections.Snapshot launcher =
        podUid == null
            ? new LauncherConnections.Snapshot(null, without, null)
            : launchers.observe(key, uid, podUid);
    if (without == LauncherReach.LOST && launcher.reach() != LauncherReach.LOST) {
      // the pod has ended: its launcher's last report (if any) stands, nothing more will come
      launcher = new LauncherConnections.Snapshot(launcher.domain(), LauncherReach.LOST, null);
    }
    NodeDecision decision =
        NodeDecider.decide(
            new NodeObservation(
                vmi,
                launcher.domain(),
                launcher.reach(),
                true,
                actor.failure(uid),
                podIps(pod),
                clock.instant()));
    if (decision.status() != null && decision.status().getPhase() != vmi.getStatus().getPhase()) {
      LOG.info(
          "VMI {}: {} → {} (domain {}, launcher {})",
          key,
          vmi.getStatus().getPhase(),
          decision.status().getPhase(),
          launcher.domain() == null
              ? "unknown"
              : launcher.domain().exists()
                  ? launcher.domain().state() + "/" + launcher.domain().reason()
                  : "none",
          launcher.reach());
    }
    Duration acted = actor.act(decision.action(), vmi, podUid);
    if (decision.status() != null && !write(vmi, decision.status())) {
      return Duration.ofMillis(200);
    }
    for (NodeEvent event : decision.events()) {
      if ("Warning".equals(event.type())) {
        events.warning(vmi, event.reason(), event.message());
      } else {
        events.normal(vmi, event.reason(), event.message());
      }
    }
    return Stream.of(decision.recheck(), launcher.recheck(), acted)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** Writes the VMI with {@code status}; false on a conflict (a newer VMI is on its way). */
  private boolean write(VirtualMachineInstance vmi, VirtualMachineInstanceStatus status) {
    VirtualMachineInstance copy = DeepCopies.of(vmi, VirtualMachineInstance.class);
    copy.setStatus(status);
    try {
      client.resources(VirtualMachineInstance.class).resource(copy).update();
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409 || e.getCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private Pod launcherPod(VirtualMachineInstance vmi) {
    String uid = vmi.getMetadata().getUid();
    return pods.getStore().list().stream()
        .filter(p -> uid.equals(p.getMetadata().getLabels().get(KubevirtLabels.CREATED_BY)))
        .filter(
            p ->
                !"Succeeded".equals(p.getStatus().getPhase()) || vmi.getStatus().getPhase() != null)
        .max(Comparator.comparing(p -> p.getMetadata().getCreationTimestamp()))
        .orElse(null);
  }

  private static List<String> podIps(Pod pod) {
    if (pod == null || pod.getStatus() == null || pod.getStatus().getPodIPs() == null) {
      return List.of();
    }
    return pod.getStatus().getPodIPs().stream().map(PodIP::getIp).toList();
  }

  /** Queues a key for every change of a watched object. */
  private static final class Enqueuer<T> implements ResourceEventHandler<T> {
    private final java.util.function.Consumer<T> enqueue;

    Enqueuer(java.util.function.Consumer<T> enqueue) {
      this.enqueue = enqueue;
    }

    @Override
    public void onAdd(T object) {
      enqueue.accept(object);
    }

    @Override
    public void onUpdate(T before, T after) {
      enqueue.accept(after);
    }

    @Override
    public void onDelete(T object, boolean unknownFinalState) {
      enqueue.accept(object);
    }
  }

  /** The node-side parts the controller acts through. */
  public record NodeParts(
      io.jvirt.handler.disks.ContainerDiskMounts disks,
      io.jvirt.handler.proc.HostProcesses processes,
      PodNetworking network) {}
}
