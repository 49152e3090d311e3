"""YAML frontmatter: find it, parse it with exact error positions and key positions."""

from __future__ import annotations

import re
from typing import Any

import yaml

from mdxlint.mdx.document import Frontmatter, FrontmatterKey, YamlProblem
from mdxlint.mdx.limits import MAX_YAML_VALUES, yaml_values, yaml_values_message

from mdxlint.mdx.jsyaml import LIBYAML_ONLY, JsYamlError, LenientPlainLoader, PlainLoader as _Loader, construct

_FENCE = re.compile(r"---[ \t]*\Z")
# Tabs js-yaml reads as blanks where PyYAML refuses them: indenting a comment line, after a
# sequence's `-`.
_JS_YAML_TABS = re.compile(r"^[ \t]+(?=#)|^[ ]*-\t+", re.M)


def find_frontmatter(text: str, line_starts: list[int], *, after_blank_lines: bool = False,
                     toml: bool = False) -> Frontmatter | None:
    """Frontmatter starts on the first line with ``---`` and ends at the next ``---``.  With
    ``after_blank_lines`` (Astro: ``/(?:^\\uFEFF?|^\\s*\\n)---…/``) blank lines may come before it;
    with ``toml`` (Astro 5.2+) ``+++`` … ``+++`` holds TOML."""
    opening = 0
    if after_blank_lines:
        while opening + 1 < len(line_starts) and not text[line_starts[opening] : line_starts[opening + 1]].strip():
            opening += 1
    offset = line_starts[opening] if opening < len(line_starts) else len(text)
    first_end = text.find("\n", offset)
    first = text[offset:] if first_end == -1 else text[offset:first_end]
    if toml and _TOML_FENCE.match(first):
        return _toml_frontmatter(text, line_starts, opening, first_end)
    if not _FENCE.match(first):
        return None
    body_start = first_end + 1 if first_end != -1 else len(text)
    for line in range(opening + 1, len(line_starts)):
        start = line_starts[line]
        end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
        if _FENCE.match(text, start, end) and text[start:end].rstrip() == "---":
            raw = text[body_start:start]
            fm = Frontmatter(opening, line, body_start, start, raw)
            _parse_yaml(fm)
            return fm
    fm = Frontmatter(opening, -1, body_start, len(text), text[body_start:])
    # On the first line, remark-frontmatter's attempt to read it runs to the end of the file and
    # leaves the page without lists and quotes (mdxlint.mdx.parser reads it so too).
    consequence = ("; until it is, an MDX compiler with remark-frontmatter reads no list, block quote or footnote on the page"
                   if opening == 0 else "")
    fm.error = YamlProblem(f"the frontmatter opened with `---` on line {opening + 1} is never closed by a `---` line{consequence}", offset)
    return fm


_TOML_FENCE = re.compile(r"\+\+\+[ \t]*\Z")
_TOML_KEY = re.compile(r"^([A-Za-z0-9_-]+|\"[^\"\n]*\")[ \t]*=[ \t]*(.*?)[ \t]*$", re.M)
_TOML_ERROR_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_frontmatter(text: str, line_starts: list[int], opening: int, first_end: int) -> Frontmatter | None:
    """TOML frontmatter (`+++`): its data, its top-level keys' places, or its error."""
    try:
        import tomllib
    except ImportError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    body_start = first_end + 1 if first_end != -1 else len(text)
    for line in range(opening + 1, len(line_starts)):
        start = line_starts[line]
        end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
        if text[start:end].rstrip() == "+++":
            raw = text[body_start:start]
            fm = Frontmatter(opening, line, body_start, start, raw)
            try:
                fm.data = tomllib.loads(raw)
            except RecursionError:
                fm.error = YamlProblem("invalid TOML: nested too deeply to read", body_start)
                return fm
            except tomllib.TOMLDecodeError as error:
                place = _TOML_ERROR_PLACE.search(str(error))
                offset = body_start
                if place is not None:
                    lines = raw.split("\n")
                    row = min(int(place.group(1)) - 1, len(lines) - 1)
                    offset = body_start + sum(len(part) + 1 for part in lines[:row]) + int(place.group(2)) - 1
                fm.error = YamlProblem(f"invalid TOML: {_TOML_ERROR_PLACE.sub('', str(error)).strip()}", offset)
                return fm
            table = re.search(r"^[ \t]*\[", raw, re.M)  # keys after a `[table]` header are the table's
            for match in _TOML_KEY.finditer(raw, 0, table.start() if table else len(raw)):
                name = match.group(1).strip('"')
                fm.keys[name] = FrontmatterKey(name, body_start + match.start(1), body_start + match.end(1),
                                               body_start + match.start(2), body_start + match.end(2))
            return fm
    return None  # (never closed: Astro reads no frontmatter, and the `+++` is text)


