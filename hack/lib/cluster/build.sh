# Builds (or finds cached) Kubernetes, etcd and kwok binaries from the Go module proxy. Sourced.

build_binaries() {
  local wanted=(kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubectl etcd kwok)
  local missing=0 b
  for b in "${wanted[@]}"; do [ -x "$BIN_DIR/$b" ] || missing=1; done
  if [ "$missing" = 0 ]; then return; fi
  command -v go >/dev/null || die "Go is needed to build the Kubernetes binaries (apt-get install golang, or the image's Go)"
  log "building Kubernetes v$K8S_VERSION, etcd v$ETCD_VERSION and kwok v$KWOK_VERSION into $BIN_DIR (cold: about 15 min on 2 cores)"
  local started=$SECONDS tmp="$BIN_DIR.partial"
  rm -rf "$tmp"; mkdir -p "$tmp"
  export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-modcacherw
  local minor ldflags="-s -w" pkg
  minor=$(echo "$K8S_VERSION" | cut -d. -f2)
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags="$ldflags -X $pkg.gitVersion=v$K8S_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
    ldflags="$ldflags -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
  done
  # work on copies: -mod=mod may touch go.mod/go.sum, and the checkout stays clean
  local work; work=$(mktemp -d)
  cp -r "$JVIRT_ROOT/tools/k8s/k8s" "$JVIRT_ROOT/tools/k8s/etcd" "$work/"
  (cd "$work/k8s" && go build -mod=mod -trimpath -ldflags "$ldflags" -o "$tmp/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubelet \
    k8s.io/kubernetes/cmd/kube-proxy k8s.io/kubernetes/cmd/kubectl) || die "Kubernetes build failed"
  (cd "$work/etcd" && go build -mod=mod -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3) \
    || die "etcd build failed"
  GOBIN="$tmp" go install "sigs.k8s.io/kwok/cmd/kwok@v$KWOK_VERSION" || die "kwok build failed"
  rm -rf "$work" "$BIN_DIR"; mv "$tmp" "$BIN_DIR"
  log "built in $((SECONDS - started)) s: $("$BIN_DIR/kube-apiserver" --version), etcd $("$BIN_DIR/etcd" --version | head -1 | awk '{print $3}')"
}
