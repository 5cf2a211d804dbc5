package io.jvirt.virtctl;

import io.jvirt.virtctl.client.JdkUploadClient;
import io.jvirt.virtctl.client.UploadClient;

/**
 * What a command uses of the machine it runs on besides the cluster: time, the upload proxy's HTTP
 * client, and whether stdout is a terminal.
 *
 * @param pacer the clock and waits of polling loops
 * @param uploads opens HTTP clients for the CDI upload proxy
 * @param terminal whether a console is attached, so progress may redraw one line
 */
public record LocalSystem(Pacer pacer, UploadClient.Factory uploads, boolean terminal) {
  /** The real clock, the JDK HttpClient, and {@code System.console()}. */
  public static LocalSystem real() {
    return new LocalSystem(Pacer.system(), JdkUploadClient::open, System.console() != null);
  }
}
