package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Access modes and a volume mode that go together on a claim of the class. */
@Data
public class ClaimPropertySet extends Extensible {
  @Required
  @Size(max = 4)
  @ValidationRule(
      value =
          "self.all(am, am in ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany',"
              + " 'ReadWriteOncePod'])",
      message = "Illegal AccessMode")
  private List<String> accessModes;

  /** {@code Block} or {@code Filesystem}. */
  @Required private String volumeMode;
}