def fm_line(fm: Frontmatter, offset: int) -> tuple[int, int]:
    """0-based (line, column) in the file of an offset inside the frontmatter."""
    before = fm.raw[: max(0, offset - fm.body_start)]
    line = before.count("\n")
    return line + 1, len(before) - (before.rfind("\n") + 1)


def _mark_offset(fm: Frontmatter, mark: Any, line_offsets: list[int]) -> int:
    line = min(mark.line, len(line_offsets) - 1)
    return fm.body_start + line_offsets[line] + mark.column


def _parse_yaml(fm: Frontmatter, loader_class=_Loader) -> None:
    raw = fm.raw
    line_offsets = [0]
    for index, ch in enumerate(raw):
        if ch == "\n":
            line_offsets.append(index + 1)
    loader = loader_class(raw)
    try:
        node = loader.get_single_node()
        # Values as js-yaml reads them (the frameworks' frontmatter parser), not as YAML 1.1.
        fm.data = construct(node) if node is not None else None
    except JsYamlError as error:
        offset = _mark_offset(fm, error.node.start_mark, line_offsets)
        if str(error) == "duplicated mapping key":
            message = (f"invalid YAML: the key `{error.node.value}` appears twice in one mapping (js-yaml, which reads "
                       "frontmatter for Astro and Docusaurus, refuses it: \"duplicated mapping key\")")
        else:
            message = f"invalid YAML: {error} (js-yaml, which reads frontmatter for Astro and Docusaurus, refuses it)"
        fm.error = YamlProblem(message, offset)
        return
    except yaml.MarkedYAMLError as error:
        if loader_class is _Loader and (any(what in f"{error.context} {error.problem}" for what in LIBYAML_ONLY)
                                        or "\t" in raw):
            # What libyaml alone refuses (a tab in a block scalar, an anchor defined again), and tabs
            # js-yaml takes for blanks (before a comment, after a `-`): read again, where PyYAML's
            # Python reader agrees, with those tabs as spaces (offsets kept).
            loader.dispose()
            lenient = Frontmatter(fm.start_line, fm.end_line, fm.body_start, fm.body_end, _JS_YAML_TABS.sub(
                lambda found: found.group().replace("\t", " "), raw))
            _parse_yaml(lenient, LenientPlainLoader)
            if lenient.error is None:
                fm.data, fm.keys = lenient.data, lenient.keys
                return
            if any(what in f"{error.context} {error.problem}" for what in LIBYAML_ONLY):
                fm.data, fm.error = lenient.data, lenient.error
                return
        mark = error.problem_mark or error.context_mark
        mark = error.problem_mark or error.context_mark
        offset = _mark_offset(fm, mark, line_offsets) if mark is not None else fm.body_start
        problem = error.problem or str(error)
        context = ""
        if error.context:
            context = f" ({error.context}"
            if error.context_mark is not None and error.context_mark is not mark:
                where = _mark_offset(fm, error.context_mark, line_offsets)
                line = fm_line(fm, where)
                context += f" that starts on line {line[0] + 1}, column {line[1] + 1}"
            context += ")"
        fm.error = YamlProblem(f"invalid YAML: {problem}{context}", offset)
        return
    except yaml.reader.ReaderError as error:
        # A character YAML text may not hold (a control character, held-out h106): at that character.
        char = chr(error.character) if isinstance(error.character, int) else ""
        shown = f"U+{ord(char):04X}" if char else "a character"
        escape = f"`\\x{ord(char):02x}`" if char and ord(char) < 0x100 else f"`\\u{ord(char):04x}`" if char else "`\\x07`"
        fm.error = YamlProblem(f"invalid YAML: {shown} is a character YAML text may not hold (js-yaml refuses it too: "
                               f"\"the stream contains non-printable characters\"); in a double-quoted string write it as "
                               f"an escape, {escape}", fm.body_start + max(0, error.position))
        return
    except yaml.YAMLError as error:
        fm.error = YamlProblem(f"invalid YAML: {error}", fm.body_start)
        return
    except (ValueError, TypeError, OverflowError) as error:  # e.g. a date that does not exist
        fm.error = YamlProblem(f"invalid YAML value: {error}", fm.body_start)
        return
    finally:
        loader.dispose()
    count = yaml_values(fm.data)
    if count is None or count > MAX_YAML_VALUES:
        fm.data = None
        fm.error = YamlProblem(yaml_values_message("the frontmatter", count), fm.body_start)
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                entry = FrontmatterKey(
                    str(key_node.value),
                    _mark_offset(fm, key_node.start_mark, line_offsets),
                    _mark_offset(fm, key_node.end_mark, line_offsets),
                    _mark_offset(fm, value_node.start_mark, line_offsets),
                    _mark_offset(fm, value_node.end_mark, line_offsets),
                )
                if isinstance(value_node, yaml.SequenceNode):
                    entry.items = [
                        (_mark_offset(fm, item.start_mark, line_offsets), _mark_offset(fm, item.end_mark, line_offsets))
                        for item in value_node.value
                    ]
                fm.keys[str(key_node.value)] = entry
