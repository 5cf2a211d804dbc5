package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A DataVolume's conditions being updated (upstream updateCondition): the transition time moves
 * only with the status; a new reason or message alone moves only the heartbeat.
 */
final class ConditionList {
  static final String TRUE = "True";
  static final String FALSE = "False";
  static final String UNKNOWN = "Unknown";

  private final List<DataVolumeCondition> conditions;
  private final String now;

  ConditionList(List<DataVolumeCondition> conditions, String now) {
    this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
    this.now = now;
  }

  void update(String type, String status, String message, String reason) {
    DataVolumeCondition condition = find(type);
    if (condition == null) {
      condition = new DataVolumeCondition();
      condition.setType(type);
      conditions.add(condition);
    }
    String msg = message == null ? "" : message;
    String why = reason == null ? "" : reason;
    if (!Objects.equals(condition.getStatus(), status)) {
      condition.setLastTransitionTime(now);
      condition.setLastHeartbeatTime(now);
      condition.setMessage(msg);
      condition.setReason(why);
    } else if (!msg.equals(nullToEmpty(condition.getMessage()))
        || !why.equals(nullToEmpty(condition.getReason()))) {
      condition.setMessage(msg);
      condition.setReason(why);
      condition.setLastHeartbeatTime(now);
    }
    condition.setStatus(status);
  }

  DataVolumeCondition find(String type) {
    return find(conditions, type);
  }

  static DataVolumeCondition find(List<DataVolumeCondition> conditions, String type) {
    if (conditions == null) {
      return null;
    }
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }

  List<DataVolumeCondition> list() {
    return conditions;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
