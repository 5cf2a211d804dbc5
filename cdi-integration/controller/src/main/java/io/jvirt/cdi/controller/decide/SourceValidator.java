package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceHTTP;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRegistry;
import io.jvirt.cdi.contract.ImportSources;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The per-source rules of a DataVolume's {@code spec.source} (upstream datavolume-validate). */
final class SourceValidator {
  private static final Pattern CHECKSUM = Pattern.compile("([a-z0-9]+):([0-9a-fA-F]+)");
  private static final Map<String, Integer> DIGEST_HEX_LENGTHS =
      Map.of("md5", 32, "sha1", 40, "sha256", 64, "sha512", 128);
  private static final List<String> REGISTRY_SCHEMES = List.of("docker://", "oci-archive://");

  private SourceValidator() {}

  static void check(
      DataVolumeSource source, DataVolumeContentType contentType, List<FieldProblem> problems) {
    int members = countMembers(source);
    if (members == 0) {
      problems.add(new FieldProblem("spec.source", "spec.source: Missing Data volume source"));
      return;
    }
    if (members > 1) {
      problems.add(new FieldProblem("spec.source", "spec.source: Multiple Data volume sources"));
      return;
    }
    boolean archive = contentType == DataVolumeContentType.ARCHIVE;
    if (source.getHttp() != null) {
      checkHttp(source.getHttp(), problems);
    } else if (source.getS3() != null) {
      required("spec.source.s3.url", source.getS3().getUrl(), problems);
    } else if (source.getRegistry() != null) {
      checkRegistry(source.getRegistry(), archive, problems);
    } else if (source.getPvc() != null) {
      required("spec.source.pvc.namespace", source.getPvc().getNamespace(), problems);
      required("spec.source.pvc.name", source.getPvc().getName(), problems);
    } else if (source.getBlank() != null && archive) {
      problems.add(
          new FieldProblem(
              "spec.contentType",
              "spec.contentType: SourceType cannot be blank and the contentType be archive"));
    }
  }

  private static int countMembers(DataVolumeSource source) {
    int count = 0;
    for (Object member :
        new Object[] {
          source.getHttp(),
          source.getS3(),
          source.getRegistry(),
          source.getPvc(),
          source.getUpload(),
          source.getBlank()
        }) {
      count += member == null ? 0 : 1;
    }
    return count;
  }

  private static void checkHttp(DataVolumeSourceHTTP http, List<FieldProblem> problems) {
    required("spec.source.http.url", http.getUrl(), problems);
    String checksum = http.getChecksum();
    if (checksum != null && !checksum.isEmpty() && !validChecksum(checksum)) {
      problems.add(
          new FieldProblem(
              "spec.source.http.checksum",
              "spec.source.http.checksum: Invalid checksum format: " + checksum));
    }
  }

  /** {@code algorithm:hex} with a supported algorithm and a digest of its length. */
  static boolean validChecksum(String checksum) {
    Matcher matcher = CHECKSUM.matcher(checksum);
    if (!matcher.matches()) {
      return false;
    }
    Integer length = DIGEST_HEX_LENGTHS.get(matcher.group(1));
    return length != null && length == matcher.group(2).length();
  }

  private static void checkRegistry(
      DataVolumeSourceRegistry registry, boolean archive, List<FieldProblem> problems) {
    if (archive) {
      problems.add(
          new FieldProblem(
              "spec.contentType",
              "spec.contentType: ContentType must be kubevirt when Source is Registry"));
    }
    boolean hasUrl = !DataVolumeValidator.blank(registry.getUrl());
    boolean hasStream = !DataVolumeValidator.blank(registry.getImageStream());
    if (hasUrl == hasStream) {
      problems.add(
          new FieldProblem(
              "spec.source.registry",
              "spec.source.registry: Source registry should have either URL or ImageStream"));
    } else if (hasUrl && REGISTRY_SCHEMES.stream().noneMatch(registry.getUrl()::startsWith)) {
      int end = registry.getUrl().indexOf("://");
      String scheme = end < 0 ? "" : registry.getUrl().substring(0, end);
      problems.add(
          new FieldProblem(
              "spec.source.registry.url",
              "spec.source.registry.url: Illegal registry source URL scheme " + scheme));
    }
    String method = registry.getPullMethod();
    if (method != null
        && !ImportSources.PULL_POD.equals(method)
        && !ImportSources.PULL_NODE.equals(method)) {
      problems.add(
          new FieldProblem(
              "spec.source.registry.pullMethod",
              "spec.source.registry.pullMethod: ImportMethod "
                  + method
                  + " is neither pod or node"));
    }
    if (hasStream && !ImportSources.PULL_NODE.equals(method)) {
      problems.add(
          new FieldProblem(
              "spec.source.registry.pullMethod",
              "spec.source.registry.pullMethod: ImageStream requires pullMethod node"));
    }
  }

  private static void required(String field, String value, List<FieldProblem> problems) {
    if (DataVolumeValidator.blank(value)) {
      problems.add(new FieldProblem(field, field + " is required"));
    }
  }
}
