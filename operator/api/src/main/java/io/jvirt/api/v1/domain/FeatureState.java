package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Turns one guest feature on or off. */
@Data
public class FeatureState extends Extensible {
  /** Upstream treats an unset value as true once the feature object is present. */
  private Boolean enabled;
}
