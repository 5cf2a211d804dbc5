/*
 * sudo of the CirrOS stand-in guest (tools/guests/cirros): like CirrOS, the 'cirros' user may run
 * anything as root without a password ("use 'sudo' for root"), which KubeVirt-style tests rely on.
 * Installed setuid root by hack/guest-images (built static: the guest has no libc). Allowed: root
 * and members of group 'sudo' (gid 27). Usage: sudo [-i|-s] [--] [COMMAND [ARG...]]: -i a login
 * shell (or COMMAND) in /root, -s a shell; other sudo options are refused.
 */
#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SUDO_GID 27

static int allowed(void) {
  gid_t groups[64];
  int n = getgroups(64, groups);
  if (getuid() == 0 || getgid() == SUDO_GID) return 1;
  for (int i = 0; i < n; i++) {
    if (groups[i] == SUDO_GID) return 1;
  }
  return 0;
}

static int usage(void) {
  fprintf(stderr, "usage: sudo [-i|-s] [--] [COMMAND [ARG...]]\n");
  return 1;
}

int main(int argc, char **argv) {
  int i = 1, shell = 0, login = 0;
  if (!allowed()) {
    fprintf(stderr, "sudo: only root and the group sudo may use sudo\n");
    return 1;
  }
  for (; i < argc && argv[i][0] == '-'; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (strcmp(argv[i], "-i") == 0) {
      login = shell = 1;
    } else if (strcmp(argv[i], "-s") == 0) {
      shell = 1;
    } else {
      return usage();
    }
  }
  if (i >= argc && !shell) return usage();
  if (setgroups(0, NULL) != 0 || setgid(0) != 0 || setuid(0) != 0) {
    fprintf(stderr, "sudo: cannot become root (is sudo setuid root?): %s\n", strerror(errno));
    return 1;
  }
  setenv("HOME", "/root", 1);
  setenv("USER", "root", 1);
  setenv("LOGNAME", "root", 1);
  setenv("PATH", "/sbin:/bin:/usr/sbin:/usr/bin", 1);
  if (login && chdir("/root") != 0) fprintf(stderr, "sudo: /root: %s\n", strerror(errno));
  if (i >= argc) {
    execl("/bin/sh", login ? "-sh" : "sh", (char *)NULL);
    fprintf(stderr, "sudo: /bin/sh: %s\n", strerror(errno));
    return 1;
  }
  execvp(argv[i], argv + i);
  fprintf(stderr, "sudo: %s: %s\n", argv[i], strerror(errno));
  return 1;
}
