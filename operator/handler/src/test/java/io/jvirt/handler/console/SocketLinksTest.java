package io.jvirt.handler.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.contract.LauncherPod;
import io.jvirt.node.rpc.UnixSockets;
import io.jvirt.testing.streams.FakeSerialSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial socket deep in the kubelet's pod directory is reached through a short link. */
class SocketLinksTest {
  @TempDir Path dir;

  @Test
  void aShortPathIsUsedAsIs() {
    Path socket = dir.resolve("virt-serial0");
    assertThat(new SocketLinks(dir.resolve("links")).dialable("uid", socket)).isEqualTo(socket);
  }

  @Test
  void aLongPathIsReachedThroughALinkToItsDirectory() throws Exception {
    String uid = "0123456789abcdef0123456789abcdef0123";
    Path vmiDir = dir.resolve("pods/" + uid + "/volumes/kubernetes.io~empty-dir/private/" + uid);
    Path socket = vmiDir.resolve(LauncherPod.SERIAL_SOCKET);
    assertThat(socket.toString().length()).isGreaterThan(UnixSockets.MAX_PATH);
    Files.createDirectories(vmiDir);
    SocketLinks links = new SocketLinks(dir.resolve("links"));

    Path dialable = links.dialable(uid, socket);

    // QEMU binds in its own mount namespace where the path is short; here, through the link
    try (FakeSerialSocket launcher = new FakeSerialSocket(dialable)) {
      assertThat(Files.exists(socket)).isTrue();
      assertThat(dialable.toString().length()).isLessThanOrEqualTo(UnixSockets.MAX_PATH);
      assertThat(dialable.toRealPath()).isEqualTo(socket.toRealPath());
      try (var channel =
          java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(dialable))) {
        assertThat(channel.isConnected()).isTrue();
      }
      links.forget(uid);
      assertThat(Files.exists(dir.resolve("links").resolve(uid))).isFalse();
    }
  }
}
