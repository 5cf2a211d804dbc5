package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker binding an interface to its network through a Linux bridge. */
@Data
public class InterfaceBridge extends Extensible {}
