package io.jvirt.api.v1.vmi;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Operating system details reported by the guest agent. */
@Data
public class GuestOSInfo extends Extensible {
  private String name;

  private String kernelRelease;

  private String version;

  private String prettyName;

  private String versionId;

  private String kernelVersion;

  private String machine;

  private String id;
}
