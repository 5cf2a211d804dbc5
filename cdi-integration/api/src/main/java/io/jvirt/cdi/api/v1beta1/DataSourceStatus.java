package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Where a DataSource resolves to, and whether it can be cloned from now. */
@Data
public class DataSourceStatus extends Extensible {
  /** The source after following a {@code dataSource} reference. */
  private DataSourceSource source;

  /** One condition, {@code Ready}. */
  private List<DataSourceCondition> conditions;
}
