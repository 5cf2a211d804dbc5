package io.jvirt.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * One request of the RBAC matrix: a subresource of {@code subresources.kubevirt.io} (on an object
 * that does not exist, so an allowed call ends in a 404 and never acts), or a plain read or dry-run
 * create of {@code kubevirt.io} VirtualMachines.
 */
record MatrixCall(String plural, String subresource, String verb, boolean plain) {
  private static final List<String> VM_UPDATES = List.of("start", "stop", "restart");
  private static final List<String> VMI_UPDATES = List.of("pause", "unpause", "softreboot");
  private static final List<String> VM_GETS = List.of("portforward");
  private static final List<String> VMI_GETS =
      List.of("console", "vnc", "portforward", "guestosinfo", "userlist", "filesystemlist");

  static List<MatrixCall> all() {
    List<MatrixCall> calls = new ArrayList<>();
    VM_UPDATES.forEach(s -> calls.add(new MatrixCall("virtualmachines", s, "update", false)));
    VM_GETS.forEach(s -> calls.add(new MatrixCall("virtualmachines", s, "get", false)));
    VMI_UPDATES.forEach(
        s -> calls.add(new MatrixCall("virtualmachineinstances", s, "update", false)));
    VMI_GETS.forEach(s -> calls.add(new MatrixCall("virtualmachineinstances", s, "get", false)));
    calls.add(new MatrixCall("virtualmachines", null, "list", true));
    calls.add(new MatrixCall("virtualmachines", null, "create", true));
    return calls;
  }

  /** The resource RBAC sees, e.g. {@code virtualmachines/start}. */
  String resource() {
    return subresource == null ? plural : plural + "/" + subresource;
  }

  String method() {
    return switch (verb) {
      case "update" -> "PUT";
      case "create" -> "POST";
      default -> "GET";
    };
  }

  String path(String namespace) {
    if (plain) {
      String collection = "/apis/kubevirt.io/v1/namespaces/" + namespace + "/" + plural;
      return verb.equals("create") ? collection + "?dryRun=All" : collection;
    }
    String tail = subresource.equals("portforward") ? "portforward/22" : subresource;
    return "/apis/"
        + SecurityMatrixE2E.group()
        + "/v1/namespaces/"
        + namespace
        + "/"
        + plural
        + "/missing/"
        + tail;
  }

  String body() {
    if (verb.equals("create")) {
      return "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\",\"metadata\":{\"name\":\"matrix\"},"
          + "\"spec\":{\"runStrategy\":\"Halted\",\"template\":{\"spec\":{\"domain\":{\"devices\":{},"
          + "\"resources\":{\"requests\":{\"memory\":\"64Mi\"}}}}}}}";
    }
    return verb.equals("update") ? "{}" : null;
  }

  @Override
  public String toString() {
    return verb + " " + resource();
  }
}
