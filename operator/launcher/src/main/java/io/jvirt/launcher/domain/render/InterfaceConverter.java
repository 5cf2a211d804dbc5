package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.network.Network;
import io.jvirt.launcher.domain.model.Alias;
import io.jvirt.launcher.domain.model.Boot;
import io.jvirt.launcher.domain.model.Interface;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bridge and masquerade interfaces as {@code type="ethernet"} NICs on the tap devices virt-handler
 * made (upstream network/configurator.go plus the launcher's domainspec generators).
 */
final class InterfaceConverter {
  static final String VIRTIO = "virtio";
  static final String ABSENT = "absent";

  /** Upstream caps multiqueue at 256 queues. */
  static final int MAX_QUEUES = 256;

  private InterfaceConverter() {}

  static List<Interface> convert(
      VmiView vmi, ConverterContext context, String virtioModel, int vcpus) {
    Set<String> networks =
        VmiView.orEmpty(vmi.spec().getNetworks()).stream()
            .map(Network::getName)
            .collect(Collectors.toSet());
    boolean multiqueue = VmiView.isTrue(vmi.devices().getNetworkInterfaceMultiqueue());
    List<Interface> result = new ArrayList<>();
    List<io.jvirt.api.v1.domain.Interface> interfaces =
        VmiView.orEmpty(vmi.devices().getInterfaces());
    for (int i = 0; i < interfaces.size(); i++) {
      io.jvirt.api.v1.domain.Interface spec = interfaces.get(i);
      if (ABSENT.equals(spec.getState())) {
        continue;
      }
      String field = "spec.domain.devices.interfaces[" + i + "]";
      if (!networks.contains(spec.getName())) {
        throw new ConversionException(field + ".name", "no network named " + spec.getName());
      }
      result.add(
          nic(spec, field, context, virtioModel, multiqueue ? Math.min(vcpus, MAX_QUEUES) : 0));
    }
    return result;
  }

  /** The tap binding of a bridge or masquerade interface; other bindings are refused. */
  private static InterfaceBinding binding(
      io.jvirt.api.v1.domain.Interface spec, String field, ConverterContext context) {
    if (spec.getSriov() != null) {
      throw new ConversionException(field + ".sriov", "is not supported by jvirt");
    }
    if (spec.getBinding() != null) {
      throw new ConversionException(field + ".binding", "is not supported by jvirt");
    }
    if (spec.getBridge() == null && spec.getMasquerade() == null) {
      throw new ConversionException(field, "needs a bridge or masquerade binding");
    }
    InterfaceBinding binding = context.interfaces().get(spec.getName());
    if (binding == null || binding.tap() == null) {
      throw new ConversionException(field, "the node prepared no tap device for " + spec.getName());
    }
    return binding;
  }

  private static Interface nic(
      io.jvirt.api.v1.domain.Interface spec,
      String field,
      ConverterContext context,
      String virtioModel,
      int queues) {
    InterfaceBinding binding = binding(spec, field, context);
    String model = spec.getModel() == null || spec.getModel().isEmpty() ? VIRTIO : spec.getModel();
    String mac = binding.mac() != null ? binding.mac() : spec.getMacAddress();
    var nic =
        Interface.builder()
            .type("ethernet")
            .target(new Interface.Target(binding.tap(), "no"))
            .model(new Interface.Model(VIRTIO.equals(model) ? virtioModel : model))
            .alias(Alias.user(spec.getName()));
    if (mac != null && !mac.isEmpty()) {
      nic.mac(new Interface.Mac(mac));
    }
    if (binding.mtu() != null) {
      nic.mtu(new Interface.Mtu(binding.mtu()));
    }
    if (queues > 0 && VIRTIO.equals(model)) {
      nic.driver(new Interface.Driver("vhost", queues));
    }
    if (spec.getBootOrder() != null) {
      nic.boot(new Boot(spec.getBootOrder()));
    } else {
      // No iPXE ROM unless the NIC boots: it only slows the firmware down.
      nic.rom(new Interface.Rom("no"));
    }
    if ("down".equals(spec.getState())) {
      nic.link(new Interface.Link("down"));
    }
    if (spec.getAcpiIndex() != null && spec.getAcpiIndex() > 0) {
      nic.acpi(new Interface.Acpi(spec.getAcpiIndex()));
    }
    if (spec.getPciAddress() != null && !spec.getPciAddress().isEmpty()) {
      nic.address(PciAddresses.parse(spec.getPciAddress(), field + ".pciAddress"));
    }
    return nic.build();
  }
}
