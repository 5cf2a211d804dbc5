package io.jvirt.api.v1.guestagent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jvirt.common.model.Extensible;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One command the guest agent supports, and whether it is enabled. */
@Data
@NoArgsConstructor
public class GuestAgentCommand extends Extensible {
  private String name;

  /** Omitted when false, as upstream. */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean enabled;

  /** The command {@code name}, {@code enabled} or not. */
  public GuestAgentCommand(String name, boolean enabled) {
    this.name = name;
    this.enabled = enabled;
  }
}
