package io.jvirt.api.v1.subresources;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Body of {@code PUT .../virtualmachineinstances/{name}/pause} and {@code unpause}. */
@Data
public class PauseOptions extends Extensible {
  /** {@code ["All"]} checks the request without changing anything. */
  private List<String> dryRun;
}
