"""The shape of the code, checked like behaviour: the layers import only downwards, no two
packages import each other, and no module or function grows past the size a reader can hold.

The layer contracts live in ``pyproject.toml`` (``[tool.importlinter]``); ``lint-imports``
reads them. Size limits follow ``STYLE``: a module over 400 lines or a function over 50 needs a
``# long: <reason>`` comment (on the module's first lines, or on the ``def`` line or the line
above it) saying why it is one piece.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50
REASON = "# long:"


def test_layers_import_only_downwards_and_packages_have_no_cycles() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _modules() -> list[Path]:
    return sorted((ROOT / "bot").rglob("*.py"))


def _has_reason(lines: list[str], index: int) -> bool:
    """A reason on the line ``index`` (0-based) or the one above it."""
    return any(REASON in lines[i] for i in (index - 1, index) if 0 <= i < len(lines))


def test_no_module_is_over_400_lines_without_a_reason() -> None:
    too_long = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_MODULE_LINES and not any(REASON in line for line in lines[:15]):
            too_long.append(f"{path.relative_to(ROOT)}: {len(lines)} lines")
    assert not too_long, "\n".join(too_long)


def test_no_function_is_over_50_lines_without_a_reason() -> None:
    too_long = []
    for path in _modules():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            if length > MAX_FUNCTION_LINES and not _has_reason(lines, node.lineno - 1):
                too_long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {length}")
    assert not too_long, "\n".join(too_long)
