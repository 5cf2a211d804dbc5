# Builds (or finds cached) Flux's source-controller and kustomize-controller from the Go module proxy. Sourced.

# the consumer modules in tools/gitops pin what the controllers' own go.mod replaces (Go ignores a
# dependency's replace directives, and `go install pkg@version` refuses modules that have any)
build_flux() {
  local wanted=(source-controller kustomize-controller) missing=0 b
  for b in "${wanted[@]}"; do [ -x "$FLUX_BIN_DIR/$b" ] || missing=1; done
  [ -d "$FLUX_BIN_DIR/crds" ] || missing=1
  if [ "$missing" = 0 ]; then return; fi
  command -v go >/dev/null || die "Go is needed to build Flux (the image's Go in /usr/local/go/bin)"
  log "building Flux v$FLUX_VERSION source-controller and kustomize-controller into $FLUX_BIN_DIR (cold: about 8 min on 2 cores)"
  local started=$SECONDS tmp="$FLUX_BIN_DIR.partial" work
  rm -rf "$tmp"; mkdir -p "$tmp/crds"
  export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-modcacherw
  # work on copies: -mod=mod may touch go.mod/go.sum, and the checkout stays clean
  work=$(mktemp -d)
  for b in "${wanted[@]}"; do
    cp -r "$JVIRT_ROOT/tools/gitops/$b" "$work/"
    (cd "$work/$b" && go build -mod=mod -trimpath -ldflags "-s -w" -o "$tmp/$b" "github.com/fluxcd/$b") \
      || die "$b build failed"
    # the CRDs ship inside the module
    cp "$(cd "$work/$b" && go list -mod=mod -m -f '{{.Dir}}' "github.com/fluxcd/$b")"/config/crd/bases/*.yaml "$tmp/crds/"
  done
  chmod -R u+w "$tmp"
  rm -rf "$work" "$FLUX_BIN_DIR"; mv "$tmp" "$FLUX_BIN_DIR"
  log "built in $((SECONDS - started)) s"
}
