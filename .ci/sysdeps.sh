#!/usr/bin/env bash
# Installs the Debian packages a target needs, only when missing. Usage: sysdeps.sh render imap
set -euo pipefail
declare -A groups=(
  [render]="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-color-emoji fonts-droid-fallback poppler-utils"
  [imap]="dovecot-imapd openssl"
  [browser]="chromium chromium-driver"
)
missing=()
for group in "$@"; do
  for pkg in ${groups[$group]}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing system packages: ${missing[*]}" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
