package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker: the claim gets an empty raw disk of the requested size. */
@Data
public class DataVolumeBlankImage extends Extensible {}
