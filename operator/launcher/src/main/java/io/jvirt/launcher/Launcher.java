package io.jvirt.launcher;

import io.grpc.Server;
import io.jvirt.contract.LauncherPod;
import io.jvirt.launcher.libvirt.LibvirtDaemons;
import io.jvirt.launcher.libvirt.LibvirtDomainDriver;
import io.jvirt.launcher.server.LauncherService;
import io.jvirt.launcher.state.DomainState;
import io.jvirt.launcher.state.DomainStateStore;
import io.jvirt.node.rpc.UnixSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One launcher's life: its own libvirt, the command socket virt-handler talks to (renamed to its
 * final name once ready), SIGTERM handling with the grace period, and the exit once the domain is
 * gone, the handler never came (qemu timeout) or libvirt died.
 */
final class Launcher {
  private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

  /** Lets the last answers and state updates reach virt-handler before the process ends. */
  private static final Duration EXIT_DELAY = Duration.ofSeconds(1);

  private final LauncherOptions options;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "launcher-timers");
            thread.setDaemon(true);
            return thread;
          });
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final CountDownLatch cleanedUp = new CountDownLatch(1);

  Launcher(LauncherOptions options) {
    this.options = options;
  }

  /** Runs the launcher; returns the exit status. */
  int run() {
    prepareConsoleLog();
    try (LibvirtDaemons daemons = new LibvirtDaemons(Path.of("/"))) {
      daemons.start(Duration.ofSeconds(60));
      try (LibvirtDomainDriver driver =
          new LibvirtDomainDriver("qemu:///system", options.domainName())) {
        DomainStateStore store = new DomainStateStore(options.uid);
        LauncherService service =
            new LauncherService(
                options.uid,
                driver,
                store,
                Preparations.forPod(options),
                Preparations.network(),
                clock,
                () -> exitAfterDelay(0, "the domain was deleted"));
        Server server = serve(service);
        onSigterm(service);
        watchQemuTimeout(store);
        timers.scheduleWithFixedDelay(
            () -> {
              if (!daemons.alive()) {
                exitNow(1, "a libvirt daemon exited; the guest cannot be managed any more");
              }
            },
            1,
            1,
            TimeUnit.SECONDS);
        int status = exit.join();
        server.shutdown();
        return status;
      }
    } finally {
      forgetSocket();
      cleanedUp.countDown();
    }
  }

  /** A socket left behind would make virt-handler dial a launcher that is gone. */
  private static void forgetSocket() {
    try {
      Files.deleteIfExists(Path.of(LauncherPod.SOCKETS_DIR).resolve(LauncherPod.LAUNCHER_SOCKET));
    } catch (IOException e) {
      LOG.warn("cannot remove the launcher socket: {}", e.getMessage());
    }
  }

  private Server serve(LauncherService service) {
    Path sockets = Path.of(LauncherPod.SOCKETS_DIR);
    Path init = sockets.resolve(LauncherPod.LAUNCHER_INIT_SOCKET);
    Server server = UnixSockets.serve(init, service);
    try {
      // the final name tells virt-handler the launcher is ready (upstream's markReady)
      Files.move(
          init, sockets.resolve(LauncherPod.LAUNCHER_SOCKET), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark the launcher ready", e);
    }
    LOG.info("ready: serving virt-handler on {}", sockets.resolve(LauncherPod.LAUNCHER_SOCKET));
    return server;
  }

  /**
   * SIGTERM (the pod is being deleted) starts the JVM's shutdown, during which the other threads
   * keep serving virt-handler: the hook marks the domain for graceful shutdown, waits for the
   * handler to stop and delete it within the grace period, kills QEMU when it did not, and ends the
   * process with status 0 as upstream's launcher does after a graceful stop.
   */
  private void onSigterm(LauncherService service) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (exit.isDone()) {
                    return;
                  }
                  LOG.info(
                      "SIGTERM: asking virt-handler to shut the guest down, {} s at most",
                      options.gracePeriodSeconds);
                  service.markGracefulShutdown();
                  try {
                    exit.get(options.gracePeriodSeconds, TimeUnit.SECONDS);
                  } catch (TimeoutException e) {
                    LOG.warn("grace period ended: killing the guest");
                    service.killIfAlive();
                    exit.complete(0);
                  } catch (ExecutionException e) {
                    exit.complete(1);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  try {
                    cleanedUp.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  Runtime.getRuntime().halt(exit.getNow(0));
                },
                "sigterm"));
  }

  private void watchQemuTimeout(DomainStateStore store) {
    timers.schedule(
        () -> {
          DomainState state = store.current();
          if (!state.exists() && state.failure().isEmpty()) {
            exitNow(
                1,
                "timed out after "
                    + options.qemuTimeout().toSeconds()
                    + " s waiting for virt-handler to define the domain");
          }
        },
        options.qemuTimeout().toSeconds(),
        TimeUnit.SECONDS);
  }

  /** The console log exists before virtlogd appends to it, readable by guest-console-log. */
  private void prepareConsoleLog() {
    try {
      Path dir = Path.of(LauncherPod.privateVmiDir(options.uid));
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path log = Path.of(LauncherPod.serialConsoleLog(options.uid));
      if (!Files.exists(log)) {
        Files.createFile(log);
      }
      Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the serial console log", e);
    }
  }

  private void exitAfterDelay(int status, String why) {
    LOG.info("exiting: {}", why);
    timers.schedule(() -> exit.complete(status), EXIT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void exitNow(int status, String why) {
    if (status == 0) {
      LOG.info("exiting: {}", why);
    } else {
      LOG.error("exiting: {}", why);
      System.err.println("virt-launcher: " + why);
    }
    exit.complete(status);
  }
}
