package io.jvirt.installer.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a docker-archive image tar for tests: its config and the file names of each layer, with a
 * minimal ustar reader (the installer has no tar library of its own).
 */
record ImageArchive(JsonNode config, List<List<String>> layers) {
  private static final int BLOCK = 512;

  /** The image in {@code tar}. */
  static ImageArchive read(Path tar) throws IOException {
    Map<String, byte[]> files;
    try (InputStream in = Files.newInputStream(tar)) {
      files = entries(in);
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(files.get("manifest.json")).get(0);
    JsonNode config = json.readTree(files.get(manifest.get("Config").asText())).get("config");
    List<List<String>> layers = new ArrayList<>();
    for (JsonNode layer : manifest.get("Layers")) {
      InputStream blob =
          new BufferedInputStream(new ByteArrayInputStream(files.get(layer.asText())));
      blob.mark(2);
      boolean gzip = blob.read() == 0x1f && blob.read() == 0x8b;
      blob.reset();
      layers.add(List.copyOf(entries(gzip ? new GZIPInputStream(blob) : blob).keySet()));
    }
    return new ImageArchive(config, layers);
  }

  /** The image's entrypoint. */
  List<String> entrypoint() {
    List<String> entrypoint = new ArrayList<>();
    config.path("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
    return entrypoint;
  }

  /** The image's user. */
  String user() {
    return config.path("User").asText();
  }

  /** Every file name of every layer. */
  List<String> files() {
    return layers.stream().flatMap(List::stream).toList();
  }

  private static Map<String, byte[]> entries(InputStream in) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    while (true) {
      byte[] header = in.readNBytes(BLOCK);
      if (header.length < BLOCK || header[0] == 0) {
        return entries;
      }
      String name = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      long size = Long.parseLong(field(header, 124, 12).trim(), 8);
      byte[] content = in.readNBytes((int) size);
      in.readNBytes((int) ((BLOCK - size % BLOCK) % BLOCK));
      char type = (char) header[156];
      if (type == '0' || type == '\0' || type == '5' || type == '2') {
        String path = prefix.isEmpty() ? name : prefix + "/" + name;
        entries.put(path.replaceFirst("^\\./", "").replaceFirst("^/", ""), content);
      }
    }
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }
}
