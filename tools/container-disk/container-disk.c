/*
 * container-disk: the process that keeps a containerDisk image's container alive, like upstream
 * KubeVirt's helper of the same name. virt-launcher's pod runs one container per containerDisk
 * volume, from the disk image itself (which holds only /disk), with this static binary copied in
 * from the launcher image:
 *
 *   container-disk --copy-path <dir>/disk_<i>   create <dir> when missing, listen on the unix
 *                                               socket <dir>/disk_<i>.sock and stay up; the node
 *                                               agent dials it (its peer credentials give the
 *                                               PID whose root holds the disk). Exits 0 when the
 *                                               socket file is removed or on SIGTERM/SIGINT.
 *   container-disk --no-op                      exit 0 at once (an init container that only
 *                                               makes the kubelet pull the image)
 *
 * Other usage prints a message on stderr and exits 2. No libc is needed at run time:
 * built with `gcc -static -O2 -s` by hack/lib/cluster/images.sh (build_container_disk).
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static volatile sig_atomic_t stopping;

static void on_stop(int signo) {
  (void)signo;
  stopping = 1;
}

static int usage(const char *why) {
  fprintf(stderr,
          "container-disk: %s\n"
          "usage: container-disk --copy-path <dir>/disk_<i>   listen on <dir>/disk_<i>.sock until it is removed\n"
          "       container-disk --no-op                     exit 0 at once\n",
          why);
  return 2;
}

/* mkdir -p for the directory part of path (everything before the last '/') */
static int make_parents(const char *path) {
  char dir[sizeof(((struct sockaddr_un *)0)->sun_path)];
  const char *slash = strrchr(path, '/');
  if (slash == NULL || slash == path) return 0;
  size_t len = (size_t)(slash - path);
  memcpy(dir, path, len);
  dir[len] = '\0';
  for (char *p = dir + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) return -1;
    *p = '/';
  }
  if (mkdir(dir, 0755) != 0 && errno != EEXIST) return -1;
  return 0;
}

/* Is path still the socket this process bound (same device and inode)? */
static int still_ours(const char *path, const struct stat *bound) {
  struct stat now;
  return stat(path, &now) == 0 && now.st_dev == bound->st_dev && now.st_ino == bound->st_ino;
}

static int serve(const char *copy_path) {
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  int n = snprintf(addr.sun_path, sizeof(addr.sun_path), "%s.sock", copy_path);
  if (n < 0 || (size_t)n >= sizeof(addr.sun_path)) {
    fprintf(stderr, "container-disk: socket path %s.sock is %d bytes, the limit for a unix socket is %zu\n",
            copy_path, n, sizeof(addr.sun_path) - 1);
    return 1;
  }
  if (make_parents(addr.sun_path) != 0) {
    fprintf(stderr, "container-disk: cannot create the directory of %s: %s\n", addr.sun_path, strerror(errno));
    return 1;
  }
  struct stat old;
  if (lstat(addr.sun_path, &old) == 0 && S_ISSOCK(old.st_mode)) unlink(addr.sun_path); /* left by an earlier run */

  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) != 0 || listen(fd, 16) != 0) {
    fprintf(stderr, "container-disk: cannot listen on %s: %s\n", addr.sun_path, strerror(errno));
    return 1;
  }
  struct stat bound;
  if (stat(addr.sun_path, &bound) != 0) {
    fprintf(stderr, "container-disk: %s vanished after bind: %s\n", addr.sun_path, strerror(errno));
    return 1;
  }

  struct sigaction stop = {.sa_handler = on_stop}; /* no SA_RESTART: poll returns EINTR */
  sigaction(SIGTERM, &stop, NULL);
  sigaction(SIGINT, &stop, NULL);
  signal(SIGPIPE, SIG_IGN);

  while (!stopping) {
    struct pollfd pfd = {.fd = fd, .events = POLLIN};
    int ready = poll(&pfd, 1, 1000); /* wakes at once for a dialer, else once a second to stat */
    if (ready > 0) {
      int conn;
      while ((conn = accept(fd, NULL, NULL)) >= 0) close(conn);
    } else if (ready < 0 && errno != EINTR) {
      fprintf(stderr, "container-disk: poll: %s\n", strerror(errno));
      return 1;
    }
    if (!still_ours(addr.sun_path, &bound)) return 0; /* removed (or replaced): the VM is gone */
  }
  return 0; /* SIGTERM/SIGINT: the socket stays, a restarted helper replaces it */
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--no-op") == 0) return 0;
  if (argc == 3 && strcmp(argv[1], "--copy-path") == 0) {
    if (argv[2][0] == '\0') return usage("--copy-path needs a non-empty path");
    return serve(argv[2]);
  }
  if (argc == 2 && strcmp(argv[1], "--copy-path") == 0) return usage("--copy-path needs a path");
  return usage(argc < 2 ? "no arguments" : "unknown arguments");
}
