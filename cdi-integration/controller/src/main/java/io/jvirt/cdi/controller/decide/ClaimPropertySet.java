package io.jvirt.cdi.controller.decide;

import java.util.List;

/** One access-mode and volume-mode combination a storage profile recommends. */
public record ClaimPropertySet(List<String> accessModes, String volumeMode) {
  public ClaimPropertySet {
    accessModes = accessModes == null ? List.of() : List.copyOf(accessModes);
  }
}
