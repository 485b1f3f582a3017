# shellcheck shell=bash
# Keycloak, the local identity provider: the distribution from Maven Central unpacked under $STATE/keycloak, its data
# in the platform's PostgreSQL, the realm imported from deploy/local/keycloak/proud2bops-realm.json.

keycloak_home() { echo "$STATE/keycloak/keycloak-$KEYCLOAK_VERSION"; }

install_keycloak() {
  [[ -x "$(keycloak_home)/bin/kc.sh" ]] && return 0
  log "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once; ~160 MB, kept in the Maven repository)"
  mkdir -p "$STATE/keycloak"
  (cd "$REPO" && ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$STATE/keycloak") >"$LOGS/keycloak-fetch.log" 2>&1 ||
    die "could not fetch Keycloak; see $LOGS/keycloak-fetch.log"
  need_command unzip unzip "unpacking Keycloak"
  unzip -q -o "$STATE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$STATE/keycloak"
  rm -f "$STATE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
}

keycloak_ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready"; }

start_keycloak() {
  if running keycloak; then
    log "Keycloak already running on port $KEYCLOAK_PORT"
    return 0
  fi
  port_open "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken by something this script did not start"
  install_keycloak
  mkdir -p "$(keycloak_home)/data/import"
  cp "$REPO/deploy/local/keycloak/proud2bops-realm.json" "$(keycloak_home)/data/import/"
  log "Starting Keycloak on port $KEYCLOAK_PORT"
  # Local-development admin and database credentials only.
  launch keycloak "$LOGS/keycloak.log" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=local-dev-admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$(keycloak_home)/bin/kc.sh" start-dev --import-realm \
    --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true \
    --hostname="http://localhost:$KEYCLOAK_PORT" \
    --db=postgres --db-url="jdbc:postgresql://localhost:$PG_PORT/keycloak" \
    --db-username=keycloak --db-password=keycloak-local-dev \
    --db-pool-min-size=2 --db-pool-initial-size=2 --db-pool-max-size="$KEYCLOAK_DB_POOL_MAX"
}

await_keycloak() {
  wait_until 240 keycloak_ready || { tail -30 "$LOGS/keycloak.log"; die "Keycloak is not ready; see $LOGS/keycloak.log"; }
}
