# shellcheck shell=bash
# The applications' jars: built with the Maven wrapper when a source is newer than a jar (P2B_SKIP_BUILD=1: never).

jar_of() { echo "$REPO/$1/target/quarkus-app/quarkus-run.jar"; }

build_if_needed() {
  [[ "${P2B_SKIP_BUILD:-0}" == 1 ]] && return 0
  local module stale=0
  for module in members-service events-service content-service gateway; do
    if [[ ! -f "$(jar_of "$module")" ]] ||
      [[ -n "$(find "$REPO/$module/src/main" "$REPO/$module/pom.xml" "$REPO/platform-support/src/main" "$REPO/pom.xml" \
        -newer "$(jar_of "$module")" -type f -print -quit)" ]]; then
      stale=1
    fi
  done
  ((stale)) || return 0
  log "Building the services (./mvnw package -DskipTests; the first build downloads ~300 MB)"
  (cd "$REPO" && ./mvnw -B -q package -DskipTests) >"$LOGS/build.log" 2>&1 ||
    { tail -40 "$LOGS/build.log"; die "build failed; see $LOGS/build.log"; }
}
