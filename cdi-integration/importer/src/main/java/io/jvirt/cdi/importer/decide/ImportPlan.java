package io.jvirt.cdi.importer.decide;

import java.util.Map;

/** Which phase follows which, per kind of import (cdi.md section 5.2, "Phase sequences"). */
@FunctionalInterface
public interface ImportPlan {
  /** The phase after {@code done}. */
  ImportPhase next(ImportPhase done);

  /** The sequence of one kind of import. */
  static ImportPlan of(ImportKind kind) {
    Map<ImportPhase, ImportPhase> next =
        switch (kind) {
          case HTTP_KUBEVIRT, REGISTRY_KUBEVIRT ->
              Map.of(
                  ImportPhase.INFO, ImportPhase.TRANSFER_SCRATCH,
                  ImportPhase.TRANSFER_SCRATCH, ImportPhase.VALIDATE,
                  ImportPhase.VALIDATE, ImportPhase.CONVERT,
                  ImportPhase.CONVERT, ImportPhase.RESIZE,
                  ImportPhase.RESIZE, ImportPhase.COMPLETE);
          case HTTP_ARCHIVE ->
              Map.of(
                  ImportPhase.INFO, ImportPhase.TRANSFER_DATA_DIR,
                  ImportPhase.TRANSFER_DATA_DIR, ImportPhase.COMPLETE);
          case BLANK ->
              Map.of(
                  ImportPhase.INFO, ImportPhase.TRANSFER_DATA_FILE,
                  ImportPhase.TRANSFER_DATA_FILE, ImportPhase.COMPLETE);
        };
    return done -> next.getOrDefault(done, ImportPhase.ERROR);
  }
}
