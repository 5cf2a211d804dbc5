package io.jvirt.virtctl.client;

/** Picks the namespace a command acts in, the way kubectl does. */
public final class Namespaces {
  /** The namespace used when neither the flag nor the context names one. */
  public static final String DEFAULT = "default";

  private Namespaces() {}

  /** The {@code -n} flag if given, else the context's namespace, else {@code default}. */
  public static String resolve(String flag, String contextNamespace) {
    if (flag != null && !flag.isBlank()) {
      return flag;
    }
    if (contextNamespace != null && !contextNamespace.isBlank()) {
      return contextNamespace;
    }
    return DEFAULT;
  }
}
