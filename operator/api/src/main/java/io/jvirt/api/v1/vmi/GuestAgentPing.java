package io.jvirt.api.v1.vmi;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Probe action that succeeds when the QEMU guest agent answers a ping. */
@Data
public class GuestAgentPing extends Extensible {}
