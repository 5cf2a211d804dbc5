package io.jvirt.virtctl;

import io.jvirt.virtctl.client.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/** The version facts of this virtctl build, from {@code virtctl-version.properties}. */
public final class ClientVersion {
  static final String RESOURCE = "/virtctl-version.properties";
  static final String UNKNOWN_VERSION = "v0.0.0-dev";

  private ClientVersion() {}

  /** This build's version, in the shape {@code virtctl version} prints. */
  public static VersionInfo get() {
    return of(
        load(),
        System.getProperty("os.name", ""),
        System.getProperty("os.arch", ""),
        Runtime.version().toString());
  }

  static VersionInfo of(Properties build, String osName, String osArch, String javaVersion) {
    return new VersionInfo(
        gitVersion(build.getProperty("version")),
        filtered(build.getProperty("gitCommit")),
        filtered(build.getProperty("gitTreeState")),
        filtered(build.getProperty("buildDate")),
        "java" + javaVersion,
        "javac",
        platform(osName, osArch));
  }

  /** {@code v}-prefixed like Go release tags; a placeholder when the build did not fill it in. */
  static String gitVersion(String version) {
    String value = filtered(version);
    if (value.isEmpty()) {
      return UNKNOWN_VERSION;
    }
    return value.startsWith("v") ? value : "v" + value;
  }

  /** Go's {@code GOOS/GOARCH} spelling of the running platform, e.g. {@code linux/amd64}. */
  static String platform(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      os = "darwin";
    } else if (os.startsWith("windows")) {
      os = "windows";
    } else {
      os = os.replace(' ', '-');
    }
    String arch =
        switch (osArch) {
          case "x86_64", "amd64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          case "x86", "i386", "i686" -> "386";
          default -> osArch;
        };
    return os + "/" + arch;
  }

  private static String filtered(String value) {
    if (value == null || value.isBlank() || value.startsWith("${")) {
      return "";
    }
    return value.trim();
  }

  private static Properties load() {
    Properties build = new Properties();
    try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return build;
  }
}
