"""Rule discovery: every module under :mod:`mdxlint.rules`, plus entry points."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from functools import lru_cache

from .rule import Rule

CODE_PATTERN = re.compile(r"^[A-Z]{2,4}\d{3}$")
ENTRY_POINT_GROUP = "mdxlint.rules"


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
    from . import rules as rules_package

    found: dict[str, type[Rule]] = {}

    def add(rule: type[Rule], origin: str) -> None:
        if not CODE_PATTERN.match(rule.code):
            raise RegistryError(f"rule {rule.__name__} from {origin} has an invalid code {rule.code!r}")
        if rule.code in found and found[rule.code] is not rule:
            raise RegistryError(f"two rules claim the code {rule.code}: {found[rule.code].__module__} and {origin}")
        found[rule.code] = rule

    for info in pkgutil.iter_modules(rules_package.__path__):
        module = importlib.import_module(f"{rules_package.__name__}.{info.name}")
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


def get_rule(code: str) -> type[Rule] | None:
    return all_rules().get(code.upper())


def matching_codes(selector: str) -> list[str]:
    """Codes a selector names: ``ALL``, a prefix such as ``FM`` or ``FNC0``, or a code."""
    selector = selector.strip().upper()
    codes = all_rules()
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
