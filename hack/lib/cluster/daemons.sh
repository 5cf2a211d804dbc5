# Starting, stopping and waiting for the cluster's processes. Sourced.

start_daemon() { # name command... — detached, logging to $LOG_DIR/name.log
  local name=$1; shift
  if daemon_running "$name"; then return; fi
  mkdir -p "$LOG_DIR" "$PID_DIR"
  setsid nohup "$@" >> "$LOG_DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$PID_DIR/$name.pid"
}

daemon_running() {
  local pid state
  pid=$(cat "$PID_DIR/$1.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # a daemon killed but not yet reaped is a zombie: kill -0 still succeeds, yet it is gone
  state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ "$state" != Z ]
}

stop_daemon() {
  local name=$1 pid i
  pid=$(cat "$PID_DIR/$name.pid" 2>/dev/null) || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_DIR/$name.pid"
}

wait_for() { # description timeout-seconds command... — poll until the command succeeds
  local what=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      die "$what not ready after ${timeout}s (logs: $LOG_DIR)"
    fi
    sleep 0.5
  done
}

write_if_changed() { # path — stdin becomes the file only if it differs (kube-proxy exits on any write)
  local tmp; tmp=$(mktemp)
  cat > "$tmp"
  if cmp -s "$tmp" "$1"; then rm -f "$tmp"; else mv "$tmp" "$1"; fi
}
