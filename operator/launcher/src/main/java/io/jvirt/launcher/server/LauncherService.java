package io.jvirt.launcher.server;

import com.google.protobuf.ByteString;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.LauncherPod;
import io.jvirt.launcher.agent.AgentCredentialFiles;
import io.jvirt.launcher.agent.AgentCredentials;
import io.jvirt.launcher.agent.AgentPoller;
import io.jvirt.launcher.agent.CredentialPropagation;
import io.jvirt.launcher.agent.GuestAgentReport;
import io.jvirt.launcher.libvirt.DomainDriver;
import io.jvirt.launcher.libvirt.DomainDriverException;
import io.jvirt.launcher.screen.Screenshots;
import io.jvirt.launcher.state.DomainState;
import io.jvirt.launcher.state.DomainStateStore;
import io.jvirt.node.rpc.launcher.v1.AccessCredentials;
import io.jvirt.node.rpc.launcher.v1.Domain;
import io.jvirt.node.rpc.launcher.v1.DomainDisk;
import io.jvirt.node.rpc.launcher.v1.DomainInterface;
import io.jvirt.node.rpc.launcher.v1.Empty;
import io.jvirt.node.rpc.launcher.v1.GuestAgentReply;
import io.jvirt.node.rpc.launcher.v1.LauncherGrpc;
import io.jvirt.node.rpc.launcher.v1.Result;
import io.jvirt.node.rpc.launcher.v1.ScreenshotReply;
import io.jvirt.node.rpc.launcher.v1.SyncRequest;
import io.jvirt.node.rpc.launcher.v1.VmiRef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-launcher's side of the handler protocol: runs each command on the one domain of this VMI and
 * streams the domain's state. Calls are serialised: a command sees the effect of the last.
 */
public final class LauncherService extends LauncherGrpc.LauncherImplBase {
  private static final Logger LOG = LoggerFactory.getLogger(LauncherService.class);

  private final String vmiUid;
  private volatile boolean acpi = true;
  private final DomainDriver driver;
  private final DomainStateStore store;
  private final DomainPreparation preparation;
  private final GuestNetwork network;
  private final Clock clock;
  private final Runnable onDeleted;
  private final AgentPoller agent;
  // the VMI's qemuGuestAgent access credentials, known once the VMI is synced
  private volatile Supplier<AgentCredentials> agentCredentials = () -> null;
  private boolean started;

  /**
   * Serves the VMI {@code vmiUid}; {@code onDeleted} runs once its domain is undefined (the
   * launcher then exits).
   */
  public LauncherService(
      String vmiUid,
      DomainDriver driver,
      DomainStateStore store,
      DomainPreparation preparation,
      GuestNetwork network,
      Clock clock,
      Runnable onDeleted) {
    this.vmiUid = vmiUid;
    this.driver = driver;
    this.store = store;
    this.preparation = preparation;
    this.network = network;
    this.clock = clock;
    this.onDeleted = onDeleted;
    this.agent =
        new AgentPoller(
            driver,
            this::onGuestReport,
            new CredentialPropagation(driver, () -> agentCredentials.get()));
    driver.onEvent(this::onDomainEvent);
    // the agent answers only while it is connected and the guest's vCPUs run
    store.watch(s -> agent.setActive(s.agentConnected() && "Running".equals(s.state())));
  }

  @Override
  public void sync(SyncRequest request, StreamObserver<Result> response) {
    answer(response, () -> sync(request));
  }

  @Override
  public void shutdown(VmiRef request, StreamObserver<Result> response) {
    answer(response, () -> onlyFor(request, this::shutdownNow));
  }

  @Override
  public void kill(VmiRef request, StreamObserver<Result> response) {
    answer(response, () -> onlyFor(request, this::killNow));
  }

  @Override
  public void delete(VmiRef request, StreamObserver<Result> response) {
    answer(response, () -> onlyFor(request, this::deleteNow));
  }

  @Override
  public void pause(VmiRef request, StreamObserver<Result> response) {
    answer(response, () -> onlyFor(request, () -> whenAlive("pause", driver::suspend)));
  }

  @Override
  public void unpause(VmiRef request, StreamObserver<Result> response) {
    answer(response, () -> onlyFor(request, () -> whenAlive("unpause", driver::resume)));
  }

  @Override
  public void softReboot(VmiRef request, StreamObserver<Result> response) {
    answer(response, () -> onlyFor(request, this::softRebootNow));
  }

