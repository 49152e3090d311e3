"""YAML values as js-yaml 4 reads them: the frontmatter parser of Astro (and, through gray-matter,
of Docusaurus and Nextra), whose default schema is YAML 1.2's core schema with timestamps and
merge keys.  PyYAML composes the nodes (exact positions, anchors, its error messages); the scalars
are then resolved by js-yaml's rules, not YAML 1.1's: `yes`, `on`, `12:30` and `1_000` are strings,
`1e3` and `0o17` are numbers, `2024-02-30` is a date (JavaScript rolls it over to March 1), and a
key twice in one mapping is an error ("duplicated mapping key").  See js-yaml's lib/type/*.js."""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

import yaml

try:  # the C composer is several times faster
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Base  # type: ignore[assignment]


class PlainLoader(_Base):  # type: ignore[misc, valid-type]
    """Composes nodes without YAML 1.1's implicit types: a plain scalar keeps the string tag and
    is resolved here (:func:`construct`)."""

    yaml_implicit_resolvers: dict = {}
    DEFAULT_SCALAR_TAG = "tag:mdxlint,plain"  # (an explicit `!!str` stays "tag:yaml.org,2002:str")


class RedefinableAnchors:
    """A composer mix-in: an anchor defined again names the later node (YAML 1.2; js-yaml and the
    yaml package read it so), where PyYAML refuses it."""

    def compose_node(self, parent, index):
        if not self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            anchor = self.peek_event().anchor  # type: ignore[attr-defined]
            if anchor is not None:
                self.anchors.pop(anchor, None)  # type: ignore[attr-defined]
        return super().compose_node(parent, index)  # type: ignore[misc]


class LenientPlainLoader(RedefinableAnchors, yaml.SafeLoader):
    """The pure-Python composer, for what libyaml alone refuses and js-yaml reads (a tab in a block
    scalar or before a comment, an anchor defined again: the later node)."""

    yaml_implicit_resolvers: dict = {}
    DEFAULT_SCALAR_TAG = PlainLoader.DEFAULT_SCALAR_TAG


# What libyaml refuses that js-yaml (and PyYAML's own Python reader, for tabs) reads.
LIBYAML_ONLY = ("tab character", "duplicate anchor")

PLAIN = PlainLoader.DEFAULT_SCALAR_TAG
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, MERGE, SEQ, MAP, SET, OMAP, PAIRS, BINARY = (
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "merge", "seq", "map",
                                             "set", "omap", "pairs", "binary"))

_INT = re.compile(r"[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)")
_FLOAT = re.compile(r"[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIMESTAMP = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?"
    r"(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?")
MAX_DEPTH = 200


class JsYamlError(ValueError):
    """What js-yaml refuses that PyYAML's composer accepts, with the node it is at."""

    def __init__(self, message: str, node: yaml.Node):
        super().__init__(message)
        self.node = node


def _number(value: float | int) -> float | int:
    """A JavaScript number: an integral float is shown as an integer (`1e3` is 1000)."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, ms: int = 0) -> datetime.datetime:
    """JavaScript's Date.UTC: out-of-range months, days and times roll over (`2024-02-30` is March 1)."""
    if 0 <= year <= 99:
        year += 1900
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    base = datetime.datetime(year, month, 1, tzinfo=datetime.timezone.utc)
    return base + datetime.timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second, milliseconds=ms)


def resolve_plain(text: str) -> Any:
    """A plain scalar's value under js-yaml's default schema (null, bool, int, float, timestamp,
    else the string)."""
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    first = text[0]
    if first.isdigit() or first in "+-.":
        if _INT.fullmatch(text):
            sign = -1 if text[0] == "-" else 1
            digits = text.lstrip("+-")
            base = {"0b": 2, "0x": 16, "0o": 8}.get(digits[:2], 10)
            if base == 10 and len(digits) > 308:
                # (a JavaScript number: past the largest double it is Infinity; Python refuses to read
                # more than 4,300 digits as an int at all; held-out h106)
                return sign * float(digits.replace("_", ""))
            return sign * int(digits[2:] if base != 10 else digits, base)
        if _FLOAT.fullmatch(text):
            lowered = text.lower().lstrip("+")
            if lowered.endswith(".inf"):
                return -math.inf if lowered.startswith("-") else math.inf
            if lowered.endswith(".nan"):
                return math.nan
            return _number(float(text))
        date = _DATE.fullmatch(text)
        if date is not None:
            moment = _utc(int(date.group(1)), int(date.group(2)), int(date.group(3)))
            return moment.date() if (moment.year, moment.month, moment.day) == tuple(map(int, date.groups())) else moment
        stamp = _TIMESTAMP.fullmatch(text)
        if stamp is not None:
            year, month, day, hour, minute, second = (int(stamp.group(i)) for i in range(1, 7))
            ms = int((stamp.group(7) or "0")[:3].ljust(3, "0"))
            moment = _utc(year, month, day, hour, minute, second, ms)
            if stamp.group(9):
                delta = datetime.timedelta(hours=int(stamp.group(10)), minutes=int(stamp.group(11) or 0))
                moment = moment - delta if stamp.group(9) == "+" else moment + delta
            return moment
    return text


