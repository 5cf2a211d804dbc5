package io.jvirt.cdi.importer.image;

import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/** Runs the {@code qemu-img} binary (Debian's qemu-utils) as a child process. */
public final class ProcessQemuImg implements QemuImg {
  private final String binary;

  /** Runs {@code binary}, usually {@code qemu-img} from the PATH. */
  public ProcessQemuImg(String binary) {
    this.binary = binary;
  }

  @Override
  public ImageInfo info(Path image) throws IOException {
    return ImageInfo.parse(run(List.of("info", "--output=json", image.toString()), null));
  }

  @Override
  public void convert(Path source, Path target, boolean directIo, DoubleConsumer progress)
      throws IOException {
    run(
        List.of(
            "convert",
            "-t",
            directIo ? "none" : "writeback",
            "-p",
            "-O",
            "raw",
            source.toString(),
            target.toString()),
        progress);
  }

  @Override
  public void resize(Path image, long bytes, boolean preallocate) throws IOException {
    List<String> args = new ArrayList<>(List.of("resize", "-f", "raw"));
    if (preallocate) {
      args.add("--preallocation=falloc");
    }
    args.add(image.toString());
    args.add(Long.toString(bytes));
    run(args, null);
  }

  @Override
  public void createRaw(Path image, long bytes, boolean preallocate) throws IOException {
    List<String> args = new ArrayList<>(List.of("create", "-f", "raw"));
    if (preallocate) {
      args.addAll(List.of("-o", "preallocation=falloc"));
    }
    args.add(image.toString());
    args.add(Long.toString(bytes));
    run(args, null);
  }

  /** Runs one command; stdout is returned, or fed line by line to {@code progress} when given. */
  private String run(List<String> args, DoubleConsumer progress) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(binary);
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    CompletableFuture<String> err = drain(process.getErrorStream());
    String out = progress == null ? readAll(process.getInputStream()) : follow(process, progress);
    try {
      int exit = process.waitFor();
      if (exit != 0) {
        throw new ImportFailure(
            "qemu-img " + args.get(0) + " failed (exit " + exit + "): " + err.join().trim());
      }
      return out;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running qemu-img " + args.get(0), e);
    }
  }

  /** qemu-img -p ends its progress lines with carriage returns. */
  private static String follow(Process process, DoubleConsumer progress) throws IOException {
    StringBuilder line = new StringBuilder();
    try (Reader reader = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
      int c;
      while ((c = reader.read()) >= 0) {
        if (c == '\r' || c == '\n') {
          Progress.qemuLine(line.toString()).ifPresent(progress);
          line.setLength(0);
        } else {
          line.append((char) c);
        }
      }
    }
    Progress.qemuLine(line.toString()).ifPresent(progress);
    return "";
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(readAll(stream));
              } catch (IOException e) {
                result.complete("");
              }
            },
            "qemu-img-stderr");
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  private static String readAll(InputStream stream) throws IOException {
    try (stream) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      stream.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    }
  }
}
