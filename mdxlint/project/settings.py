"""Configuration: ``[tool.mdxlint]`` in ``pyproject.toml`` or ``mdxlint.toml``.

Found by walking up from the linted path.  Every key is checked: an unknown key or a
value of the wrong type is a :class:`ConfigError` that names the key and the file.
This module knows no rules: rule codes, selectors and rule options are checked by
:mod:`mdxlint.lint.configuration`, where the rules are known.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("mdxlint.toml", "pyproject.toml")
DEFAULT_EXCLUDE = [".git", "node_modules", ".mdxlint_cache", "dist", ".astro", ".venv", "__pycache__"]


class ConfigError(Exception):
    pass


SEVERITIES = ("error", "warning", "info")


@dataclass(eq=False)
class CourseSettings:
    content_root: str = "src/content/course"
    lesson_pattern: str = r"(?P<module>\d\d-module-\d+)/(?P<lesson>\d\d-[^/]+)\.mdx?$"
    prerequisite_pattern: str = r"module-(?P<module_number>\d+)/(?P<lesson>\d\d-[^/]+)"
    url_prefix: str = "/course/"
    site_base: str | None = None  # read from astro.config.mjs when not set
    components_root: str = "src/components"
    schema_file: str = "src/content/config.ts"
    global_components: list[str] = field(default_factory=list)


@dataclass(eq=False)
class DebeziumSettings:
    """The versions connector configs are checked against (the course pins these)."""

    version: str = "2.5.4"
    kafka_version: str = "3.6"
    server_version: str = "2.5"


@dataclass(eq=False)
class SparkSettings:
    """The PySpark version lesson code is checked against (SPK rules)."""

    version: str = "4.1"


@dataclass(eq=False)
class Settings:
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    extensions: list[str] = field(default_factory=lambda: ["mdx"])
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    max_file_size: int = 5_000_000
    prose_language: str = "ru"
    prose_language_configured: bool = False  # False: "ru" is only the default (LNG001 then asks the site)
    code_language: str = "en"
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)  # checked by the lint layer
    severity_overrides: dict[str, str] = field(default_factory=dict)  # code -> "error" | "warning" | "info"
    course: CourseSettings = field(default_factory=CourseSettings)
    debezium: DebeziumSettings = field(default_factory=DebeziumSettings)
    spark: SparkSettings = field(default_factory=SparkSettings)
    min_severity: str | None = None  # None: "warning" for the text view, everything for machine formats
    force_exclude: bool = False  # apply `exclude` and `extensions` to files named on the command line too
    baseline: str | None = None  # a baseline file (relative to the configuration's folder)
    site: Any = None  # the detected :class:`mdxlint.project.site.Site`, or None (nothing detected)
    configured: frozenset[str] = frozenset()  # the top-level keys the configuration sets
    config_path: str | None = None
    table_name: str = "tool.mdxlint"  # how error messages name the configuration table
    root: str = field(default_factory=os.getcwd)

    def table(self, sub: str | None = None) -> str:
        """``[tool.mdxlint.course]`` in pyproject.toml, ``[course]`` at the top of mdxlint.toml."""
        name = ".".join(part for part in (self.table_name, sub) if part)
        return f"[{name}]" if name else "the top level"

    def relative(self, path: str) -> str:
        try:
            return Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root)).as_posix()
        except ValueError:
            return Path(path).as_posix()


def glob_match(path: str, pattern: str) -> bool:
    """fnmatch with ``**`` matching any number of folders."""
    if fnmatch.fnmatchcase(path, pattern):
        return True
    if "**/" in pattern:
        return fnmatch.fnmatchcase(path, pattern.replace("**/", ""))
    return False


# -- loading ------------------------------------------------------------------------

_TOP_KEYS = {
    "select": "list[str]",
    "extend-select": "list[str]",
    "ignore": "list[str]",
    "per-file-ignores": "table",
    "extensions": "list[str]",
    "exclude": "list[str]",
    "max-file-size": "int",
    "prose-language": "str",
    "code-language": "str",
    "min-severity": "str",
    "force-exclude": "bool",
    "baseline": "str",
    "rules": "table",
    "course": "table",
    "debezium": "table",
    "spark": "table",
}
_DEBEZIUM_KEYS = {"version": "str", "kafka-version": "str", "server-version": "str"}
_VERSION_TABLES = {"debezium": _DEBEZIUM_KEYS, "spark": {"version": "str"}}
_COURSE_KEYS = {
    "content-root": "str",
    "lesson-pattern": "str",
    "prerequisite-pattern": "str",
    "url-prefix": "str",
    "site-base": "str",
    "components-root": "str",
    "schema-file": "str",
    "global-components": "list[str]",
}


def _check_type(value: Any, kind: str, where: str) -> None:
    ok = {
        "str": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "table": isinstance(value, dict),
        "bool": isinstance(value, bool),
        "list[str]": isinstance(value, list) and all(isinstance(v, str) for v in value),
    }[kind]
    if not ok:
        raise ConfigError(f"{where}: expected {kind}, got {type(value).__name__} ({value!r})")


def find_config(start: str) -> Path | None:
    path = Path(os.path.abspath(start))
    # (os.path's tests, not pathlib's: a folder the user may not enter answers False, not PermissionError)
    if os.path.isfile(path) or not os.path.exists(path):
        path = path.parent
    for folder in (path, *path.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if os.path.isfile(candidate):
                if name == "pyproject.toml":
                    try:
                        text = candidate.read_text(encoding="utf-8")
                    except (OSError, UnicodeDecodeError):
                        continue
                    try:
                        data = tomllib.loads(text)
                    except (tomllib.TOMLDecodeError, RecursionError) as error:
                        if re.search(r"(?m)^\s*\[\s*tool\s*\.\s*mdxlint\b", text):
                            # (its [tool.mdxlint] table is there, unread: say so rather than lint without it)
                            raise ConfigError(f"{candidate}: invalid TOML: {error}") from None
                        continue
                    tool = data.get("tool")
                    if not isinstance(tool, dict) or "mdxlint" not in tool:
                        continue
                return candidate
    return None


def load_settings(config_path: str | os.PathLike | None = None, start: str = ".") -> Settings:
    path = Path(config_path) if config_path else find_config(start)
    if path is None:
        # No configuration: paths and the cache are relative to the working folder.
        return Settings(root=os.getcwd())
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply to read") from None
    tool = raw.get("tool", {})
    if ("tool" in raw and not isinstance(tool, dict)) or (isinstance(tool, dict) and "mdxlint" in tool
                                                          and not isinstance(tool["mdxlint"], dict)):
        what = "`tool`" if not isinstance(tool, dict) else "`tool.mdxlint`"
        raise ConfigError(f"{path}: {what} must be a table (`[{what.strip('`')}]`), not {type(tool if what == '`tool`' else tool['mdxlint']).__name__}")
    table = tool.get("mdxlint", {}) if path.name == "pyproject.toml" else raw
    table_name = "tool.mdxlint" if path.name == "pyproject.toml" else ""
    if path.name != "pyproject.toml" and "mdxlint" in tool:
        table = tool["mdxlint"]
        table_name = "tool.mdxlint"
    return settings_from_table(table, str(path), table_name=table_name)


def _leaves(root: str, relative: str) -> bool:
    """Whether ``relative`` (as a config writes a folder) names a folder outside ``root``."""
    full = os.path.normpath(os.path.join(root, relative))
    return full != os.path.normpath(root) and not full.startswith(os.path.normpath(root) + os.sep)


def did_you_mean(word: str, known) -> str:
    """`` (did you mean `x`?)`` for a close known word, else an empty string."""
    import difflib

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _unknown_key(origin: str, key: str, table: str, known) -> ConfigError:
    return ConfigError(f"{origin}: unknown key `{key}` in {table}{did_you_mean(key, known)} (known: {', '.join(sorted(known))})")


def settings_from_table(table: dict[str, Any], origin: str = "<config>", *, table_name: str = "tool.mdxlint") -> Settings:
    settings = Settings(config_path=origin, root=str(Path(os.path.abspath(origin)).parent), table_name=table_name)
    settings.configured = frozenset(table)
    for key, value in table.items():
        where = f"{origin}: {settings.table()} {key}"
        if key not in _TOP_KEYS:
            raise _unknown_key(origin, key, settings.table(), _TOP_KEYS)
        _check_type(value, _TOP_KEYS[key], where)
        if key in ("select", "extend-select", "ignore"):
            setattr(settings, key.replace("-", "_"), list(value))
        elif key == "per-file-ignores":
            for pattern, selectors in value.items():
                _check_type(selectors, "list[str]", f"{where}.{pattern}")
            settings.per_file_ignores = dict(value)
        elif key in ("extensions", "exclude"):
            setattr(settings, key, [v.lstrip(".") if key == "extensions" else v for v in value])
        elif key == "max-file-size":
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                # (0 or less made every file "too large"; held-out h106)
                raise ConfigError(f"{where}: expected a number of bytes above 0, got {value!r}")
            settings.max_file_size = value
        elif key == "min-severity":
            if value not in SEVERITIES:
                raise ConfigError(f"{where}: expected 'error', 'warning' or 'info', got {value!r}")
            settings.min_severity = value
        elif key == "force-exclude":
            settings.force_exclude = value
        elif key == "baseline":
            settings.baseline = value
        elif key in ("prose-language", "code-language"):
            if not re.fullmatch(r"[a-z]{2}", value):
                raise ConfigError(f"{where}: expected a two-letter language code such as 'ru' or 'en'")
            setattr(settings, key.replace("-", "_"), value)
            if key == "prose-language":
                settings.prose_language_configured = True
        elif key == "course":
            for course_key, course_value in value.items():
                if course_key not in _COURSE_KEYS:
                    raise _unknown_key(origin, course_key, settings.table("course"), _COURSE_KEYS)
                _check_type(course_value, _COURSE_KEYS[course_key], f"{where}.{course_key}")
                if course_key == "content-root" and _leaves(settings.root, course_value):
                    # (lessons are looked for below it: a root outside the project walks the whole disk)
                    raise ConfigError(f"{where}.{course_key}: `{course_value}` is outside the project "
                                      f"({settings.root}); give a folder inside it")
                setattr(settings.course, course_key.replace("-", "_"), course_value)
            for pattern_key in ("lesson_pattern", "prerequisite_pattern"):
                try:
                    re.compile(getattr(settings.course, pattern_key))
                except re.error as error:
                    raise ConfigError(f"{where}.{pattern_key.replace('_', '-')}: invalid regular expression: {error}") from None
        elif key in _VERSION_TABLES:
            known_keys = _VERSION_TABLES[key]
            target = getattr(settings, key)
            for sub_key, sub_value in value.items():
                if sub_key not in known_keys:
                    raise _unknown_key(origin, sub_key, settings.table(key), known_keys)
                _check_type(sub_value, "str", f"{where}.{sub_key}")
                if not re.fullmatch(r"\d+(\.\d+){0,2}", sub_value):
                    raise ConfigError(f"{where}.{sub_key}: expected a version such as '4.1' or '2.5.4', got {sub_value!r}")
                setattr(target, sub_key.replace("-", "_"), sub_value)
        elif key == "rules":
            for code, options in value.items():
                _check_type(options, "table", f"{origin}: {settings.table('rules.' + code)}")
                options = dict(options)
                if "severity" in options:
                    severity = options.pop("severity")
                    if severity not in SEVERITIES:
                        raise ConfigError(
                            f"{origin}: {settings.table('rules.' + code)} severity: expected 'error', 'warning' or 'info', got {severity!r}"
                        )
                    settings.severity_overrides[code] = severity
                settings.rule_options[code] = options
    return settings


def apply_site(settings: Settings, site) -> Settings:
    """Attach the detected site; what the configuration does not set follows the site."""
    settings.site = site
    if "extensions" not in settings.configured and site is not None:
        settings.extensions = list(site.mdx_extensions.value)
    return settings
