package io.jvirt.launcher.domain.render;

import io.jvirt.launcher.domain.model.Domain;
import java.util.List;

/**
 * The domain a VMI converts to, and the files the launcher must prepare before defining it, in the
 * order they should be prepared (directories first).
 */
public record ConvertedDomain(Domain domain, List<FileToPrepare> filesToPrepare) {
  /** Copies the list. */
  public ConvertedDomain {
    filesToPrepare = List.copyOf(filesToPrepare);
  }
}
