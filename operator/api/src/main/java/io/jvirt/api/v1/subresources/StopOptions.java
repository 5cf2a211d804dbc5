package io.jvirt.api.v1.subresources;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Body of {@code PUT .../virtualmachines/{name}/stop}. */
@Data
public class StopOptions extends Extensible {
  /** Seconds the guest gets to shut down, overriding the VMI's; absent keeps the VMI's. */
  private Long gracePeriod;

  /** {@code ["All"]} checks the request without changing anything. */
  private List<String> dryRun;
}
