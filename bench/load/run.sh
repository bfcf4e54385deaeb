#!/usr/bin/env bash
# Load test of POST /api/assessments against POST /api/echo (issue 5): starts the web app (Release build) on loopback
# with a throw-away SQLite database, registers a person, takes an API token, and runs wrk on both endpoints.
# Usage: bench/load/run.sh [seconds=15] [connections=16]   (needs wrk: apt-get install wrk)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-15}
connections=${2:-16}
threads=$(( connections < 2 ? 1 : 2 ))
port=${PORT:-5187}
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build "$root/src/BoneBalance.Web" -c Release -v q >/dev/null
ConnectionStrings__BoneBalance="Data Source=$work/load.db" dotnet "$root/src/BoneBalance.Web/bin/Release/net10.0/BoneBalance.Web.dll" \
  --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
base="http://127.0.0.1:$port"
until curl -sf "$base/" >/dev/null; do sleep 0.5; done

jar="$work/cookies"
page=$(curl -s -c "$jar" -b "$jar" "$base/Accounts/Register")
token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "email=load-$RANDOM@example.org" \
  --data-urlencode "password=correct horse battery" --data-urlencode "confirm=correct horse battery" "$base/Accounts/Register"
export TOKEN=$(curl -s -c "$jar" -b "$jar" -H 'Content-Type: application/json' -d '{"name":"load"}' "$base/api/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
export BODY="$root/examples/woman-67-falls-parental-osteoporosis.json"

for url in "$base/api/echo" "$base/api/assessments?save=false" "$base/api/assessments"; do
  wrk -t"$threads" -c"$connections" -d2s -s "$here/post-json.lua" "$url" >/dev/null   # warm-up
  printf '%-40s ' "${url#$base}"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$here/post-json.lua" "$url" | tail -1
done
