#!/usr/bin/env bash
# Smoke test of the image and of the scale-out stack. Builds the image, starts it twice —
# `itb-coach --help`, and a console session with piped input — then brings up the stack of
# deploy/smoke-compose.yaml with Debian's docker-compose (v1): PostgreSQL (Debian's package,
# built here), a fake Telegram counting every message, two reminder workers and a Telegram
# poller. It seeds a reminder wave, `docker kill`s one worker mid-wave, and checks that no
# reminder was lost and that repeats stayed within the sends that worker had in flight.
# Works on a Debian machine with no image registry in reach:
#   - Docker from Debian's docker.io package (installed if missing; dockerd started if down);
#   - a base image made here: debootstrap of Debian bookworm with python3, then `docker import`,
#     passed to the Dockerfile as BASE_IMAGE (whose default stays the official python image).
# Needs root. Set BASE_IMAGE to use an image you already have (e.g. python:3.11-slim).
set -euo pipefail
cd "$(dirname "$0")/.."

WORK="${SMOKE_WORK:-/var/tmp/itb-coach-smoke}"
BASE_IMAGE="${BASE_IMAGE:-itb-coach-base:bookworm}"
IMAGE="${IMAGE:-itb-coach:smoke}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$WORK"

say() { printf '\n== %s\n' "$*"; }

if ! command -v dockerd >/dev/null || ! command -v docker-compose >/dev/null; then
    say "installing docker.io and docker-compose"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io docker-compose
fi
if ! docker info >/dev/null 2>&1; then
    say "starting dockerd (log: $WORK/dockerd.log)"
    nohup dockerd >"$WORK/dockerd.log" 2>&1 &
    for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null 2>&1 || { tail -20 "$WORK/dockerd.log"; exit 1; }
fi

if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    say "making the base image $BASE_IMAGE (debootstrap bookworm + python3)"
    command -v debootstrap >/dev/null || {
        apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap
    }
    root="$WORK/rootfs"
    rm -rf "$root"
    debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
        bookworm "$root" "$MIRROR"
    # This machine's CA bundle, so pip in the image trusts what pip here trusts (a TLS proxy
    # in front of PyPI, say); on an ordinary machine it is Debian's own bundle.
    cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$root/etc/pip.conf"
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    tar -C "$root" -c . | docker import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' - "$BASE_IMAGE"
    rm -rf "$root"
fi

say "building $IMAGE on $BASE_IMAGE"
docker build --network host --build-arg "BASE_IMAGE=$BASE_IMAGE" -t "$IMAGE" .

say "itb-coach --help"
docker run --rm --network none "$IMAGE" --help | tee "$WORK/help.txt"
grep -q "worker" "$WORK/help.txt"

say "a piped console session"
printf '/start\nNone of these\n1\nLeft\nKeep UTC\nKeep these times\n/today\n' |
    docker run --rm -i --network none "$IMAGE" chat | tee "$WORK/chat.txt"
grep -q "Welcome to ITB Coach" "$WORK/chat.txt"
grep -q "^Today" "$WORK/chat.txt"

say "building the PostgreSQL image on $BASE_IMAGE"
docker build --network host --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    -t itb-coach-postgres:smoke -f deploy/postgres.Dockerfile deploy

USERS="${WAVE_USERS:-300}"
PG_BIN=/usr/lib/postgresql/15/bin # Debian's pg_wrapper looks for clusters this image has not
export IMAGE POSTGRES_IMAGE=itb-coach-postgres:smoke STATS_PORT="${STATS_PORT:-58099}"
compose() { docker-compose -f deploy/smoke-compose.yaml -p itbsmoke "$@"; }
stats() { curl -fsS "http://127.0.0.1:$STATS_PORT/_stats"; }
accepted() { stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["accepted"])'; }
trap 'compose logs --no-color >"$WORK/stack.log" 2>&1 || true; compose down -v >/dev/null 2>&1 || true' EXIT

say "the stack: PostgreSQL and the fake Telegram"
compose down -v >/dev/null 2>&1 || true
compose up -d postgres botapi
for _ in $(seq 60); do
    compose exec -T postgres "$PG_BIN/pg_isready" -q 2>/dev/null && break
    sleep 1
done
compose exec -T postgres "$PG_BIN/pg_isready"

say "a wave of $USERS reminders"
compose run --rm tools seed --users "$USERS" --due-in 20 | tee "$WORK/due.txt"

say "two workers and a poller, started together on the new database"
compose up -d --scale worker=2 worker poller
sleep 5
compose ps
test "$(compose ps -q worker | wc -l)" = 2

say "waiting for the wave; one worker is killed once a third has gone out"
for _ in $(seq 240); do
    [ "$(accepted)" -ge $((USERS / 3)) ] && break
    sleep 0.5
done
victim="$(compose ps -q worker | head -1)"
docker kill "$victim"
in_flight="$(compose run --rm tools in-flight | tail -1)"
echo "killed $victim with $in_flight sends in flight"
for _ in $(seq 240); do
    [ "$(accepted)" -ge "$USERS" ] && break
    sleep 0.5
done
sleep 3 # a repeat would come now
compose run --rm tools judge --stats http://botapi:8099/_stats --users "$USERS" \
    --in-flight "$in_flight" | tee "$WORK/wave.txt"

say "SIGTERM: the other processes drain and exit 0"
compose stop -t 30 worker poller
compose ps
codes="$(docker inspect -f '{{.State.ExitCode}}' $(compose ps -q worker poller) | sort -u | tr '\n' ' ')"
echo "exit codes: $codes (the killed worker: 137)"
test "$codes" = "0 137 "

say "smoke test passed: $IMAGE builds, --help and a console session work, the stack lost no reminder"