  @Override
  public void screenshot(VmiRef request, StreamObserver<ScreenshotReply> response) {
    ScreenshotReply reply;
    synchronized (this) {
      if (!vmiUid.equals(request.getUid())) {
        reply =
            ScreenshotReply.newBuilder()
                .setResult(
                    refused("this launcher runs the VMI " + vmiUid + ", not " + request.getUid()))
                .build();
      } else if (!store.current().alive()) {
        reply =
            ScreenshotReply.newBuilder()
                .setResult(refused("cannot take a screenshot: the domain is not running"))
                .build();
      } else {
        reply = screenshotNow();
      }
    }
    response.onNext(reply);
    response.onCompleted();
  }

  private ScreenshotReply screenshotNow() {
    try {
      DomainDriver.Screenshot shot = driver.screenshot();
      return ScreenshotReply.newBuilder()
          .setResult(ok())
          .setPng(ByteString.copyFrom(Screenshots.png(shot.mimeType(), shot.image())))
          .build();
    } catch (DomainDriverException | IllegalArgumentException e) {
      return ScreenshotReply.newBuilder().setResult(refused(e.getMessage())).build();
    }
  }

  @Override
  public void guestAgentInfo(VmiRef request, StreamObserver<GuestAgentReply> response) {
    GuestAgentReply.Builder reply = GuestAgentReply.newBuilder();
    if (!vmiUid.equals(request.getUid())) {
      reply.setResult(
          refused("this launcher runs the VMI " + vmiUid + ", not " + request.getUid()));
    } else if (!store.current().agentConnected()) {
      reply.setResult(refused("VMI does not have guest agent connected"));
    } else {
      GuestAgentReport report = agent.report();
      reply
          .setResult(ok())
          .setGuestAgentInfoJson(Serialization.asJson(report.info()))
          .setUserListJson(Serialization.asJson(report.userList()))
          .setFileSystemListJson(Serialization.asJson(report.fileSystemList()));
    }
    response.onNext(reply.build());
    response.onCompleted();
  }

  /** Puts what the status needs of the agent's report (OS, interfaces) into the domain state. */
  private void onGuestReport(GuestAgentReport report) {
    CredentialPropagation.Outcome credentials = report.credentials();
    store.update(
        s ->
            s.withGuestOsInfo(report.os())
                .withGuestInterfaces(report.interfaces())
                .withAccessCredentials(
                    credentials == null
                        ? null
                        : AccessCredentials.newBuilder()
                            .setSucceeded(credentials.synced())
                            .setMessage(credentials.message())
                            .build()));
  }

  @Override
  public void getDomain(Empty request, StreamObserver<Domain> response) {
    response.onNext(store.current().toProto());
    response.onCompleted();
  }

  @Override
  public void watch(Empty request, StreamObserver<Domain> response) {
    ServerCallStreamObserver<Domain> stream = (ServerCallStreamObserver<Domain>) response;
    Consumer<DomainState> watcher =
        state -> {
          synchronized (stream) {
            if (!stream.isCancelled()) {
              stream.onNext(state.toProto());
            }
          }
        };
    stream.setOnCancelHandler(() -> store.unwatch(watcher));
    store.watch(watcher);
  }

  /** The launcher got SIGTERM: the handler shuts the domain down, as when the VMI is deleted. */
  public void markGracefulShutdown() {
    store.update(s -> s.withGracefulShutdownRequested(true));
  }

  /** Stops QEMU now when it still runs (the launcher's own grace period ended). */
  public synchronized void killIfAlive() {
    if (store.current().alive()) {
      driver.destroy();
    }
  }

  private synchronized Result sync(SyncRequest request) {
    VirtualMachineInstance vmi =
        Serialization.unmarshal(request.getVmiJson(), VirtualMachineInstance.class);
    String uid = vmi.getMetadata() == null ? null : vmi.getMetadata().getUid();
    if (!vmiUid.equals(uid)) {
      return refused("this launcher runs the VMI " + vmiUid + ", not " + uid);
    }
    if (started) {
      // a domain that ran is never started again: its VMI is final once it stops
      return ok();
    }
    try {
      String xml = preparation.prepare(vmi, request.getOptions());
      agentCredentials =
          AgentCredentialFiles.of(vmi, secret -> Path.of(LauncherPod.accessCredentialDir(secret)));
      driver.define(xml);
      long grace = gracePeriodSeconds(vmi);
      acpi = acpiEnabled(vmi);
      store.update(
          s -> s.withExists(true).withGracePeriodSeconds(grace).withState("Shutoff", "Unknown"));
      network.start(request.getOptions().getInterfacesList());
      driver.start("Paused".equals(vmi.getSpec().getStartStrategy()));
      started = true;
      refresh();
      store.update(s -> s.withFailure(""));
      return ok();
    } catch (RuntimeException e) {
      // whatever stops the domain from starting is reported on the VMI, in one line
      LOG.error("cannot start the domain: {}", e.getMessage(), e);
      store.update(s -> s.withFailure(e.getMessage()));
      return refused(e.getMessage());
    }
  }

