"""``python -m bot.texts.compile_catalogs``: every ``.po`` of ``bot/locale`` compiled to its
``.mo`` at install (``make``, the Dockerfile), the way the coach compiles a stale one at load."""

from __future__ import annotations

from bot.texts.catalog import LOCALE_DIR, compile_all

if __name__ == "__main__":
    for compiled in compile_all():
        print(f"compiled {compiled.relative_to(LOCALE_DIR.parent.parent)}")
