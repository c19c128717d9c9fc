#!/usr/bin/env bash
# Benchmark: the portal's topic page against the same page saved as static files served by nginx,
# in one run, on loopback, with the same wrk settings, alternating; and the portal behind nginx as
# a caching reverse proxy (how it runs in production, deploy/nginx/portal.conf); and, as the stack's
# own ceiling, a one-servlet war on the same Payara Micro serving the same bytes (floor/FloorServlet.java,
# no filter, no security, no CDI), and the same war with the kind of sign-in the editors' area once had
# (floor/FloorSecurity.java: Jakarta Security form mechanism, identity store, declarative constraint on
# /editor/*; the portal gave it up, with every Jakarta Security mechanism, because Payara then checks
# every public request too). Also page weight, search latency, start-to-first-page time and the
# portal's memory (RSS) after the run. Every Payara server runs with the recipes' JVM settings
# (-Xmx384m, the parallel collector; JAVA_GC=-XX:+UseG1GC for the JVM's default) and preboot.txt.
#
#   deploy/bench/run.sh            # defaults: 64 connections, 30 s warm-up, 3 rounds of 10 s each
#   CONNECTIONS=64 ROUNDS=3 DURATION=10s WARMUP=30s deploy/bench/run.sh
#
# Everything listens on and talks to 127.0.0.1 only. Needs root (or sudo) to apt-get install
# nginx and wrk when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${CONNECTIONS:-64}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30s}   # for each Payara server: the JIT compiler needs this long on 2 busy cores
PORTAL_PORT=${PORTAL_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PROXY_PORT=${PROXY_PORT:-18082}   # nginx as a caching reverse proxy in front of the portal (deploy/nginx/portal.conf does the same)
FLOOR_PORT=${FLOOR_PORT:-18083}   # the one-servlet war on Payara Micro
SECURED_PORT=${SECURED_PORT:-18084}   # the same war with Jakarta Security
TOPIC=${TOPIC:-/nb/health-care-rights}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
chmod 755 "$WORK"   # nginx workers run as another user and must read the saved page

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need nginx nginx
need wrk wrk

[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || mvn -B -q package -DskipTests

cleanup() {
  [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null || true
  [ -n "${FLOOR_PID:-}" ] && kill "$FLOOR_PID" 2>/dev/null || true
  [ -n "${SECURED_PID:-}" ] && kill "$SECURED_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# optional: HTTP_THREADS=8 caps the portal's HTTP worker threads (Payara's default is up to 200)
cp target/preboot.txt "$WORK/preboot.txt"
[ -n "${HTTP_THREADS:-}" ] && echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$HTTP_THREADS" >> "$WORK/preboot.txt"

start=$(date +%s%N)
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java -Xmx"${JAVA_XMX:-384m}" ${JAVA_GC:--XX:+UseParallelGC} -Djava.io.tmpdir="$WORK" -Dportal.data.dir="$WORK/data" -Dhazelcast.socket.bind.any=false -jar target/payara-micro.jar \
  --deploy target/portal.war --contextroot / --port "$PORTAL_PORT" --nohazelcast --disablephonehome \
  --prebootcommandfile "$WORK/preboot.txt" >"$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
until curl -sf "http://127.0.0.1:$PORTAL_PORT$TOPIC" 2>/dev/null | grep -q '<h1>'; do sleep 0.2; done
first_page_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# the same page, saved with its resources, for nginx
mkdir -p "$WORK/www/static" "$WORK/www$(dirname "$TOPIC")"
curl -s "http://127.0.0.1:$PORTAL_PORT$TOPIC" > "$WORK/www$TOPIC.html"
curl -s "http://127.0.0.1:$PORTAL_PORT/static/portal.css" > "$WORK/www/static/portal.css"
curl -s "http://127.0.0.1:$PORTAL_PORT/static/portal.js" > "$WORK/www/static/portal.js"
# the stack's ceiling: the same bytes from a one-servlet war on the same Payara Micro, same JVM settings;
# then the same war with Jakarta Security and a declarative constraint, as the portal once had it
api_jar=$(ls "${HOME}"/.m2/repository/jakarta/platform/jakarta.jakartaee-api/*/jakarta.jakartaee-api-*.jar | grep -v sources | tail -1)
mkdir -p "$WORK/floor/WEB-INF/classes" "$WORK/secured/WEB-INF/classes"
javac -d "$WORK/floor/WEB-INF/classes" -cp "$api_jar" deploy/bench/floor/FloorServlet.java
javac -d "$WORK/secured/WEB-INF/classes" -cp "$api_jar" deploy/bench/floor/FloorServlet.java deploy/bench/floor/FloorSecurity.java
cp deploy/bench/floor/secured-web.xml "$WORK/secured/WEB-INF/web.xml"
cp deploy/bench/floor/beans.xml "$WORK/secured/WEB-INF/beans.xml"
(cd "$WORK/floor" && jar cf "$WORK/floor.war" .)
(cd "$WORK/secured" && jar cf "$WORK/secured.war" .)
start_war() { # war port log: prints the pid
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java -Xmx"${JAVA_XMX:-384m}" ${JAVA_GC:--XX:+UseParallelGC} -Djava.io.tmpdir="$WORK" -Dfloor.page="$WORK/www$TOPIC.html" \
    -Dhazelcast.socket.bind.any=false -jar target/payara-micro.jar --deploy "$1" --contextroot / --port "$2" \
    --nohazelcast --disablephonehome --prebootcommandfile "$WORK/preboot.txt" >"$3" 2>&1 &
  echo $!
}
await_war() { # pid port log
  until curl -sf "http://127.0.0.1:$2$TOPIC" 2>/dev/null | grep -q '<h1>'; do
    kill -0 "$1" 2>/dev/null || { echo "a one-servlet war did not start:" >&2; tail -20 "$3" >&2; exit 1; }
    sleep 0.2
  done
}
FLOOR_PID=$(start_war "$WORK/floor.war" "$FLOOR_PORT" "$WORK/floor.log")
SECURED_PID=$(start_war "$WORK/secured.war" "$SECURED_PORT" "$WORK/secured.log")
await_war "$FLOOR_PID" "$FLOOR_PORT" "$WORK/floor.log"
await_war "$SECURED_PID" "$SECURED_PORT" "$WORK/secured.log"

cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; text/css css; text/javascript js; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri \$uri.html =404; }
  }
  proxy_cache_path $WORK/proxy-cache levels=1:2 keys_zone=pages:10m max_size=100m;
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://127.0.0.1:$PORTAL_PORT;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache pages;
      # the portal says "no-store" to browsers and CDN-Cache-Control: public, max-age=60 to proxies
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 60s;
      proxy_cache_lock on;
    }
  }
}
NGINX
nginx -c "$WORK/nginx.conf"
sleep 0.5
curl -sf "http://127.0.0.1:$NGINX_PORT$TOPIC" >/dev/null
curl -sf "http://127.0.0.1:$PROXY_PORT$TOPIC" >/dev/null

# warm-up, then alternate
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$PORTAL_PORT$TOPIC" >/dev/null   # the same warm-up as the two wars below
wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT$TOPIC" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$PROXY_PORT$TOPIC" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$FLOOR_PORT$TOPIC" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$SECURED_PORT$TOPIC" >/dev/null
run() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | awk '
  /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print rps, p50, p99}'; }
: > "$WORK/portal.txt"; : > "$WORK/nginx.txt"; : > "$WORK/proxy.txt"; : > "$WORK/floor.txt"; : > "$WORK/secured.txt"
for i in $(seq 1 "$ROUNDS"); do
  run "http://127.0.0.1:$PORTAL_PORT$TOPIC" >> "$WORK/portal.txt"
  run "http://127.0.0.1:$NGINX_PORT$TOPIC" >> "$WORK/nginx.txt"
  run "http://127.0.0.1:$PROXY_PORT$TOPIC" >> "$WORK/proxy.txt"
  run "http://127.0.0.1:$FLOOR_PORT$TOPIC" >> "$WORK/floor.txt"
  run "http://127.0.0.1:$SECURED_PORT$TOPIC" >> "$WORK/secured.txt"
done
kill "$FLOOR_PID" "$SECURED_PID" 2>/dev/null || true
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p_rps=$(awk '{print $1}' "$WORK/portal.txt" | median); n_rps=$(awk '{print $1}' "$WORK/nginx.txt" | median)
x_rps=$(awk '{print $1}' "$WORK/proxy.txt" | median); f_rps=$(awk '{print $1}' "$WORK/floor.txt" | median)
s_rps=$(awk '{print $1}' "$WORK/secured.txt" | median)
# latency of the median round
lat() { sort -n "$1" | awk '{a[NR]=$2" / "$3} END {print a[int((NR+1)/2)]}'; }
p_lat=$(lat "$WORK/portal.txt"); n_lat=$(lat "$WORK/nginx.txt"); x_lat=$(lat "$WORK/proxy.txt"); f_lat=$(lat "$WORK/floor.txt"); sec_lat=$(lat "$WORK/secured.txt")

weight=0
for f in "$TOPIC" /static/portal.css /static/portal.js; do
  weight=$(( weight + $(curl -s "http://127.0.0.1:$PORTAL_PORT$f" | gzip -9 | wc -c) ))
done

# search latency over a list of lay queries, one at a time (what one reader feels)
queries=("nb advokat" "nb lege+uten+papirer" "en lawyer" "en go+back+home" "ar %D9%85%D8%AD%D8%A7%D9%85%D9%8A" "th %E0%B8%97%E0%B8%99%E0%B8%B2%E0%B8%A2" "en compensation" "nb refleksjonsperiode")
: > "$WORK/search.txt"
for round in $(seq 1 25); do
  for q in "${queries[@]}"; do
    set -- $q
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORTAL_PORT/$1/search?q=$2" >> "$WORK/search.txt"
  done
done
s_p50=$(sort -n "$WORK/search.txt" | awk '{a[NR]=$1} END {printf "%.1f", a[int(NR*0.5)]*1000}')
s_p99=$(sort -n "$WORK/search.txt" | awk '{a[NR]=$1} END {printf "%.1f", a[int(NR*0.99)]*1000}')
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PORTAL_PID/status")

printf '\n%s, %s cores, %s connections, %s rounds of %s\n' "$(date -u +%Y-%m-%d)" "$(nproc)" "$CONNECTIONS" "$ROUNDS" "$DURATION"
printf '| %-34s | %12s |\n' "measure" "value"
printf '|%s|%s|\n' "------------------------------------" "--------------"
printf '| %-34s | %12s |\n' "portal topic page, req/s (median)" "$p_rps"
printf '| %-34s | %12s |\n' "  its rounds" "$(awk '{printf "%d ", $1}' "$WORK/portal.txt")"
printf '| %-34s | %12s |\n' "nginx same page, req/s (median)" "$n_rps"
printf '| %-34s | %12s |\n' "  its rounds" "$(awk '{printf "%d ", $1}' "$WORK/nginx.txt")"
printf '| %-34s | %12s |\n' "ratio portal / nginx" "$(awk -v a="$p_rps" -v b="$n_rps" 'BEGIN{printf "%.2f", a/b}')"
printf '| %-34s | %12s |\n' "portal latency p50 / p99" "$p_lat"
printf '| %-34s | %12s |\n' "nginx latency p50 / p99" "$n_lat"
printf '| %-34s | %12s |\n' "portal behind nginx cache, req/s" "$x_rps"
printf '| %-34s | %12s |\n' "ratio portal-behind-cache / nginx" "$(awk -v a="$x_rps" -v b="$n_rps" 'BEGIN{printf "%.2f", a/b}')"
printf '| %-34s | %12s |\n' "behind cache latency p50 / p99" "$x_lat"
printf '| %-34s | %12s |\n' "one-servlet war on Payara, req/s" "$f_rps"
printf '| %-34s | %12s |\n' "ratio one-servlet war / nginx" "$(awk -v a="$f_rps" -v b="$n_rps" 'BEGIN{printf "%.2f", a/b}')"
printf '| %-34s | %12s |\n' "ratio portal / one-servlet war" "$(awk -v a="$p_rps" -v b="$f_rps" 'BEGIN{printf "%.2f", a/b}')"
printf '| %-34s | %12s |\n' "one-servlet latency p50 / p99" "$f_lat"
printf '| %-34s | %12s |\n' "same war + Jakarta Security, req/s" "$s_rps"
printf '| %-34s | %12s |\n' "ratio it / nginx" "$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN{printf "%.2f", a/b}')"
printf '| %-34s | %12s |\n' "ratio portal / it" "$(awk -v a="$p_rps" -v b="$s_rps" 'BEGIN{printf "%.2f", a/b}')"
printf '| %-34s | %12s |\n' "its latency p50 / p99" "$sec_lat"
printf '| %-34s | %12s |\n' "page weight, HTML+CSS+JS gzip" "$weight B"
printf '| %-34s | %12s |\n' "search latency p50 / p99 (ms)" "$s_p50 / $s_p99"
printf '| %-34s | %12s |\n' "start to first page" "$first_page_ms ms"
printf '| %-34s | %12s |\n' "portal RSS after the run" "$(( rss_kb / 1024 )) MB"
