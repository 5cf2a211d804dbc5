package io.jvirt.installer.model;

import io.jvirt.contract.Components;
import io.jvirt.contract.ServiceAccounts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names and labels of what an installation creates, in one place (upstream's names, so users'
 * habits and RBAC carry over): namespace, components, service accounts, the KubeVirt CR.
 */
public final class Names {
  /** Default install namespace. */
  public static final String NAMESPACE = Components.DEFAULT_NAMESPACE;

  /** Components (Deployment/DaemonSet names and their {@code kubevirt.io} label). */
  public static final String CONTROLLER = Components.CONTROLLER;

  public static final String API = Components.API;
  public static final String HANDLER = Components.HANDLER;

  /** Service accounts, as jvirt's webhooks recognise them. */
  public static final String CONTROLLER_ACCOUNT = ServiceAccounts.CONTROLLER;

  public static final String API_ACCOUNT = ServiceAccounts.API;
  public static final String HANDLER_ACCOUNT = ServiceAccounts.HANDLER;

  /** The KubeVirt CR. */
  public static final String KUBEVIRT_CR = Components.KUBEVIRT_CR;

  /** Label key naming a component. */
  public static final String COMPONENT_LABEL = Components.LABEL;

  private Names() {}

  /** The labels of every object of {@code component}. */
  public static Map<String, String> labels(String component) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(COMPONENT_LABEL, component);
    labels.put("app.kubernetes.io/component", component);
    labels.put("app.kubernetes.io/part-of", "jvirt");
    labels.put("app.kubernetes.io/managed-by", "jvirt-installer");
    return labels;
  }

  /** The selector labels of {@code component}'s pods. */
  public static Map<String, String> selector(String component) {
    return Map.of(COMPONENT_LABEL, component);
  }
}
