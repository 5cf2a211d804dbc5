package io.jvirt.handler.device;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.jvirt.node.rpc.UnixSockets;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginGrpc;
import io.jvirt.node.rpc.deviceplugin.v1beta1.Empty;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ListAndWatchResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegisterRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegistrationGrpc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A kubelet's device manager, as far as plugins see it: serves Registration on {@code kubelet.sock}
 * and, for each registration, dials the plugin's socket and follows its ListAndWatch stream (real
 * gRPC over real unix sockets).
 */
final class FakeKubelet implements AutoCloseable {
  private final Path dir;
  private final Server server;
  private final List<RegisterRequest> registrations = new CopyOnWriteArrayList<>();
  private final Map<String, List<ListAndWatchResponse>> lists = new ConcurrentHashMap<>();
  private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();
  private final Set<String> completed = ConcurrentHashMap.newKeySet();
  private final Set<String> refused = ConcurrentHashMap.newKeySet();

  FakeKubelet(Path dir) {
    this.dir = dir;
    this.server =
        UnixSockets.serve(
            dir.resolve("kubelet.sock"),
            new RegistrationGrpc.RegistrationImplBase() {
              @Override
              public void register(RegisterRequest request, StreamObserver<Empty> response) {
                registrations.add(request);
                if (refused.contains(request.getResourceName())) {
                  response.onError(
                      Status.INVALID_ARGUMENT
                          .withDescription("refused " + request.getResourceName())
                          .asRuntimeException());
                  return;
                }
                // the stream outlives this call: not under its context, which ends with it
                Context.ROOT.run(() -> follow(request));
                response.onNext(Empty.getDefaultInstance());
                response.onCompleted();
              }
            });
  }

  /** Refuses the registrations of {@code resource} from now on (as for a duplicate name). */
  void refuse(String resource) {
    refused.add(resource);
  }

  void accept(String resource) {
    refused.remove(resource);
  }

  List<RegisterRequest> registrations() {
    return registrations;
  }

  long registrationsOf(String resource) {
    return registrations.stream().filter(r -> r.getResourceName().equals(resource)).count();
  }

  /** Every list received for {@code resource}, over all its streams, in order. */
  List<ListAndWatchResponse> lists(String resource) {
    return lists.getOrDefault(resource, List.of());
  }

  /** The last list received for {@code resource}, null before the first. */
  ListAndWatchResponse latest(String resource) {
    List<ListAndWatchResponse> received = lists(resource);
    return received.isEmpty() ? null : received.get(received.size() - 1);
  }

  /** Whether the last stream of {@code resource} was ended by the plugin. */
  boolean ended(String resource) {
    return completed.contains(resource);
  }

  /** A stub on the socket {@code resource} registered with. */
  DevicePluginGrpc.DevicePluginBlockingStub plugin(String resource) {
    return DevicePluginGrpc.newBlockingStub(channels.get(resource));
  }

  private void follow(RegisterRequest request) {
    String resource = request.getResourceName();
    ManagedChannel channel = UnixSockets.channel(dir.resolve(request.getEndpoint()));
    ManagedChannel previous = channels.put(resource, channel);
    if (previous != null) {
      previous.shutdownNow();
    }
    completed.remove(resource);
    DevicePluginGrpc.newStub(channel)
        .listAndWatch(
            Empty.getDefaultInstance(),
            new StreamObserver<>() {
              @Override
              public void onNext(ListAndWatchResponse list) {
                lists.computeIfAbsent(resource, r -> new CopyOnWriteArrayList<>()).add(list);
              }

              @Override
              public void onError(Throwable t) {
                // the plugin went away without ending the stream, or this kubelet closed
              }

              @Override
              public void onCompleted() {
                completed.add(resource);
              }
            });
  }

  @Override
  public void close() {
    channels.values().forEach(ManagedChannel::shutdownNow);
    server.shutdownNow();
  }
}
