# shellcheck shell=bash
# The JDK the platform runs on: 21 or newer, found rather than installed (the commands stop when there is none).

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

find_jdk() {
  local candidates=() home version
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in /usr/lib/jvm/* /opt/java/* /usr/local/java/* "${HOME:-/root}"/.sdkman/candidates/java/*; do
    [[ -d "$home" ]] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || continue
    version=$(java_major "$home/bin/java")
    if [[ "$version" =~ ^[0-9]+$ ]] && ((version >= 21)); then
      export JAVA_HOME=$home PATH=$home/bin:$PATH
      return 0
    fi
  done
  die "a JDK 21 or newer is needed and none was found in JAVA_HOME, PATH or /usr/lib/jvm; install one (e.g. Temurin 21) or set JAVA_HOME"
}