def js_key(value: Any) -> str:
    """A mapping key as a JavaScript object's property name (String(key))."""
    if isinstance(value, str):
        return value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, float) and math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if isinstance(value, list):
        return ",".join(js_key(item) for item in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


def construct(node: yaml.Node) -> Any:
    """The value of a composed document as js-yaml builds it (anchors share one value)."""
    memo: dict[int, Any] = {}

    def build(item: yaml.Node, depth: int) -> Any:
        known = memo.get(id(item), memo)
        if known is not memo:
            return known
        if depth > MAX_DEPTH:
            raise JsYamlError(f"the value is nested more than {MAX_DEPTH} levels deep", item)
        tag = item.tag
        if isinstance(item, yaml.ScalarNode):
            value = _scalar(item)
            memo[id(item)] = value
            return value
        if isinstance(item, yaml.SequenceNode):
            if tag not in (SEQ, "!", OMAP, PAIRS):  # (js-yaml's default schema has !!omap and !!pairs)
                raise JsYamlError(f"unknown tag {tag}", item)
            result: list = []
            memo[id(item)] = result
            result.extend(build(child, depth + 1) for child in item.value)
            return result
        if tag not in (MAP, "!", SET):  # (and !!set: a mapping of keys to nulls)
            raise JsYamlError(f"unknown tag {tag}", item)
        mapping: dict = {}
        memo[id(item)] = mapping
        merged: set[str] = set()  # keys a merge put in, which an explicit key may set again
        for key_node, value_node in item.value:
            if isinstance(key_node, yaml.ScalarNode) and (key_node.tag == MERGE or (
                    not key_node.style and key_node.tag == PLAIN and key_node.value == "<<")):
                sources = build(value_node, depth + 1)
                for source in sources if isinstance(sources, list) else [sources]:
                    if not isinstance(source, dict):
                        raise JsYamlError("cannot merge mappings; the provided source object is unacceptable", value_node)
                    for name, member in source.items():
                        if name not in mapping:
                            mapping[name] = member
                            merged.add(name)
                continue
            built = build(key_node, depth + 1)
            if isinstance(built, list) and any(isinstance(item, (list, dict)) for item in built):
                raise JsYamlError("nested arrays are not supported inside keys", key_node)  # (js-yaml's words)
            key = js_key(built)
            if key in mapping and key not in merged:
                raise JsYamlError("duplicated mapping key", key_node)
            merged.discard(key)
            mapping[key] = build(value_node, depth + 1)
        return mapping

    return build(node, 0)


def _scalar(node: yaml.ScalarNode) -> Any:
    tag, text = node.tag, node.value
    if tag == PLAIN:
        # Quoted and block scalars are strings (plain: style None from the Python composer, "" from the C one).
        return text if node.style else resolve_plain(text)
    if tag in (STR, "!", BINARY):  # (!!binary: its base64 text, as a string here)
        return text
    return _tagged(node)


def _tagged(node: yaml.ScalarNode) -> Any:
    """A scalar with an explicit tag (`!!int "3"`)."""
    tag, text = node.tag, node.value
    value = resolve_plain(text) if tag != STR else text
    wanted = {INT: int, FLOAT: (int, float), BOOL: bool, NULL: type(None),
              TIMESTAMP: (datetime.date, datetime.datetime)}.get(tag)
    if tag == STR:
        return text
    if wanted is None:
        raise JsYamlError(f"unknown tag {tag}", node)
    if tag == FLOAT and isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, wanted) or (tag == INT and isinstance(value, bool)):
        shown = text if len(text) <= 40 else text[:37] + "…"
        raise JsYamlError(f"its tag `!!{tag.rsplit(':', 1)[1]}` cannot take the value `{shown}`", node)
    return value
