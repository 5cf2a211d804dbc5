package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Marker binding an interface to an SR-IOV virtual function passed through with vfio. */
@Data
public class InterfaceSriov extends Extensible {}
