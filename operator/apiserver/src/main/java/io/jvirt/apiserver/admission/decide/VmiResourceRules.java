package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.ResourceRequirements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules on the CPU and memory requests and limits of a VMI spec. */
final class VmiResourceRules {
  private VmiResourceRules() {}

  /**
   * The most bytes a memory size may have: what a signed 64-bit count (QEMU's, the pod's) holds.
   */
  static final BigDecimal MAX_MEMORY_BYTES = BigDecimal.valueOf(Long.MAX_VALUE);

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    Memory memory = VmiParts.domain(spec).getMemory();
    if (memory != null) {
      tooLarge(errors, prefix + "domain.memory.guest", memory.getGuest());
    }
    ResourceRequirements resources = VmiParts.domain(spec).getResources();
    if (resources == null) {
      return errors;
    }
    tooLarge(
        errors,
        prefix + "domain.resources.requests.memory",
        quantity(resources.getRequests(), "memory").orElse(null));
    tooLarge(
        errors,
        prefix + "domain.resources.limits.memory",
        quantity(resources.getLimits(), "memory").orElse(null));
    for (String resource : List.of("memory", "cpu")) {
      errors.addAll(check(resources, resource, prefix + "domain.resources."));
    }
    return errors;
  }

  private static List<FieldError> check(
      ResourceRequirements resources, String resource, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    String requestField = prefix + "requests." + resource;
    String limitField = prefix + "limits." + resource;
    Optional<Quantity> request = quantity(resources.getRequests(), resource);
    Optional<Quantity> limit = quantity(resources.getLimits(), resource);
    Optional<BigDecimal> requestAmount = request.flatMap(VmiResourceRules::amount);
    Optional<BigDecimal> limitAmount = limit.flatMap(VmiResourceRules::amount);
    if (requestAmount.isPresent() && requestAmount.get().signum() < 0) {
      errors.add(negative(requestField, request.get()));
    }
    if (limitAmount.isPresent() && limitAmount.get().signum() < 0) {
      errors.add(negative(limitField, limit.get()));
    }
    // A zero limit means "no limit" upstream, so only a positive limit caps the request.
    if (requestAmount.isPresent()
        && limitAmount.isPresent()
        && limitAmount.get().signum() > 0
        && requestAmount.get().compareTo(limitAmount.get()) > 0) {
      errors.add(
          new FieldError(
              requestField,
              requestField
                  + " '"
                  + request.get()
                  + "' is greater than "
                  + limitField
                  + " '"
                  + limit.get()
                  + "'"));
    }
    return errors;
  }

  private static void tooLarge(List<FieldError> errors, String field, Quantity value) {
    if (value != null
        && amount(value).filter(bytes -> bytes.compareTo(MAX_MEMORY_BYTES) > 0).isPresent()) {
      errors.add(
          new FieldError(
              field,
              field
                  + " '"
                  + value
                  + "': must be less than 8Ei, the most memory QEMU can address."));
    }
  }

  private static FieldError negative(String field, Quantity value) {
    return new FieldError(field, field + " '" + value + "': must be greater than or equal to 0.");
  }

  private static Optional<Quantity> quantity(Map<String, Quantity> values, String resource) {
    return Optional.ofNullable(VmiParts.orEmpty(values).get(resource));
  }

  /** The numeric value, or empty for a malformed quantity the API server should have refused. */
  static Optional<BigDecimal> amount(Quantity quantity) {
    try {
      return Optional.of(quantity.getNumericalAmount());
    } catch (ArithmeticException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
