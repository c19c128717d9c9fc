#!/usr/bin/env bash
# Soak test: 10 minutes of mixed traffic at moderate load (16 connections), on loopback, with wrk
# and deploy/bench/mixed.lua. Every UNIQUE_EVERY-th request of a wrk thread searches for a word
# never sent before, so a cache or table that grows with what readers type shows as heap growth.
# The used heap is read after forced full GCs (jcmd GC.run; the figure from the GC log) after
# the warm-up and at the end, each time once the portal is idle, and every SAMPLE s in between
# (under load, so those include the requests in flight: a trend, not the measure). Prints a
# markdown table; exits non-zero if the heap at the end is more than 1.10 x the heap at the
# start, or on any socket error, non-2xx/3xx response, cookie on a public response, or SEVERE
# line in the server log under load.
#
#   deploy/bench/soak.sh
#   DURATION=10m CONNECTIONS=16 WARMUP=60s SAMPLE=60 UNIQUE_EVERY=10 PORTAL_PORT=18190 deploy/bench/soak.sh
#   KEEP_LOG=/tmp/portal-soak.log deploy/bench/soak.sh     # keep the server log afterwards
#
# Everything listens on and talks to 127.0.0.1 only. Needs root (or sudo) to apt-get install wrk
# when it is missing, and jcmd/jstat from the JDK that runs the portal.
set -euo pipefail
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10m}
THREADS=${THREADS:-2}
PORTAL_PORT=${PORTAL_PORT:-18190}
WARMUP=${WARMUP:-60s}
SAMPLE=${SAMPLE:-60}
UNIQUE_EVERY=${UNIQUE_EVERY:-10}
MAX_GROWTH=${MAX_GROWTH:-1.10}
# shellcheck source=deploy/bench/lib.sh
. "$(dirname "$0")/lib.sh"

bench_init
start_portal /nb/health-care-rights
severe_start=$(severe_count)
heap_idle=$(heap_after_gc "$PORTAL_PID")
write_paths "$WORK/paths.txt"
check_paths "$WORK/paths.txt" || { echo "some paths do not answer 200 (above): fix the list first" >&2; exit 1; }

log "warm-up $WARMUP at $CONNECTIONS connections"
run_wrk "$WORK/warmup.txt" "$THREADS" "$CONNECTIONS" "$WARMUP" "$WORK/paths.txt" "$UNIQUE_EVERY"
idle_start=$(wait_idle)
heap_start=$(heap_after_gc "$PORTAL_PID")
rss_start=$(rss_mb "$PORTAL_PID")
heap_info_start=$(grep -m1 -E 'heap|generation' "$WORK/heap_info.txt" | sed 's/^ *//' || true)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "start (portal idle after $idle_start s): heap after GC $heap_start MB, RSS $rss_start MB; soaking $DURATION"

wrk_cmd "$THREADS" "$CONNECTIONS" "$DURATION" "$WORK/paths.txt" "$UNIQUE_EVERY"
"${WRK_CMD[@]}" > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
cpu_before=$(cpu_mark); gc_before=$(gc_mark)
: > "$WORK/samples.txt"
t0=$(date +%s)
while kill -0 "$WRK_PID" 2>/dev/null; do
  for _ in $(seq 1 "$SAMPLE"); do kill -0 "$WRK_PID" 2>/dev/null || break; sleep 1; done
  kill -0 "$WRK_PID" 2>/dev/null || break
  h=$(heap_after_gc "$PORTAL_PID"); r=$(rss_mb "$PORTAL_PID")
  echo "$(( $(date +%s) - t0 )) $h $r $(cut -d' ' -f1 /proc/loadavg)" >> "$WORK/samples.txt"
  log "t+$(( $(date +%s) - t0 ))s heap after GC $h MB, RSS $r MB, load $(cut -d' ' -f1 /proc/loadavg)"
done
wrk_rc=0; wait "$WRK_PID" || wrk_rc=$?
WRK_PID=
cpu_after=$(cpu_mark); gc_after=$(gc_mark); t_end=$(date +%s)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
idle_end=$(wait_idle)
heap_end=$(heap_after_gc "$PORTAL_PID")
rss_end=$(rss_mb "$PORTAL_PID")
heap_info_end=$(grep -m1 -E 'heap|generation' "$WORK/heap_info.txt" | sed 's/^ *//' || true)
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://$HOST:$PORTAL_PORT/health/ready" || true)

