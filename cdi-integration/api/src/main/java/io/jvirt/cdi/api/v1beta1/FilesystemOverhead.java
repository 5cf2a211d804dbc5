package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import java.util.Map;
import lombok.Data;

/** Share of a Filesystem claim kept back for filesystem metadata, as strings like "0.06". */
@Data
public class FilesystemOverhead extends Extensible {
  private String global;

  /** Per storage class name; wins over {@link #global}. */
  private Map<String, String> storageClass;
}
