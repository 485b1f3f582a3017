# shellcheck shell=bash
# What the commands install when it is missing: Debian packages, with apt-get, as root (a fresh Debian machine needs
# nothing else). Each installation is one log line naming the package and why; without root the command stops and
# names the package to install instead.

APT_UPDATED=0

install_package() { # package reason
  local package=$1 reason=$2
  if ((EUID != 0)) || ! command -v apt-get >/dev/null 2>&1; then
    die "$reason needs the Debian package $package, which is missing; install it (apt-get install $package) or run this as root once"
  fi
  mkdir -p "$LOGS"
  log "Installing the Debian package $package ($reason; apt-get's output in $LOGS/apt.log)"
  if ((!APT_UPDATED)); then
    apt-get update -qq >>"$LOGS/apt.log" 2>&1 || die "apt-get update failed; see $LOGS/apt.log"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >>"$LOGS/apt.log" 2>&1 ||
    die "could not install $package; see $LOGS/apt.log"
}

need_command() { # command package reason
  command -v "$1" >/dev/null 2>&1 || install_package "$2" "$3"
}
