#!/usr/bin/env bash
# Load test: 200 connections for 60 s of mixed traffic (topic pages in many languages, searches in
# several languages and scripts, the JSON API, contacts), on loopback, with wrk and
# deploy/bench/mixed.lua. Prints a markdown table; exits non-zero on any socket error, any
# non-2xx/3xx response (5xx counted apart), a cookie on a public response, or search text in the
# server log.
#
#   deploy/bench/load.sh
#   CONNECTIONS=200 DURATION=60s THREADS=2 TIMEOUT=2s PORTAL_PORT=18180 deploy/bench/load.sh
#   KEEP_LOG=/tmp/portal-load.log deploy/bench/load.sh     # keep the server log afterwards
#   JAVA_XMX=256m deploy/bench/load.sh                     # heap (default 384m, as in the deploy recipes)
#   JAVA_GC=-XX:+UseG1GC deploy/bench/load.sh             # the collector (default -XX:+UseParallelGC, as in the recipes)
#   JAVA_OPTS=-XX:+AlwaysPreTouch deploy/bench/load.sh     # more JVM options
#
# Everything listens on and talks to 127.0.0.1 only. Needs root (or sudo) to apt-get install wrk
# when it is missing.
set -euo pipefail
CONNECTIONS=${CONNECTIONS:-200}
DURATION=${DURATION:-60s}
THREADS=${THREADS:-$(( $(nproc) < 4 ? 2 : 4 ))}
PORTAL_PORT=${PORTAL_PORT:-18180}
WARMUP=${WARMUP:-15s}
# shellcheck source=deploy/bench/lib.sh
. "$(dirname "$0")/lib.sh"

bench_init
start_portal /nb/health-care-rights
severe_start=$(severe_count)

# A word sent only inside search queries: it must never show up in the server log.
MARKER="lommelykt$(od -An -N4 -tx4 /dev/urandom | tr -d ' \n')"
write_paths "$WORK/paths.txt" "$MARKER"
log "$(wc -l < "$WORK/paths.txt") paths; checking that each answers 200"
check_paths "$WORK/paths.txt" || { echo "some paths do not answer 200 (above): fix the list first" >&2; exit 1; }

log "warm-up $WARMUP, then $CONNECTIONS connections for $DURATION ($THREADS wrk threads)"
run_wrk "$WORK/warmup.txt" "$THREADS" "$CONNECTIONS" "$WARMUP" "$WORK/paths.txt"
wait_idle >/dev/null   # let the portal finish what the warm-up left queued
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_before=$(cpu_mark); gc_before=$(gc_mark); t_before=$(date +%s)
run_wrk "$WORK/wrk.txt" "$THREADS" "$CONNECTIONS" "$DURATION" "$WORK/paths.txt"
cpu_after=$(cpu_mark); gc_after=$(gc_mark); t_after=$(date +%s)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
drain=$(wait_idle)
rss=$(rss_mb "$PORTAL_PID")
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://$HOST:$PORTAL_PORT/health/ready" || true)

W=$WORK/wrk.txt
read_wrk "$W"
severe=$(severe_count)
marker_hits=$(grep -c -F -e "$MARKER" "$WORK/portal.log" || true)
marker_hits_data=$(grep -r -l -F -e "$MARKER" "$WORK/data" 2>/dev/null | wc -l || true)

printf '\n%s, %s cores, load average %s before / %s after, %s connections, %s wrk threads, %s (after %s warm-up), wrk timeout %s\n\n' \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$load_before" "$load_after" "$CONNECTIONS" "$THREADS" "$DURATION" "$WARMUP" "${TIMEOUT:-2s}"
row() { printf '| %-44s | %26s |\n' "$1" "$2"; }
row "measure" "value"
printf '|%s|%s|\n' "----------------------------------------------" "----------------------------"
row "paths in the mix" "$(wc -l < "$WORK/paths.txt")"
row "requests" "$requests"
row "requests/s" "$rps"
row "latency p50 / p90 / p99 / max (ms)" "$p50 / $p90 / $p99 / $max"
row "socket errors (connect/read/write/timeout)" "$socket_errors ($e_connect/$e_read/$e_write/$e_timeout)"
row "non-2xx/3xx (wrk)" "$non2xx"
row "4xx / 5xx / other (Lua)" "$s4xx / $s5xx / $sother"
row "statuses seen" "$(statuses "$W")"
row "responses with Set-Cookie" "$cookies"
row "SEVERE lines in log (at start / under load)" "$severe_start / $(( severe - severe_start ))"
row "search marker word in server log / data" "$marker_hits / $marker_hits_data files"
row "portal busy after wrk stopped (draining)" "$drain s"
row "/health/ready after the run" "$ready"
row "portal RSS after the run" "$rss MB"
row "GC during the run (-Xmx${JAVA_XMX:-384m})" "$(gc_stats "$gc_before" "$gc_after" $(( t_after - t_before )))"
row "CPU in use during the run (of $(nproc))" "$(cpu_share "$cpu_before" "$cpu_after")"

fail=0
[ "$socket_errors" -eq 0 ] || { echo "FAIL: $socket_errors socket errors" >&2; fail=1; }
[ $(( non2xx + s4xx + sother )) -eq 0 ] || { echo "FAIL: non-2xx/3xx responses: $(statuses "$W")" >&2; fail=1; }
[ "$s5xx" -eq 0 ] || { echo "FAIL: $s5xx responses with status 5xx" >&2; fail=1; }
[ "$cookies" -eq 0 ] || { echo "FAIL: $cookies public responses set a cookie" >&2; fail=1; }
[ $(( marker_hits + marker_hits_data )) -eq 0 ] || { echo "FAIL: the search word '$MARKER' was written to the server log or data folder" >&2; fail=1; }
[ "$ready" = 200 ] || { echo "FAIL: /health/ready answered $ready after the run" >&2; fail=1; }
[ "$severe" -eq "$severe_start" ] || { echo "FAIL: $(( severe - severe_start )) SEVERE lines in the server log under load" >&2; fail=1; }
if [ "$severe" -gt 0 ]; then
  echo "note: SEVERE lines in the server log (first 20):" >&2
  grep -n 'SEVERE' "$WORK/portal.log" | cut -c1-300 | head -20 >&2
fi
if [ "$fail" -ne 0 ]; then
  echo "--- wrk output ---" >&2; grep -v '^BENCH' "$W" >&2
  echo "--- paths now (status after the run) ---" >&2; check_paths "$WORK/paths.txt" || true
fi
exit "$fail"
