package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.network.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Rules tying the interfaces of a VMI spec to its networks, one to one, with one pod network. */
final class VmiNetworkRules {
  private VmiNetworkRules() {}

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(interfacesHaveNetworks(spec, prefix));
    errors.addAll(networksHaveInterfaces(spec, prefix));
    errors.addAll(networkSources(spec, prefix));
    return errors;
  }

  private static List<FieldError> interfacesHaveNetworks(
      VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> networkNames = new HashSet<>();
    VmiParts.networks(spec).forEach(network -> networkNames.add(network.getName()));
    Set<String> seen = new HashSet<>();
    List<Interface> interfaces = VmiParts.interfaces(spec);
    for (int i = 0; i < interfaces.size(); i++) {
      String name = interfaces.get(i).getName();
      String field = prefix + "domain.devices.interfaces[" + i + "].name";
      if (!networkNames.contains(name)) {
        errors.add(new FieldError(field, field + " '" + name + "' not found."));
      }
      if (!seen.add(name)) {
        errors.add(
            new FieldError(field, "Only one interface can be connected to one specific network"));
      }
    }
    return errors;
  }

  private static List<FieldError> networksHaveInterfaces(
      VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> interfaceNames = new HashSet<>();
    VmiParts.interfaces(spec).forEach(iface -> interfaceNames.add(iface.getName()));
    Set<String> seen = new HashSet<>();
    List<Network> networks = VmiParts.networks(spec);
    for (int i = 0; i < networks.size(); i++) {
      String name = networks.get(i).getName();
      String field = prefix + "networks[" + i + "].name";
      if (!interfaceNames.contains(name)) {
        errors.add(new FieldError(field, field + " '" + name + "' not found."));
      }
      if (!seen.add(name)) {
        errors.add(
            new FieldError(
                field,
                "Network with name \""
                    + name
                    + "\" already exists, every network must have a unique name"));
      }
    }
    return errors;
  }

  private static List<FieldError> networkSources(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    List<Network> networks = VmiParts.networks(spec);
    int podNetworks = 0;
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      String field = prefix + "networks[" + i + "]";
      long sources =
          Stream.of(network.getPod(), network.getMultus()).filter(Objects::nonNull).count();
      sources += VmiParts.presentKeys(network.getUnmodelledFields()).size();
      if (sources == 0) {
        errors.add(new FieldError(field, "should have a network type"));
      } else if (sources > 1) {
        errors.add(new FieldError(field, "should have only one network type"));
      }
      if (network.getPod() != null) {
        podNetworks++;
      }
    }
    if (podNetworks > 1) {
      // Upstream names the non-existent path <prefix>interfaces here; matched on purpose.
      String field = prefix + "interfaces";
      errors.add(
          new FieldError(
              field, "more than one interface is connected to a pod network in " + field));
    }
    return errors;
  }
}
