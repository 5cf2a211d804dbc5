package io.jvirt.crds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Command line: writes jvirt's CRDs into a directory and lists what it wrote. */
public final class WriteCrds {
  private WriteCrds() {}

  /** Usage: {@code WriteCrds DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WriteCrds DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : CrdGeneration.files().entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + path);
    }
    System.out.println("apply with: kubectl apply --server-side -f " + dir);
  }
}
