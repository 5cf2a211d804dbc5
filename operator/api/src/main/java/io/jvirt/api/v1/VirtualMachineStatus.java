package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Default;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/**
 * What the controller observed of a VirtualMachine, as kubectl and GitOps health checks read it.
 */
@Data
public class VirtualMachineStatus extends Extensible {
  private Boolean created;

  private Boolean ready;

  @Default("Stopped")
  private PrintableStatus printableStatus;

  private List<Condition> conditions;

  private List<StateChangeRequest> stateChangeRequests;

  private StartFailure startFailure;

  private Long observedGeneration;

  private Long desiredGeneration;

  /** The run strategy in effect, written by the controller. */
  private RunStrategy runStrategy;
}
