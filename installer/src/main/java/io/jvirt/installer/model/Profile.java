package io.jvirt.installer.model;

/**
 * What an installation contains: KubeVirt alone ({@code basic}) or with CDI ({@code basic+cdi}),
 * and how its Rafay rendering delivers CDI.
 */
public enum Profile {
  /**
   * virt-controller, virt-api, virt-handler and the KubeVirt CR; on Rafay, CDI follows as workloads
   * ("Option 1" of the Rafay recipe).
   */
  BASIC("basic", false, RafayDelivery.WORKLOAD),
  /** {@link #BASIC} plus the DataVolume import side (CDI); on Rafay, as add-ons ("Option 2"). */
  BASIC_CDI("basic+cdi", true, RafayDelivery.ADDON);

  private final String id;
  private final boolean installsCdi;
  private final RafayDelivery rafayCdi;

  Profile(String id, boolean installsCdi, RafayDelivery rafayCdi) {
    this.id = id;
    this.installsCdi = installsCdi;
    this.rafayCdi = rafayCdi;
  }

  /** The name users type ({@code --profile basic+cdi}). */
  public String id() {
    return id;
  }

  /** A directory-safe name ({@code basic-cdi}). */
  public String slug() {
    return id.replace('+', '-');
  }

  /** Whether CDI's units follow KubeVirt's in every rendering and in {@code install}. */
  public boolean installsCdi() {
    return installsCdi;
  }

  /**
   * How the Rafay rendering delivers CDI's units; it ships them even when the profile does not
   * install CDI, as workloads users may publish or leave out.
   */
  public RafayDelivery rafayCdi() {
    return rafayCdi;
  }

  /** The profile named {@code id}. */
  public static Profile of(String id) {
    for (Profile profile : values()) {
      if (profile.id.equals(id)) {
        return profile;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + id + "': use basic or basic+cdi");
  }
}
