# shellcheck shell=bash disable=SC2034 # the settings are read by the other parts
# Where the local platform keeps its state and which ports it uses: sourced by deploy/local/platform and
# deploy/local/demo-data/load. Environment: P2B_STATE_DIR, P2B_PORT_OFFSET.

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
STATE=${P2B_STATE_DIR:-$REPO/.platform}
LOGS=$STATE/logs
PIDS=$STATE/pids
OFFSET=${P2B_PORT_OFFSET:-0}

GATEWAY_PORT=$((8080 + OFFSET))
MEMBERS_PORT=$((8081 + OFFSET))
EVENTS_PORT=$((8082 + OFFSET))
CONTENT_PORT=$((8083 + OFFSET))
# Each application's management interface (/q/health, /q/metrics, /q/openapi); the public ports serve none of them
GATEWAY_MANAGEMENT_PORT=$((8280 + OFFSET))
MEMBERS_MANAGEMENT_PORT=$((8281 + OFFSET))
EVENTS_MANAGEMENT_PORT=$((8282 + OFFSET))
CONTENT_MANAGEMENT_PORT=$((8283 + OFFSET))
PG_PORT=$((15432 + OFFSET))
KAFKA_PORT=$((9092 + OFFSET))
KAFKA_CONTROLLER_PORT=$((9093 + OFFSET))
KEYCLOAK_PORT=$((8180 + OFFSET))
KEYCLOAK_MANAGEMENT_PORT=$((9000 + OFFSET))
KEYCLOAK_VERSION=26.7.3
ISSUER=http://localhost:$KEYCLOAK_PORT/realms/proud2bops
SERVICES=(members events content)
declare -A SERVICE_PORT=([members]=$MEMBERS_PORT [events]=$EVENTS_PORT [content]=$CONTENT_PORT)
declare -A SERVICE_MANAGEMENT_PORT=([members]=$MEMBERS_MANAGEMENT_PORT [events]=$EVENTS_MANAGEMENT_PORT
  [content]=$CONTENT_MANAGEMENT_PORT)
SERVICE_HEAP=256m

# Connection budget (README, "Connection budget"). PostgreSQL's max_connections covers every pool at its maximum (the
# services' quarkus.datasource.jdbc.max-size in their application.properties, Keycloak's pool below), the connections
# it keeps for superusers, and room for people and tools (psql, the end-to-end test's checks, benchmarks), so load on
# some applications never leaves another unable to connect.
KEYCLOAK_DB_POOL_MAX=15
PG_SUPERUSER_RESERVED=3
PG_SPARE_CONNECTIONS=20

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'platform: %s\n' "$*" >&2; exit 1; }
