# Argo CD's application controller, repo-server and ApplicationSet controller, built from the Go module proxy and run on this machine
# against the local cluster. Sourced by hack/gitops (after settings.sh, daemons.sh and versions.env).

ARGOCD_BIN_DIR="$CACHE_DIR/gitops/argocd-v$ARGOCD_VERSION"
ARGOCD_NAMESPACE=argocd
REDIS_PORT=16379
REPO_SERVER_PORT=18081
REPO_SERVER_METRICS=127.0.0.1:18084
CONTROLLER_METRICS=127.0.0.1:18082
APPSET_METRICS=127.0.0.1:18085
APPSET_PROBES=127.0.0.1:18086
# how often every Application is compared with Git without a change (Argo CD's default 120 s)
ARGOCD_APP_RESYNC=30
ARGOCD_DAEMONS=(redis argocd-repo-server argocd-application-controller argocd-applicationset-controller)

# one multi-call binary; the name it is started under picks the component
build_argocd() {
  local missing=0 l
  [ -x "$ARGOCD_BIN_DIR/argocd" ] || missing=1
  for l in crds config; do [ -d "$ARGOCD_BIN_DIR/$l" ] || missing=1; done
  if [ "$missing" = 0 ]; then link_argocd; return; fi
  command -v go >/dev/null || die "Go is needed to build Argo CD (the image's Go in /usr/local/go/bin)"
  log "building Argo CD v$ARGOCD_VERSION into $ARGOCD_BIN_DIR (cold: about 5 min on 2 cores)"
  local started=$SECONDS tmp="$ARGOCD_BIN_DIR.partial" work module
  rm -rf "$tmp"; mkdir -p "$tmp/crds" "$tmp/config"
  export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-modcacherw
  work=$(mktemp -d)
  cp -r "$JVIRT_ROOT/tools/gitops/argo-cd" "$work/"
  (cd "$work/argo-cd" && go build -mod=mod -trimpath -ldflags "-s -w" -o "$tmp/argocd" \
    github.com/argoproj/argo-cd/v3/cmd) || die "Argo CD build failed"
  module=$(cd "$work/argo-cd" && go list -mod=mod -m -f '{{.Dir}}' github.com/argoproj/argo-cd/v3)
  cp "$module"/manifests/crds/*-crd.yaml "$tmp/crds/"
  cp "$module"/manifests/base/config/argocd-*.yaml "$tmp/config/"
  chmod -R u+w "$tmp"
  rm -rf "$work" "$ARGOCD_BIN_DIR"; mv "$tmp" "$ARGOCD_BIN_DIR"
  link_argocd
  log "built in $((SECONDS - started)) s"
}

link_argocd() {
  local l
  for l in "${ARGOCD_DAEMONS[@]:1}"; do ln -sfn argocd "$ARGOCD_BIN_DIR/$l"; done
}

ensure_redis() {
  command -v redis-server >/dev/null && return
  log "installing redis-server (Argo CD's cache)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null \
    || die "apt-get install redis-server failed"
  # Debian starts it as a service on 6379; ours runs on its own port
  systemctl disable --now redis-server >/dev/null 2>&1 || true
}

# what Argo CD's API server would create at its first start (it is not run here)
argocd_settings() {
  kc create namespace "$ARGOCD_NAMESPACE" --dry-run=client -o yaml | kc apply -f - >/dev/null
  kc apply --server-side --force-conflicts -f "$ARGOCD_BIN_DIR/crds" >/dev/null
  # again and again: kubectl wait fails at once on a CRD whose status is not written yet
  wait_for "Argo CD's CRDs" 60 kc wait --for condition=Established --timeout=10s -f "$ARGOCD_BIN_DIR/crds"
  # server-side, and only Argo CD's own fields: health checks merged into argocd-cm by others stay
  kc apply --server-side --field-manager=hack-gitops -n "$ARGOCD_NAMESPACE" -f "$ARGOCD_BIN_DIR/config" >/dev/null
  if ! kc -n "$ARGOCD_NAMESPACE" get secret argocd-secret -o jsonpath='{.data.server\.secretkey}' | grep -q .; then
    kc -n "$ARGOCD_NAMESPACE" patch secret argocd-secret --type merge \
      -p "{\"stringData\":{\"server.secretkey\":\"$(head -c 32 /dev/urandom | base64 -w0)\"}}" >/dev/null
  fi
  kc apply --server-side --field-manager=hack-gitops -f - >/dev/null <<'PROJECT'
apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: default
  namespace: argocd
spec:
  sourceRepos: ["*"]
  destinations: [{server: "*", namespace: "*"}]
  clusterResourceWhitelist: [{group: "*", kind: "*"}]
PROJECT
}

start_argocd() {
  ensure_redis
  build_argocd
  argocd_settings
  start_daemon redis redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no
  # ARGOCD_FAKE_IN_CLUSTER: https://kubernetes.default.svc means $KUBECONFIG, as in Argo CD's local development.
  # --persist-resource-health: each managed object's health in the Application's status, as before v3.0,
  # where the tests (and kubectl users without Argo CD's API server) can read it
  start_daemon argocd-repo-server env ARGOCD_GPG_ENABLED=false HOME="$GITOPS_HOME" \
    "$ARGOCD_BIN_DIR/argocd-repo-server" --disable-tls --address 127.0.0.1 --port "$REPO_SERVER_PORT" \
    --metrics-address 127.0.0.1 --metrics-port "${REPO_SERVER_METRICS##*:}" --redis "127.0.0.1:$REDIS_PORT"
  start_daemon argocd-application-controller env ARGOCD_FAKE_IN_CLUSTER=true KUBECONFIG="$KUBECONFIG_FILE" \
    HOME="$GITOPS_HOME" "$ARGOCD_BIN_DIR/argocd-application-controller" --kubeconfig "$KUBECONFIG_FILE" \
    --namespace "$ARGOCD_NAMESPACE" --redis "127.0.0.1:$REDIS_PORT" \
    --repo-server "127.0.0.1:$REPO_SERVER_PORT" --repo-server-plaintext \
    --metrics-port "${CONTROLLER_METRICS##*:}" --app-resync "$ARGOCD_APP_RESYNC" --app-resync-jitter 0 \
    --persist-resource-health
  # generates Applications from ApplicationSets (the rendered fleet path: one per labelled cluster Secret)
  start_daemon argocd-applicationset-controller env ARGOCD_FAKE_IN_CLUSTER=true KUBECONFIG="$KUBECONFIG_FILE" \
    HOME="$GITOPS_HOME" "$ARGOCD_BIN_DIR/argocd-applicationset-controller" --kubeconfig "$KUBECONFIG_FILE" \
    --namespace "$ARGOCD_NAMESPACE" --argocd-repo-server "127.0.0.1:$REPO_SERVER_PORT" --repo-server-plaintext \
    --metrics-addr "$APPSET_METRICS" --probe-addr "$APPSET_PROBES" --enable-leader-election=false
  wait_for "redis" 30 redis-cli -p "$REDIS_PORT" ping
  wait_for "argocd-repo-server" 60 curl -fsS "http://$REPO_SERVER_METRICS/healthz"
  wait_for "argocd-application-controller" 60 curl -fsS "http://$CONTROLLER_METRICS/healthz"
  # it registers no health checks: serving metrics means its manager runs
  wait_for "argocd-applicationset-controller" 60 curl -fsS -o /dev/null "http://$APPSET_METRICS/metrics"
  log "Argo CD v$ARGOCD_VERSION runs against $KUBECONFIG_FILE (namespace $ARGOCD_NAMESPACE)"
}

stop_argocd() {
  local i
  for ((i = ${#ARGOCD_DAEMONS[@]} - 1; i >= 0; i--)); do stop_daemon "${ARGOCD_DAEMONS[$i]}"; done
}
