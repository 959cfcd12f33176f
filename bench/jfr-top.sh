#!/usr/bin/env bash
# Where the time of a Java Flight Recording went: the methods with the most CPU samples (jdk.ExecutionSample), by
# their own samples (the top frame) and by all samples they were on the stack for (inclusive), and
# the same for the frames of Samspel's own code (se.samspel).
#
#   bench/jfr-top.sh target/bench-workflow/h2/submit.jfr [how many, default 25]
#
# Uses the jfr tool of the JDK on the PATH (17 or newer).
set -euo pipefail
file="$1"
top="${2:-25}"
jfr print --events jdk.ExecutionSample --stack-depth 200 "$file" | awk -v top="$top" '
  /^jdk.ExecutionSample/ { inside = 1; depth = 0; delete seen; samples++; next }
  inside && /^[[:space:]]+[a-zA-Z_$].*line:/ {
    frame = $1
    sub(/\(.*$/, "", frame)
    if (depth == 0) self[frame]++
    if (!(frame in seen)) { total[frame]++; seen[frame] = 1 }
    depth++
    next
  }
  inside && /^}/ { inside = 0 }
  END {
    printf "%d samples\n", samples
    printf "\n-- self --\n"
    n = 0; for (f in self) order[n++] = sprintf("%08d %s", self[f], f)
    emit(order, n, samples)
    printf "\n-- inclusive, se.samspel --\n"
    delete order; n = 0
    for (f in total) if (f ~ /^se\.samspel\./) order[n++] = sprintf("%08d %s", total[f], f)
    emit(order, n, samples)
    printf "\n-- inclusive, all --\n"
    delete order; n = 0
    for (f in total) order[n++] = sprintf("%08d %s", total[f], f)
    emit(order, n, samples)
  }
  function emit(order, n, samples,   i, j, t, c) {
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (order[j] > order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
    for (i = 0; i < n && i < top; i++) { c = substr(order[i], 1, 8) + 0; printf "%5.1f%%  %s\n", 100 * c / samples, substr(order[i], 10) }
  }
'
