package io.jvirt.contract;

import java.util.List;

/** Service accounts of jvirt's components; their users are trusted with VMI spec and status. */
public final class ServiceAccounts {
  public static final String CONTROLLER = "kubevirt-controller";
  public static final String API = "kubevirt-apiserver";
  public static final String HANDLER = "kubevirt-handler";

  /** Upstream's account for decentralized migrations; trusted as upstream trusts it. */
  public static final String SYNCHRONIZATION = "kubevirt-synchronization-controller";

  /** Every account whose user jvirt's webhooks treat as one of its own components. */
  public static final List<String> PRIVILEGED = List.of(API, CONTROLLER, HANDLER, SYNCHRONIZATION);

  private ServiceAccounts() {}

  /** The user name Kubernetes gives {@code account} in {@code namespace}. */
  public static String username(String namespace, String account) {
    return "system:serviceaccount:" + namespace + ":" + account;
  }
}
