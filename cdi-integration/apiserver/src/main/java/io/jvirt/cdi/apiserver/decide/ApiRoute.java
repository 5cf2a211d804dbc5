package io.jvirt.cdi.apiserver.decide;

/** Which answer a request to cdi-apiserver gets, from its method and path alone. */
public sealed interface ApiRoute {

  /** {@code /healthz}: the probe. */
  record Health() implements ApiRoute {}

  /** {@code GET /apis}: the group list. */
  record GroupList() implements ApiRoute {}

  /** {@code GET /apis/upload.cdi.kubevirt.io}: the group. */
  record Group() implements ApiRoute {}

  /** {@code GET /apis/upload.cdi.kubevirt.io/v1beta1}: the resources. */
  record Resources() implements ApiRoute {}

  /** {@code POST .../namespaces/{namespace}/uploadtokenrequests}: issue a token. */
  record CreateToken(String namespace) implements ApiRoute {}

  /** A served path asked with a verb it does not serve. */
  record MethodNotAllowed(String method) implements ApiRoute {}

  /** Nothing served here. */
  record NotFound() implements ApiRoute {}
}
