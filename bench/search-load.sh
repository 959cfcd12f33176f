#!/usr/bin/env bash
# Finding people among 50 000 (issue 15): the generated organisation (LargeOrganisationGenerator,
# 50 000 people, seed 20260101) imported into the packaged application on a fresh H2 file
# database, then wrk with 16 connections on GET /api/organisation/search, the queries varied by
# bench/search.lua (parts of names, titles and units), and the service's floor (GET
# /q/health/live, no search) and a signed-in floor (GET /api/me: the token checked, no search) on
# the same instance in the same run. The goal: p99 ≤ 50 ms.
#
#   bench/search-load.sh build     # the package and target/benchmarks.jar (the generator)
#   bench/search-load.sh run       # generate, start, import, warm up, measure; prints a table
#   DURATION=30s WARMUP=15s CONNECTIONS=16 THREADS=2 PORT=18481 bench/search-load.sh run
#
# The application runs with the production profile, the demo login on (SAMSPEL_OIDC_ENABLED=false:
# no identity provider) and the demo organisation
# seeded (so that someone can sign in to import); the demo's KD (login "kd", also KD of the
# generated organisation) is made an administrator for the import with
# SAMSPEL_AUTH_DEMO_ADMINISTRATORS, so the import retires no one who signs in. Needs wrk
# (apt-get install wrk), curl and java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-15s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18481}"
BASE="http://127.0.0.1:$PORT"
OUT=target/bench-search

case "${1:-}" in
  build)
    # The benchmark profile skips the Quarkus build: the generator's jar first, then the package.
    ./mvnw -B -q -Pbenchmark package -DskipTests
    ./mvnw -B -q package -DskipTests
    exit 0
    ;;
  run) ;;
  *)
    echo "usage: bench/search-load.sh build|run" >&2
    exit 2
    ;;
esac

rm -rf "$OUT" && mkdir -p "$OUT"
java -cp target/benchmarks.jar se.samspel.organisation.demo.LargeOrganisationGenerator \
  "$OUT/storvik-50000.json" 50000

app_pid=
stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

(
  cd "$OUT"
  env -u SAMSPEL_DB_URL \
    QUARKUS_HTTP_PORT="$PORT" SAMSPEL_DEMO_SEED=true SAMSPEL_AUTH_DEMO_ENABLED=true \
    SAMSPEL_OIDC_ENABLED=false SAMSPEL_AUTH_DEMO_ADMINISTRATORS=admin,kd SAMSPEL_MAIL_MOCK=true \
    java -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" >app.log 2>&1 &
  echo $! >app.pid
)
app_pid="$(cat "$OUT/app.pid")"
for _ in $(seq 1 180); do
  curl -sf "$BASE/q/health/ready" >/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the application exited: $OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "not ready: $OUT/app.log" >&2; exit 1; }

token() {
  curl -sf -X POST "$BASE/api/auth/demo-login" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$1\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

started=$(date +%s)
curl -sf -o "$OUT/import.json" -X POST "$BASE/api/organisation/import" \
  -H "Authorization: Bearer $(token kd)" -H 'Content-Type: application/json' \
  --data-binary @"$OUT/storvik-50000.json"
echo "imported in $(($(date +%s) - started)) s: $(cat "$OUT/import.json")"

TOKEN="$(token kd)"
export TOKEN
first_ms=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/organisation/search?q=l%C3%A4rare" | awk '{ printf "%d", $1 * 1000 }')
echo "first search (builds the index): $first_ms ms"

wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/search.lua "$BASE" >"$OUT/warmup.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE/q/health/live" >/dev/null

# measure NAME WRK-ARGS…: one wrk run; prints "req/s p50 p90 p99 non2xx"
measure() {
  local name="$1"
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$OUT/$name.txt"
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +90%/ { p90 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %s %s %s %s\n", rps, p50, p90, p99, (bad == "" ? 0 : bad) }
  ' "$OUT/$name.txt"
}

read -r s_rps s_p50 s_p90 s_p99 s_bad < <(measure search -s bench/search.lua "$BASE")
read -r f_rps f_p50 f_p90 f_p99 f_bad < <(measure floor "$BASE/q/health/live")
read -r m_rps m_p50 m_p90 m_p99 m_bad < <(measure me -H "Authorization: Bearer $TOKEN" "$BASE/api/me")
stop_app

echo
echo "$THREADS threads, $CONNECTIONS connections, $DURATION each after $WARMUP warm-up; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(date -u +%F), $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo
echo "| endpoint | req/s | p50 | p90 | p99 | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| GET /api/organisation/search (bench/search.lua) | $s_rps | $s_p50 | $s_p90 | $s_p99 | $s_bad |"
echo "| GET /q/health/live (floor) | $f_rps | $f_p50 | $f_p90 | $f_p99 | $f_bad |"
echo "| GET /api/me (signed in, no search) | $m_rps | $m_p50 | $m_p90 | $m_p99 | $m_bad |"
