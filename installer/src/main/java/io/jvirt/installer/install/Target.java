package io.jvirt.installer.install;

import io.fabric8.kubernetes.client.Config;

/** One cluster to act on: its name in reports (the kubeconfig context) and how to reach it. */
public record Target(String name, Config config) {}
