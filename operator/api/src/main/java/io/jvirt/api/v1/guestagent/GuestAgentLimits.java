package io.jvirt.api.v1.guestagent;

/** How much of the guest's lists {@code guestosinfo} carries (upstream's cap). */
public final class GuestAgentLimits {
  /** Users and file systems listed in {@link GuestAgentInfo} at most. */
  public static final int LISTED = 10;

  private GuestAgentLimits() {}
}
