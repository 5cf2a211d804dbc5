package io.jvirt.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import io.jvirt.node.rpc.launcher.v1.Domain;
import io.jvirt.node.rpc.launcher.v1.Empty;
import io.jvirt.node.rpc.launcher.v1.LauncherGrpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real gRPC call over a unix socket, as the node side makes them. */
class UnixSocketsTest {
  @TempDir Path dir;

  @Test
  void callsAServiceOverAUnixSocketAndReplacesAStaleSocketFile() throws Exception {
    Path socket = dir.resolve("sockets/launcher-sock");
    Files.createDirectories(socket.getParent());
    Files.writeString(socket, "stale");
    Server server =
        UnixSockets.serve(
            socket,
            new LauncherGrpc.LauncherImplBase() {
              @Override
              public void getDomain(Empty request, StreamObserver<Domain> response) {
                response.onNext(Domain.newBuilder().setExists(true).setState("Running").build());
                response.onCompleted();
              }
            });
    ManagedChannel channel = UnixSockets.channel(socket);
    try {
      Domain domain =
          LauncherGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .getDomain(Empty.getDefaultInstance());
      assertThat(domain.getExists()).isTrue();
      assertThat(domain.getState()).isEqualTo("Running");
    } finally {
      channel.shutdownNow();
      server.shutdownNow();
    }
  }

  @Test
  void refusesPathsTooLongForAUnixSocket() {
    Path socket = dir.resolve("x".repeat(120));
    assertThatThrownBy(() -> UnixSockets.channel(socket)).hasMessageContaining("longer than 107");
  }
}
