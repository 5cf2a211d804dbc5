package io.jvirt.bench;

import java.util.Map;

/**
 * What one {@code virtctl start} saw: its marks, and the memory measured once the guest printed its
 * marker (KiB; -1 where it could not be read).
 *
 * @param marks when each step was reached
 * @param containerKib each launcher container's working set, by container name
 * @param podKib the launcher pod's working set
 * @param guestResidentKib the guest RAM QEMU held resident
 * @param podRequestKib the memory the launcher pod requests
 * @param handlerKib virt-handler's RSS with this guest running
 * @param computeProcessKib RSS of each process in the compute container, by name
 */
public record StartSample(
    StartMarks marks,
    Map<String, Long> containerKib,
    long podKib,
    long guestResidentKib,
    long podRequestKib,
    long handlerKib,
    Map<String, Long> computeProcessKib) {

  /** What the launcher costs beyond the guest's RAM: the pod's working set less that RAM. */
  public long overheadKib() {
    return podKib < 0 || guestResidentKib < 0 ? -1 : podKib - guestResidentKib;
  }
}
