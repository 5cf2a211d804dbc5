package io.jvirt.handler.console;

import io.jvirt.node.rpc.UnixSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a unix socket path dialable: a path longer than a socket address holds is reached through a
 * symbolic link to its directory, named by the VMI's UID in a short directory of virt-handler's.
 */
public final class SocketLinks {
  private final Path linkDir;

  /** Links are made in {@code linkDir} (created when missing). */
  public SocketLinks(Path linkDir) {
    this.linkDir = linkDir;
  }

  /**
   * {@code socket} itself when short enough, else the same socket through a link named {@code id}.
   */
  public Path dialable(String id, Path socket) {
    if (socket.toString().length() <= UnixSockets.MAX_PATH) {
      return socket;
    }
    Path link = linkDir.resolve(id);
    Path target = socket.getParent();
    try {
      Files.createDirectories(linkDir);
      if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(target)) {
        // a link left from an earlier pod of the same VMI points elsewhere: replace it
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot link " + target + " as " + link, e);
    }
    Path dialable = link.resolve(socket.getFileName());
    if (dialable.toString().length() > UnixSockets.MAX_PATH) {
      throw new IllegalStateException("socket path too long even through " + link);
    }
    return dialable;
  }

  /** Drops the link named {@code id} (the VMI is gone). */
  public void forget(String id) {
    try {
      Files.deleteIfExists(linkDir.resolve(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
