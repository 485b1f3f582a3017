# shellcheck shell=bash
# The processes start launches: one pid file each under $PIDS, so stop ends exactly those.

pid_of() { [[ -f "$PIDS/$1.pid" ]] && cat "$PIDS/$1.pid"; }

running() {
  local pid
  pid=$(pid_of "$1") || return 1
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # seconds command...
  local seconds=$1
  shift
  for ((i = 0; i < seconds * 4; i++)); do
    "$@" && return 0
    sleep 0.25
  done
  return 1
}

ready() { # management-port
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"
}

launch() { # name logfile command...
  local name=$1 logfile=$2
  shift 2
  nohup "$@" >"$logfile" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

stop_process() {
  local name=$1 pid
  running "$name" || { rm -f "$PIDS/$name.pid"; return 0; }
  pid=$(pid_of "$name")
  log "Stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  wait_until 30 bash -c "! kill -0 $pid 2>/dev/null" || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDS/$name.pid"
}
