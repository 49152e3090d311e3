"""Connector configurations as lessons show them: JSON fences (also fragments and
REST bodies), ``.properties``/``ini`` fences (Debezium Server too), ``curl`` calls in
shell fences, and Strimzi ``KafkaConnector`` YAML.  Each becomes a
:class:`ConfigUnit` with exact file offsets for every key and value.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field, replace
from typing import Any

from mdxlint.mdx.document import Document, Fence
from mdxlint.analyzers.configs.structured import _placeholders, _strip_comments, read_json, read_yaml

COUNTER_EXAMPLE_WORDS = {"counter-example", "counterexample"}
_COUNTER_COMMENT = re.compile(r"mdxlint-counter-example")
SHELL_LANGS = {"bash", "sh", "shell", "zsh", "console", "shellscript"}
PROPERTIES_LANGS = {"properties", "ini", "conf", "env", "dotenv", "java-properties"}
_CONFIG_LANGS = frozenset({"json", "jsonc", "yaml", "yml"} | PROPERTIES_LANGS | SHELL_LANGS)


@dataclass(eq=False)
class Entry:
    key: str
    value: Any
    key_start: int
    key_end: int
    value_start: int
    value_end: int

    @property
    def text(self) -> str:
        if isinstance(self.value, bool):
            return "true" if self.value else "false"
        return "" if self.value is None else str(self.value)


@dataclass(eq=False)
class RestCall:
    method: str
    path: str
    json_content_type: bool
    start: int  # the curl command
    end: int
    body_is_file: bool = False


@dataclass(eq=False)
class ConfigUnit:
    fence: Fence
    source: str  # json, properties, yaml, curl
    entries: dict[str, Entry] = field(default_factory=dict)
    wrapper: bool = False  # {"name": …, "config": {…}}
    wrapper_keys: dict[str, Entry] = field(default_factory=dict)
    abbreviated: bool = False  # shows `...` or comments standing for omitted keys
    fragment: bool = False  # members without braces
    connector: str | None = None  # "pg", "mysql"
    server: bool = False  # Debezium Server application.properties
    server_entries: dict[str, Entry] = field(default_factory=dict)  # debezium.* keys
    rest: RestCall | None = None
    start: int = 0
    end: int = 0

    @property
    def connector_class(self) -> str | None:
        entry = self.entries.get("connector.class")
        return entry.text if entry else None

    @property
    def complete(self) -> bool:
        """A full connector config (it names its class), as opposed to an excerpt."""
        return self.connector_class is not None

    @property
    def full(self) -> bool:
        """Complete enough to deploy as shown: it names its class and how to reach the
        database; with fewer keys it is an excerpt made to show a few settings."""
        return (
            self.complete
            and not self.abbreviated
            and "database.hostname" in self.entries
            and "database.user" in self.entries
        )

    def value(self, key: str) -> str | None:
        entry = self.entries.get(key)
        return entry.text if entry is not None else None


# A value the reader fills in: `${VAR}`, `<your host>`, `{{ var }}`, `...`, or a name in
# capitals with an underscore (`MYSQL_PORT`, `SSL_MODE`; Aiven's and Confluent's docs write them so).
_PLACEHOLDER_VALUE = re.compile(r"\$\{.*\}|<.*>|\{\{.*\}\}|.*(?:\.\.\.|…).*|\s*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+", re.S)


def is_placeholder(value: str) -> bool:
    """Whether a config value stands for one the reader fills in (not judged against its type)."""
    return _PLACEHOLDER_VALUE.fullmatch(value.strip()) is not None


def is_counter_example(doc: Document, fence: Fence) -> bool:
    if fence.meta_words & COUNTER_EXAMPLE_WORDS:
        return True
    # Only a comment that ends at most 3 characters before the fence can mark it: look
    # those up by where they end (one index per document, not a scan per fence).
    ends = doc.__dict__.get("_counter_comment_ends")
    if ends is None:
        ends = doc.__dict__["_counter_comment_ends"] = {
            expression.end
            for expression in doc.expressions
            if expression.comment and _COUNTER_COMMENT.search(expression.comment)
        }
    for end in range(fence.start - 3, fence.start + 1):
        if end in ends and not doc.text[end : fence.start].strip():
            return True
    return False


# -- JSON ------------------------------------------------------------------------------------------

def _json_entries(text: str) -> list[tuple[tuple[str, ...], str, Any, int, int, int, int]]:
    """(path, key, value, key_start, key_end, value_start, value_end) for every member of
    every object in ``text`` (already valid-shaped: comments and placeholders blanked)."""
    decoder = json.JSONDecoder()
    out = []
    stack: list[tuple[str, str | None]] = []  # ("{", key) / ("[", None)
    path: list[str] = []
    i, n = 0, len(text)
    pending_key: tuple[str, int, int] | None = None
    while i < n:
        ch = text[i]
        if ch in " \t\r\n,":
            i += 1
            continue
        if ch == "{":
            if pending_key is not None:
                path.append(pending_key[0])
                stack.append(("{", pending_key[0]))
                pending_key = None
            else:
                stack.append(("{", None))
            i += 1
            continue
        if ch == "[":
            if pending_key is not None:
                path.append(pending_key[0])
                stack.append(("[", pending_key[0]))
                pending_key = None
            else:
                stack.append(("[", None))
            i += 1
            continue
        if ch in "}]":
            if stack:
                _, key = stack.pop()
                if key is not None and path:
                    path.pop()
            i += 1
            continue
        if ch == ":":
            i += 1
            continue
        try:
            value, end = decoder.raw_decode(text, i)
        except ValueError:
            i += 1
            continue
        if pending_key is None and isinstance(value, str):
            j = end
            while j < n and text[j] in " \t\r\n":
                j += 1
            if j < n and text[j] == ":" and (not stack or stack[-1][0] == "{"):
                pending_key = (value, i, end)
                i = j + 1
                continue
        if pending_key is not None:
            key, key_start, key_end = pending_key
            out.append((tuple(path), key, value, key_start + 1, key_end - 1, i, end))
            pending_key = None
        i = end
    return out


def _units_from_json(doc: Document, fence: Fence, body: str, base: int, source: str) -> list[ConfigUnit]:
    """Units from JSON text that starts at ``base`` inside ``fence.body``."""
    reading = read_json(body)
    if reading.error is not None:
        return []
    text, _ = _strip_comments(body)
    text, _ = _placeholders(text)
    members = _json_entries(text)
    if not members:
        return []

    def entry(key, value, ks, ke, vs, ve) -> Entry:
        if isinstance(value, str) and vs < ve and text[vs] == '"':
            vs, ve = vs + 1, ve - 1
        return Entry(key, value, fence.body_offset(base + ks), fence.body_offset(base + ke), fence.body_offset(base + vs), fence.body_offset(base + ve))

    unit = ConfigUnit(fence, source, start=fence.body_offset(base), end=fence.body_offset(base + len(body)))
    unit.abbreviated = reading.has_placeholders or reading.has_comments
    unit.fragment = reading.fragment
    top = [m for m in members if m[0] == ()]
    if any(m[0] == ("config",) for m in members):
        unit.wrapper = True
        for path, key, value, ks, ke, vs, ve in members:
            if path == ():
                unit.wrapper_keys.setdefault(key, entry(key, value, ks, ke, vs, ve))
            elif path == ("config",):
                unit.entries.setdefault(key, entry(key, value, ks, ke, vs, ve))
    else:
        for path, key, value, ks, ke, vs, ve in top:
            unit.entries.setdefault(key, entry(key, value, ks, ke, vs, ve))
    if not _looks_like_config(unit.entries):
        return []
    return [unit]


def _looks_like_config(entries: dict[str, Entry]) -> bool:
    keys = set(entries)
    if "connector.class" in keys:
        return True
    dotted = [k for k in keys if "." in k and not k.startswith("$")]
    return bool(dotted) and sum(1 for k in dotted if _known_key(k)) >= max(1, len(dotted) // 2)


def _known_key(key: str) -> bool:
    from mdxlint.analyzers.configs.debezium import CONNECT_KEYS, PASS_THROUGH_PREFIXES, REMOVED_KEYS, catalog

    if key in CONNECT_KEYS or key in REMOVED_KEYS or key.startswith(PASS_THROUGH_PREFIXES):
        return True
    return key in catalog()["fields"]


# -- properties ------------------------------------------------------------------------------------

_PROPERTY = re.compile(r"^(\s*)([A-Za-z_][\w.\-\[\]$]*)\s*(?:=|:|\s)\s*(.*?)\s*$")


def _units_from_properties(doc: Document, fence: Fence) -> list[ConfigUnit]:
    unit = ConfigUnit(fence, "properties", start=fence.start, end=fence.end)
    for index, line in enumerate(fence.body_lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "!", ";", "[")):
            continue
        match = _PROPERTY.match(line)
        if not match:
            continue
        key, value = match.group(2), match.group(3)
        key_start = fence.offset_of(index, match.start(2))
        value_start = fence.offset_of(index, match.start(3))
        entry = Entry(key, value, key_start, key_start + len(key), value_start, value_start + len(value))
        if value.strip() in ("...", "…"):
            unit.abbreviated = True
            continue
        if key.startswith("debezium."):
            unit.server = True
            unit.server_entries.setdefault(key, entry)
            if key.startswith("debezium.source."):
                inner = key[len("debezium.source.") :]
                shift = len("debezium.source.")
                unit.entries.setdefault(inner, Entry(inner, value, key_start + shift, key_start + len(key), entry.value_start, entry.value_end))
            elif key.startswith(("debezium.transforms", "debezium.predicates")):
                inner = key[len("debezium.") :]
                shift = len("debezium.")
                unit.entries.setdefault(inner, Entry(inner, value, key_start + shift, key_start + len(key), entry.value_start, entry.value_end))
        else:
            unit.entries.setdefault(key, entry)
    if unit.server or _looks_like_config(unit.entries):
        return [unit]
    return []


# -- curl ------------------------------------------------------------------------------------------

_CURL = re.compile(r"(?m)^[^\n#]*?\bcurl\b")


def _open_quote(command: str) -> bool:
    """Whether a shell command ends inside a quoted string (shell quoting rules: no
    escapes in single quotes, backslash escapes in double quotes and outside quotes,
    ``#`` outside quotes starts a comment, as in ``shlex.split(comments=True)``)."""
    quote = None
    index, length = 0, len(command)
    while index < length:
        char = command[index]
        if quote == "'":
            if char == "'":
                quote = None
        elif quote == '"':
            if char == "\\":
                index += 1
            elif char == '"':
                quote = None
        elif char == "\\":
            if index == length - 1:
                return True  # an escape with nothing to escape: shlex refuses it too
            index += 1
        elif char in "'\"":
            quote = char
        elif char == "#":
            newline = command.find("\n", index)
            if newline == -1:
                return False
            index = newline
        index += 1
    return quote is not None


def _units_from_shell(doc: Document, fence: Fence) -> list[ConfigUnit]:
    body = fence.body
    units = []
    if "/connectors" not in body:
        return units
    for match in _CURL.finditer(body):
        start = match.start()
        paragraph_end = body.find("\n\n", start)
        if "/connectors" not in body[start : len(body) if paragraph_end == -1 else paragraph_end]:
            continue  # not a Kafka Connect REST call: no need to tokenize it
        # The command: continuation lines ending with a backslash, then a heredoc.
        end = start
        lines_end = body.find("\n", end)
        while True:
            line_end = body.find("\n", end)
            line_end = len(body) if line_end == -1 else line_end
            if body[end:line_end].rstrip().endswith("\\"):
                end = line_end + 1
                continue
            end = line_end
            break
        command = body[start:end]
        del lines_end
        # A quoted body may run over several lines (-d '{ … }'): extend to the closing quote.
        while end < len(body) and _open_quote(command):
            next_end = body.find("\n", end + 1)
            end = len(body) if next_end == -1 else next_end
            command = body[start:end]
        heredoc = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", command)
        heredoc_body = None
        heredoc_start = -1
        if heredoc:
            marker = heredoc.group(1)
            after = end + 1
            close = re.compile(rf"(?m)^\s*{re.escape(marker)}\s*$").search(body, after)
            if close:
                heredoc_body = body[after : close.start()]
                heredoc_start = after
                end = close.end()
        try:
            words = shlex.split(command.replace("\\\n", " "), comments=True)
        except ValueError:
            continue
        words = _curl_short_options(words)
        method, url, json_type, data, data_is_file = None, None, False, None, False
        get_with_data = "-G" in words or "--get" in words  # (the data goes into the query string of a GET)
        index = 0
        while index < len(words):
            word = words[index]
            following = words[index + 1] if index + 1 < len(words) else ""
            if word in ("-X", "--request"):
                method, index = following.upper(), index + 2
                continue
            if word in ("-H", "--header"):
                if re.match(r"(?i)content-type\s*:\s*application/(?:[\w.+-]*\+)?json", following):
                    json_type = True
                index += 2
                continue
            elif word in ("-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--json"):
                data = following
                if word == "--json":
                    json_type = True
                index += 2
                continue
            elif "/connectors" in word and not word.startswith("-"):
                url = word
            index += 1
        if url is None:
            continue
        path = re.sub(r"^[a-z]+://[^/]+", "", url)
        method = method or ("POST" if data is not None and not get_with_data else "GET")
        rest = RestCall(method, path, json_type, fence.body_offset(start), fence.body_offset(end))
        unit = None
        if data is not None and data.startswith("@"):
            rest.body_is_file = True
            if data == "@-" and heredoc_body is not None:
                found = _units_from_json(doc, fence, heredoc_body, heredoc_start, "curl")
                unit = found[0] if found else None
        elif data is not None:
            position = body.find(data, start, end + 1)
            if position >= 0:
                found = _units_from_json(doc, fence, data, position, "curl")
                unit = found[0] if found else None
        if unit is None:
            unit = ConfigUnit(fence, "curl", start=rest.start, end=rest.end)
        unit.rest = rest
        units.append(unit)
    return units


# curl's one-letter options that take a value (`-X PUT`, `-XPUT`, the last of a group: `-sX PUT`)
_CURL_VALUE_LETTERS = frozenset("AbcCdDeEFHKmoPQrtTuUwxXyYz")


def _curl_short_options(words: list[str]) -> list[str]:
    """The words with curl's grouped one-letter options taken apart, as curl reads them:
    `-sX PUT` is `-s -X PUT`, `-sXPUT` too, `-isd @c.json` is `-i -s -d @c.json`."""
    result: list[str] = []
    for word in words:
        if len(word) <= 2 or not word.startswith("-") or word.startswith("--") or not word[1].isalpha():
            result.append(word)
            continue
        for position, letter in enumerate(word[1:], start=1):
            result.append("-" + letter)
            if letter in _CURL_VALUE_LETTERS:
                if position + 1 < len(word):
                    result.append(word[position + 1 :])
                break
    return result


# -- YAML (Strimzi KafkaConnector) ----------------------------------------------------------------------


def _yaml_key_lines(lines: list[str]) -> dict[str, tuple[int, int, int, int]]:
    """Where each possible key first stands: (line, key column, value column, value
    length) for the text between a line's indentation and one of its first colons,
    as ``^(\\s*)(KEY)\\s*:\\s*(.*?)\\s*$`` would find it (one pass over the lines, no
    pattern compiled per key)."""
    first: dict[str, tuple[int, int, int, int]] = {}
    for index, line in enumerate(lines):
        content = line.lstrip()
        indent = len(line) - len(content)
        colon = content.find(":")
        seen = 0
        while colon > 0 and seen < 8:
            key = content[:colon].rstrip()
            if key and key not in first:
                rest = content[colon + 1 :]
                value = rest.lstrip()
                value_column = indent + colon + 1 + len(rest) - len(value)
                first[key] = (index, indent, value_column, len(value.rstrip()))
            colon = content.find(":", colon + 1)
            seen += 1
    return first


def _units_from_yaml(doc: Document, fence: Fence) -> list[ConfigUnit]:
    reading = read_yaml(fence.body)
    units = []
    for document in reading.documents:
        if not isinstance(document, dict) or document.get("kind") != "KafkaConnector":
            continue
        spec = document.get("spec") or {}
        config = spec.get("config") if isinstance(spec, dict) else None
        if not isinstance(config, dict):
            continue
        unit = ConfigUnit(fence, "yaml", start=fence.start, end=fence.end)
        lines = fence.body_lines
        # (config key, the key written in the YAML): Strimzi's `spec.class` and `spec.tasksMax` are
        # the connector's `connector.class` and `tasks.max`.
        values = [(str(key), str(key), value) for key, value in config.items()]
        for spec_key, key in (("class", "connector.class"), ("tasksMax", "tasks.max")):
            if spec.get(spec_key) is not None and key not in config:
                values.append((key, spec_key, spec[spec_key]))
        first_lines = _yaml_key_lines(lines)
        for key, written, value in values:
            found = first_lines.get(written)
            if found is None:
                continue
            index, key_column, value_column, value_length = found
            ks = fence.offset_of(index, key_column)
            vs = fence.offset_of(index, value_column)
            unit.entries[key] = Entry(key, value, ks, ks + len(written), vs, vs + value_length)
        units.append(unit)
    return units


# -- all of a document ----------------------------------------------------------------------------------


def config_units(doc: Document) -> list[ConfigUnit]:
    cached = getattr(doc, "_config_units", None)
    if cached is not None:
        return cached
    units: list[ConfigUnit] = []
    context = _lesson_connector(doc)
    for fence in doc.fences:
        if is_counter_example(doc, fence):
            continue
        found = _fence_units(doc, fence)
        for unit in found:
            if unit.connector_class:
                # A config that names its class is that connector's, whatever the lesson is about
                # (a JDBC sink in a PostgreSQL lesson is no PostgreSQL source).
                unit.connector = detect_connector(unit)
            elif context == OTHER:
                unit.connector = None
            else:
                unit.connector = detect_connector(unit) or (context if unit.entries else None)
        units.extend(found)
    # Fragments that name no connector belong to the one every other config of the
    # lesson is for (a PostgreSQL lesson shows "snapshot.mode": … on its own).
    known = {unit.connector for unit in units if unit.connector}
    if len(known) == 1:
        only = known.pop()
        for unit in units:
            if unit.connector is None and unit.entries and not unit.connector_class and not unit.server:
                unit.connector = only
    doc._config_units = units  # type: ignore[attr-defined]
    return units


# What a fence's text holds, kept per (language, info, body, where its lines stand relative to
# its start): an editor relints the whole page after each keystroke, and the fences are as they
# were, maybe moved.  Each lint gets fresh units, moved to where the fence now stands.
_SEEN_FENCES: dict[tuple, tuple[int, list[ConfigUnit]]] = {}
_SEEN_FENCES_MAX = 4096


def _fence_units(doc: Document, fence: Fence) -> list[ConfigUnit]:
    lang = fence.lang.lower()
    if lang not in _CONFIG_LANGS:
        return []
    key = (lang, fence.info, fence.body, tuple(offset - fence.start for offset in fence.body_line_offsets))
    seen = _SEEN_FENCES.get(key)
    if seen is None:
        try:
            if lang in ("json", "jsonc"):
                found = _units_from_json(doc, fence, fence.body, 0, "json")
            elif lang in PROPERTIES_LANGS:
                found = _units_from_properties(doc, fence)
            elif lang in SHELL_LANGS:
                found = _units_from_shell(doc, fence)
            else:
                found = _units_from_yaml(doc, fence)
        except (ValueError, IndexError, RecursionError):
            found = []
        if len(_SEEN_FENCES) >= _SEEN_FENCES_MAX:
            _SEEN_FENCES.clear()
        seen = _SEEN_FENCES[key] = (fence.start, found)
    start, found = seen
    return [_moved(unit, fence, fence.start - start) for unit in found]


def _moved(unit: ConfigUnit, fence: Fence, delta: int) -> ConfigUnit:
    """A copy of ``unit`` for ``fence``, its offsets moved by ``delta`` (its connector is set anew)."""

    def entries(table: dict[str, Entry]) -> dict[str, Entry]:
        return {key: Entry(e.key, e.value, e.key_start + delta, e.key_end + delta, e.value_start + delta, e.value_end + delta)
                for key, e in table.items()}

    rest = unit.rest
    return replace(unit, fence=fence, entries=entries(unit.entries), wrapper_keys=entries(unit.wrapper_keys),
                   server_entries=entries(unit.server_entries), connector=None, start=unit.start + delta, end=unit.end + delta,
                   rest=replace(rest, start=rest.start + delta, end=rest.end + delta) if rest is not None else None)


# Keys that Debezium's other relational connectors (Oracle, SQL Server, Db2) share with
# PostgreSQL's: no evidence that a config without its class is PostgreSQL's.
_SHARED_KEYS = frozenset({"database.dbname", "schema.include.list", "schema.exclude.list", "schema.whitelist", "schema.blacklist"})


def detect_connector(unit: ConfigUnit) -> str | None:
    task = unit.entries.get("task.class")  # Pulsar IO and the like name the task, not the connector
    cls = (unit.connector_class or (task.text if task is not None else "")).lower()
    if "postgres" in cls:
        return "pg"
    if "mysql" in cls:
        return "mysql"
    if cls:
        return None  # another connector (MongoDB, SQL Server, a sink…): not checked
    from mdxlint.analyzers.configs.debezium import connector_keys

    pg = set(connector_keys("pg", "2.5.4")) - _SHARED_KEYS
    mysql = set(connector_keys("mysql", "2.5.4")) - _SHARED_KEYS
    keys = set(unit.entries)
    pg_only = len(keys & (pg - mysql))
    mysql_only = len(keys & (mysql - pg))
    if pg_only > mysql_only:
        return "pg"
    if mysql_only > pg_only:
        return "mysql"
    return None


def _lesson_connector(doc: Document) -> str | None:
    """The database a lesson is about, when its title and topics name only one."""
    fm = doc.frontmatter
    data = fm.data if fm is not None and isinstance(fm.data, dict) else {}
    text = " ".join(str(data.get(key, "")) for key in ("title", "description", "topics")).lower()
    pg = "postgres" in text
    mysql = "mysql" in text
    if _OTHER_DATABASES.search(text):
        return OTHER  # a lesson about Oracle, SQL Server, Db2, MongoDB…: its fragments are not guessed
    if pg and not mysql:
        return "pg"
    if mysql and not pg:
        return "mysql"
    return None


OTHER = "other"
_OTHER_DATABASES = re.compile(r"\b(?:oracle|sql ?server|db2|mongo(?:db)?|cassandra|vitess|informix|spanner|mariadb)\b")
