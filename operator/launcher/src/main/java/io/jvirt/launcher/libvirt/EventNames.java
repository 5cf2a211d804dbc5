package io.jvirt.launcher.libvirt;

import org.libvirt.event.DomainEventType;

/**
 * libvirt lifecycle events in the state/reason names upstream's domain status uses (Running/Booted,
 * Paused/User, Shutoff/Shutdown, Shutoff/Destroyed, Shutoff/Crashed, Crashed/Panicked, ...).
 */
final class EventNames {
  private EventNames() {}

  /** {state, reason} of an event of {@code type} with the detail named {@code detail}. */
  static String[] of(DomainEventType type, String detail) {
    return switch (type) {
      case STARTED -> new String[] {"Running", "Booted"};
      case RESUMED -> new String[] {"Running", "Unpaused"};
      case SUSPENDED -> new String[] {"Paused", suspendReason(detail)};
      case SHUTDOWN -> new String[] {"Shutdown", "User"};
      case STOPPED -> new String[] {"Shutoff", stopReason(detail)};
      case CRASHED -> new String[] {"Crashed", "Panicked"};
      case PMSUSPENDED -> new String[] {"PMSuspended", "Unknown"};
      case DEFINED -> new String[] {"Shutoff", "Unknown"};
      default -> new String[] {"NoState", "Unknown"};
    };
  }

  private static String suspendReason(String detail) {
    return switch (detail) {
      case "IOERROR" -> "IOError";
      case "WATCHDOG" -> "Watchdog";
      case "MIGRATED" -> "Migration";
      default -> "User";
    };
  }

  private static String stopReason(String detail) {
    return switch (detail) {
      case "SHUTDOWN" -> "Shutdown";
      case "DESTROYED" -> "Destroyed";
      case "CRASHED" -> "Crashed";
      case "MIGRATED" -> "Migrated";
      case "SAVED" -> "Saved";
      case "FAILED" -> "Failed";
      case "FROM_SNAPSHOT" -> "FromSnapshot";
      default -> "Unknown";
    };
  }
}
