package io.jvirt.apiserver.auth;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Asks the cluster's RBAC (a SubjectAccessReview) whether a user may call an aggregated API
 * (virt-api's subresources by default).
 */
public final class Authorizer {
  /** The API group of virt-api's subresources. */
  public static final String GROUP = "subresources.kubevirt.io";

  private final KubernetesClient client;
  private final String group;
  private final String version;

  /** Reviews {@link #GROUP} through {@code client} (virt-api needs system:auth-delegator). */
  public Authorizer(KubernetesClient client) {
    this(client, GROUP, "v1");
  }

  /** Reviews calls of {@code group/version} through {@code client}. */
  public Authorizer(KubernetesClient client, String group, String version) {
    this.client = client;
    this.group = group;
    this.version = version;
  }

  /** The answer for {@code verb} on {@code resource/subresource} named {@code name}. */
  public Decision review(
      UserInfo user,
      String verb,
      String namespace,
      String resource,
      String subresource,
      String name) {
    SubjectAccessReview review =
        new SubjectAccessReviewBuilder()
            .withNewSpec()
            .withUser(user.name())
            .withGroups(user.groups())
            .withExtra(user.extra())
            .withNewResourceAttributes()
            .withGroup(group)
            .withVersion(version)
            .withVerb(verb)
            .withNamespace(namespace)
            .withResource(resource)
            .withSubresource(subresource)
            .withName(name)
            .endResourceAttributes()
            .endSpec()
            .build();
    SubjectAccessReview answer = client.authorization().v1().subjectAccessReview().create(review);
    boolean allowed =
        answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
    String reason = answer.getStatus() == null ? null : answer.getStatus().getReason();
    return new Decision(allowed, reason == null ? "" : reason);
  }

  /** Allowed or not, and the authorizer's reason. */
  public record Decision(boolean allowed, String reason) {}
}
