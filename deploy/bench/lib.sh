# shellcheck shell=bash
# Shared by deploy/bench/load.sh and deploy/bench/soak.sh (sourced, not run).
#
# Starts the built portal (target/portal.war on target/payara-micro.jar) on 127.0.0.1 in a mktemp
# work folder, writes the list of mixed paths for deploy/bench/mixed.lua, runs wrk and parses its
# "BENCH key value" lines. Everything listens on and talks to 127.0.0.1 only; Payara Micro always
# runs with --nohazelcast (a single node, no multicast discovery).
#
# The caller sets PORTAL_PORT and calls bench_init, which sets WORK and installs the EXIT trap.

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BENCH_DIR=deploy/bench
HOST=127.0.0.1

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

bench_cleanup() {
  local rc=$?
  if [ -n "${WRK_PID:-}" ] && kill -0 "$WRK_PID" 2>/dev/null; then kill "$WRK_PID" 2>/dev/null || true; fi
  if [ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  if [ -n "${KEEP_LOG:-}" ] && [ -f "${WORK:-/nonexistent}/portal.log" ]; then
    cp "$WORK/portal.log" "$KEEP_LOG" && log "server log kept in $KEEP_LOG"
    cp "$WORK/gc.log" "${KEEP_LOG%.log}.gc.log" 2>/dev/null || true
  fi
  [ -n "${WORK:-}" ] && rm -rf "$WORK"
  exit "$rc"
}

bench_init() {
  need wrk wrk
  need curl curl
  command -v jcmd >/dev/null || { echo "jcmd (JDK) is needed" >&2; exit 2; }
  if ss -ltn 2>/dev/null | awk '{print $4}' | grep -qE "[:.]$PORTAL_PORT\$"; then
    echo "port $PORTAL_PORT is in use: set PORTAL_PORT" >&2; exit 2
  fi
  # Build only when there is nothing to run: the other engineer's builds also use target/.
  if [ ! -f target/portal.war ] || [ ! -f target/payara-micro.jar ] || [ ! -f target/preboot.txt ]; then
    mvn -B -q package -DskipTests
  fi
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
  # Run from copies, so a rebuild of target/ during a long run cannot pull the jar from under us.
  cp target/portal.war target/payara-micro.jar target/preboot.txt "$WORK/"
}

# Starts the portal and waits (at most START_TIMEOUT s) until a topic page renders.
start_portal() {
  local topic=${1:-/nb/health-care-rights} start
  start=$(date +%s%N)
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java -Xmx"${JAVA_XMX:-384m}" ${JAVA_GC:--XX:+UseParallelGC} ${JAVA_OPTS:-} -Xlog:gc:file="$WORK/gc.log" -Djava.io.tmpdir="$WORK" -Dportal.data.dir="$WORK/data" -Dhazelcast.socket.bind.any=false \
    -jar "$WORK/payara-micro.jar" --deploy "$WORK/portal.war" --contextroot / --port "$PORTAL_PORT" \
    --nohazelcast --disablephonehome --prebootcommandfile "$WORK/preboot.txt" >"$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
  local deadline=$(( $(date +%s) + ${START_TIMEOUT:-300} ))
  until curl -sf "http://$HOST:$PORTAL_PORT$topic" 2>/dev/null | grep -q '<h1'; do
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "the portal exited while starting; last lines of its log:" >&2; tail -40 "$WORK/portal.log" >&2; exit 1
    fi
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "the portal did not serve $topic within ${START_TIMEOUT:-300} s" >&2; tail -40 "$WORK/portal.log" >&2; exit 1
    fi
    sleep 0.5
  done
  START_MS=$(( ($(date +%s%N) - start) / 1000000 ))
  log "portal up on $HOST:$PORTAL_PORT (pid $PORTAL_PID) in $START_MS ms"
}

urlencode() {
  if command -v jq >/dev/null 2>&1; then jq -rn --arg s "$1" '$s|@uri'
  else python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; fi
}

# write_paths FILE [MARKER]: the mixed list, about half topic pages in many languages, a quarter
# searches (pages and API, lay words in several languages and scripts, some misspelt) and a
# quarter API and other pages. MARKER, if given, is an extra word sent in two searches, for the
# check that search text never reaches the server log.
write_paths() {
  local file=$1 marker=${2:-} langs topics i j n l q
  langs=(nb en ar th ru uk pl lt ro bg sq tl vi zh fa ti so es fr pt pcm)
  mapfile -t topics < <(ls content/topics)
  {
    # topic pages: every language, three topics each, the topics shifting with the language
    n=${#topics[@]}
    for i in "${!langs[@]}"; do
      for j in 0 1 2; do
        echo "/${langs[$i]}/${topics[$(( (i * 5 + j * 9) % n ))]}"
      done
    done
    for l in nb en ar th ru pl zh; do echo "/$l/"; done
    for l in nb en ar th ro; do echo "/$l/contacts"; done
    echo "/en/contacts?kind=legal&free=on"
    echo "/nb/contacts?kind=shelter&open24h=on"
    # search pages: "lang|query" (lay words, plain and misspelt)
    while IFS='|' read -r l q; do
      [ -n "$l" ] && echo "/$l/search?q=$(urlencode "$q")"
    done <<'QUERIES'
nb|advokat
nb|lege uten papirer
nb|jeg vil hjem
nb|sjefen tok passet mitt
nb|refleksjonsperiode
nb|krisesenter
nb|erstatning
nb|advokatt
en|lawyer
en|doctor without papers
en|go back home
en|boss took my passport
en|safe place to sleep
en|lawer
ar|محامي
ar|طبيب
ar|العودة إلى الوطن
th|ทนาย
th|หมอ
th|ช่วยด้วย
ru|адвокат
ru|врач бесплатно
uk|лікар
pl|praca przymusowa
pl|lekarz
ro|avocat
ro|ajutor
zh|律师
zh|医生
fa|وکیل
es|abogado
es|ayuda médica
fr|aide juridique
vi|luật sư
so|caawimaad
QUERIES
    if [ -n "$marker" ]; then
      echo "/en/search?q=lawyer+$marker"
      echo "/api/v1/search?lang=nb&q=$marker+advokat"
    fi
    # the API
    echo "/api/v1/languages"
    for l in nb en ar th ru zh es; do echo "/api/v1/topics?lang=$l"; done
    for i in 0 1 2 3 4 5 6 7; do
      l=${langs[$(( i * 3 % ${#langs[@]} ))]}
      echo "/api/v1/topics/${topics[$(( i * 7 % n ))]}?lang=$l"
    done
    echo "/api/v1/search?lang=en&q=$(urlencode "police")"
    echo "/api/v1/search?lang=nb&q=$(urlencode "tolk gratis")&limit=5"
    echo "/api/v1/search?lang=ar&q=$(urlencode "مساعدة")"
    echo "/api/v1/search?lang=th&q=$(urlencode "หมอ")"
    echo "/api/v1/search?lang=ru&q=$(urlencode "помощь")"
    echo "/api/v1/search?lang=es&q=$(urlencode "trabajo forzado")"
    echo "/api/v1/contacts?lang=nb"
    echo "/api/v1/contacts?lang=en&kind=health"
    echo "/api/v1/contacts?lang=ar&open24h=true"
  } | shuf --random-source=<(yes) > "$file"
}

# check_paths FILE: every path must answer 200 before the load starts (a typo in the list would
# otherwise show up as errors under load). Prints the bad ones and returns 1.
check_paths() {
  local bad=0 p code
  while read -r p; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://$HOST:$PORTAL_PORT$p")
    if [ "$code" != 200 ]; then echo "  $code $p" >&2; bad=1; fi
  done < "$1"
  return $bad
}

# wrk_cmd THREADS CONNECTIONS DURATION PATHS [UNIQUE_EVERY]: sets the array WRK_CMD.
wrk_cmd() {
  WRK_CMD=(wrk -t"$1" -c"$2" -d"$3" --timeout "${TIMEOUT:-2s}" --latency -s "$BENCH_DIR/mixed.lua"
    "http://$HOST:$PORTAL_PORT" -- "$4" "${5:-0}")
}

# run_wrk OUT THREADS CONNECTIONS DURATION PATHS [UNIQUE_EVERY]: wrk's full output goes to OUT.
# wrk runs in the background and the shell waits for it, so that INT/TERM reach the trap at once.
run_wrk() {
  local out=$1 rc=0; shift
  wrk_cmd "$@"
  "${WRK_CMD[@]}" > "$out" 2>&1 &
  WRK_PID=$!
  wait "$WRK_PID" || rc=$?
  WRK_PID=
  return "$rc"
}

# bench OUT KEY: a value from the BENCH lines (0 when absent).
bench() { awk -v k="$2" '$1=="BENCH" && $2==k {v=$3} END {print (v==""?0:v)}' "$1"; }

# read_wrk FILE: sets requests, rps, p50/p90/p99/max (ms), e_connect/e_read/e_write/e_timeout,
# socket_errors, non2xx (wrk's count), s4xx/s5xx/sother (Lua's counts) and cookies from a wrk run.
read_wrk() {
  local w=$1
  requests=$(bench "$w" requests); rps=$(bench "$w" rps)
  p50=$(bench "$w" p50_ms); p90=$(bench "$w" p90_ms); p99=$(bench "$w" p99_ms); max=$(bench "$w" max_ms)
  e_connect=$(bench "$w" err_connect); e_read=$(bench "$w" err_read)
  e_write=$(bench "$w" err_write); e_timeout=$(bench "$w" err_timeout)
  socket_errors=$(( e_connect + e_read + e_write + e_timeout ))
  non2xx=$(wrk_non2xx "$w")
  s4xx=$(bench "$w" s4xx); s5xx=$(bench "$w" s5xx); sother=$(( $(bench "$w" sother) + $(bench "$w" s1xx) ))
  cookies=$(bench "$w" set_cookie)
}

# wrk's own summary lines, for a cross-check of the Lua counts.
wrk_non2xx() { awk '/Non-2xx or 3xx responses/ {v=$NF} END {print (v==""?0:v)}' "$1"; }
wrk_socket_errors() { awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10; f=1} END {if (!f) print 0}' "$1"; }

statuses() { awk '$1=="BENCH" && $2 ~ /^status_/ {sub("status_", "", $2); printf "%s%s×%s", s, $2, $3; s=", "}' "$1"; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# wait_idle: after wrk stops, the portal may still be working through requests it accepted;
# waits (at most 60 s) until it uses less than a tenth of a core over a second. Prints the wait.
wait_idle() {
  local a b waited=0
  while [ "$waited" -lt 60 ]; do
    a=$(awk '{print $14+$15}' "/proc/$PORTAL_PID/stat"); sleep 1; waited=$(( waited + 1 ))
    b=$(awk '{print $14+$15}' "/proc/$PORTAL_PID/stat")
    [ $(( (b - a) * 10 )) -lt "$(getconf CLK_TCK)" ] && break
  done
  echo "$waited"
}

# heap_after_gc PID: forces two full GCs (jcmd GC.run) and prints the heap in use right after the
# second, in MiB, from the GC log (-Xlog:gc), so that requests still arriving under load do not
# count. Falls back to jstat -gc (young + survivors + old) if the log has no line. The output of
# jcmd GC.heap_info, taken just after, goes to $WORK/heap_info.txt.
heap_after_gc() {
  local pid=$1 before mb="" _
  before=$(grep -c 'Pause Full (System.gc())' "$WORK/gc.log" 2>/dev/null || true)
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info > "$WORK/heap_info.txt" 2>&1 || true
  for _ in $(seq 1 50); do
    [ "$(grep -c 'Pause Full (System.gc())' "$WORK/gc.log" 2>/dev/null || true)" -ge $(( before + 2 )) ] && break
    sleep 0.1
  done
  mb=$(grep 'Pause Full (System.gc())' "$WORK/gc.log" 2>/dev/null | tail -1 | sed -nE 's/.*\)\) [0-9]+M->([0-9]+)M\(.*/\1/p')
  if [ -n "$mb" ]; then echo "$mb"; return; fi
  jstat -gc "$pid" | awk 'NR==1 {for (i=1; i<=NF; i++) c[$i]=i} NR==2 {printf "%.0f\n", ($c["S0U"]+$c["S1U"]+$c["EU"]+$c["OU"])/1024}'
}

# cpu_mark: "<machine busy jiffies> <portal jiffies> <seconds.nanos>", for cpu_share.
cpu_mark() {
  printf '%s %s %s\n' "$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9}' /proc/stat)" \
    "$(awk '{print $14+$15}' "/proc/$PORTAL_PID/stat")" "$(date +%s.%N)"
}

# cpu_share MARK_BEFORE MARK_AFTER: where the CPU went in between, in cores (out of nproc):
# "machine X, portal Y, everything else (wrk and other processes) Z".
cpu_share() {
  awk -v a="$1" -v b="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(a, x, " "); split(b, y, " "); t = y[3] - x[3]
    m = (y[1] - x[1]) / hz / t; p = (y[2] - x[2]) / hz / t
    printf "machine %.2f, portal %.2f, wrk and others %.2f cores", m, p, m - p }'
}

# gc_mark: lines in the GC log so far; gc_stats FROM TO: the collections logged in between (not
# counting the full GCs this script asks for): "N pauses, T ms in total (P % of the wall time
# W s), F full GCs (heap before->after of the last)".
gc_mark() { wc -l < "$WORK/gc.log" 2>/dev/null || echo 0; }
gc_stats() {
  awk -v from="$1" -v to="$2" -v wall="$3" '
    NR > from && NR <= to && /Pause/ && !/System.gc|Diagnostic Command|Heap Inspection/ {
      n++; ms = $NF; sub("ms", "", ms); total += ms
      if (/Pause Full/) { full++; for (i = 1; i <= NF; i++) if ($i ~ /M->[0-9]+M/) last = $i } }
    END { printf "%d pauses, %.0f ms (%.0f %% of %s s), %d full GCs%s", n, total, wall ? total / 10 / wall : 0, wall, full,
          full ? " (last " last ")" : "" }' "$WORK/gc.log"
}

severe_count() { grep -c 'SEVERE' "$WORK/portal.log" || true; }
