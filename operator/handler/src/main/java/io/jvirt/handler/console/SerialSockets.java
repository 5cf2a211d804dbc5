package io.jvirt.handler.console;

import java.nio.file.Path;

/** Finds the unix sockets of a VMI's streams (serial console, VNC) on this node. */
@FunctionalInterface
public interface SerialSockets {
  /**
   * Where the {@code stream} ({@code console} or {@code vnc}) of VMI {@code namespace/name}
   * listens, or why it cannot be reached.
   */
  Lookup find(String namespace, String name, String stream);

  /** What a lookup found. */
  sealed interface Lookup {}

  /** The stream listens on {@code socket}; {@code key} names VMI and stream (one session each). */
  record Found(String key, Path socket) implements Lookup {}

  /** The console cannot be reached: answer {@code status} with {@code message}. */
  record Missing(int status, String message) implements Lookup {}

  /** No console on this node: for servers that serve none. */
  static SerialSockets none() {
    return (namespace, name, stream) ->
        new Missing(
            404,
            "virtualmachineinstance " + namespace + "/" + name + " has no " + stream + " here");
  }
}
