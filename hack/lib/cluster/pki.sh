# Generates the cluster's certificates and kubeconfig once (kept across up/down). Sourced.

_cert() { # name subject [ext-lines] — key + certificate signed by the CA given in $CA
  local name=$1 subject=$2 ext=$3
  openssl req -new -newkey rsa:2048 -nodes -subj "$subject" -keyout "$name.key" -out "$name.csr" 2>/dev/null
  printf '%b\n' "$ext" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA "$CA.crt" -CAkey "$CA.key" -CAcreateserial -days 3650 \
    -extfile "$name.ext" -out "$name.crt" 2>/dev/null
  rm -f "$name.csr" "$name.ext"
}

_ca() { # name cn
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=$2" -keyout "$1.key" -out "$1.crt" 2>/dev/null
}

ensure_pki() {
  [ -f "$PKI_DIR/done" ] && return
  log "generating certificates in $PKI_DIR"
  rm -rf "$PKI_DIR"; mkdir -p "$PKI_DIR"
  (
    cd "$PKI_DIR"
    _ca ca "jvirt-$CLUSTER_NAME-ca"
    CA=ca
    local sans="subjectAltName=IP:127.0.0.1,IP:$API_SERVICE_IP,IP:$NODE_IP,DNS:localhost,DNS:kubernetes"
    sans="$sans,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
    _cert apiserver "/CN=kube-apiserver" "$sans\nextendedKeyUsage=serverAuth"
    _cert admin "/O=system:masters/CN=jvirt-admin" "extendedKeyUsage=clientAuth"
    _cert kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" "extendedKeyUsage=clientAuth"
    _ca front-proxy-ca "jvirt-$CLUSTER_NAME-front-proxy-ca"
    CA=front-proxy-ca
    _cert front-proxy-client "/CN=front-proxy-client" "extendedKeyUsage=clientAuth"
    openssl genrsa -out sa.key 2048 2>/dev/null
    openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
    touch done
  )
}

write_kubeconfig() {
  local ca crt key
  ca=$(base64 -w0 < "$PKI_DIR/ca.crt"); crt=$(base64 -w0 < "$PKI_DIR/admin.crt"); key=$(base64 -w0 < "$PKI_DIR/admin.key")
  cat > "$KUBECONFIG_FILE" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters:
- name: $CLUSTER_NAME
  cluster:
    server: https://127.0.0.1:$API_PORT
    certificate-authority-data: $ca
users:
- name: $CLUSTER_NAME-admin
  user:
    client-certificate-data: $crt
    client-key-data: $key
contexts:
- name: $CLUSTER_NAME
  context:
    cluster: $CLUSTER_NAME
    user: $CLUSTER_NAME-admin
current-context: $CLUSTER_NAME
KUBECONFIG
  chmod 600 "$KUBECONFIG_FILE"
}
