package io.jvirt.cdi.operator.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.api.v1beta1.CDIStatus;
import io.jvirt.cdi.api.v1beta1.CdiCondition;
import io.jvirt.cdi.api.v1beta1.CdiPhase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The CDI CR's phases and conditions as upstream's lifecycle operator reports them. */
class CdiStatusDeciderTest {
  private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(30);

  @Test
  void aNewCrIsDeployingAndProgressing() {
    CDIStatus status = CdiStatusDecider.installed(null, false, "v0.1.0", T0);
    assertThat(status.getPhase()).isEqualTo(CdiPhase.DEPLOYING);
    assertThat(condition(status, "Progressing").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Progressing").getReason()).isEqualTo("DeployStarted");
    assertThat(condition(status, "Available").getStatus()).isEqualTo("False");
    assertThat(status.getTargetVersion()).isEqualTo("v0.1.0");
    assertThat(status.getObservedVersion()).isNull();
  }

  @Test
  void readyComponentsMakeItDeployedAndAvailable() {
    CDIStatus deploying = CdiStatusDecider.installed(null, false, "v0.1.0", T0);
    CDIStatus deployed = CdiStatusDecider.installed(deploying, true, "v0.1.0", T1);
    assertThat(deployed.getPhase()).isEqualTo(CdiPhase.DEPLOYED);
    assertThat(condition(deployed, "Available").getStatus()).isEqualTo("True");
    assertThat(condition(deployed, "Available").getMessage()).isEqualTo("Deployment Completed");
    assertThat(condition(deployed, "Progressing").getStatus()).isEqualTo("False");
    assertThat(deployed.getObservedVersion()).isEqualTo("v0.1.0");
    assertThat(condition(deployed, "Available").getLastTransitionTime())
        .isEqualTo("2026-12-04T10:00:30Z");
  }

  @Test
  void aDeployedComponentGoingUnreadyIsDegradedNotDeploying() {
    CDIStatus deployed = CdiStatusDecider.installed(null, true, "v0.1.0", T0);
    CDIStatus degraded = CdiStatusDecider.installed(deployed, false, "v0.1.0", T1);
    assertThat(degraded.getPhase()).isEqualTo(CdiPhase.DEPLOYED);
    assertThat(condition(degraded, "Degraded").getStatus()).isEqualTo("True");
    assertThat(condition(degraded, "Available").getStatus()).isEqualTo("False");
  }

  @Test
  void anUnchangedStatusIsTheSameWhateverTheTime() {
    CDIStatus first = CdiStatusDecider.installed(null, true, "v0.1.0", T0);
    CDIStatus again = CdiStatusDecider.installed(first, true, "v0.1.0", T1);
    assertThat(CdiStatusDecider.same(first, again)).isTrue();
    assertThat(condition(again, "Available").getLastHeartbeatTime())
        .isEqualTo("2026-12-04T10:00:00Z");
  }

  @Test
  void aBlockedDeletionSaysWhy() {
    CDIStatus deployed = CdiStatusDecider.installed(null, true, "v0.1.0", T0);
    CDIStatus deleting = CdiStatusDecider.deleting(deployed, "there are still DataVolumes", T1);
    assertThat(deleting.getPhase()).isEqualTo(CdiPhase.DELETING);
    assertThat(condition(deleting, "Degraded").getMessage())
        .isEqualTo("there are still DataVolumes");
  }

  private static CdiCondition condition(CDIStatus status, String type) {
    return status.getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElseThrow();
  }
}
