package io.jvirt.apiserver.admission;

import io.fabric8.kubernetes.api.model.authentication.UserInfo;
import io.jvirt.apiserver.auth.Authorizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CloneAuthorization} by a SubjectAccessReview on {@code datavolumes/source}. */
public final class RbacCloneAuthorization implements CloneAuthorization {
  private final Authorizer authorizer;

  /** Reviews through {@code authorizer} (group cdi.kubevirt.io). */
  public RbacCloneAuthorization(Authorizer authorizer) {
    this.authorizer = authorizer;
  }

  @Override
  public Optional<String> refusal(UserInfo user, String namespace, String name) {
    io.jvirt.apiserver.auth.UserInfo who =
        new io.jvirt.apiserver.auth.UserInfo(
            user.getUsername(),
            user.getGroups() == null ? List.of() : user.getGroups(),
            user.getExtra() == null ? Map.of() : user.getExtra());
    Authorizer.Decision decision =
        authorizer.review(who, "create", namespace, "datavolumes", "source", name);
    return decision.allowed()
        ? Optional.empty()
        : Optional.of(
            "User "
                + user.getUsername()
                + " has insufficient permissions in clone source namespace "
                + namespace);
  }
}
