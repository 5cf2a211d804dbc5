package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl expose vm|vmi|vmirs NAME --name SVC}: creates a Service that selects the launcher
 * pods of a VM, a VMI, or the VMIs of a replica set.
 */
@Command(
    name = "expose",
    description = {
      "Expose a virtual machine instance, virtual machine, or virtual machine instance replica"
          + " set as a new service.",
      "A VM or VMI is selected by its vmi.kubevirt.io/id label; a replica set by its selector,"
          + " which must use matchLabels only.",
      "TYPE is vmi (virtualmachineinstance), vm (virtualmachine) or vmirs"
          + " (virtualmachineinstancereplicaset), case-insensitive, singular or plural."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Expose SSH of the VMI 'myvm' on every node through a NodePort service:",
      "  ${ROOT-COMMAND-NAME} expose vmi myvm --port=22 --name=myvm-ssh --type=NodePort"
    })
public final class ExposeCommand extends ClusterCommand {
  private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP");
  private static final Set<String> SERVICE_TYPES = Set.of("ClusterIP", "NodePort", "LoadBalancer");

  @Parameters(index = "0", paramLabel = "TYPE", description = "vm, vmi or vmirs.")
  String type;

  @Parameters(index = "1", paramLabel = "NAME", description = "Name of the object to expose.")
  String name;

  @Option(names = "--name", required = true, paramLabel = "SERVICE", description = "Service name.")
  String serviceName;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port the service serves on; default: the ports the VMI spec declares.")
  int port;

  @Option(
      names = "--target-port",
      paramLabel = "PORT",
      description = "Name or number of the VM's port that traffic goes to.")
  String targetPort;

  @Option(
      names = "--protocol",
      defaultValue = "TCP",
      description = "TCP or UDP. Default: ${DEFAULT-VALUE}.")
  String protocol;

  @Option(
      names = "--type",
      defaultValue = "ClusterIP",
      description = "ClusterIP, NodePort or LoadBalancer. Default: ${DEFAULT-VALUE}.")
  String serviceType;

  @Option(
      names = "--cluster-ip",
      paramLabel = "IP",
      description = "Cluster IP of the service; empty allocates one, None makes it headless.")
  String clusterIp;

  @Option(
      names = "--external-ip",
      paramLabel = "IP",
      description = "An extra external IP the service accepts traffic for.")
  String externalIp;

  @Option(names = "--port-name", paramLabel = "NAME", description = "Name of the service port.")
  String portName;

  private ExposeTarget target;

  public ExposeCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    target = ExposeTarget.parse(type);
    if (!PROTOCOLS.contains(protocol)) {
      throw new CommandFailedException("unknown protocol: " + protocol);
    }
    if ("ExternalName".equals(serviceType)) {
      throw new CommandFailedException("type: " + serviceType + " not supported");
    }
    if (!SERVICE_TYPES.contains(serviceType)) {
      throw new CommandFailedException("unknown service type: " + serviceType);
    }
    if (port < 0 || port > 65535) {
      throw new CommandFailedException("invalid port: " + port);
    }
  }

  @Override
  void execute(Cluster cluster) {
    GenericKubernetesResource exposed = fetch(cluster);
    Service service =
        new ServiceBuilder()
            .withNewMetadata()
            .withName(serviceName)
            .withNamespace(cluster.namespace())
            .endMetadata()
            .withNewSpec()
            .withPorts(ports(exposed))
            .withSelector(selector(exposed))
            .withType(serviceType)
            .withClusterIP(blankToNull(clusterIp))
            .withExternalIPs(
                externalIp == null || externalIp.isBlank() ? null : List.of(externalIp))
            .endSpec()
            .build();
    try {
      cluster.resources().createService(service);
    } catch (ClientException e) {
      throw failure("service creation failed", e);
    }
    out()
        .println(
            "Service "
                + serviceName
                + " successfully exposed for "
                + type.toLowerCase(Locale.ROOT)
                + " "
                + name);
  }

  private GenericKubernetesResource fetch(Cluster cluster) {
    try {
      return cluster
          .resources()
          .get(cluster.namespace(), target.resource(), name)
          .orElseThrow(
              () -> new ApiException(404, "NotFound", target.resource().notFoundMessage(name)));
    } catch (ClientException e) {
      throw failure("error fetching " + target.displayName(), e);
    }
  }

  private Map<String, String> selector(GenericKubernetesResource exposed) {
    if (target != ExposeTarget.VMIRS) {
      return Map.of(VmiIdLabel.KEY, VmiIdLabel.value(name));
    }
    Object expressions = exposed.get("spec", "selector", "matchExpressions");
    if (expressions instanceof List<?> list && !list.isEmpty()) {
      throw new CommandFailedException(
          "cannot expose VirtualMachineInstance ReplicaSet with match expressions");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (exposed.get("spec", "selector", "matchLabels") instanceof Map<?, ?> matchLabels) {
      matchLabels.forEach((key, value) -> labels.put(key.toString(), String.valueOf(value)));
    }
    if (labels.isEmpty()) {
      throw new CommandFailedException(
          "missing label information for " + type.toLowerCase(Locale.ROOT) + ": " + name);
    }
    return labels;
  }

  @SuppressWarnings("unchecked")
  private List<ServicePort> ports(GenericKubernetesResource exposed) {
    if (port > 0) {
      return List.of(
          new ServicePortBuilder()
              .withName(blankToNull(portName))
              .withProtocol(protocol)
              .withPort(port)
              .withTargetPort(targetPort())
              .build());
    }
    Object spec =
        target == ExposeTarget.VMI ? exposed.get("spec") : exposed.get("spec", "template", "spec");
    List<ServicePort> declared =
        spec instanceof Map<?, ?> map ? TemplatePorts.of((Map<String, Object>) map) : List.of();
    if (declared.isEmpty()) {
      throw new CommandFailedException("couldn't find port via --port flag or introspection");
    }
    return declared;
  }

  private IntOrString targetPort() {
    if (targetPort == null || targetPort.isBlank()) {
      return null;
    }
    return targetPort.chars().allMatch(Character::isDigit)
        ? new IntOrString(Integer.parseInt(targetPort))
        : new IntOrString(targetPort);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
