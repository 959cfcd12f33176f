#!/usr/bin/env bash
# What durable commits cost on the embedded H2 default: submissions (POST /api/requests, one
# commit each) under wrk with H2 writing every commit to its file before answering (WRITE_DELAY 0,
# what Samspel sets) and with H2's own default (WRITE_DELAY=500 named in the URL, the operator's
# opt-out), plus the service's floor (GET /q/health/live, no database) measured on the same
# instance. Each mode starts the packaged application on a fresh H2 file database in
# target/bench-submit/<mode>, production profile with the demo switched on, warms up, measures.
#
#   bench/submit-load.sh                 # build the package, then measure both modes
#   SKIP_BUILD=1 bench/submit-load.sh    # use target/quarkus-app as it is (an H2 build)
#   DURATION=30s WARMUP=15s CONNECTIONS=8 THREADS=2 PORT=18480 bench/submit-load.sh
#
# Needs wrk (apt-get install wrk) and curl. Prints a Markdown table for README "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18480}"
BASE="http://127.0.0.1:$PORT"
OUT=target/bench-submit

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q package -DskipTests
fi

app_pid=
stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

# start MODE [URL]: the packaged application on a fresh database under $OUT/MODE (./data/samspel,
# the embedded default, unless URL is given).
start() {
  local dir="$OUT/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  (
    cd "$dir"
    env -u SAMSPEL_DB_URL \
      QUARKUS_HTTP_PORT="$PORT" SAMSPEL_DEMO_SEED=true SAMSPEL_AUTH_DEMO_ENABLED=true \
      SAMSPEL_JWT_PUBLIC_KEY_LOCATION=demo/jwt-public.pem SAMSPEL_JWT_ISSUER=urn:samspel:demo \
      SAMSPEL_MAIL_MOCK=true \
      ${2:+SAMSPEL_DB_URL="$2"} \
      java -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" >app.log 2>&1 &
    echo $! >app.pid
  )
  app_pid="$(cat "$dir/app.pid")"
  for _ in $(seq 1 180); do
    curl -sf "$BASE/q/health/ready" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "the application exited: $dir/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "the application did not become ready: $dir/app.log" >&2
  exit 1
}

# measure NAME WRK-ARGS…: one wrk run; prints "req/s p50 p99 non2xx"
measure() {
  local name="$1"
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$OUT/$name.txt"
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }
  ' "$OUT/$name.txt"
}

rows=()
for mode in durable delayed; do
  if [[ "$mode" == durable ]]; then
    start "$mode"
  else
    start "$mode" "jdbc:h2:file:./data/samspel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=500"
  fi
  TOKEN="$(curl -sf -X POST "$BASE/api/auth/demo-login" -H 'Content-Type: application/json' \
    -d '{"login":"politiker"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')"
  export TOKEN
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/submit.lua "$BASE" >"$OUT/$mode-warmup.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE/q/health/live" >/dev/null
  read -r f_rps f_p50 f_p99 f_bad < <(measure "$mode-floor" "$BASE/q/health/live")
  read -r s_rps s_p50 s_p99 s_bad < <(measure "$mode-submit" -s bench/submit.lua "$BASE")
  delay="$(grep -o 'WRITE_DELAY 0 on every connection' "$OUT/$mode/app.log" >/dev/null && echo 0 || echo 500)"
  stop_app
  # How the file grows: H2 compacts its file only from the background writer, which WRITE_DELAY 0
  # switches off (and for at most 200 ms at a clean shutdown, which stop_app gives it).
  submits="$(cat "$OUT/$mode-warmup.txt" "$OUT/$mode-submit.txt" | awk '/requests in/ { n += $1 } END { print n }')"
  kb="$(du -k "$OUT/$mode/data/samspel.mv.db" | cut -f1)"
  rows+=("| $mode (WRITE_DELAY $delay) | $s_rps | $s_p50 | $s_p99 | $s_bad | $f_rps | $f_p50 | $f_p99 | $((kb / 1024)) MB after $submits | $((kb * 1000 / submits / 1024)) MB |")
done

echo
echo "Submissions (POST /api/requests), $THREADS threads, $CONNECTIONS connections, $DURATION each after $WARMUP warm-up;"
echo "$(date -u +%F), $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo
echo "| H2 commits | submit req/s | p50 | p99 | non-2xx | floor req/s | floor p50 | floor p99 | file after submissions | per 1 000 |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
