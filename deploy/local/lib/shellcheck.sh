# shellcheck shell=bash
# Runs shellcheck over every shell script in the repository, found rather than listed: files starting with a sh or bash
# shebang and the sourced *.sh parts (build output, node_modules, .git and the platform's state left out).

shell_scripts() {
  find "$REPO" \( -name .git -o -name target -o -name node_modules -o -name .platform -o -path "$STATE" \) -prune \
    -o -type f -exec awk 'FNR == 1 { if (FILENAME ~ /\.sh$/ || $0 ~ /^#!.*[\/ ](ba)?sh([ \t].*)?$/) print FILENAME; nextfile }' {} + |
    sort
}

check_shell_scripts() {
  need_command shellcheck shellcheck "checking the shell scripts"
  local scripts=()
  mapfile -t scripts < <(shell_scripts)
  log "shellcheck: ${#scripts[@]} shell scripts"
  (cd "$REPO" && shellcheck --external-sources "${scripts[@]#"$REPO"/}") || die "shellcheck found the problems above"
}
