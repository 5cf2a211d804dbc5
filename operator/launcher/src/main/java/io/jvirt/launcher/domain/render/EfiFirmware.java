package io.jvirt.launcher.domain.render;

/**
 * OVMF images for EFI guests: code and variable-store template, with and without secure boot.
 *
 * @param code firmware code without secure boot
 * @param vars variable-store template without enrolled keys
 * @param secureCode firmware code built with secure boot (needs SMM)
 * @param secureVars variable-store template with Microsoft's keys enrolled
 */
public record EfiFirmware(String code, String vars, String secureCode, String secureVars) {
  private static final String OVMF = "/usr/share/OVMF/";

  /** Debian bookworm's {@code ovmf} package (4 MiB flash images). */
  public static final EfiFirmware DEBIAN_OVMF =
      new EfiFirmware(
          OVMF + "OVMF_CODE_4M.fd",
          OVMF + "OVMF_VARS_4M.fd",
          OVMF + "OVMF_CODE_4M.secboot.fd",
          OVMF + "OVMF_VARS_4M.ms.fd");
}
