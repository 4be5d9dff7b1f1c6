"""Files a channel writes for a runner (the console's /export, /report and /progress), safe in a
folder other people share: each is named by the runner and the time, created only if no file
or link of that name exists (``O_EXCL``), never through a symbolic link (``O_NOFOLLOW``, the
folder opened the same way), and readable by its owner alone (mode 0600).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700  # a folder this creates; an existing one keeps its own mode
TRIES = 100  # names tried (-2, -3, ...) when a file of the name is already there
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class NotSaved(OSError):
    """The file could not be created safely (the folder is a link, or no free name)."""


def private_name(filename: str, runner: str, when: datetime) -> str:
    """``itb-coach-export-2026-11-23.json`` for runner ``ana`` at 07:00:05 becomes
    ``itb-coach-export-2026-11-23-ana-20261123T070005.json``."""
    stem, dot, suffix = filename.partition(".")
    who = _UNSAFE.sub("_", runner).strip("_")[:32] or "runner"
    return f"{stem}-{who}-{when:%Y%m%dT%H%M%S}{dot}{suffix}"


def save_private(folder: Path, filename: str, content: bytes) -> Path:
    """Write ``content`` to a new file in ``folder`` named ``filename`` (or ``-2``, ``-3``...
    before its suffix when taken); the path written."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    try:
        folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as error:
        raise NotSaved(f"{folder} is not a folder of its own (a link?)") from error
    try:
        stem, dot, suffix = filename.partition(".")
        for n in range(1, TRIES + 1):
            name = filename if n == 1 else f"{stem}-{n}{dot}{suffix}"
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
            try:
                fd = os.open(name, flags, FILE_MODE, dir_fd=folder_fd)
            except FileExistsError:
                continue  # a file or a planted link: never opened, another name taken
            with os.fdopen(fd, "wb") as out:
                out.write(content)
            return folder / name
        raise NotSaved(f"no free file name for {filename} in {folder}")
    finally:
        os.close(folder_fd)
