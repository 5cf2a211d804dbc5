package io.jvirt.api.v1.guestagent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jvirt.common.model.Extensible;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Data;

/**
 * What {@code GET .../filesystemlist} answers (upstream's VirtualMachineInstanceFileSystemList).
 */
@Data
public class FileSystemList extends Extensible {
  /** Always {@code {}}: the list has no resource version of its own. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private Map<String, Object> metadata = new LinkedHashMap<>();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  private List<FileSystem> items = new ArrayList<>();
}
