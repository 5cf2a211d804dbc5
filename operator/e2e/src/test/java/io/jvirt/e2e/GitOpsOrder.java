package io.jvirt.e2e;

import org.junit.jupiter.api.Order;

/**
 * Where the GitOps classes run among the E2E classes: after all others (which share the jvirt the
 * installer put on the cluster), since each removes it and installs it through its controller.
 */
final class GitOpsOrder {
  /** {@link FluxE2E}: after every class without an {@link Order}. */
  static final int FLUX = Order.DEFAULT + 1;

  /** {@link ArgoCdE2E}: after {@link FluxE2E}. */
  static final int ARGOCD = FLUX + 1;

  private GitOpsOrder() {}
}