W=$WORK/wrk.txt
read_wrk "$W"
severe=$(severe_count)
ratio=$(awk -v a="$heap_end" -v b="$heap_start" 'BEGIN {printf "%.3f", a/b}')
samples=$(awk '{printf "%s%d", s, $2; s=", "}' "$WORK/samples.txt")
printf '\n%s, %s cores, load average %s at start / %s at end, %s connections, %s wrk threads, %s (after %s warm-up), a never-seen search word every %s requests per thread\n\n' \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$load_start" "$load_end" "$CONNECTIONS" "$THREADS" "$DURATION" "$WARMUP" "$UNIQUE_EVERY"
row() { printf '| %-44s | %30s |\n' "$1" "$2"; }
row "measure" "value"
printf '|%s|%s|\n' "----------------------------------------------" "--------------------------------"
row "requests" "$requests"
row "requests/s" "$rps"
row "latency p50 / p99 / max (ms)" "$p50 / $p99 / $max"
row "never-seen search words sent" "$(bench "$W" unique_queries)"
row "socket errors (connect/read/write/timeout)" "$socket_errors ($e_connect/$e_read/$e_write/$e_timeout)"
row "non-2xx/3xx (wrk)" "$non2xx"
row "4xx / 5xx / other (Lua)" "$s4xx / $s5xx / $sother"
row "responses with Set-Cookie" "$cookies"
row "SEVERE lines in log (at start / in soak)" "$severe_start / $(( severe - severe_start ))"
row "heap after full GC, idle after start" "$heap_idle MB"
row "heap after full GC, start (after warm-up)" "$heap_start MB"
row "heap after full GC, end" "$heap_end MB"
row "wait for the portal to go idle, start / end" "$idle_start s / $idle_end s"
row "heap ratio end / start (limit $MAX_GROWTH)" "$ratio"
row "heap after GC every ${SAMPLE}s, under load (MB)" "$samples"
row "  (these include requests in flight)" ""
row "RSS start / end" "$rss_start MB / $rss_end MB"
row "/health/ready after the soak" "$ready"
row "GC during the soak (-Xmx${JAVA_XMX:-384m})" "$(gc_stats "$gc_before" "$gc_after" $(( t_end - t0 )))"
row "CPU in use during the soak (of $(nproc))" "$(cpu_share "$cpu_before" "$cpu_after")"
printf '\nGC.heap_info start: %s\nGC.heap_info end:   %s\n' "$heap_info_start" "$heap_info_end"

fail=0
[ "$wrk_rc" -eq 0 ] || { echo "FAIL: wrk exited with $wrk_rc" >&2; fail=1; }
awk -v a="$heap_end" -v b="$heap_start" -v m="$MAX_GROWTH" 'BEGIN {exit !(a > m * b)}' \
  && { echo "FAIL: heap grew from $heap_start MB to $heap_end MB (x$ratio > $MAX_GROWTH)" >&2; fail=1; }
[ "$socket_errors" -eq 0 ] || { echo "FAIL: $socket_errors socket errors" >&2; fail=1; }
[ $(( non2xx + s4xx + sother )) -eq 0 ] || { echo "FAIL: non-2xx/3xx responses: $(statuses "$W")" >&2; fail=1; }
[ "$s5xx" -eq 0 ] || { echo "FAIL: $s5xx responses with status 5xx" >&2; fail=1; }
[ "$cookies" -eq 0 ] || { echo "FAIL: $cookies public responses set a cookie" >&2; fail=1; }
[ "$severe" -eq "$severe_start" ] || { echo "FAIL: $(( severe - severe_start )) SEVERE lines in the server log during the soak" >&2; fail=1; }
[ "$ready" = 200 ] || { echo "FAIL: /health/ready answered $ready after the soak" >&2; fail=1; }
if [ "$severe" -gt 0 ]; then
  echo "note: SEVERE lines in the server log (first 20):" >&2
  grep -n 'SEVERE' "$WORK/portal.log" | cut -c1-300 | head -20 >&2
fi
[ "$fail" -eq 0 ] || { echo "--- wrk output ---" >&2; grep -v '^BENCH' "$W" >&2; }
exit "$fail"
