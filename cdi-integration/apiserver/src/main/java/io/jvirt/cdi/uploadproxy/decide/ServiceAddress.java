package io.jvirt.cdi.uploadproxy.decide;

/** Where a Service answers inside the cluster: its cluster IP and its port. */
public record ServiceAddress(String clusterIp, int port) {}
