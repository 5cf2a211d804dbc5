package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker binding an interface to its network through NAT. */
@Data
public class InterfaceMasquerade extends Extensible {}
