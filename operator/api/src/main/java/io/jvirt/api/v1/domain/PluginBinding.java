package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Binds an interface through a network binding plugin registered in the cluster config. */
@Data
public class PluginBinding extends Extensible {
  @Required private String name;
}
