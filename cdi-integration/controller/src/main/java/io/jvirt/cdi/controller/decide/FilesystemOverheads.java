package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.FilesystemOverhead;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** The share of a Filesystem claim kept for metadata, globally and per storage class. */
public record FilesystemOverheads(BigDecimal global, Map<String, BigDecimal> perStorageClass) {
  /** Upstream's default global overhead. */
  public static final BigDecimal DEFAULT_GLOBAL = new BigDecimal("0.06");

  public FilesystemOverheads {
    global = global == null ? DEFAULT_GLOBAL : global;
    perStorageClass = perStorageClass == null ? Map.of() : Map.copyOf(perStorageClass);
  }

  /** The default: 6% everywhere. */
  public static FilesystemOverheads defaults() {
    return new FilesystemOverheads(DEFAULT_GLOBAL, Map.of());
  }

  /** From CDIConfig status; unreadable values fall back to the default. */
  public static FilesystemOverheads from(FilesystemOverhead status) {
    if (status == null) {
      return defaults();
    }
    Map<String, BigDecimal> perClass = new TreeMap<>();
    if (status.getStorageClass() != null) {
      status.getStorageClass().forEach((sc, value) -> perClass.put(sc, parse(value)));
    }
    return new FilesystemOverheads(parse(status.getGlobal()), perClass);
  }

  /** The overhead for {@code storageClass}: its own value, else the global one. */
  public BigDecimal forStorageClass(String storageClass) {
    BigDecimal own = storageClass == null ? null : perStorageClass.get(storageClass);
    return own == null ? global : own;
  }

  private static BigDecimal parse(String value) {
    if (value == null || !value.matches("0(\\.\\d{1,3})?|1")) {
      return DEFAULT_GLOBAL;
    }
    return new BigDecimal(value);
  }
}
