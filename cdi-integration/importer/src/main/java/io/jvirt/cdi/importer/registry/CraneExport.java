package io.jvirt.cdi.importer.registry;

import io.jvirt.cdi.importer.decide.CraneCommand;
import io.jvirt.cdi.importer.decide.CraneError;
import io.jvirt.cdi.importer.decide.DockerConfig;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.decide.RegistryReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs {@code crane export IMAGE -}: the registry client of the cdi-importer image. */
public final class CraneExport implements RegistryExport {
  // how long a crane whose stream ended early gets to exit and say why
  private static final long EXIT_WAIT_SECONDS = 5;

  private final ImporterSettings settings;
  private final String crane;
  private final List<String> caDirs;

  /**
   * An export of {@code settings}' endpoint with {@code crane}.
   *
   * @param caDirs CA directories crane trusts besides the system's
   */
  public CraneExport(ImporterSettings settings, String crane, List<String> caDirs) {
    this.settings = settings;
    this.crane = crane;
    this.caDirs = List.copyOf(caDirs);
  }

  @Override
  public Running start() throws IOException {
    Path work = Files.createTempDirectory("crane");
    String dockerConfig = "";
    if (CraneCommand.hasCredentials(settings)) {
      Path config = work.resolve("config.json");
      Files.writeString(
          config,
          DockerConfig.json(
              RegistryReference.parse(settings.endpoint()).registry(),
              settings.accessKeyId(),
              settings.secretKey()),
          StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
      dockerConfig = work.toString();
    }
    CraneCommand command = CraneCommand.export(settings, crane, dockerConfig, caDirs);
    Path err = work.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command.args()).redirectError(err.toFile());
    builder.environment().putAll(command.env());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      delete(work);
      throw new ImportFailure(CraneError.PREFIX + "cannot run " + crane + ": " + e.getMessage(), e);
    }
    process.getOutputStream().close();
    return new CraneRun(process, work, err);
  }

  private static void delete(Path work) throws IOException {
    try (var files = Files.list(work)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(work);
  }

  /** One crane process. */
  private record CraneRun(Process process, Path work, Path err) implements Running {
    @Override
    public InputStream stream() {
      return process.getInputStream();
    }

    @Override
    public Optional<ImportFailure> failure() throws IOException {
      if (process.getInputStream().available() > 0) {
        // still streaming: the failure was in what it sent, not crane's
        return Optional.empty();
      }
      try {
        if (!process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() == 0) {
          return Optional.empty();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for crane", e);
      }
      return Optional.of(CraneError.of(process.exitValue(), Files.readString(err)));
    }

    @Override
    public void finish() throws IOException {
      // crane may write past the tar's end marker
      process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      int code;
      try {
        code = process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for crane", e);
      }
      if (code != 0) {
        throw CraneError.of(code, Files.readString(err));
      }
    }

    @Override
    public void close() throws IOException {
      process.destroyForcibly();
      process.getInputStream().close();
      delete(work);
    }
  }
}
