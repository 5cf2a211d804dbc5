package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker propagating SSH public keys through the ConfigDrive metadata. */
@Data
public class ConfigDriveSSHPublicKeyAccessCredentialPropagation extends Extensible {}
