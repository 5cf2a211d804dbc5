package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker asking for a virtio random number device backed by the host. */
@Data
public class Rng extends Extensible {}
