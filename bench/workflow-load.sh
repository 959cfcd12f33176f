#!/usr/bin/env bash
# The contact-request workflow under load (issue 17), with the service's own floor in the same run.
#
# Starts the packaged application (production profile, JVM) on a new database with the demo
# organisation, measures start to ready, imports the benchmark's organisation
# (WorkflowOrganisationGenerator: 100 departments of a head, a manager and ten staff, and 50
# politicians), has the demo login sign a token for every politician and department head, and
# drives wrk (one thread, CONNECTIONS connections, bench/workflow.lua) through:
#
#   submit    REQUESTS politician → staff member dialogues (after WARMUP of the same), each routed
#             to the department head for approval, stored with its deadline
#   inbox     REQUESTS department heads' inboxes, 50 per page (REQUESTS + WARMUP open)
#   approve   every open request approved by its head (REQUESTS + WARMUP of them)
#   me, live  the floor: GET /api/me signed in, GET /q/health/live without a token
#   inbox50k  the inboxes again after OPEN more submissions (not measured) are left open
#
# and checks that the work was done: every submission stored, every approval answered 200, no head
# with anything left waiting. Then prints a Markdown table with req/s, p50/p90/p99, start to ready
# and the process's resident memory (RSS) after the load, and a second one with the CPU time each
# request cost the application, the database server (PostgreSQL; H2 is inside the application) and
# the rest of the machine (wrk), with how much of the machine was left idle: once nothing is idle,
# cores × 1000 ms / (their sum) is the most requests per second this machine can give.
#
#   bench/workflow-load.sh [h2|postgresql]     # build the package for that database, then measure
#   SKIP_BUILD=1 bench/workflow-load.sh        # target/quarkus-app and target/benchmarks.jar as they are
#   REQUESTS=10000 WARMUP=1000 OPEN=50000 CONNECTIONS=16 JAVA_OPTS='…' bench/workflow-load.sh h2
#   PROFILE=1 bench/workflow-load.sh h2      # also a Java Flight Recording of each measured run:
#                                            # target/bench-workflow/h2/<run>.jfr (bench/jfr-top.sh)
#
# h2: a new H2 file database under target/bench-workflow/h2/data. postgresql: the database
# samspel_bench on 127.0.0.1:5432 (user postgres, trust), dropped and created by this script (never
# the test database). Needs wrk (apt-get install wrk; its LuaJIT), curl, java 17, psql for
# postgresql.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${1:-h2}"
REQUESTS="${REQUESTS:-10000}"
WARMUP="${WARMUP:-1000}"
OPEN="${OPEN:-50000}"
# The floor without a token answers in well under a millisecond: more of them, for a steady figure.
FLOOR_REQUESTS="${FLOOR_REQUESTS:-$((REQUESTS * 5))}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-18482}"
JAVA_OPTS="${JAVA_OPTS:-}"
BASE="http://127.0.0.1:$PORT"
OUT="target/bench-workflow/$DB"
PG_DB=samspel_bench

case "$DB" in
  h2) profile=() ;;
  postgresql) profile=(-Ppostgresql) ;;
  *)
    echo "usage: bench/workflow-load.sh [h2|postgresql]" >&2
    exit 2
    ;;
esac

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # The benchmark profile builds target/benchmarks.jar (the generator) and skips the Quarkus build;
  # the second build packages the application for the database.
  ./mvnw -B -q -Pbenchmark package -DskipTests
  ./mvnw -B -q package -DskipTests "${profile[@]}"
fi

rm -rf "$OUT" && mkdir -p "$OUT"
java -cp target/benchmarks.jar se.samspel.organisation.demo.WorkflowOrganisationGenerator \
  "$OUT/organisation.json"

