package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import java.util.Map;
import lombok.Data;

/** A pending Start or Stop of a VirtualMachine, consumed by the controller in order. */
@Data
public class StateChangeRequest extends Extensible {
  /** Start or Stop. */
  @Required private StateChangeAction action;

  /** Extra data, for example {@code paused: "true"} on a Start. */
  private Map<String, String> data;

  /** UID of the VMI a Stop is meant for; a Stop for another VMI is stale. */
  private String uid;
}
