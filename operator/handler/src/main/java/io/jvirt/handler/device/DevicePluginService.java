package io.jvirt.handler.device;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.jvirt.handler.device.decide.GenericDevice;
import io.jvirt.handler.device.decide.HostDevice;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginGrpc;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginOptions;
import io.jvirt.node.rpc.deviceplugin.v1beta1.Empty;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ListAndWatchResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreStartContainerRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreStartContainerResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreferredAllocationResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DevicePlugin gRPC service of one device for one serving period (a new one after each
 * restart). ListAndWatch streams stay open without holding a thread: each is kept until it ends,
 * gets the full list whenever the health changes, and the empty list when the plugin stops. One
 * lock orders every send, since a stream observer is not thread-safe.
 */
final class DevicePluginService extends DevicePluginGrpc.DevicePluginImplBase {
  private static final Logger LOG = LoggerFactory.getLogger(DevicePluginService.class);

  private final HostDevice device;
  private final int count;
  private final String permissions;
  private final Object lock = new Object();
  private final Set<ServerCallStreamObserver<ListAndWatchResponse>> streams = new LinkedHashSet<>();
  private boolean present;
  private boolean stopped;

  DevicePluginService(HostDevice device, int count, String permissions, boolean present) {
    this.device = device;
    this.count = count;
    this.permissions = permissions;
    this.present = present;
  }

  /** Whether the device node is present, as last reported. */
  boolean present() {
    synchronized (lock) {
      return present;
    }
  }

  /** Records the node's presence; on a change every open stream gets the new full list. */
  void setPresent(boolean nowPresent) {
    synchronized (lock) {
      if (stopped || present == nowPresent) {
        return;
      }
      present = nowPresent;
      LOG.info("device {} is now {}", device.path(), GenericDevice.health(nowPresent));
      ListAndWatchResponse list = GenericDevice.list(device, count, nowPresent);
      for (ServerCallStreamObserver<ListAndWatchResponse> stream : new ArrayList<>(streams)) {
        send(stream, list);
      }
    }
  }

  /** Ends every stream with the empty list; later streams get it at once. */
  void stop() {
    List<ServerCallStreamObserver<ListAndWatchResponse>> open;
    synchronized (lock) {
      stopped = true;
      open = new ArrayList<>(streams);
      streams.clear();
      for (ServerCallStreamObserver<ListAndWatchResponse> stream : open) {
        end(stream);
      }
    }
  }

  @Override
  public void getDevicePluginOptions(Empty request, StreamObserver<DevicePluginOptions> response) {
    response.onNext(GenericDevice.options());
    response.onCompleted();
  }

  @Override
  public void listAndWatch(Empty request, StreamObserver<ListAndWatchResponse> response) {
    ServerCallStreamObserver<ListAndWatchResponse> stream =
        (ServerCallStreamObserver<ListAndWatchResponse>) response;
    stream.setOnCancelHandler(
        () -> {
          synchronized (lock) {
            streams.remove(stream);
          }
        });
    synchronized (lock) {
      if (stopped) {
        end(stream);
        return;
      }
      streams.add(stream);
      send(stream, GenericDevice.list(device, count, present));
    }
  }

  @Override
  public void getPreferredAllocation(
      PreferredAllocationRequest request, StreamObserver<PreferredAllocationResponse> response) {
    response.onNext(GenericDevice.preferred(request));
    response.onCompleted();
  }

  @Override
  public void allocate(AllocateRequest request, StreamObserver<AllocateResponse> response) {
    LOG.info(
        "allocating {} for {} container(s)",
        device.resource(),
        request.getContainerRequestsCount());
    response.onNext(GenericDevice.allocate(device, permissions, request));
    response.onCompleted();
  }

  @Override
  public void preStartContainer(
      PreStartContainerRequest request, StreamObserver<PreStartContainerResponse> response) {
    response.onNext(PreStartContainerResponse.getDefaultInstance());
    response.onCompleted();
  }

  private void send(
      ServerCallStreamObserver<ListAndWatchResponse> stream, ListAndWatchResponse list) {
    try {
      stream.onNext(list);
    } catch (RuntimeException e) {
      LOG.debug("ListAndWatch stream of {} is gone: {}", device.resource(), e.getMessage());
      streams.remove(stream);
    }
  }

  private void end(ServerCallStreamObserver<ListAndWatchResponse> stream) {
    try {
      stream.onNext(GenericDevice.EMPTY);
      stream.onCompleted();
    } catch (RuntimeException e) {
      LOG.debug("ListAndWatch stream of {} is gone: {}", device.resource(), e.getMessage());
    }
  }
}
