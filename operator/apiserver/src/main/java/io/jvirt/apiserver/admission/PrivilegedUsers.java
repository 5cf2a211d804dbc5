package io.jvirt.apiserver.admission;

import io.fabric8.kubernetes.api.model.authentication.UserInfo;
import io.jvirt.contract.ServiceAccounts;
import java.util.Set;

/**
 * jvirt's own identities: the service accounts of its components in the install namespace (as
 * upstream's), plus any named explicitly (a developer's controller running out of cluster).
 */
public final class PrivilegedUsers {
  private final Set<String> names;

  /** Components in {@code namespace}, and {@code extra} user names. */
  public PrivilegedUsers(String namespace, Set<String> extra) {
    var all = new java.util.HashSet<>(extra);
    for (String account : ServiceAccounts.PRIVILEGED) {
      all.add(ServiceAccounts.username(namespace, account));
    }
    names = Set.copyOf(all);
  }

  /** True for one of jvirt's identities. */
  public boolean includes(UserInfo user) {
    return user != null && names.contains(user.getUsername());
  }
}
