#!/bin/bash
# Starts one Payara Micro node of the portal (the image's ENTRYPOINT; also runs outside a container
# with PORTAL_HOME pointing at a folder holding payara-micro.jar, portal.war and preboot.txt).
#
# Settings (environment):
#   JAVA_XMX             heap, default 384m (a node then uses ~600-750 MB RSS under load: give the container 1 GB).
#                        With 256m the portal works, but under heavy search load it spends a quarter of its
#                        time collecting garbage (deploy/bench/load.sh).
#   JAVA_OPTS            more JVM options, split on spaces
#   PORTAL_CLUSTER       unset: single node (--nohazelcast). Otherwise the cluster discovery, passed to
#                        --clustermode: "tcpip:portal-a:6900,portal-b:6900" or "kubernetes:NAMESPACE,SERVICE".
#                        Multicast (Payara's default) is refused: it sends packets onto the network.
#   PORTAL_CLUSTER_NAME  --clustername, default "portal"
#   PORTAL_NODE_NAME     --name, default the host name
#   PORTAL_ROUTE         optional: -DjvmRoute, appended to session ids (JSESSIONID=….a) so that the
#                        proxy can send an editor back to the node that holds the session
#   PORTAL_PORT          HTTP port, default 8080
#   PORTAL_CONTENT_DIR, PORTAL_DATA_DIR, PORTAL_BASE_URL, PORTAL_ADMIN_PASSWORD, PORTAL_ADMIN_USER:
#                        read by the portal itself (see README.md)
# Arguments are passed on to Payara Micro (e.g. --interfaces 127.0.0.1 --startport 6901 in a test).
set -euo pipefail

PORTAL_HOME=${PORTAL_HOME:-/opt/portal}
export PORTAL_CONTENT_DIR=${PORTAL_CONTENT_DIR:-/srv/portal/content}
export PORTAL_DATA_DIR=${PORTAL_DATA_DIR:-/srv/portal/data}

fail() {
    echo "entrypoint: $*" >&2
    exit 1
}

# An empty content folder (a new volume) gets the content bundled in the image. Later images never
# overwrite it: once editors publish, the volume is the truth. Several nodes may start at once on
# the same volume: mkdir is atomic (also on NFS), so one node copies while the others wait, and
# languages.yaml is renamed in last, so a node that sees it sees a complete folder.
seed_content() {
    local dir=$PORTAL_CONTENT_DIR defaults=$PORTAL_HOME/default-content lock i
    [[ -d $defaults ]] || return 0
    lock=$dir/.seeding
    for ((i = 0; i < 120; i++)); do
        [[ -e $dir/languages.yaml ]] && return 0
        if mkdir "$lock" 2>/dev/null; then
            find "$defaults" -mindepth 1 -maxdepth 1 ! -name languages.yaml -exec cp -R {} "$dir/" \;
            cp "$defaults/languages.yaml" "$dir/.languages.yaml.seed"
            mv "$dir/.languages.yaml.seed" "$dir/languages.yaml"
            rmdir "$lock"
            echo "entrypoint: copied the bundled content into $dir" >&2
            return 0
        fi
        # a lock older than 5 minutes belongs to a node that died while copying (a copy takes ~1 s)
        if [[ -n $(find "$lock" -maxdepth 0 -mmin +5 2>/dev/null) ]]; then
            rmdir "$lock" 2>/dev/null || true
        fi
        sleep 1
    done
    fail "$dir is still being filled by another node after 120 s (remove $lock if no node is starting)"
}

for d in "$PORTAL_CONTENT_DIR" "$PORTAL_DATA_DIR"; do
    mkdir -p "$d" 2>/dev/null || true
    [[ -d $d && -w $d ]] || fail "$d must be a folder this user (uid $(id -u)) can write: editors publish into the content folder, accounts and history live in the data folder"
done
seed_content

args=(--deploy "$PORTAL_HOME/portal.war" --contextroot / --port "${PORTAL_PORT:-8080}"
    --prebootcommandfile "$PORTAL_HOME/preboot.txt" --disablephonehome
    --name "${PORTAL_NODE_NAME:-${HOSTNAME:-portal}}")
if [[ -z ${PORTAL_CLUSTER:-} ]]; then
    args+=(--nohazelcast)
else
    case $PORTAL_CLUSTER in
        tcpip:* | kubernetes:* | dns:*) ;;
        *) fail "PORTAL_CLUSTER must start with tcpip:, kubernetes: or dns: (never multicast), not '$PORTAL_CLUSTER'" ;;
    esac
    args+=(--clustermode "$PORTAL_CLUSTER" --clustername "${PORTAL_CLUSTER_NAME:-portal}")
fi

# the parallel collector: on 2 cores and a few hundred MB of heap it serves 15-20 % more pages than G1
# (deploy/bench); a whole-heap pause is ~0.1-0.3 s with this heap, rare, and no worse than a busy G1
jvm=(-Xmx"${JAVA_XMX:-384m}" -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true)
if [[ -n ${PORTAL_ROUTE:-} ]]; then
    jvm+=(-DjvmRoute="$PORTAL_ROUTE")
fi
# shellcheck disable=SC2206  # JAVA_OPTS is split on spaces on purpose
jvm+=(${JAVA_OPTS:-})

# exec: java replaces this shell (PID 1 in a container) and gets SIGTERM from `docker stop` / Kubernetes
exec java "${jvm[@]}" -jar "$PORTAL_HOME/payara-micro.jar" "${args[@]}" "$@"
