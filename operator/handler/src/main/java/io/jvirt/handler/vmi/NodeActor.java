package io.jvirt.handler.vmi;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.grpc.StatusRuntimeException;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.daemon.events.EventRecorder;
import io.jvirt.daemon.queue.KeyedWorkQueue;
import io.jvirt.handler.disks.ContainerDiskMounts;
import io.jvirt.handler.proc.HostCommands;
import io.jvirt.handler.proc.HostProcesses;
import io.jvirt.handler.vmi.decide.NodeAction;
import io.jvirt.handler.vmi.decide.NodeEvent;
import io.jvirt.node.rpc.launcher.v1.LaunchOptions;
import io.jvirt.node.rpc.launcher.v1.Result;
import io.jvirt.node.rpc.launcher.v1.SyncRequest;
import io.jvirt.node.rpc.launcher.v1.VmiRef;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the node decider's action for a VMI: prepares the pod (containerDisk mounts,
 * networking) and starts the domain, or shuts down, kills, deletes it, or releases the node's
 * mounts. Preparation failures are kept per VMI so the next decision names them on the VMI.
 */
final class NodeActor {
  private static final Logger LOG = LoggerFactory.getLogger(NodeActor.class);
  private static final Duration NOT_YET = Duration.ofSeconds(1);
  private static final KeyedWorkQueue.Backoff RETRY =
      new KeyedWorkQueue.Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2));

  private final LauncherConnections launchers;
  private final ContainerDiskMounts disks;
  private final HostProcesses processes;
  private final PodNetworking network;
  private final EventRecorder events;
  private final ClaimCapacities claims;
  private final Map<String, String> failures = new ConcurrentHashMap<>();
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

  NodeActor(
      LauncherConnections launchers,
      ContainerDiskMounts disks,
      HostProcesses processes,
      PodNetworking network,
      EventRecorder events,
      ClaimCapacities claims) {
    this.launchers = launchers;
    this.claims = claims;
    this.disks = disks;
    this.processes = processes;
    this.network = network;
    this.events = events;
  }

  /** Why the pod of the VMI {@code uid} could not be prepared, or empty. */
  String failure(String uid) {
    return failures.getOrDefault(uid, "");
  }

  /** Forgets what was kept for a VMI that is gone. */
  void forget(String uid) {
    failures.remove(uid);
    attempts.remove(uid);
  }

  /** Does {@code action}; returns when to look at the VMI again (null: on its next change). */
  Duration act(NodeAction action, VirtualMachineInstance vmi, String podUid) {
    String uid = vmi.getMetadata().getUid();
    VmiRef ref = VmiRef.newBuilder().setUid(uid).build();
    try {
      return switch (action) {
        case NONE -> null;
        case START -> start(vmi, podUid);
        case SHUTDOWN -> answered(launchers.stub(uid).shutdown(ref));
        case KILL -> answered(launchers.stub(uid).kill(ref));
        case DELETE_DOMAIN -> answered(launchers.stub(uid).delete(ref));
        case CLEANUP -> cleanup(podUid);
      };
    } catch (StatusRuntimeException e) {
      LOG.info("launcher of {} did not answer {}: {}", name(vmi), action, e.getStatus());
      return NOT_YET;
    }
  }

  private Duration start(VirtualMachineInstance vmi, String podUid) {
    String uid = vmi.getMetadata().getUid();
    try {
      Map<String, String> formats = disks.mount(vmi, podUid);
      if (formats == null) {
        return NOT_YET;
      }
      OptionalLong pid = processes.launcher(uid);
      if (pid.isEmpty()) {
        return NOT_YET;
      }
      LaunchOptions options =
          LaunchOptions.newBuilder()
              .addAllInterfaces(network.setUp((int) pid.getAsLong(), vmi))
              .putAllContainerDiskFormats(formats)
              .putAllVolumeCapacityBytes(claims.of(vmi))
              .build();
      failures.remove(uid);
      Result result =
          launchers
              .stub(uid)
              .sync(
                  SyncRequest.newBuilder()
                      .setVmiJson(Serialization.asJson(vmi))
                      .setOptions(options)
                      .build());
      if (result.getOk()) {
        attempts.remove(uid);
        record(vmi, NodeEvent.CREATED);
        return null;
      }
      return retry(uid);
    } catch (ContainerDiskMounts.ContainerDiskException | HostCommands.CommandFailedException e) {
      failures.put(uid, e.getMessage());
      return retry(uid);
    } catch (RuntimeException e) {
      failures.put(uid, "cannot prepare the pod: " + e.getMessage());
      LOG.warn("preparing the pod of {} failed", name(vmi), e);
      return retry(uid);
    }
  }

  private Duration cleanup(String podUid) {
    if (podUid != null) {
      disks.unmountAll(podUid);
    }
    return null;
  }

  private Duration retry(String uid) {
    return RETRY.delay(attempts.merge(uid, 1, Integer::sum));
  }

  private static Duration answered(Result result) {
    if (!result.getOk()) {
      LOG.info("launcher refused: {}", result.getMessage());
    }
    return null;
  }

  private void record(VirtualMachineInstance vmi, NodeEvent event) {
    if ("Warning".equals(event.type())) {
      events.warning(vmi, event.reason(), event.message());
    } else {
      events.normal(vmi, event.reason(), event.message());
    }
  }

  private static String name(VirtualMachineInstance vmi) {
    return vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName();
  }
}
