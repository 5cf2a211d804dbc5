package io.jvirt.contract;

/** Condition reasons one component writes and another reads (upstream's strings). */
public final class ConditionReasons {
  /** virt-handler's Synchronized=False reason: the node could not run the domain as asked. */
  public static final String HANDLER_SYNC_FAILED = "Synchronizing with the Domain failed.";

  private ConditionReasons() {}
}
