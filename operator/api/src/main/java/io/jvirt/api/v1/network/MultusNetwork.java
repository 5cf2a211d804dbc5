package io.jvirt.api.v1.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A secondary, or replacement default, network from a Multus NetworkAttachmentDefinition. */
@Data
public class MultusNetwork extends Extensible {
  /** The NetworkAttachmentDefinition, as name or namespace/name. */
  @Required private String networkName;

  /** Java reserves the JSON name {@code default}. */
  @JsonProperty("default")
  private Boolean defaultNetwork;
}
