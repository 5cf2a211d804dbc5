package io.jvirt.handler.device;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inotify watch (a {@link WatchService}) over the two directories a device plugin depends on:
 * the device node's directory under the host root and the device-plugin directory holding its
 * socket, as upstream's fsnotify watcher does. It only says that something changed there; the
 * plugin then looks at the files themselves, so a lost or coalesced event (a node removed and
 * re-created in one batch, an overflow) can never leave a stale state behind.
 */
final class PluginWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PluginWatch.class);

  private final WatchService service;
  private final Path deviceNode;
  private Path socket;

  /** Watches the directory of {@code deviceNode} (a missing directory is logged, not watched). */
  PluginWatch(Path deviceNode) throws IOException {
    this.deviceNode = deviceNode;
    this.service = deviceNode.getFileSystem().newWatchService();
    try {
      deviceNode.getParent().register(service, ENTRY_CREATE, ENTRY_DELETE);
    } catch (NoSuchFileException e) {
      LOG.warn("{} does not exist: {} stays unhealthy", deviceNode.getParent(), deviceNode);
    } catch (IOException e) {
      service.close();
      throw e;
    }
  }

  /** Also watches {@code socket}'s directory, from now on. */
  void watchSocket(Path socketFile) throws IOException {
    this.socket = socketFile;
    socketFile.getParent().register(service, ENTRY_CREATE, ENTRY_DELETE);
  }

  boolean devicePresent() {
    return Files.exists(deviceNode);
  }

  boolean socketPresent() {
    return socket != null && Files.exists(socket);
  }

  /**
   * Waits for the next changes in either directory; false once the watch is closed (the plugin
   * stops) or the thread is interrupted.
   */
  boolean awaitChange() {
    try {
      WatchKey key = service.take();
      key.pollEvents();
      if (!key.reset()) {
        LOG.warn("{} is no longer watched (directory removed?)", key.watchable());
      }
      return true;
    } catch (ClosedWatchServiceException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.debug("closing the watch of {}: {}", deviceNode, e.getMessage());
    }
  }
}
