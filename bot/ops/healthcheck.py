"""``python -m bot.ops.healthcheck``: exit 0 when this machine's coach process says it is
healthy, 1 otherwise — the image's ``HEALTHCHECK``.

It asks ``/healthz`` on 127.0.0.1 at ``METRICS_PORT`` (a worker, a poller, Discord) and then
at ``PORT`` (a webhook replica, which serves it on its own port). Standard library only, and
no settings parsing, so a check costs a few milliseconds.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request

DEFAULT_METRICS_PORT = "9464"
DEFAULT_PORT = "8443"


def healthy(port: str, timeout: float = 3.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout) as answer:
            return bool(answer.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def main() -> int:
    ports = [
        os.environ.get("METRICS_PORT", DEFAULT_METRICS_PORT),
        os.environ.get("PORT", DEFAULT_PORT),
    ]
    return 0 if any(p.strip() and healthy(p.strip()) for p in ports) else 1


if __name__ == "__main__":
    sys.exit(main())
