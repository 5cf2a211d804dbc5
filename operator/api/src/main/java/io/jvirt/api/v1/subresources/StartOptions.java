package io.jvirt.api.v1.subresources;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Body of {@code PUT .../virtualmachines/{name}/start}. */
@Data
public class StartOptions extends Extensible {
  /** Start the guest paused. */
  private Boolean paused;

  /** {@code ["All"]} checks the request without changing anything. */
  private List<String> dryRun;
}
