# Installs what a fresh machine lacks for the cluster and for building the Debian test guest
# (hack/debian-guest-image: mmdebstrap, qemu-img, extlinux, mkfs.ext4), as Debian packages. Sourced.

ensure_packages() {
  local need=() cmd pkg
  for pair in containerd:containerd runc:runc iptables:iptables conntrack:conntrack socat:socat \
      ip:iproute2 openssl:openssl gcc:gcc busybox:busybox-static curl:curl modprobe:kmod \
      tmux:tmux ssh:openssh-client \
      mmdebstrap:mmdebstrap qemu-img:qemu-utils extlinux:extlinux mkfs.ext4:e2fsprogs; do
    cmd=${pair%%:*}; pkg=${pair#*:}
    command -v "$cmd" >/dev/null || need+=("$pkg")
  done
  [ -x /usr/lib/cni/bridge ] || need+=(containernetworking-plugins)
  [ -f /usr/lib/x86_64-linux-gnu/libc.a ] || need+=(libc6-dev)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}
