package io.jvirt.controller.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verbs and resources of API requests, named as the Kubernetes audit log names them. */
class ApiRequestKindTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET,    /api/v1/namespaces/ns/pods/p1,                                   get,    pods",
    "GET,    /api/v1/namespaces/ns/pods?labelSelector=a%3Db,                  list,   pods",
    "GET,    /api/v1/pods?watch=true&resourceVersion=5,                       watch,  pods",
    "GET,    /apis/kubevirt.io/v1/virtualmachines,                            list,   virtualmachines",
    "POST,   /apis/kubevirt.io/v1/namespaces/ns/virtualmachineinstances,      create, virtualmachineinstances",
    "PUT,    /apis/kubevirt.io/v1/namespaces/ns/virtualmachines/vm/status,    update, virtualmachines/status",
    "PATCH,  /apis/kubevirt.io/v1/namespaces/ns/virtualmachineinstances/v,    patch,  virtualmachineinstances",
    "DELETE, /api/v1/namespaces/ns/pods/p1,                                   delete, pods",
    "DELETE, /api/v1/namespaces/ns/pods,                                      deletecollection, pods",
    "GET,    /api/v1/namespaces/kube-system,                                  get,    namespaces",
    "POST,   /apis/coordination.k8s.io/v1/namespaces/kubevirt/leases,         create, leases",
    "GET,    /version,                                                        list,   ''",
  })
  void classifiesRequests(String method, String path, String verb, String resource) {
    ApiRequestKind kind = ApiRequestKind.of(method, URI.create("https://api:6443" + path));
    assertThat(kind).isEqualTo(new ApiRequestKind(verb, resource));
  }
}
