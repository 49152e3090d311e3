"""Rule discovery: every module in the family folders of :mod:`mdxlint.rules`, plus entry points.

The built-in rules are found by package name, as plugins are, so the engine never imports a
rule statically: rules sit above the engine, and the engine only knows the rule API.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mdxlint.lint.rule import Rule

CODE_PATTERN = re.compile(r"^[A-Z]{2,4}\d{3}$")
ENTRY_POINT_GROUP = "mdxlint.rules"
BUILTIN_RULES = "mdxlint.rules"


class RegistryError(Exception):
    pass


def _rules_in_module(module) -> list[type[Rule]]:
    found = []
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Rule) and value is not Rule and value.code:
            if value.__module__ == module.__name__:
                found.append(value)
    return found


def all_rules() -> dict[str, type[Rule]]:
    """Every rule by code: built-in, from entry points, and registered at run time."""
    if not _extra:
        return _discovered()
    merged = dict(_discovered())
    merged.update(_extra)
    return dict(sorted(merged.items()))


@lru_cache(maxsize=1)
def _discovered() -> dict[str, type[Rule]]:
    found: dict[str, type[Rule]] = {}

    def add(rule: type[Rule], origin: str) -> None:
        if not CODE_PATTERN.match(rule.code):
            raise RegistryError(f"rule {rule.__name__} from {origin} has an invalid code {rule.code!r}")
        if rule.code in found and found[rule.code] is not rule:
            raise RegistryError(f"two rules claim the code {rule.code}: {found[rule.code].__module__} and {origin}")
        found[rule.code] = rule

    for module in _builtin_rule_modules():
        for rule in _rules_in_module(module):
            add(rule, module.__name__)
    for entry_point in _entry_points():
        loaded = entry_point.load()
        if isinstance(loaded, type) and issubclass(loaded, Rule):
            add(loaded, entry_point.value)
        else:
            for rule in _rules_in_module(loaded):
                add(rule, entry_point.value)
    return dict(sorted(found.items()))


def _builtin_rule_modules():
    """Every module below the built-in rules package: ``mdxlint/rules/<family>/<rule>.py``."""
    package = importlib.import_module(BUILTIN_RULES)
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{BUILTIN_RULES}."):
        yield importlib.import_module(info.name)


def _rule_files(folders) -> list[str]:
    """The ``.py`` files below ``folders``, sorted (the manifest's key)."""
    found = []
    for folder in folders:
        for current, subfolders, files in os.walk(folder):
            subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
            found.extend(os.path.join(current, name) for name in files if name.endswith(".py"))
    return sorted(found)


def _plugins_installed() -> bool:
    """Whether any installed distribution declares ``mdxlint.rules`` entry points.

    A plain text search of the entry_points.txt files: importing importlib.metadata
    costs tens of milliseconds at every start, and almost no one has plugins.
    """
    import glob
    import sys

    marker = f"[{ENTRY_POINT_GROUP}]"
    for folder in sys.path:
        if not folder or not os.path.isdir(folder):
            continue
        for path in glob.glob(os.path.join(folder, "*.*-info", "entry_points.txt")):
            try:
                with open(path, encoding="utf-8", errors="replace") as stream:
                    if marker in stream.read():
                        return True
            except OSError:
                continue
    return False


def _entry_points():
    if not _plugins_installed():
        return []
    from importlib import metadata

    return metadata.entry_points(group=ENTRY_POINT_GROUP)


# -- rule facts without importing the rules ------------------------------------------------
#
# A cached run lints nothing: it needs the codes, defaults and severities of the rules,
# not their code. Importing ~80 rule modules (and the Spark model) costs more than the
# rest of such a run, so the facts are kept in a manifest under the user's cache folder,
# keyed by the rule files' names, sizes and times; it is rebuilt when any of them changes.


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    severity: str
    enabled_by_default: bool
    scope: str
    option_defaults: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, rule: type[Rule]) -> "RuleInfo":
        defaults = {name: option.default for name, option in rule.options.items()}
        return cls(rule.code, rule.name, rule.severity.value, rule.enabled_by_default, rule.scope, defaults)


def rule_infos() -> dict[str, RuleInfo]:
    """Code -> facts of every rule; the rules are imported only when the manifest is stale."""
    if _extra:
        return {code: RuleInfo.of(rule) for code, rule in all_rules().items()}
    return _manifest()


@lru_cache(maxsize=1)
def _manifest() -> dict[str, RuleInfo]:
    path = _manifest_path()
    if path is not None:
        try:
            with open(path, encoding="utf-8") as stream:
                data = json.load(stream)
            return {code: RuleInfo(code=code, **entry) for code, entry in data.items()}
        except (OSError, ValueError, TypeError):
            pass
    infos = {code: RuleInfo.of(rule) for code, rule in _discovered().items()}
    if path is not None:
        entries = {code: {k: v for k, v in vars(info).items() if k != "code"} for code, info in infos.items()}
        try:
            text = json.dumps(entries)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            import tempfile  # only when the manifest is rewritten

            handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, path)
        except (OSError, TypeError, ValueError):
            pass  # defaults that are not JSON, a read-only home: import the rules every time
    return infos


def _manifest_path() -> str | None:
    if _plugins_installed():
        return None  # third-party rules: their files are not watched here
    from mdxlint._version import __version__
    import hashlib
    from importlib.util import find_spec

    spec = find_spec(BUILTIN_RULES)  # the package's folders, without importing a rule
    if spec is None or not spec.submodule_search_locations:
        return None
    digest = hashlib.blake2b(digest_size=12)
    digest.update(__version__.encode())
    try:
        for path in _rule_files(spec.submodule_search_locations):
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    except OSError:
        return None
    from mdxlint.lint.cache import user_cache_folder

    folder = user_cache_folder()
    return os.path.join(folder, f"rules-{digest.hexdigest()}.json") if folder else None


def get_rule(code: str) -> type[Rule] | None:
    return all_rules().get(code.upper())


def matching_codes(selector: str) -> list[str]:
    """Codes a selector names: ``ALL``, a prefix such as ``FM`` or ``FNC0``, or a code."""
    selector = selector.strip().upper()
    codes = rule_infos()
    if selector == "ALL":
        return list(codes)
    return [code for code in codes if code.startswith(selector)]


def register(rule: type[Rule]) -> None:
    """Add a rule at run time (plugins loaded by hand, tests)."""
    current = all_rules()
    if rule.code in current and current[rule.code] is not rule:
        raise RegistryError(f"the code {rule.code} is taken by {current[rule.code].__module__}")
    _extra[rule.code] = rule


def unregister(code: str) -> None:
    _extra.pop(code, None)


_extra: dict[str, type[Rule]] = {}
