"""Run the README walk-throughs exactly as written, so they cannot rot.

Each shell block marked ``<!-- walkthrough: NAME expect="TEXT" -->`` in the README, in
bench/README.md and in the docs/ pages that have recipes is run with ``bash -euo pipefail``
from the root of a fresh copy of the repository (its tracked files, and the ``.venv/`` that
``make test`` made, as the recipes say), with a clean environment; it must exit 0 and print
TEXT. Afterwards the copy must hold no ``data/`` (a recipe takes a temporary database).

    .venv/bin/python .ci/walkthroughs.py [NAME ...]
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("README.md", "bench/README.md", "docs/guide.md", "docs/channels.md")
MARK = re.compile(
    r'<!-- walkthrough: (?P<name>[\w-]+) expect="(?P<expect>[^"]+)" -->\n'
    r"```sh\n(?P<script>.*?)```",
    re.DOTALL,
)
TIMEOUT_SECONDS = 600
# Only what a person's shell would have; nothing of the project's own settings.
KEPT_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TERM", "TMPDIR", "USER")


@dataclass(frozen=True)
class Walkthrough:
    document: str
    name: str
    expect: str
    script: str


def walkthroughs(root: Path = ROOT) -> list[Walkthrough]:
    found = []
    for document in DOCUMENTS:
        text = (root / document).read_text(encoding="utf-8")
        found += [
            Walkthrough(document, m["name"], m["expect"], m["script"]) for m in MARK.finditer(text)
        ]
    return found


def fresh_copy(destination: Path) -> Path:
    """The files a commit would hold (tracked and new, not ignored, as they are in the work
    tree) and the ``.venv``."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    (destination / ".venv").symlink_to(ROOT / ".venv")
    return destination


def run(walkthrough: Walkthrough, copy: Path) -> str | None:
    """None when the walk-through passed, else why it failed."""
    env = {k: os.environ[k] for k in KEPT_ENV if k in os.environ}
    try:
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", walkthrough.script],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return f"did not finish in {TIMEOUT_SECONDS} s"
    if done.returncode != 0:
        return f"exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    if walkthrough.expect not in done.stdout:
        return f"printed no {walkthrough.expect!r}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return None


def main(names: list[str]) -> int:
    chosen = [w for w in walkthroughs() if not names or w.name in names]
    if not chosen:
        print("no walk-throughs found", file=sys.stderr)
        return 1
    failed = 0
    with tempfile.TemporaryDirectory(prefix="itb-walkthrough-") as folder:
        copy = fresh_copy(Path(folder))
        for walkthrough in chosen:
            started = time.monotonic()
            problem = run(walkthrough, copy)
            took = time.monotonic() - started
            verdict = "ok" if problem is None else "FAILED"
            print(f"{walkthrough.document} {walkthrough.name}: {verdict} ({took:.1f} s)")
            if problem is not None:
                failed += 1
                print(problem, file=sys.stderr)
        if (copy / "data").exists():
            print(
                "a walk-through wrote into data/: recipes take a temporary database",
                file=sys.stderr,
            )
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