  private Result shutdownNow() {
    whenAlive("shut down", driver::shutdown);
    store.update(s -> s.withShutdownStarted(clock.instant().getEpochSecond()));
    return ok();
  }

  private Result killNow() {
    return whenAlive("kill", driver::destroy);
  }

  private Result deleteNow() {
    if (store.current().alive()) {
      driver.destroy();
    }
    if (driver.defined()) {
      driver.undefine();
    }
    network.stop();
    store.update(DomainState::deleted);
    onDeleted.run();
    return ok();
  }

  private Result softRebootNow() {
    DomainState state = store.current();
    if (!state.alive()) {
      return refused("the domain is not running");
    }
    if (!state.agentConnected() && !acpi) {
      return refused("VMI neither have the agent connected nor the ACPI feature enabled");
    }
    driver.reboot(state.agentConnected());
    return ok();
  }

  private Result whenAlive(String what, Runnable action) {
    if (!store.current().alive()) {
      return refused("cannot " + what + ": the domain is not running");
    }
    action.run();
    return ok();
  }

  private synchronized Result onlyFor(VmiRef request, java.util.function.Supplier<Result> action) {
    if (!vmiUid.equals(request.getUid())) {
      return refused("this launcher runs the VMI " + vmiUid + ", not " + request.getUid());
    }
    return action.get();
  }

  private void onDomainEvent(DomainDriver.DomainChange event) {
    if (event.agent()) {
      store.update(s -> s.withAgentConnected(event.agentConnected()));
      return;
    }
    store.update(s -> s.withState(event.state(), event.reason()));
    if (!"NoState".equals(event.state())) {
      // the event's state and reason stand: libvirt's state now may already be a later one
      refreshFacts();
    }
  }

  private void refresh() {
    try {
      String state = driver.state();
      store.update(s -> s.withExists(true).withState(state));
    } catch (DomainDriverException e) {
      LOG.warn("cannot refresh the domain state: {}", e.getMessage());
    }
    refreshFacts();
  }

  /** What the live domain XML says (machine, memory, interfaces, disks); not its state. */
  private void refreshFacts() {
    try {
      DomainDriver.LiveFacts facts = driver.liveFacts();
      List<DomainInterface> interfaces =
          facts.interfaces().stream()
              .map(n -> DomainInterface.newBuilder().setName(n.name()).setMac(n.mac()).build())
              .toList();
      List<DomainDisk> disks =
          facts.disks().stream()
              .map(d -> DomainDisk.newBuilder().setName(d.name()).setTarget(d.target()).build())
              .toList();
      store.update(
          s ->
              s.withExists(true)
                  .withMachineType(facts.machineType())
                  .withCurrentMemoryBytes(facts.currentMemoryBytes())
                  .withInterfaces(interfaces)
                  .withDisks(disks));
    } catch (DomainDriverException e) {
      LOG.warn("cannot refresh the domain state: {}", e.getMessage());
    }
  }

  /** As the converter decides: ACPI unless {@code features.acpi.enabled} is false. */
  private static boolean acpiEnabled(VirtualMachineInstance vmi) {
    var features = vmi.getSpec().getDomain().getFeatures();
    return features == null
        || features.getAcpi() == null
        || !Boolean.FALSE.equals(features.getAcpi().getEnabled());
  }

  private static long gracePeriodSeconds(VirtualMachineInstance vmi) {
    Long grace = vmi.getSpec().getTerminationGracePeriodSeconds();
    return grace == null ? 30 : grace;
  }

  private static void answer(
      StreamObserver<Result> response, java.util.function.Supplier<Result> call) {
    Result result;
    try {
      result = call.get();
    } catch (DomainDriverException e) {
      result = refused(e.getMessage());
    }
    response.onNext(result);
    response.onCompleted();
  }

  private static Result ok() {
    return Result.newBuilder().setOk(true).build();
  }

  private static Result refused(String message) {
    return Result.newBuilder().setOk(false).setMessage(message).build();
  }
}
