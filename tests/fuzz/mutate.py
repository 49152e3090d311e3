"""Random mutations of real pages: lines inserted, deleted, duplicated, swapped,
truncated, nested; markup characters and control characters spliced in."""

from __future__ import annotations

import random

SPLICES = [
    "<", ">", "{", "}", "`", "```", "~~~", "---", ":::", ":::note", "\x00", "\ufeff", "\r", "\r\n", "\t",
    "<Foo", "</", "/>", "</Callout>", "<Callout type=", "{/*", "*/}", "${", "import ", "export ", "export const x = ",
    "> ", "- ", "* ", "1. ", "|", "| --- |", "#", "## ", "[", "](", "](#", "![", "\\", "*", "_", "**", "~~",
    "&", "&amp;", "&#", "\"", "'", "=", "(", ")", "[^1]", "[^1]: ", "\u200b", "\u2028", "\ud7ff", "😀", "ё",
    "```json\n{", "```yaml\n", "```python\n", "\n```\n", "{{", "}}", ":", "\x0b", "\x0c", "\x1b", "\x7f",
]
LANGUAGES = ["json", "yaml", "yml", "python", "py", "bash", "sh", "shell", "properties", "sql", "js", "ts", "jsx",
             "tsx", "mdx", "text", "cron", "jsn", "pyhton", "yamll", "ini", "toml", "xml", "http", "promql", "", "c++",
             "json5", "jsonc", "javascript", "```", "{lang}", "py{", "a b c"]


def mutate(text: str, rng: random.Random, rounds: int | None = None) -> str:
    rounds = rounds if rounds is not None else rng.choice([1, 1, 2, 3, 5, 8])
    for _ in range(rounds):
        text = rng.choice(_MUTATORS)(text, rng)
    return text


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _insert_line(text, rng):
    lines = _lines(text)
    i = rng.randrange(len(lines) + 1)
    source = rng.choice(lines) if lines and rng.random() < 0.5 else rng.choice(SPLICES)
    lines.insert(i, source)
    return "\n".join(lines)


def _delete_lines(text, rng):
    lines = _lines(text)
    if len(lines) < 2:
        return text
    i = rng.randrange(len(lines))
    n = rng.choice([1, 1, 1, 2, 5, 20])
    del lines[i : i + n]
    return "\n".join(lines)


def _duplicate(text, rng):
    lines = _lines(text)
    i = rng.randrange(len(lines))
    n = rng.choice([1, 2, 5, 20, 100])
    block = lines[i : i + n]
    times = rng.choice([1, 1, 2, 10])
    lines[i:i] = block * times
    return "\n".join(lines)


def _swap(text, rng):
    lines = _lines(text)
    if len(lines) < 2:
        return text
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _truncate(text, rng):
    if not text:
        return text
    return text[: rng.randrange(len(text))]


def _splice(text, rng):
    i = rng.randrange(len(text) + 1)
    return text[:i] + rng.choice(SPLICES) + text[i:]


def _splice_many(text, rng):
    piece = rng.choice(SPLICES)
    for _ in range(rng.choice([2, 5, 20])):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + piece + text[i:]
    return text


def _delete_chars(text, rng):
    if not text:
        return text
    i = rng.randrange(len(text))
    return text[:i] + text[i + rng.choice([1, 1, 2, 10]) :]


def _nest(text, rng):
    lines = _lines(text)
    i = rng.randrange(len(lines))
    n = rng.choice([1, 3, 10, 50])
    prefix = rng.choice(["> ", "  ", "    ", "- ", "\t", "> > ", "1. ", ">"])
    for k in range(i, min(i + n, len(lines))):
        lines[k] = prefix + lines[k]
    return "\n".join(lines)


def _relang(text, rng):
    lines = _lines(text)
    fences = [k for k, line in enumerate(lines) if line.lstrip().startswith(("```", "~~~"))]
    if not fences:
        return _splice(text, rng)
    k = rng.choice(fences)
    line = lines[k]
    indent = line[: len(line) - len(line.lstrip())]
    marker = line.lstrip()[:3]
    lines[k] = indent + marker + rng.choice(LANGUAGES) + rng.choice(["", " title=\"x\"", " {1,3}", " skip-lint", "  ", "\t"])
    return "\n".join(lines)


def _line_endings(text, rng):
    return text.replace("\n", rng.choice(["\r\n", "\r", "\n\n", "\n \n"]))


def _bytes_noise(text, rng):
    i = rng.randrange(len(text) + 1)
    noise = "".join(chr(rng.choice([rng.randrange(0, 32), rng.randrange(32, 0x250), rng.randrange(0x400, 0x500),
                                      rng.randrange(0xE000, 0xF000), rng.randrange(0x10000, 0x10400)]))
                    for _ in range(rng.randrange(1, 8)))
    return text[:i] + noise + text[i:]


def _cross_splice(text, rng):
    """Move a block of the text somewhere else (unbalances every construct it cuts)."""
    if len(text) < 4:
        return text
    a = rng.randrange(len(text))
    b = min(len(text), a + rng.choice([5, 50, 500]))
    piece = text[a:b]
    rest = text[:a] + text[b:]
    i = rng.randrange(len(rest) + 1)
    return rest[:i] + piece + rest[i:]


_MUTATORS = [
    _insert_line, _insert_line, _delete_lines, _duplicate, _swap, _truncate, _splice, _splice, _splice, _splice_many,
    _delete_chars, _nest, _relang, _relang, _line_endings, _bytes_noise, _cross_splice,
]
