package io.jvirt.installer.model;

/**
 * What an installation contains: KubeVirt alone ({@code basic}) or with CDI ({@code basic+cdi}).
 */
public enum Profile {
  /** virt-controller, virt-api, virt-handler and the KubeVirt CR. */
  BASIC("basic"),
  /** {@link #BASIC} plus the DataVolume import side (CDI). */
  BASIC_CDI("basic+cdi");

  private final String id;

  Profile(String id) {
    this.id = id;
  }

  /** The name users type ({@code --profile basic+cdi}). */
  public String id() {
    return id;
  }

  /** A directory-safe name ({@code basic-cdi}). */
  public String slug() {
    return id.replace('+', '-');
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
