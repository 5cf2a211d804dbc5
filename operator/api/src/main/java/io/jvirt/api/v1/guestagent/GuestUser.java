package io.jvirt.api.v1.guestagent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A user logged in to the guest (upstream's VirtualMachineInstanceGuestOSUser). */
@Data
public class GuestUser extends Extensible {
  private String userName;

  private String domain;

  /** Login time, Unix seconds with a fraction; omitted when zero. */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private double loginTime;
}
