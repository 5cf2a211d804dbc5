package io.jvirt.api.v1.guestagent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jvirt.common.model.Extensible;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** What {@code GET .../userlist} answers (upstream's VirtualMachineInstanceGuestOSUserList). */
@Data
public class GuestUserList extends Extensible {
  /** Always {@code {}}: the list has no resource version of its own. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private Map<String, Object> metadata = new LinkedHashMap<>();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  private List<GuestUser> items = new ArrayList<>();
}
