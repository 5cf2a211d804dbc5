package io.jvirt.common.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every jvirt API object: keeps the fields jvirt does not model, so a manifest read and
 * written again loses nothing, and writes only what was set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class Extensible {

  @JsonIgnore private Map<String, Object> unmodelledFields;

  /** Fields of this object that jvirt has no Java property for, in the order they were read. */
  @JsonAnyGetter
  public Map<String, Object> getUnmodelledFields() {
    return unmodelledFields == null ? Collections.emptyMap() : unmodelledFields;
  }

  @JsonAnySetter
  public void setUnmodelledField(String name, Object value) {
    if (unmodelledFields == null) {
      unmodelledFields = new LinkedHashMap<>();
    }
    unmodelledFields.put(name, value);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return getUnmodelledFields().equals(((Extensible) other).getUnmodelledFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), getUnmodelledFields());
  }

  @Override
  public String toString() {
    return unmodelledFields == null ? "" : "unmodelled=" + unmodelledFields;
  }
}
