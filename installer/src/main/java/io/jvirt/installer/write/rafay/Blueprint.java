package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A Rafay blueprint ({@code infra.k8smgmt.io/v3 Blueprint}): base plus ordered custom add-ons. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record Blueprint(String apiVersion, String kind, Metadata metadata, Spec spec) {

  /** A blueprint with the v3 group and kind. */
  public Blueprint(Metadata metadata, Spec spec) {
    this(RafayApi.INFRA, "Blueprint", metadata, spec);
  }

  /** Version, base, add-ons, Rafay's own add-ons, drift and sharing. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "version",
    "versionState",
    "type",
    "base",
    "customAddons",
    "defaultAddons",
    "drift",
    "sharing"
  })
  public record Spec(
      String version,
      String versionState,
      String type,
      Base base,
      List<CustomAddon> customAddons,
      DefaultAddons defaultAddons,
      Drift drift,
      Sharing sharing) {
    /** Immutable copy. */
    public Spec {
      customAddons = List.copyOf(customAddons);
    }
  }

  /** The system blueprint this one extends; no version means the latest. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Base(String name, String version) {}

  /** An add-on of the blueprint; {@code dependsOn} names add-ons deployed before it. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"name", "version", "dependsOn"})
  public record CustomAddon(String name, String version, List<String> dependsOn) {
    /** Immutable copy. */
    public CustomAddon {
      dependsOn = List.copyOf(dependsOn);
    }
  }

  /** Rafay-managed add-ons; {@code enableVM} is Rafay's own KubeVirt. */
  @JsonPropertyOrder({
    "enableIngress",
    "enableMonitoring",
    "enableLogging",
    "enableVM",
    "enableRookCeph",
    "enableCsiSecretStore"
  })
  public record DefaultAddons(
      boolean enableIngress,
      boolean enableMonitoring,
      boolean enableLogging,
      boolean enableVM,
      boolean enableRookCeph,
      boolean enableCsiSecretStore) {

    /**
     * All off: above all {@code enableVM}, which would install a second KubeVirt next to ours (pain
     * point P12).
     */
    public static DefaultAddons none() {
      return new DefaultAddons(false, false, false, false, false, false);
    }
  }
}
