package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** What a DataSource names. */
@Data
public class DataSourceSpec extends Extensible {
  /** At most one member; an empty source is allowed and leaves the DataSource not Ready. */
  @Required private DataSourceSource source;
}
