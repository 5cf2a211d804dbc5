package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.e2e.ApiCalls.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RBAC matrix through the real API server and the installed virt-api: every subresource and
 * verb as view, edit, admin, a user with rights in another namespace only, a service account, a
 * user with no binding and a client with no credentials. Nobody gets more than their role, and
 * every denial is the API server's own 403 (or 401) Status.
 */
class SecurityMatrixE2E {
  private static final String GROUP = "subresources.kubevirt.io";
  private static final List<String> AUTHENTICATED = List.of("system:authenticated");

  private static Jvirt jvirt;
  private static String namespace;
  private static String elsewhere;
  private static List<MatrixSubject> subjects;

  @BeforeAll
  static void bindSubjects() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("rbac");
    elsewhere = jvirt.namespace("rbac-other");
    KubernetesClient admin = jvirt.client();
    bind(admin, namespace, "view", user("matrix-view"));
    bind(admin, namespace, "edit", user("matrix-edit"));
    bind(admin, namespace, "admin", user("matrix-admin"));
    bind(admin, elsewhere, "admin", user("matrix-elsewhere"));
    admin
        .serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("robot").endMetadata().build())
        .create();
    bind(
        admin,
        namespace,
        "edit",
        new SubjectBuilder()
            .withKind("ServiceAccount")
            .withName("robot")
            .withNamespace(namespace)
            .build());
    String robot = "system:serviceaccount:" + namespace + ":robot";
    subjects =
        List.of(
            new MatrixSubject("view", "matrix-view", AUTHENTICATED, MatrixSubject.Access.VIEW),
            new MatrixSubject("edit", "matrix-edit", AUTHENTICATED, MatrixSubject.Access.EDIT),
            new MatrixSubject("admin", "matrix-admin", AUTHENTICATED, MatrixSubject.Access.EDIT),
            new MatrixSubject(
                "admin of another namespace",
                "matrix-elsewhere",
                AUTHENTICATED,
                MatrixSubject.Access.NONE),
            new MatrixSubject(
                "service account (edit)",
                robot,
                List.of(
                    "system:serviceaccounts",
                    "system:serviceaccounts:" + namespace,
                    "system:authenticated"),
                MatrixSubject.Access.EDIT),
            new MatrixSubject(
                "user without binding", "matrix-nobody", AUTHENTICATED, MatrixSubject.Access.NONE),
            MatrixSubject.ANONYMOUS);
  }

  @AfterAll
  static void removeNamespaces() {
    jvirt.deleteNamespace(namespace);
    jvirt.deleteNamespace(elsewhere);
  }

  @Test
  void everySubjectGetsExactlyItsRoleAndEveryDenialIsTheApiServersStatus() {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    int denied = 0;
    for (MatrixSubject subject : subjects) {
      try (ApiCalls api = subject.calls(jvirt.client())) {
        for (MatrixCall call : MatrixCall.all()) {
          Answer answer = api.call(call.method(), call.path(namespace), call.body());
          calls++;
          boolean allowed = subject.allows(call);
          denied += allowed ? 0 : 1;
          String problem = allowed ? allowedProblem(answer) : deniedProblem(subject, call, answer);
          if (problem != null) {
            wrong.add(subject.label() + " " + call + ": " + problem);
          }
        }
      }
    }
    System.out.printf(
        "[figures] RBAC matrix: %d subjects x %d calls = %d requests, %d denied, %d wrong%n",
        subjects.size(), MatrixCall.all().size(), calls, denied, wrong.size());
    assertThat(wrong).isEmpty();
  }

  /** An allowed call must get past both the API server and virt-api's own review. */
  private static String allowedProblem(Answer answer) {
    if (answer.code() == 401 || answer.code() == 403 || answer.code() >= 500) {
      return "expected to pass authorization, got " + answer.code() + " " + answer.text();
    }
    return null;
  }

  private static String deniedProblem(MatrixSubject subject, MatrixCall call, Answer answer) {
    boolean anonymous = subject == MatrixSubject.ANONYMOUS;
    boolean code = answer.code() == 403 || anonymous && answer.code() == 401;
    if (!code || answer.body() == null) {
      return "expected a 403 Status, got " + answer.code() + " " + answer.text();
    }
    var body = answer.body();
    boolean shape =
        body.path("kind").asText().equals("Status")
            && body.path("apiVersion").asText().equals("v1")
            && body.path("status").asText().equals("Failure")
            && body.path("code").asInt() == answer.code()
            && body.path("reason")
                .asText()
                .equals(answer.code() == 403 ? "Forbidden" : "Unauthorized");
    if (!shape) {
      return "not the API server's Status shape: " + answer.text();
    }
    if (answer.code() == 403
        && !body.path("message")
            .asText()
            .contains("cannot " + call.verb() + " resource \"" + call.resource() + "\"")) {
      return "403 without the verb and resource: " + answer.text();
    }
    return null;
  }

  private static Subject user(String name) {
    return new SubjectBuilder()
        .withKind("User")
        .withApiGroup("rbac.authorization.k8s.io")
        .withName(name)
        .build();
  }

  private static void bind(KubernetesClient admin, String ns, String role, Subject subject) {
    admin
        .rbac()
        .roleBindings()
        .inNamespace(ns)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName(role + "-" + subject.getName().replace(':', '-'))
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", role)
                .withSubjects(subject)
                .build())
        .create();
  }

  static String group() {
    return GROUP;
  }
}
