# shellcheck shell=bash
# PostgreSQL from Debian's packages: one cluster under $STATE/postgres, a role and database per service and Keycloak,
# max_connections from the connection budget (settings.sh).

service_pool_max() { # service
  sed -n 's/^quarkus\.datasource\.jdbc\.max-size=\([0-9]*\)$/\1/p' "$REPO/$1-service/src/main/resources/application.properties"
}

pg_max_connections() {
  local total=$((KEYCLOAK_DB_POOL_MAX + PG_SUPERUSER_RESERVED + PG_SPARE_CONNECTIONS)) service pool
  for service in "${SERVICES[@]}"; do
    pool=$(service_pool_max "$service")
    [[ -n "$pool" ]] || die "$service-service sets no quarkus.datasource.jdbc.max-size; every pool needs its share of the budget"
    total=$((total + pool))
  done
  echo "$total"
}

pg_bin() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }

as_postgres() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_postgres_installed() {
  [[ -n "$(pg_bin)" && -x "$(pg_bin)/initdb" ]] && return 0
  install_package postgresql "the platform's database"
}

# PostgreSQL refuses to run as root, so its files belong to the postgres user, who must be able to reach them.
let_postgres_reach() {
  ((EUID == 0)) || return 0
  local dir=$1
  while [[ "$dir" != / ]]; do
    if ! runuser -u postgres -- test -x "$dir"; then
      log "Allowing the postgres user to pass through $dir (chmod o+x)"
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}

psql_admin() { as_postgres "$(pg_bin)/psql" -h "$STATE/postgres" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

postgres_running() {
  local bin
  bin=$(pg_bin)
  [[ -n "$bin" && -f "$STATE/postgres/data/PG_VERSION" ]] && as_postgres "$bin/pg_ctl" -D "$STATE/postgres/data" status >/dev/null 2>&1
}

start_postgres() {
  ensure_postgres_installed
  local data=$STATE/postgres/data bin
  bin=$(pg_bin)
  mkdir -p "$STATE/postgres"
  let_postgres_reach "$STATE/postgres"
  ((EUID == 0)) && chown postgres:postgres "$STATE/postgres"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    log "Creating the PostgreSQL cluster in $data"
    as_postgres "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
      --auth-host=scram-sha-256 >"$LOGS/postgres-init.log" 2>&1 || die "initdb failed; see $LOGS/postgres-init.log"
  fi
  local max_connections
  max_connections=$(pg_max_connections)
  if postgres_running; then
    log "PostgreSQL already running on port $PG_PORT"
  else
    log "Starting PostgreSQL on port $PG_PORT (max_connections $max_connections)"
    as_postgres "$bin/pg_ctl" -D "$data" -l "$STATE/postgres/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $STATE/postgres -c listen_addresses=127.0.0.1 -c max_connections=$max_connections -c superuser_reserved_connections=$PG_SUPERUSER_RESERVED" \
      start >/dev/null || die "PostgreSQL did not start; see $STATE/postgres/server.log"
  fi
  ln -sf "$STATE/postgres/server.log" "$LOGS/postgres.log"
  if [[ "$(psql_admin -c 'show max_connections')" != "$max_connections" ]]; then
    log "Note: PostgreSQL runs with max_connections $(psql_admin -c 'show max_connections'), not the budget's $max_connections; stop and start the platform to apply it"
  fi
  local service
  for service in "${SERVICES[@]}" keycloak; do
    # Local-development credentials only; deployments inject their own.
    if [[ -z "$(psql_admin -c "select 1 from pg_roles where rolname = '$service'")" ]]; then
      psql_admin -c "create role $service login password '$service-local-dev'"
    fi
    if [[ -z "$(psql_admin -c "select 1 from pg_database where datname = '$service'")" ]]; then
      psql_admin -c "create database $service owner $service"
    fi
  done
}

stop_postgres() {
  postgres_running || return 0
  log "Stopping PostgreSQL"
  as_postgres "$(pg_bin)/pg_ctl" -D "$STATE/postgres/data" -m fast -w stop >/dev/null
}
