#!/usr/bin/env bash
# Smoke test of the image: build it, then start it twice — `itb-coach --help`, and a console
# session with piped input. Works on a Debian machine with no image registry in reach:
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

if ! command -v dockerd >/dev/null; then
    say "installing docker.io"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io
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

say "smoke test passed: $IMAGE builds, --help and a console session work"
