package io.jvirt.api.v1.subresources;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Body of {@code PUT .../virtualmachines/{name}/restart}. */
@Data
public class RestartOptions extends Extensible {
  /** Only 0 (a forced restart) is accepted when given. */
  private Long gracePeriodSeconds;

  /** {@code ["All"]} checks the request without changing anything. */
  private List<String> dryRun;
}
