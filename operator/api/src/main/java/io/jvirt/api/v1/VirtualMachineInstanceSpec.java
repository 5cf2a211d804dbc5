package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.vmi.Probe;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.common.model.Extensible;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** The guest a VirtualMachineInstance runs and where it may be scheduled. */
@Data
public class VirtualMachineInstanceSpec extends Extensible {
  private String priorityClassName;

  @Required private DomainSpec domain;

  private Map<String, String> nodeSelector;

  private Affinity affinity;

  private String schedulerName;

  private String serviceAccountName;

  private List<Toleration> tolerations;

  private EvictionStrategy evictionStrategy;

  /** Paused starts the guest paused. */
  private String startStrategy;

  private Long terminationGracePeriodSeconds;

  private List<Volume> volumes;

  private Probe livenessProbe;

  private Probe readinessProbe;

  private String hostname;

  private String subdomain;

  private List<Network> networks;

  private String dnsPolicy;

  /** SSH public keys and user passwords to put into the guest. */
  private List<AccessCredential> accessCredentials;

  private String architecture;
}
