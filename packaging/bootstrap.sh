#!/usr/bin/env bash
# Set up everything `make run` and `make test` need on Debian or Ubuntu:
# the system libraries Qt loads, CJK fonts, a Python >= 3.11 with venv, and .venv
# with the project installed. Safe to run again: it does only what is missing.
#
#   packaging/bootstrap.sh run    # app dependencies
#   packaging/bootstrap.sh test   # plus the test and lint tools
set -euo pipefail

purpose=${1:-run}
venv=${VENV:-.venv}
cd "$(dirname "$0")/.."

# Qt's libraries and its xcb (X11) platform plugin; fonts so that Latin and
# Chinese/Japanese/Korean names render in the window and in printed PDFs.
system_packages=(
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core fontconfig
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
)
if [[ $purpose == run && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  system_packages+=(xvfb xauth)  # no screen: the window opens on a virtual one
fi

say() { printf 'bootstrap: %s\n' "$*" >&2; }

good_python() {
  "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

find_python() {
  local candidate
  for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null && good_python "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${db:Status-Status}\n' "$package" 2>/dev/null | grep -qx installed \
      || printf '%s\n' "$package"
  done
}

apt_install() {
  # Try with the lists already on the machine; fetch them only when that fails
  # (a fresh machine has none).
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 && return 0
  say "fetching package lists"
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

install_system_packages() {
  local missing=()
  if ! command -v dpkg-query >/dev/null; then
    say "not a Debian-based system: install Qt's runtime libraries and CJK fonts yourself"
    return 0
  fi
  mapfile -t missing < <(missing_packages "${system_packages[@]}")
  if ! find_python >/dev/null; then
    missing+=(python3 python3-venv)
  fi
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    say "missing system packages: ${missing[*]}"
    say "install them with: sudo apt-get install ${missing[*]}"
    return 0
  fi
  say "installing system packages: ${missing[*]}"
  if ! apt_install "${missing[@]}"; then
    # Names differ between releases (Ubuntu 24.04 renamed some libraries); install one by one
    # so one unknown name does not stop the rest.
    local package
    for package in "${missing[@]}"; do
      apt_install "$package" || say "could not install $package"
    done
  fi
  if ! find_python >/dev/null && [[ $(id -u) -eq 0 ]]; then
    apt_install python3.11 python3.11-venv || true
  fi
}

install_project() {
  local python extras stamp wanted
  python=$(find_python) || {
    say "Delegation Planner needs Python 3.11 or newer with the venv module"
    exit 1
  }
  extras=$([[ $purpose == test ]] && echo "[dev]" || echo "")
  stamp="$venv/.installed-$purpose"
  wanted=$(cat pyproject.toml | sha256sum | cut -c1-16)
  local installed
  for installed in "$stamp" "$venv/.installed-test"; do  # the test install holds the app's too
    if [[ -x $venv/bin/python && -f $installed && $(cat "$installed") == "$wanted" ]]; then
      return 0
    fi
  done
  if [[ ! -x $venv/bin/python ]]; then
    say "creating $venv with $python"
    "$python" -m venv "$venv"
  fi
  say "installing the project into $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".$extras"
  echo "$wanted" >"$stamp"
}

install_system_packages
install_project
