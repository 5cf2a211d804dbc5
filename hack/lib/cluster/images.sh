# Builds the cluster's own base images (pause, busybox) as Docker-archive tars, without Docker, and the
# static container-disk helper. Sourced.

# image_from_rootfs ROOTFS TAG OUT.tar ENTRYPOINT-JSON CMD-JSON — one-layer image, `docker save` format
image_from_rootfs() {
  local rootfs=$1 work
  work=$(mktemp -d)
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$work/layer.tar" .
  image_from_layer "$work/layer.tar" "$2" "$3" "$4" "$5"
  rm -rf "$work"
}

# image_from_layer LAYER.tar TAG OUT.tar ENTRYPOINT-JSON CMD-JSON — the layer tar becomes the image's
# only layer (moved, not copied: it can be hundreds of MB)
image_from_layer() {
  local layer=$1 tag=$2 out=$3 entrypoint=$4 cmd=$5 work layer_sha config config_sha
  work=$(mktemp -d "$(dirname "$out")/image.XXXXXX")
  layer_sha=$(sha256sum "$layer" | cut -d' ' -f1)
  mkdir "$work/$layer_sha"; mv "$layer" "$work/$layer_sha/layer.tar"
  config="{\"architecture\":\"amd64\",\"os\":\"linux\",\"created\":\"1970-01-01T00:00:00Z\","
  config+="\"config\":{\"Entrypoint\":$entrypoint,\"Cmd\":$cmd,\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"]},"
  config+="\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:$layer_sha\"]}}"
  config_sha=$(printf '%s' "$config" | sha256sum | cut -d' ' -f1)
  printf '%s' "$config" > "$work/$config_sha.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]' \
    "$config_sha" "$tag" "$layer_sha" > "$work/manifest.json"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" \
    manifest.json "$config_sha.json" "$layer_sha"
  rm -rf "$work"
}

IMAGE_DIR="$CACHE_DIR/images"

build_base_images() {
  mkdir -p "$IMAGE_DIR"
  local rootfs
  if [ ! -f "$IMAGE_DIR/pause.tar" ] || [ "$JVIRT_ROOT/tools/pause/pause.c" -nt "$IMAGE_DIR/pause.tar" ]; then
    rootfs=$(mktemp -d)
    gcc -static -O2 -s -o "$rootfs/pause" "$JVIRT_ROOT/tools/pause/pause.c" || die "cannot build pause (needs gcc and libc6-dev)"
    image_from_rootfs "$rootfs" "$PAUSE_IMAGE" "$IMAGE_DIR/pause.tar" '["/pause"]' null
    rm -rf "$rootfs"
  fi
  if [ ! -f "$IMAGE_DIR/busybox.tar" ]; then
    rootfs=$(mktemp -d)
    mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/root"
    cp /bin/busybox "$rootfs/bin/busybox"
    local applet
    for applet in $("$rootfs/bin/busybox" --list); do
      [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$rootfs/etc/passwd"
    printf 'root:x:0:\nnobody:x:65534:\n' > "$rootfs/etc/group"
    image_from_rootfs "$rootfs" "$BUSYBOX_IMAGE" "$IMAGE_DIR/busybox.tar" null '["sh"]'
    rm -rf "$rootfs"
  fi
}

# build_container_disk — prints the path of the static container-disk helper (tools/container-disk),
# compiled into $CACHE_DIR/bin when missing or older than its source. It runs inside containerDisk
# images, which have no libc: hence -static.
build_container_disk() {
  local src="$JVIRT_ROOT/tools/container-disk/container-disk.c" out="$CACHE_DIR/bin/container-disk"
  if [ ! -x "$out" ] || [ "$src" -nt "$out" ]; then
    mkdir -p "$(dirname "$out")"
    gcc -static -O2 -s -Wall -Wextra -Werror -o "$out.tmp" "$src" \
      || die "cannot build container-disk (needs gcc and libc6-dev)"
    mv "$out.tmp" "$out"
  fi
  echo "$out"
}

# load_image TAR — import into the k8s.io namespace of the cluster's containerd
load_image() {
  [ -f "$1" ] || die "no such image archive: $1"
  ctr --address "$CONTAINERD_SOCK" -n k8s.io images import "$1" >&2 \
    || die "containerd could not import $1 (is the cluster up? a Docker-archive or OCI tar is expected)"
}

# tag_image SOURCE TARGET — another name for an image the node has (an upgrade's new tag, without a rebuild)
tag_image() {
  ctr --address "$CONTAINERD_SOCK" -n k8s.io images tag --force "$1" "$2" >&2 \
    || die "containerd could not tag $1 as $2 (is the cluster up, and the image loaded?)"
}
