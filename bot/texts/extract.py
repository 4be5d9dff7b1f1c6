"""A Babel extractor for the texts a runner reads in the protocol YAML files: a programme's
name, summary and running advice, and each exercise's name, steps and safety note, each
therapy's text. Citations (``source``) stay as published. ``babel.cfg`` registers it."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

import yaml

TEXT_KEYS = frozenset({"name", "summary", "advice", "steps", "safety", "text"})
Extracted = tuple[int, str | None, str, list[str]]


def extract_protocol(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[Extracted]:
    """Every runner-facing text of a protocol file, with its line (1-based)."""
    root = yaml.compose(fileobj.read().decode("utf-8"))
    if root is not None:
        yield from _walk(root, None)


def _walk(node: yaml.Node, key: str | None) -> Iterator[Extracted]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            yield from _walk(value, str(key_node.value))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, key)
    elif isinstance(node, yaml.ScalarNode) and key in TEXT_KEYS:
        text = yaml.safe_load(yaml.serialize(node))
        if isinstance(text, str) and text:
            yield node.start_mark.line + 1, None, text, [f"protocol field: {key}"]
