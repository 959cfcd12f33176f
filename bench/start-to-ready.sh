#!/usr/bin/env bash
# Start to ready of the packaged application (issue 17), and how much of it is Samspel's own work.
#
# Starts target/quarkus-app (production profile, JVM, the demo login, no identity provider) ROUNDS
# times in each of three ways and prints the median and range of start to ready (from the java
# command to the first 200 from /q/health/ready) of each:
#
#   new        a new, empty database: every migration runs and the demo organisations are imported
#   again      the same database again with the demo seed off: nothing to migrate, nothing to import,
#              so what is left is the JVM, Quarkus and the application's own beans
#   again-c1   as again, with -XX:TieredStopAtLevel=1 (C1 only, see README "The JVM")
#
# "again" is the floor of this package on this machine: what no change to the migrations or the
# import can remove. PROFILE=1 also records the first "new" and "again" start with Java Flight
# Recorder (target/bench-start/<db>/<way>.jfr; bench/jfr-top.sh).
#
#   bench/start-to-ready.sh [h2|postgresql]      # build the package for that database, then measure
#   SKIP_BUILD=1 ROUNDS=5 bench/start-to-ready.sh postgresql
#
# h2: new H2 files under target/bench-start/h2. postgresql: the database samspel_start on
# 127.0.0.1:5432 (user postgres, trust), dropped and created by this script (never the test
# database). Run it on an otherwise idle machine: a start is mostly one core loading classes.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${1:-h2}"
ROUNDS="${ROUNDS:-3}"
PORT="${PORT:-18483}"
JAVA_OPTS="${JAVA_OPTS:-}"
OUT="target/bench-start/$DB"
PG_DB=samspel_start

case "$DB" in
  h2) profile=() ;;
  postgresql) profile=(-Ppostgresql) ;;
  *)
    echo "usage: bench/start-to-ready.sh [h2|postgresql]" >&2
    exit 2
    ;;
esac

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q package -DskipTests "${profile[@]}"
fi
mkdir -p "$OUT"

app_pid=
stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

new_database() {
  if [[ "$DB" == postgresql ]]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $PG_DB" \
      -c "create database $PG_DB" >/dev/null
  else
    rm -rf "$OUT/data"
  fi
}

# start <way> <seed true|false> <extra java options> <jfr file or empty>: prints milliseconds.
start() {
  local way="$1" seed="$2" extra="$3" jfr="$4"
  local db_env=()
  if [[ "$DB" == postgresql ]]; then
    db_env=(SAMSPEL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" SAMSPEL_DB_USERNAME=postgres)
  fi
  local recording=""
  [[ -n "$jfr" ]] && recording="-XX:StartFlightRecording=filename=$PWD/$jfr,settings=profile"
  local started_ns
  started_ns=$(date +%s%N)
  (
    cd "$OUT"
    env -u SAMSPEL_DB_URL "${db_env[@]}" \
      QUARKUS_HTTP_PORT="$PORT" SAMSPEL_DEMO_SEED="$seed" SAMSPEL_AUTH_DEMO_ENABLED=true \
      SAMSPEL_OIDC_ENABLED=false SAMSPEL_MAIL_MOCK=true \
      java $JAVA_OPTS $extra $recording -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" \
      >"$way.log" 2>&1 &
    echo $! >app.pid
  )
  app_pid="$(cat "$OUT/app.pid")"
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then
      echo $((($(date +%s%N) - started_ns) / 1000000))
      stop_app
      return
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the application exited: $OUT/$way.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "not ready after 24 s: $OUT/$way.log" >&2
  exit 1
}

summary() {
  sort -n | awk '{ v[NR] = $1 } END { printf "median %5d ms (%d–%d ms, %d starts)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
}

load_before="$(cut -d' ' -f1 /proc/loadavg)"
new=() again=() again_c1=()
for round in $(seq 1 "$ROUNDS"); do
  jfr_new="" jfr_again=""
  if [[ "${PROFILE:-}" == 1 && "$round" == 1 ]]; then
    jfr_new="$OUT/new.jfr" jfr_again="$OUT/again.jfr"
  fi
  new_database
  new+=("$(start new true "" "$jfr_new")")
  again+=("$(start again false "" "$jfr_again")")
  again_c1+=("$(start again-c1 false "-XX:TieredStopAtLevel=1" "")")
done

echo "START TO READY db=$DB java=$(java -version 2>&1 | head -1 | cut -d'"' -f2) cores=$(nproc) load before=$load_before"
echo "  new database (migrations, demo import): $(printf '%s\n' "${new[@]}" | summary)"
echo "  again (nothing to migrate or import):   $(printf '%s\n' "${again[@]}" | summary)"
echo "  again, C1 only:                          $(printf '%s\n' "${again_c1[@]}" | summary)"
