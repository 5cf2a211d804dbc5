package io.jvirt.installer.write.workloads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Name and namespace of an Argo CD or Flux object. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "namespace"})
record Meta(String name, String namespace) {}
