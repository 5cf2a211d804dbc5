package io.jvirt.handler.rest;

import io.grpc.StatusRuntimeException;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.handler.vmi.LauncherConnections;
import io.jvirt.node.rpc.launcher.v1.GuestAgentReply;
import io.jvirt.node.rpc.launcher.v1.LauncherGrpc;
import io.jvirt.node.rpc.launcher.v1.Result;
import io.jvirt.node.rpc.launcher.v1.ScreenshotReply;
import io.jvirt.node.rpc.launcher.v1.VmiRef;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link VmiCommands} carried out by the VMI's virt-launcher over its gRPC socket. */
public final class LauncherCommands implements VmiCommands {
  private static final Logger LOG = LoggerFactory.getLogger(LauncherCommands.class);

  private final BiFunction<String, String, Optional<VirtualMachineInstance>> vmis;
  private final LauncherConnections launchers;

  /**
   * Commands for the VMIs {@code vmis} finds on this node (namespace, name), sent through {@code
   * launchers}.
   */
  public LauncherCommands(
      BiFunction<String, String, Optional<VirtualMachineInstance>> vmis,
      LauncherConnections launchers) {
    this.vmis = vmis;
    this.launchers = launchers;
  }

  @Override
  public Outcome pause(String namespace, String name) {
    return send(namespace, name, "pause", LauncherGrpc.LauncherBlockingStub::pause);
  }

  @Override
  public Outcome unpause(String namespace, String name) {
    return send(namespace, name, "unpause", LauncherGrpc.LauncherBlockingStub::unpause);
  }

  @Override
  public Outcome softReboot(String namespace, String name) {
    return send(namespace, name, "softreboot", LauncherGrpc.LauncherBlockingStub::softReboot);
  }

  @Override
  public Screenshot screenshot(String namespace, String name) {
    Optional<VirtualMachineInstance> vmi = vmis.apply(namespace, name);
    if (vmi.isEmpty()) {
      return new Screenshot(Outcome.notOnThisNode(namespace, name), null);
    }
    String uid = vmi.get().getMetadata().getUid();
    try {
      ScreenshotReply reply =
          launchers.stub(uid).screenshot(VmiRef.newBuilder().setUid(uid).build());
      if (!reply.getResult().getOk()) {
        return new Screenshot(Outcome.conflict(reply.getResult().getMessage()), null);
      }
      return new Screenshot(Outcome.done(), reply.getPng().toByteArray());
    } catch (IllegalStateException e) {
      return new Screenshot(
          Outcome.launcherUnreachable(
              "virt-launcher of VMI " + namespace + "/" + name + " is not connected"),
          null);
    } catch (StatusRuntimeException e) {
      return new Screenshot(
          Outcome.launcherUnreachable(
              "virt-launcher of VMI "
                  + namespace
                  + "/"
                  + name
                  + " did not answer the screenshot: "
                  + e.getStatus().getCode()),
          null);
    }
  }

  @Override
  public GuestAgentData guestAgent(String namespace, String name, String query) {
    Optional<VirtualMachineInstance> vmi = vmis.apply(namespace, name);
    if (vmi.isEmpty()) {
      return new GuestAgentData(Outcome.notOnThisNode(namespace, name), null);
    }
    String uid = vmi.get().getMetadata().getUid();
    try {
      GuestAgentReply reply =
          launchers.stub(uid).guestAgentInfo(VmiRef.newBuilder().setUid(uid).build());
      if (!reply.getResult().getOk()) {
        return new GuestAgentData(Outcome.conflict(reply.getResult().getMessage()), null);
      }
      String json =
          switch (query) {
            case "userlist" -> reply.getUserListJson();
            case "filesystemlist" -> reply.getFileSystemListJson();
            default -> reply.getGuestAgentInfoJson();
          };
      return new GuestAgentData(Outcome.done(), json);
    } catch (IllegalStateException e) {
      return new GuestAgentData(
          Outcome.launcherUnreachable(
              "virt-launcher of VMI " + namespace + "/" + name + " is not connected"),
          null);
    } catch (StatusRuntimeException e) {
      return new GuestAgentData(
          Outcome.launcherUnreachable(
              "virt-launcher of VMI "
                  + namespace
                  + "/"
                  + name
                  + " did not answer "
                  + query
                  + ": "
                  + e.getStatus().getCode()),
          null);
    }
  }

  private Outcome send(
      String namespace,
      String name,
      String command,
      BiFunction<LauncherGrpc.LauncherBlockingStub, VmiRef, Result> call) {
    Optional<VirtualMachineInstance> vmi = vmis.apply(namespace, name);
    if (vmi.isEmpty()) {
      return Outcome.notOnThisNode(namespace, name);
    }
    String uid = vmi.get().getMetadata().getUid();
    LauncherGrpc.LauncherBlockingStub stub;
    try {
      stub = launchers.stub(uid);
    } catch (IllegalStateException e) {
      return Outcome.launcherUnreachable(
          "virt-launcher of VMI " + namespace + "/" + name + " is not connected");
    }
    try {
      Result result = call.apply(stub, VmiRef.newBuilder().setUid(uid).build());
      if (!result.getOk()) {
        return Outcome.conflict(result.getMessage());
      }
      LOG.info("{} of VMI {}/{} done", command, namespace, name);
      return Outcome.done();
    } catch (StatusRuntimeException e) {
      return Outcome.launcherUnreachable(
          "virt-launcher of VMI "
              + namespace
              + "/"
              + name
              + " did not answer "
              + command
              + ": "
              + e.getStatus().getCode());
    }
  }
}
