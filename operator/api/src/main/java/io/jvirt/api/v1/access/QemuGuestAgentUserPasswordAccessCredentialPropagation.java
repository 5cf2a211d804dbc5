package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker setting user passwords through the guest agent while the guest runs. */
@Data
public class QemuGuestAgentUserPasswordAccessCredentialPropagation extends Extensible {}
