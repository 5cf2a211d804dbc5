package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.jvirt.contract.KubevirtLabels;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches one node for as long as it is open and records every value its {@code
 * kubevirt.io/schedulable} label took, in order (repeats of the same value left out): a label that
 * is false for a second between two polls still shows.
 */
final class SchedulableLabelWatch implements AutoCloseable {
  private final List<String> values = new CopyOnWriteArrayList<>();
  private final Watch watch;

  SchedulableLabelWatch(KubernetesClient client, String node) {
    watch =
        client
            .nodes()
            .withName(node)
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, Node seen) {
                    record(seen.getMetadata().getLabels().get(KubevirtLabels.SCHEDULABLE));
                  }

                  @Override
                  public void onClose(WatcherException cause) {
                    record("(watch closed: " + cause.getMessage() + ")");
                  }
                });
  }

  private synchronized void record(String value) {
    if (values.isEmpty() || !values.get(values.size() - 1).equals(String.valueOf(value))) {
      values.add(String.valueOf(value));
    }
  }

  /** The values seen so far, the first one being the value when the watch started. */
  List<String> values() {
    return List.copyOf(values);
  }

  @Override
  public void close() {
    watch.close();
  }
}
