#!/usr/bin/env bash
# Load benchmark of the web app on loopback with wrk (Debian package `wrk`; plain wrk, paced with Lua delay()).
#   bench/load/run.sh                 closed-loop throughput (echo vs assessment: of the saved profile, of a posted
#                                     profile, of a posted profile not stored) and latency at a fixed 1,000 req/s
#   bench/load/run.sh --soak 600      POST /api/assessments (the profile as body, stored) at 1,000 req/s for 600 s,
#                                     server RSS every 10 s to a CSV; --soak-path '/api/assessments?save=false' soaks
#                                     the computed assessment (not stored) instead
# Options: --no-build, --duration S (closed loop, default 30), --fixed S (fixed rate, default 60), --rate R (1000),
#          --profile FILE (default examples/woman-67-falls-parental-osteoporosis.json), --out DIR,
#          --connections N (closed loop, default 32), --only PATTERN (run only the runs whose name matches the grep -E pattern, e.g. 'closed-(echo|assessment-body)'),
#          --accounts N (default 150: accounts the requests rotate over, so that the stored runs stay under the limit of
#          1,000 saved assessments per account; with one account every stored request after the 1,000th is a 400),
#          --postgres CONNECTION_STRING (an empty PostgreSQL database instead of SQLite: migrated once with
#          `BoneBalance.Web.dll migrate`, as a deployment does; the accounts stay in it),
#          --instances N (with --postgres: N app processes on N ports on that one database; each closed-loop run is then
#          N wrk processes at the same time, one per instance with connections/N, as a round-robin balancer would share
#          them; the fixed-rate runs are skipped).
# The app runs in Production with a temporary SQLite database (or --postgres) and food catalogue (deleted afterwards).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
soak_path=/api/assessments only='' postgres='' instances=1 build=1 duration=30 fixed=60 rate=1000 soak=0 threads=2 connections=32 paced_connections=20 accounts=150
profile="$root/examples/woman-67-falls-parental-osteoporosis.json"
out="$root/bench/load/out/$(date -u +%Y%m%dT%H%M%SZ)"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --duration) duration="$2"; shift ;;
    --fixed) fixed="$2"; shift ;;
    --rate) rate="$2"; shift ;;
    --soak) soak="$2"; shift ;;
    --soak-path) soak_path="$2"; shift ;;
    --profile) profile="$2"; shift ;;
    --out) out="$2"; shift ;;
    --only) only="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --accounts) accounts="$2"; shift ;;
    --postgres) postgres="$2"; shift ;;
    --instances) instances="$2"; shift ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$instances" -gt 1 ] && [ -z "$postgres" ]; then echo "run.sh: --instances $instances needs --postgres (SQLite is one instance's file)" >&2; exit 2; fi
if [ "$instances" -gt 1 ] && [ "$soak" -gt 0 ]; then echo "run.sh: --soak runs one instance" >&2; exit 2; fi
command -v wrk >/dev/null || { echo "run.sh: wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "run.sh: curl is missing" >&2; exit 1; }
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$build" -eq 1 ]; then dotnet build "$root/src/BoneBalance.Web" -c Release -nologo -v quiet; fi
dll="$root/src/BoneBalance.Web/bin/Release/net10.0/BoneBalance.Web.dll"
work="$(mktemp -d)"
apps=() bases=()
trap 'for p in "${apps[@]}"; do kill "$p" 2>/dev/null; done; for p in "${apps[@]}"; do wait "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
database=(ConnectionStrings__BoneBalance="Data Source=$work/bench.db")
if [ -n "$postgres" ]; then
  database=(Database__Provider=postgres ConnectionStrings__BoneBalance="$postgres" Database__MigrateAtStartup=false)
  env "${database[@]}" FoodDatabase__Path="$work/foods.db" dotnet "$dll" migrate >"$out/migrate.log" 2>&1 \
    || { echo "run.sh: migrate failed:" >&2; cat "$out/migrate.log" >&2; exit 1; }
fi
for i in $(seq 1 "$instances"); do
  port=$(( 20000 + RANDOM % 20000 ))
  bases+=("http://127.0.0.1:$port")
  env ASPNETCORE_ENVIRONMENT=Production Accounts__SignInAttemptsPerMinute=100000 "${database[@]}" FoodDatabase__Path="$work/foods.db" \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >"$out/app-$i.log" 2>&1 &
  apps+=($!)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/api/faq/1" >/dev/null 2>&1 && break
    kill -0 "${apps[-1]}" 2>/dev/null || { echo "run.sh: the app exited:" >&2; cat "$out/app-$i.log" >&2; exit 1; }
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$port/api/faq/1" >/dev/null || { echo "run.sh: the app did not start" >&2; exit 1; }
done
app=${apps[0]} base=${bases[0]}

# People: each registers through the form (antiforgery token from the page) and gets an API token; the requests
# rotate over their tokens (common.lua). Each gets the profile; the first also a few diary rows below.
register() {
  local jar="$work/cookies-$1" form_token email password status token
  form_token=$(curl -fs -c "$jar" "$base/Accounts/Register" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  email="bench-$1-$RANDOM$RANDOM@example.org" password="correct horse battery"
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$base/Accounts/Register" \
    --data-urlencode "__RequestVerificationToken=$form_token" --data-urlencode "email=$email" \
    --data-urlencode "password=$password" --data-urlencode "confirm=$password")
  [ "$status" = 302 ] || { echo "run.sh: registering answered $status" >&2; return 1; }
  token=$(curl -fs -b "$jar" -H 'Content-Type: application/json' -d '{"name":"load benchmark"}' "$base/api/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "run.sh: no API token" >&2; return 1; }
  # Every account gets the profile, so the saved-profile run (empty body) is answered 201 whichever token it rotates to.
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -X PUT -H 'Content-Type: application/json' --data-binary "@$profile" "$base/api/profile")
  [ "$status" = 200 ] || { echo "run.sh: PUT /api/profile answered $status" >&2; return 1; }
  echo "$token" >"$work/token-$1"
}
pids=()
for i in $(seq 1 "$accounts"); do
  register "$i" & pids+=($!)
  if (( ${#pids[@]} == 4 )); then wait "${pids[@]}" || true; pids=(); fi # four at a time (not `wait`: the app is a child too)
done
wait "${pids[@]}" || true
tokens=$(cat "$work"/token-* 2>/dev/null | tr '\n' ' ')
[ "$(wc -w <<<"$tokens")" -eq "$accounts" ] || { echo "run.sh: only $(wc -w <<<"$tokens") of $accounts accounts registered" >&2; exit 1; }
token=$(cat "$work/token-1")
auth=(-H "Authorization: Bearer $token")
status=$(curl -s -o "$out/profile-response.json" -w '%{http_code}' "${auth[@]}" -X PUT -H 'Content-Type: application/json' --data-binary "@$profile" "$base/api/profile")
[ "$status" = 200 ] || { echo "run.sh: PUT /api/profile answered $status: $(cat "$out/profile-response.json")" >&2; exit 1; }
today=$(date -u +%F)
for food in '"foodId":"usda:16113","quantity":0.5,"measure":"cup"' '"foodId":"usda:11233","grams":130' '"foodId":"usda:01009","grams":40'; do
  curl -fs -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d "{\"date\":\"$today\",$food}" "$base/api/diary/foods" \
    || { echo "run.sh: diary row {$food} refused" >&2; exit 1; }
done
status=$(curl -s -o "$out/assessment.json" -w '%{http_code}' "${auth[@]}" -X POST "$base/api/assessments")
[ "$status" = 201 ] || { echo "run.sh: POST /api/assessments answered $status: $(cat "$out/assessment.json")" >&2; exit 1; }
echo "app pids ${apps[*]} on ${bases[*]} ($([ -n "$postgres" ] && echo PostgreSQL || echo SQLite)); profile $(basename "$profile"); $accounts accounts; load average $(cut -d" " -f1-3 /proc/loadavg); results in $out"

export BONEBALANCE_TOKEN="$token" BONEBALANCE_TOKENS="$tokens" BENCH_DIR="$here"
# run NAME SCRIPT RATE CONNECTIONS SECONDS: wrk's report to NAME.txt, the RESULT line to stdout.
run() {
  if [ -n "$only" ] && [[ "$1" != warmup-* ]] && ! grep -Eq -- "$only" <<<"$1"; then return 0; fi
  if [ "$instances" -gt 1 ]; then
    if [ "$3" -gt 0 ]; then printf '%-28s %s\n' "$1" "skipped (fixed rate: one instance only)"; return 0; fi
    # One wrk per instance, all at once; the summed rate, and the worst of the instances' percentiles.
    local i pids=()
    for i in "${!bases[@]}"; do
      BENCH_PAUSE_MS='' BENCH_RATE=0 BENCH_CONNECTIONS=$(( $4 / instances )) wrk -t1 -c$(( $4 / instances )) -d"$5"s --timeout 5s --latency \
        -s "$here/$2" "${bases[$i]}" >"$out/$1.instance-$((i + 1)).txt" 2>&1 & pids+=($!)
    done
    wait "${pids[@]}"
    grep -h '^RESULT' "$out/$1".instance-*.txt | awk '{ for (f = 2; f <= NF; f++) { split($f, kv, "="); v[kv[1]] = kv[2] }
        n++; req += v["requests"]; rps += v["rps"]; he += v["http_errors"]; se += v["socket_errors"]; if (v["seconds"] > s) s = v["seconds"]
        if (v["p50_ms"] > p50) p50 = v["p50_ms"]; if (v["p90_ms"] > p90) p90 = v["p90_ms"]; if (v["p99_ms"] > p99) p99 = v["p99_ms"]; if (v["max_ms"] > mx) mx = v["max_ms"] }
      END { printf "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f http_errors=%d socket_errors=%d instances=%d\n", req, s, rps, p50, p90, p99, mx, he, se, n }' >"$out/$1.txt"
    printf '%-28s %s\n' "$1" "$(cat "$out/$1.txt")"
    return 0
  fi
  local pause=''
  if [ "$3" -gt 0 ]; then pause=$(calibrate "$1" "$2" "$3" "$4"); fi
  local cpu_before cpu_after requests
  cpu_before=$(app_cpu_ticks)
  BENCH_PAUSE_MS="$pause" BENCH_RATE="$3" BENCH_CONNECTIONS="$4" wrk -t"$threads" -c"$4" -d"$5"s --timeout 5s --latency -s "$here/$2" "$base" >"$out/$1.txt" 2>&1
  cpu_after=$(app_cpu_ticks)
  # The app's own CPU per request (user + system, all threads, from /proc): on a shared machine a steadier measure of
  # what a request costs than the throughput, which also depends on what else runs.
  requests=$(sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p' "$out/$1.txt")
  if [ -n "$requests" ] && [ "$requests" -gt 0 ]; then
    sed -i "s/^RESULT .*/& app_cpu_us_per_request=$(awk -v t="$(( cpu_after - cpu_before ))" -v h="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t * 1e6 / h / n }')/" "$out/$1.txt"
  fi
  printf '%-28s %s\n' "$1" "$(grep '^RESULT' "$out/$1.txt" || { echo "no RESULT:"; cat "$out/$1.txt"; })"
}
# calibrate NAME SCRIPT RATE CONNECTIONS: the mean pause (ms) per connection that makes CONNECTIONS connections reach
# RATE requests/s. A 5-s run with a pause measures the time a request takes (C/reached - pause), which is then taken off
# the nominal pause C/R; done twice, the second run with the first answer, because the time a request takes depends on
# the load (a first estimate made at a lower rate, or while the JIT was still warming, is too long).
calibrate() {
  local nominal pause reached round
  nominal=$(awk -v c="$4" -v r="$3" 'BEGIN { printf "%.3f", c * 1000 / r }')
  pause="$nominal"
  for round in 1 2; do
    BENCH_PAUSE_MS="$pause" BENCH_RATE="$3" BENCH_CONNECTIONS="$4" wrk -t"$threads" -c"$4" -d5s --timeout 5s -s "$here/$2" "$base" >"$out/$1.calibration-$round.txt" 2>&1
    reached=$(sed -n 's/^RESULT .*rps=\([0-9.]*\).*/\1/p' "$out/$1.calibration-$round.txt")
    pause=$(awk -v c="$4" -v r="$3" -v p="$pause" -v got="${reached:-0}" \
      'BEGIN { if (got <= 0) { print p; exit } took = c * 1000 / got - p; q = c * 1000 / r - took; if (q < 0) q = 0; printf "%.3f", q }')
  done
  echo "$pause"
}
# The app processes' CPU time so far, in clock ticks (utime + stime of /proc/PID/stat, every thread).
app_cpu_ticks() { local p total=0; for p in "${apps[@]}"; do total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$p/stat") )); done; echo "$total"; }
rss_kb() { local p total=0; for p in "${apps[@]}"; do total=$(( total + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status") )); done; echo "$total"; }

if [ "$soak" -gt 0 ]; then
  csv="$out/soak-rss.csv"
  echo "seconds,rss_kb" >"$csv"
  # The posted profile (stored: the API's usual call; or --soak-path), after a warm-up; the pause calibrated to the rate.
  export BENCH_BODY="$profile" BENCH_PATH="$soak_path"
  run warmup-assessment-body assessment.lua 0 "$connections" 30 >/dev/null
  pause=$(calibrate soak assessment.lua "$rate" "$paced_connections")
  echo "soak: POST $soak_path, $paced_connections connections, pause $pause ms" >&2
  BENCH_PAUSE_MS="$pause" BENCH_RATE="$rate" BENCH_CONNECTIONS="$paced_connections" wrk -t"$threads" -c"$paced_connections" -d"$soak"s --timeout 5s --latency \
    -s "$here/assessment.lua" "$base" >"$out/soak.txt" 2>&1 &
  bench=$!
  start=$SECONDS
  while kill -0 "$bench" 2>/dev/null; do
    echo "$((SECONDS - start)),$(rss_kb)" >>"$csv"
    sleep 10
  done
  wait "$bench" || true
  echo "$((SECONDS - start)),$(rss_kb)" >>"$csv"
  printf '%-28s %s\n' "soak-assessment-${soak}s" "$(grep '^RESULT' "$out/soak.txt")"
  # RSS trend: first and last sample after the first minute (warm-up), and the least-squares slope over that window.
  awk -F, 'NR > 1 && $1 >= 60 { n++; x += $1; y += $2; xx += $1 * $1; xy += $1 * $2; if (n == 1) first = $2; last = $2; if ($2 > max) max = $2 }
    END { slope = (n * xy - x * y) / (n * xx - x * x); printf "RSS after warm-up %.1f MB, at the end %.1f MB, peak %.1f MB, trend %+.2f MB/min (%d samples, %s)\n",
      first / 1024, last / 1024, max / 1024, slope * 60 / 1024, n, FILENAME }' "$csv"
  exit 0
fi

echo "RSS before: $(( $(rss_kb) / 1024 )) MB"
run warmup-echo echo.lua 0 "$connections" 10 >/dev/null
run warmup-assessment assessment.lua 0 "$connections" 10 >/dev/null
BENCH_BODY="$profile" run warmup-assessment-body assessment.lua 0 "$connections" 10 >/dev/null
run closed-echo echo.lua 0 "$connections" "$duration"
run closed-assessment assessment.lua 0 "$connections" "$duration"
BENCH_BODY="$profile" run closed-assessment-body assessment.lua 0 "$connections" "$duration"
BENCH_BODY="$profile" BENCH_PATH="/api/assessments?save=false" run closed-assessment-nosave assessment.lua 0 "$connections" "$duration"
echo_rps=$(sed -n 's/^RESULT .*rps=\([0-9.]*\).*/\1/p' "$out/closed-echo.txt" 2>/dev/null || true)
for kind in assessment assessment-body assessment-nosave; do
  [ -n "$echo_rps" ] && [ -s "$out/closed-$kind.txt" ] || continue
  awk -v a="$(sed -n 's/^RESULT .*rps=\([0-9.]*\).*/\1/p' "$out/closed-$kind.txt")" -v e="$echo_rps" -v k="$kind" \
    'BEGIN { printf "%s/echo throughput: %.1f %% (goal >= 50 %%)\n", k, 100 * a / e }'
done
run "fixed-${rate}-echo" echo.lua "$rate" "$paced_connections" "$fixed"
run "fixed-${rate}-assessment" assessment.lua "$rate" "$paced_connections" "$fixed"
BENCH_BODY="$profile" run "fixed-${rate}-assessment-body" assessment.lua "$rate" "$paced_connections" "$fixed"
BENCH_BODY="$profile" BENCH_PATH="/api/assessments?save=false" run "fixed-${rate}-assessment-nosave" assessment.lua "$rate" "$paced_connections" "$fixed"
echo "RSS after: $(( $(rss_kb) / 1024 )) MB"
