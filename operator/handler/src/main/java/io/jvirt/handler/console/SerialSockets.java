package io.jvirt.handler.console;

import java.nio.file.Path;

/** Finds the unix socket of a VMI's serial console on this node. */
@FunctionalInterface
public interface SerialSockets {
  /**
   * Where the serial console of VMI {@code namespace/name} listens, or why it cannot be reached.
   */
  Lookup serial(String namespace, String name);

  /** What a lookup found. */
  sealed interface Lookup {}

  /** The console listens on {@code socket}; {@code key} names the VMI (one session per key). */
  record Found(String key, Path socket) implements Lookup {}

  /** The console cannot be reached: answer {@code status} with {@code message}. */
  record Missing(int status, String message) implements Lookup {}

  /** No console on this node: for servers that serve none. */
  static SerialSockets none() {
    return (namespace, name) ->
        new Missing(
            404, "virtualmachineinstance " + namespace + "/" + name + " has no console here");
  }
}
