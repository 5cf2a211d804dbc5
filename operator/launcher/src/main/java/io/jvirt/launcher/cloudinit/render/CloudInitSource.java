package io.jvirt.launcher.cloudinit.render;

/** The cloud-init datasource a volume serves, with the ISO volume label cloud-init looks for. */
public enum CloudInitSource {
  /** {@code cloudInitNoCloud}: files at the ISO root. */
  NO_CLOUD("cidata"),
  /** {@code cloudInitConfigDrive}: OpenStack's layout under openstack/latest. */
  CONFIG_DRIVE("config-2");

  private final String volumeLabel;

  CloudInitSource(String volumeLabel) {
    this.volumeLabel = volumeLabel;
  }

  /** The ISO 9660 volume ID cloud-init identifies the datasource by. */
  public String volumeLabel() {
    return volumeLabel;
  }
}
