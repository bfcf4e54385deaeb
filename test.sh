#!/usr/bin/env bash
# Runs every BoneBalance test. Installs what the tests need when it is missing (Debian), then `dotnet test`.
# Usage: ./test.sh [extra dotnet test arguments, given to both passes below]
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
# PostgreSQL tests run on a throw-away server this script starts (below) unless BONEBALANCE_TEST_POSTGRES names one already,
# or BONEBALANCE_SKIP_POSTGRES_TESTS=1 (which also skips installing Debian's 'postgresql').
postgres_wanted=0
if [ "${BONEBALANCE_SKIP_POSTGRES_TESTS:-}" != "1" ] && [ -z "${BONEBALANCE_TEST_POSTGRES:-}" ]; then
  postgres_wanted=1
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

# A throw-away PostgreSQL cluster: a temp directory, a free loopback port, its own socket directory; never the system
# service or port 5432. Run as the 'postgres' user when this script is root (initdb refuses root), else as the caller.
# Stopped and deleted on every exit (success, failure, Ctrl-C).
if [ "$postgres_wanted" = "1" ]; then
  pg_bin="$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")"
  pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/bonebalance-postgres.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pg_dir"; as_pg=(runuser -u postgres --); else as_pg=(); fi
  stop_postgres() {
    if [ -f "$pg_dir/data/postmaster.pid" ]; then "${as_pg[@]}" "$pg_bin/pg_ctl" stop -D "$pg_dir/data" -m immediate -s >/dev/null 2>&1 || true; fi
    rm -rf "$pg_dir"
  }
  trap stop_postgres EXIT
  trap 'exit 130' INT TERM
  pg_port=""
  for _ in $(seq 1 50); do   # a free port: nothing answers on it
    candidate=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
  done
  [ -n "$pg_port" ] || { echo "test.sh: no free port for the test PostgreSQL server" >&2; exit 1; }
  pg_password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  mkdir "$pg_dir/socket"; [ "$(id -u)" -ne 0 ] || chown postgres: "$pg_dir/socket"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/pg_ctl" start -D "$pg_dir/data" -w -s -l "$pg_dir/server.log" \
    -o "-p $pg_port -k $pg_dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    || { cat "$pg_dir/server.log" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/psql" -q -X -v ON_ERROR_STOP=1 -h "$pg_dir/socket" -p "$pg_port" -U postgres -d postgres \
    -c "CREATE ROLE bonebalance_test LOGIN CREATEDB PASSWORD '$pg_password'" >/dev/null
  export BONEBALANCE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=bonebalance_test;Password=$pg_password;Database=postgres"
  echo "test.sh: throw-away PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir)"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build BoneBalance.slnx -c Release -nologo -v quiet
# Pass 1: every project; the web app's tests on SQLite (plus the tests about PostgreSQL itself).
status=0
dotnet test BoneBalance.slnx -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@" || status=$?
# Pass 2: every persistence, API and page test of the web app again, on PostgreSQL (BONEBALANCE_TEST_DATABASE), leaving
# out the tests about one engine's own files and migrations (trait Database=sqlite-only / postgres-only, run in pass 1).
if [ "${BONEBALANCE_SKIP_POSTGRES_TESTS:-}" != "1" ]; then
  echo "test.sh: the web app's tests again on PostgreSQL"
  BONEBALANCE_TEST_DATABASE=postgres dotnet test tests/BoneBalance.Web.Tests -c Release --no-build -nologo \
    --logger "console;verbosity=minimal" --filter "Database!=sqlite-only&Database!=postgres-only" "$@" || status=$?
fi
exit "$status"
