package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import java.util.List;

/**
 * The DataVolume status a decision arrived at and the events to record with it.
 *
 * @param changed the status differs from the observed one and must be written
 */
public record StatusDecision(DataVolumeStatus status, boolean changed, List<CdiEvent> events) {
  public StatusDecision {
    events = List.copyOf(events);
  }
}
