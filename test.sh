#!/usr/bin/env bash
# Runs every BoneBalance test. Installs what the tests need when it is missing (Debian), then `dotnet test`.
# Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET 10 SDK is required (https://dot.net); install it first." >&2; exit 1; }
# Later suites (browser, PostgreSQL) add their packages here; apt runs only when something is missing.
# Browser tests drive Debian's Chromium (never a downloaded browser); DejaVu gives pages and screenshots a real font.
# On a machine without it they fail naming the package, unless BONEBALANCE_SKIP_BROWSER_TESTS=1 (which also skips installing it).
if [ "${BONEBALANCE_SKIP_BROWSER_TESTS:-}" != "1" ]; then [ -x /usr/bin/chromium ] || need_apt+=(chromium); fi
[ -d /usr/share/fonts/truetype/dejavu ] || need_apt+=(fonts-dejavu-core)
[ -f /usr/share/zoneinfo/Pacific/Kiritimati ] || need_apt+=(tzdata)   # IANA time zones (the diary's "today")
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build BoneBalance.slnx -c Release -nologo -v quiet
dotnet test BoneBalance.slnx -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@"
