package io.jvirt.launcher.cloudinit.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of one cloud-init ISO: the files by path relative to the ISO root, and the volume
 * label. The runtime writes them to a directory and runs {@code xorrisofs -volid <label> -joliet
 * -rock} over it into {@code isoPath} of the matching {@code FileToPrepare.CloudInitIso}.
 */
public record CloudInitData(
    String volumeName, CloudInitSource source, SortedMap<String, byte[]> files) {

  /** Keeps an unmodifiable, sorted copy of the files. */
  public CloudInitData {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The ISO volume label: {@code cidata} or {@code config-2}. */
  public String volumeLabel() {
    return source.volumeLabel();
  }

  /** A file's content as UTF-8 text, or null when there is no such file. */
  public String text(String path) {
    byte[] content = files.get(path);
    return content == null ? null : new String(content, StandardCharsets.UTF_8);
  }
}
