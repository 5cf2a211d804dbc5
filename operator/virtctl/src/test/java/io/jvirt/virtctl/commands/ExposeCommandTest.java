package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.KubevirtResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** expose: the Service built for a VM, VMI or replica set, and its errors. */
class ExposeCommandTest {
  private final Harness harness = new Harness();

  @Test
  void exposesAVmByItsVmiIdLabel() {
    harness.resources.add("default", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of());

    Result result =
        harness.run(
            "expose", "vm", "myvm", "--name", "myvm-ssh", "--port", "22", "--type", "NodePort");

    Service service = onlyService();
    assertThat(service.getMetadata().getName()).isEqualTo("myvm-ssh");
    assertThat(service.getMetadata().getNamespace()).isEqualTo("default");
    assertThat(service.getSpec().getSelector())
        .containsExactly(Map.entry("vmi.kubevirt.io/id", "myvm"));
    assertThat(service.getSpec().getType()).isEqualTo("NodePort");
    ServicePort port = service.getSpec().getPorts().get(0);
    assertThat(port.getPort()).isEqualTo(22);
    assertThat(port.getProtocol()).isEqualTo("TCP");
    assertThat(port.getTargetPort()).isNull();
    assertThat(service.getSpec().getClusterIP()).isNull();
    assertThat(result.out()).isEqualTo("Service myvm-ssh successfully exposed for vm myvm\n");
  }

  @Test
  void passesEveryServiceFlag() {
    harness.resources.add("ns1", KubevirtResource.VIRTUAL_MACHINE_INSTANCE, "myvmi", Map.of());

    Result result =
        harness.run(
            "expose",
            "VMI",
            "myvmi",
            "-n",
            "ns1",
            "--name=web",
            "--port=80",
            "--target-port=8080",
            "--protocol=UDP",
            "--type=LoadBalancer",
            "--cluster-ip=10.0.0.9",
            "--external-ip=192.0.2.1",
            "--port-name=http");

    Service service = onlyService();
    ServicePort port = service.getSpec().getPorts().get(0);
    assertThat(port.getName()).isEqualTo("http");
    assertThat(port.getProtocol()).isEqualTo("UDP");
    assertThat(port.getTargetPort()).isEqualTo(new IntOrString(8080));
    assertThat(service.getSpec().getClusterIP()).isEqualTo("10.0.0.9");
    assertThat(service.getSpec().getExternalIPs()).containsExactly("192.0.2.1");
    assertThat(service.getSpec().getType()).isEqualTo("LoadBalancer");
    assertThat(result.out()).isEqualTo("Service web successfully exposed for vmi myvmi\n");
  }

  @Test
  void aNamedTargetPortStaysAString() {
    harness.resources.add("default", KubevirtResource.VIRTUAL_MACHINE_INSTANCE, "a", Map.of());

    harness.run("expose", "vmi", "a", "--name=s", "--port=80", "--target-port=http");

    assertThat(onlyService().getSpec().getPorts().get(0).getTargetPort())
        .isEqualTo(new IntOrString("http"));
  }

  @Test
  void aLongVmiNameIsSelectedByItsHashedLabel() {
    String name = "a".repeat(70);
    harness.resources.add("default", KubevirtResource.VIRTUAL_MACHINE_INSTANCE, name, Map.of());

    harness.run("expose", "vmi", name, "--name=s", "--port=80");

    String label = onlyService().getSpec().getSelector().get("vmi.kubevirt.io/id");
    assertThat(label).hasSize(63).startsWith("a".repeat(54) + "-").matches(".*-[0-9a-f]{8}");
  }

  @Test
  void exposesAReplicaSetByItsMatchLabels() {
    harness.resources.add(
        "default",
        KubevirtResource.VIRTUAL_MACHINE_INSTANCE_REPLICA_SET,
        "rs",
        Map.of("selector", Map.of("matchLabels", Map.of("app", "web"))));

    Result result = harness.run("expose", "vmirs", "rs", "--name=web", "--port=80");

    assertThat(onlyService().getSpec().getSelector()).containsExactly(Map.entry("app", "web"));
    assertThat(result.out()).isEqualTo("Service web successfully exposed for vmirs rs\n");
  }

