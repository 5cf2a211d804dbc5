package io.jvirt.apiserver.admission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** virt-api's webhooks wired for unit tests: no presets, no workloads, every clone allowed. */
final class TestWebhooks {
  /** Every webhook by path. */
  static final Map<String, Webhook> ALL =
      Webhooks.all(
          new PrivilegedUsers("kubevirt", Set.of()),
          namespace -> List.of(),
          Map::of,
          (user, namespace, name) -> Optional.empty());

  private TestWebhooks() {}
}
