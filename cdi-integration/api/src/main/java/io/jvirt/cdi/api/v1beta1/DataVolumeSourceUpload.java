package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker: the data arrives later through the upload proxy. */
@Data
public class DataVolumeSourceUpload extends Extensible {}
