package io.jvirt.virtctl.client;

/** The kubectl-style flags that pick the kubeconfig, context and namespace a command uses. */
public final class ConnectionOptions {
  private String kubeconfig;
  private String context;
  private String namespace;

  /** The {@code --kubeconfig} path, or null to use KUBECONFIG or ~/.kube/config. */
  public String kubeconfig() {
    return kubeconfig;
  }

  public void kubeconfig(String path) {
    this.kubeconfig = path;
  }

  /** The {@code --context} name, or null for the kubeconfig's current context. */
  public String context() {
    return context;
  }

  public void context(String name) {
    this.context = name;
  }

  /** The {@code -n/--namespace} value, or null for the context's namespace. */
  public String namespace() {
    return namespace;
  }

  public void namespace(String name) {
    this.namespace = name;
  }
}
