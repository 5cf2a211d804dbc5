package io.jvirt.apiserver.admission.decide;

/**
 * One reason a manifest is rejected: the JSON path of the field (e.g. {@code
 * spec.template.spec.domain.devices.disks[0].name}) and the rule it breaks, worded as upstream.
 */
public record FieldError(String field, String message) {}
