package io.jvirt.launcher.state;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The launcher's current {@link DomainState}, changed atomically and pushed to every watcher (the
 * handler's Watch streams) after each change, in order.
 */
public final class DomainStateStore {
  private final List<Consumer<DomainState>> watchers = new CopyOnWriteArrayList<>();
  private DomainState current;

  /** Starts with no domain for the VMI {@code vmiUid}. */
  public DomainStateStore(String vmiUid) {
    current = DomainState.none(vmiUid);
  }

  /** The state now. */
  public synchronized DomainState current() {
    return current;
  }

  /** Applies {@code change}; watchers see the result when it differs. */
  public synchronized DomainState update(UnaryOperator<DomainState> change) {
    DomainState next = change.apply(current);
    if (!next.equals(current)) {
      current = next;
      for (Consumer<DomainState> watcher : watchers) {
        watcher.accept(next);
      }
    }
    return current;
  }

  /** Sends the current state to {@code watcher} now, then every change until removed. */
  public synchronized void watch(Consumer<DomainState> watcher) {
    watcher.accept(current);
    watchers.add(watcher);
  }

  /** Stops sending changes to {@code watcher}. */
  public void unwatch(Consumer<DomainState> watcher) {
    watchers.remove(watcher);
  }
}
