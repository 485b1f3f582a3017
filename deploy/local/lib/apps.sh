# shellcheck shell=bash
# The services and the gateway: each jar started with its ports and the addresses of PostgreSQL, Kafka and Keycloak.

# On JDK 25+ the first run of a jar records an ahead-of-time cache when it stops (JEP 514/515); later runs load it.
# The jars are packaged as aot-jar (root pom), so the cache holds the application's classes too: a service then
# starts in about 3-4 s instead of 5-7 s on a 2-core machine (deploy/bench/service-startup).
aot_cache_flag() { # name jar
  (($(java_major java) >= 25)) || return 0
  local cache=$STATE/aot/$1.aot
  mkdir -p "$STATE/aot"
  if [[ -f "$cache" && "$cache" -nt "$2" ]]; then echo "-XX:AOTCache=$cache"; else echo "-XX:AOTCacheOutput=$cache"; fi
}

start_app() { # name module port management-port environment...
  local name=$1 module=$2 port=$3 management_port=$4 jar aot
  shift 4
  jar=$(jar_of "$module")
  if running "$name" && [[ ! "$jar" -nt "$PIDS/$name.pid" ]]; then
    log "$name already running on port $port"
    return 0
  fi
  # A running application older than its freshly built jar is restarted, so a rerun serves the current code
  running "$name" && stop_process "$name"
  port_open "$port" && die "port $port is taken by something this script did not start"
  port_open "$management_port" && die "port $management_port is taken by something this script did not start"
  log "Starting $name on port $port (management $management_port)"
  aot=$(aot_cache_flag "$name" "$jar")
  launch "$name" "$LOGS/$name.log" env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management_port" \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false "$@" \
    java -Xms64m -Xmx"$SERVICE_HEAP" -XX:+UseSerialGC ${aot:+"$aot"} -jar "$jar"
}

start_service() { # name
  local extra=()
  # Erasure removes the person's Keycloak account, as client members-account-removal (realm file; local-dev secret)
  [[ $1 == members ]] && extra=(MEMBERS_ACCOUNT_REMOVAL_ENABLED=true \
    MEMBERS_ACCOUNT_REMOVAL_ADMIN_URL="http://localhost:$KEYCLOAK_PORT/admin/realms/proud2bops" \
    MEMBERS_ACCOUNT_REMOVAL_TOKEN_ISSUER="$ISSUER")
  start_app "$1" "$1-service" "${SERVICE_PORT[$1]}" "${SERVICE_MANAGEMENT_PORT[$1]}" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$1" \
    KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
    PLATFORM_PUBLIC_BASE_URL="http://localhost:$GATEWAY_PORT" \
    ${extra[@]+"${extra[@]}"}
}

start_gateway() {
  start_app gateway gateway "$GATEWAY_PORT" "$GATEWAY_MANAGEMENT_PORT" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" \
    GATEWAY_SERVICES_MEMBERS_URL="http://localhost:$MEMBERS_PORT" \
    GATEWAY_SERVICES_MEMBERS_MANAGEMENT_URL="http://localhost:$MEMBERS_MANAGEMENT_PORT" \
    GATEWAY_SERVICES_EVENTS_URL="http://localhost:$EVENTS_PORT" \
    GATEWAY_SERVICES_EVENTS_MANAGEMENT_URL="http://localhost:$EVENTS_MANAGEMENT_PORT" \
    GATEWAY_SERVICES_CONTENT_URL="http://localhost:$CONTENT_PORT" \
    GATEWAY_SERVICES_CONTENT_MANAGEMENT_URL="http://localhost:$CONTENT_MANAGEMENT_PORT" \
    GATEWAY_OPENAPI_REFRESH_INTERVAL=2s
}

await_ready() { # name management-port
  wait_until 120 ready "$2" || { tail -30 "$LOGS/$1.log"; die "$1 is not ready; see $LOGS/$1.log"; }
}
