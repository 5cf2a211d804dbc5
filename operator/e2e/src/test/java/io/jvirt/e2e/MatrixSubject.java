package io.jvirt.e2e;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Set;

/** One row of the RBAC matrix: who calls, and what their binding should let them do. */
record MatrixSubject(String label, String user, List<String> groups, Access access) {
  /** A client that sends no credentials at all. */
  static final MatrixSubject ANONYMOUS =
      new MatrixSubject("unauthenticated", null, List.of(), Access.NONE);

  /** The guest-agent reads upstream's view role grants. */
  private static final Set<String> VIEW_SUBRESOURCES =
      Set.of("guestosinfo", "userlist", "filesystemlist");

  /** What a binding grants in the test namespace. */
  enum Access {
    /** Nothing. */
    NONE,
    /** The aggregated view role. */
    VIEW,
    /** The aggregated edit or admin role. */
    EDIT
  }

  boolean allows(MatrixCall call) {
    return switch (access) {
      case NONE -> false;
      case EDIT -> true;
      case VIEW ->
          call.plain()
              ? call.verb().equals("list")
              : call.verb().equals("get") && VIEW_SUBRESOURCES.contains(call.subresource());
    };
  }

  ApiCalls calls(KubernetesClient admin) {
    return user == null ? ApiCalls.anonymous(admin) : ApiCalls.as(admin, user, groups);
  }
}