db_env=()
if [[ "$DB" == postgresql ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $PG_DB" \
    -c "create database $PG_DB" >/dev/null
  db_env=(SAMSPEL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" SAMSPEL_DB_USERNAME=postgres)
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

# Production profile; the demo login signs the tokens (its issuer and key are the demo's), no
# identity provider; kd (KD of both organisations) may import.
started_ns=$(date +%s%N)
(
  cd "$OUT"
  env -u SAMSPEL_DB_URL "${db_env[@]}" \
    QUARKUS_HTTP_PORT="$PORT" SAMSPEL_DEMO_SEED=true SAMSPEL_AUTH_DEMO_ENABLED=true \
    SAMSPEL_OIDC_ENABLED=false SAMSPEL_AUTH_DEMO_ADMINISTRATORS=admin,kd SAMSPEL_MAIL_MOCK=true \
    java $JAVA_OPTS -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" >app.log 2>&1 &
  echo $! >app.pid
)
app_pid="$(cat "$OUT/app.pid")"
ready=false
for _ in $(seq 1 1200); do
  if curl -sf -o /dev/null "$BASE/q/health/ready"; then
    ready=true
    break
  fi
  kill -0 "$app_pid" 2>/dev/null || { echo "the application exited: $OUT/app.log" >&2; exit 1; }
  sleep 0.05
done
[[ "$ready" == true ]] || { echo "not ready after 60 s: $OUT/app.log" >&2; exit 1; }
start_ms=$((($(date +%s%N) - started_ns) / 1000000))
echo "ready $start_ms ms after the start ($(grep -o 'started in [0-9.]*s' "$OUT/app.log" || true))"

token() {
  curl -sf -X POST "$BASE/api/auth/demo-login" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$1\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

imported_s=$(date +%s)
curl -sf -o "$OUT/import.json" -X POST "$BASE/api/organisation/import" \
  -H "Authorization: Bearer $(token kd)" -H 'Content-Type: application/json' \
  --data-binary @"$OUT/organisation.json" || { echo "import failed" >&2; exit 1; }
echo "imported in $(($(date +%s) - imported_s)) s"

: >"$OUT/politicians.txt"
for p in $(seq -f '%02g' 1 50); do echo "pol-$p $(token "pol-$p")" >>"$OUT/politicians.txt"; done
: >"$OUT/heads.txt"
for d in $(seq -f '%03g' 1 100); do echo "fc-$d $(token "fc-$d")" >>"$OUT/heads.txt"; done

export POLITICIANS="$OUT/politicians.txt" HEADS="$OUT/heads.txt"

# Where the machine's CPU went during a run, in clock ticks (/proc): the application's process, the
# database's (PostgreSQL's server processes; H2 runs inside the application), the whole machine
# busy, and the machine's capacity (ticks × cores). "rest" is wrk and whatever else ran.
ticks() { # ticks PID…: user + system ticks of these processes
  local total=0 pid
  for pid in "$@"; do
    [[ -r "/proc/$pid/stat" ]] || continue
    total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
  done
  echo "$total"
}
db_pids() { [[ "$DB" == postgresql ]] && pgrep -x postgres || true; }
machine() { # machine: "busy total" ticks of all cores since boot
  awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat
}
# cpu_sample: "app db busy total" now
cpu_sample() {
  local -a pids
  mapfile -t pids < <(db_pids)
  echo "$(ticks "$app_pid") $(ticks "${pids[@]}") $(machine)"
}

# run NAME MODE COUNT [IDS]: one wrk run; its RESULT line is kept in $OUT/NAME.txt, its CPU line
# (ticks used by the application, the database, the rest, and left idle) in $OUT/NAME.cpu
run() {
  local name="$1" mode="$2" count="$3" ids="${4:-}" before after
  if [[ "${PROFILE:-}" == 1 && "$name" != warmup-* ]]; then
    jcmd "$app_pid" JFR.start name="$name" settings=profile filename="$PWD/$OUT/$name.jfr" >/dev/null
  fi
  before=$(cpu_sample)
  MODE="$mode" REQUESTS="$count" IDS="$ids" \
    wrk -t1 -c"$CONNECTIONS" -d3600s --timeout 30s --latency -s bench/workflow.lua "$BASE" \
    >"$OUT/$name.txt" 2>"$OUT/$name.err"
  after=$(cpu_sample)
  echo "$before $after" | awk '{ app = $5 - $1; db = $6 - $2; busy = $7 - $3; total = $8 - $4
    print "CPU app=" app " db=" db " rest=" busy - app - db " idle=" total - busy }' >"$OUT/$name.cpu"
  if [[ "${PROFILE:-}" == 1 && "$name" != warmup-* ]]; then
    jcmd "$app_pid" JFR.stop name="$name" >/dev/null
  fi
  grep '^RESULT' "$OUT/$name.txt" || { echo "wrk gave no result: $OUT/$name.txt" >&2; exit 1; }
}
field() { # field NAME KEY
  grep '^RESULT' "$OUT/$1.txt" | tr ' ' '\n' | sed -n "s/^$2=//p"
}
cpu_field() { # cpu_field NAME KEY: ticks
  tr ' ' '\n' <"$OUT/$1.cpu" | sed -n "s/^$2=//p"
}

run warmup-submit submit "$WARMUP" "$OUT/ids.txt"
run warmup-me me "$WARMUP"
run warmup-live live "$FLOOR_REQUESTS"
run submit submit "$REQUESTS" "$OUT/ids.txt"
run inbox inbox "$REQUESTS"
run approve approve 0 "$OUT/ids.txt"
run me me "$REQUESTS"
run live live "$FLOOR_REQUESTS"

# The work was done: every submission stored (201), every approval answered 200, no head with
# anything left waiting.
stored=$(wc -l <"$OUT/ids.txt")
left=0
while read -r login tok; do
  n=$(curl -sf -H "Authorization: Bearer $tok" "$BASE/api/requests/inbox?size=1" |
    sed 's/.*"total":\([0-9]*\).*/\1/')
  left=$((left + n))
done <"$OUT/heads.txt"
failed=0
for name in warmup-submit submit inbox approve me live; do
  failed=$((failed + $(field "$name" non2xx)))
done
echo "stored $stored of $((WARMUP + REQUESTS)) submissions, approved $(field approve planned), left waiting on heads: $left, non-2xx: $failed"
if [[ "$stored" -ne $((WARMUP + REQUESTS)) || "$(field approve planned)" -ne "$stored" || "$left" -ne 0 || "$failed" -ne 0 ]]; then
  echo "THE WORK WAS NOT DONE: see $OUT" >&2
  exit 1
fi

open_s=$(date +%s)
run open submit "$OPEN" "$OUT/open-ids.txt"
echo "left $OPEN requests open in $(($(date +%s) - open_s)) s"
run warmup-inbox50k inbox "$WARMUP"
run inbox50k inbox "$REQUESTS"

rss_mb=$(($(awk '/^VmRSS/ { print $2 }' "/proc/$app_pid/status") / 1024))
hwm_mb=$(($(awk '/^VmHWM/ { print $2 }' "/proc/$app_pid/status") / 1024))
# Where the memory is, read after RSS (the histogram runs a full collection): the heap's biggest
# classes, and the JVM's own areas when JAVA_OPTS has -XX:NativeMemoryTracking=summary.
jcmd "$app_pid" GC.class_histogram 2>/dev/null | head -40 >"$OUT/heap-histogram.txt" || true
if [[ "$JAVA_OPTS" == *NativeMemoryTracking* ]]; then
  jcmd "$app_pid" VM.native_memory summary >"$OUT/native-memory.txt" 2>/dev/null || true
fi
stop_app

row() { # row LABEL NAME
  printf '| %s | %s | %s ms | %s ms | %s ms | %s |\n' "$1" "$(field "$2" rps)" \
    "$(field "$2" p50)" "$(field "$2" p90)" "$(field "$2" p99)" "$(field "$2" non2xx)"
}
echo
echo "$DB; wrk 1 thread, $CONNECTIONS connections; $REQUESTS requests each after $WARMUP; JAVA_OPTS='${JAVA_OPTS}' MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-}"
echo "$(date -u +%F), $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| operation | req/s | p50 | p90 | p99 | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|"
row "submit (politician → staff, routed to the head)" submit
row "inbox, 50 per page ($((WARMUP + REQUESTS)) open)" inbox
row "approve (by the head)" approve
row "inbox, 50 per page ($OPEN open)" inbox50k
row "floor: GET /api/me (signed in)" me
row "floor: GET /q/health/live ($FLOOR_REQUESTS requests)" live
echo
echo "start to ready: $start_ms ms; RSS after the load: $rss_mb MB (peak $hwm_mb MB); heap's biggest classes in $OUT/heap-histogram.txt"

# CPU time per answered request, by who spent it: what bounds req/s on this machine is
# (cores × 1000 ms) / (the sum of the columns) once the machine has no idle time left.
hz=$(getconf CLK_TCK)
cpu_row() { # cpu_row LABEL NAME
  local answers
  answers=$(field "$2" answers)
  awk -v label="$1" -v n="$answers" -v hz="$hz" -v app="$(cpu_field "$2" app)" \
    -v db="$(cpu_field "$2" db)" -v rest="$(cpu_field "$2" rest)" -v idle="$(cpu_field "$2" idle)" \
    'BEGIN { ms = 1000 / hz / n; printf "| %s | %.2f ms | %.2f ms | %.2f ms | %.0f %% |\n",
      label, app * ms, db * ms, rest * ms, 100 * idle / (app + db + rest + idle) }'
}
echo
echo "| CPU per request | application | database server | rest (wrk, other) | machine idle |"
echo "|---|---:|---:|---:|---:|"
cpu_row submit submit
cpu_row "inbox ($((WARMUP + REQUESTS)) open)" inbox
cpu_row approve approve
cpu_row "inbox ($OPEN open)" inbox50k
cpu_row "GET /api/me" me
cpu_row "GET /q/health/live" live
