package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Another DataSource a DataSource points at. */
@Data
public class DataSourceRefSourceDataSource extends Extensible {
  @Required private String namespace;

  @Required private String name;
}