  @Test
  void rejectsAReplicaSetSelectorWithMatchExpressions() {
    Map<String, Object> expression = Map.of("key", "app", "operator", "Exists");
    harness.resources.add(
        "default",
        KubevirtResource.VIRTUAL_MACHINE_INSTANCE_REPLICA_SET,
        "rs",
        Map.of(
            "selector",
            Map.of("matchLabels", Map.of("app", "web"), "matchExpressions", List.of(expression))));

    Result result = harness.run("expose", "vmirs", "rs", "--name=web", "--port=80");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly("cannot expose VirtualMachineInstance ReplicaSet with match expressions");
    assertThat(harness.resources.createdServices).isEmpty();
  }

  @Test
  void aMissingObjectIsAnError() {
    Result result = harness.run("expose", "vm", "ghost", "--name=s", "--port=80");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            "error fetching VirtualMachine: virtualmachines.kubevirt.io \"ghost\" not found");
    assertThat(harness.resources.createdServices).isEmpty();
  }

  @Test
  void usesThePortsTheTemplateDeclaresWithoutPortFlag() {
    Map<String, Object> vmiSpec =
        Map.of(
            "networks", List.of(Map.of("name", "default", "pod", Map.of())),
            "domain",
                Map.of(
                    "devices",
                    Map.of(
                        "interfaces",
                        List.of(
                            Map.of(
                                "name",
                                "default",
                                "ports",
                                List.of(
                                    Map.of("port", 22), Map.of("port", 53, "protocol", "UDP")))))));
    harness.resources.add(
        "default",
        KubevirtResource.VIRTUAL_MACHINE,
        "myvm",
        Map.of("template", Map.of("spec", vmiSpec)));

    harness.run("expose", "vm", "myvm", "--name=s");

    List<ServicePort> ports = onlyService().getSpec().getPorts();
    assertThat(ports).extracting(ServicePort::getName).containsExactly("port-1", "port-2");
    assertThat(ports).extracting(ServicePort::getPort).containsExactly(22, 53);
    assertThat(ports).extracting(ServicePort::getProtocol).containsExactly("TCP", "UDP");
  }

  @Test
  void withoutAnyPortItFails() {
    harness.resources.add("default", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of());

    assertThat(harness.run("expose", "vm", "myvm", "--name=s").errLines())
        .containsExactly("couldn't find port via --port flag or introspection");
  }

  @Test
  void validatesFlagsBeforeConnecting() {
    assertThat(harness.run("expose", "vm", "a", "--name=s", "--protocol=ICMP").errLines())
        .containsExactly("unknown protocol: ICMP");
    assertThat(harness.run("expose", "vm", "a", "--name=s", "--type=Foo").errLines())
        .containsExactly("unknown service type: Foo");
    assertThat(harness.run("expose", "vm", "a", "--name=s", "--type=ExternalName").errLines())
        .containsExactly("type: ExternalName not supported");
    assertThat(harness.run("expose", "pod", "a", "--name=s").errLines())
        .containsExactly("unsupported resource type: pod");
    assertThat(harness.connects).isZero();
  }

  @Test
  void theServiceNameIsRequired() {
    Result result = harness.run("expose", "vm", "a", "--port=80");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).singleElement().asString().contains("--name");
  }

  @Test
  void aRejectedServiceIsOneLine() {
    harness.resources.add("default", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of());
    harness.resources.createFailure =
        new ApiException(409, "AlreadyExists", "services \"s\" already exists");

    Result result = harness.run("expose", "vm", "myvm", "--name=s", "--port=80");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly("service creation failed: services \"s\" already exists");
  }

  private Service onlyService() {
    assertThat(harness.resources.createdServices).hasSize(1);
    return harness.resources.createdServices.get(0);
  }
}
