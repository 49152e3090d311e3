"""Rule discovery: every module under :mod:`mdxlint.rules`, plus entry points."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from importlib import metadata

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
    try:
        entry_points = metadata.entry_points(group=ENTRY_POINT_GROUP)
    except TypeError:  # Python < 3.10 API shape
        entry_points = metadata.entry_points().get(ENTRY_POINT_GROUP, [])  # type: ignore[attr-defined]
    for entry_point in entry_points:
        loaded = entry_point.load()
        if isinstance(loaded, type) and issubclass(loaded, Rule):
            add(loaded, entry_point.value)
        else:
            for rule in _rules_in_module(loaded):
                add(rule, entry_point.value)
    return dict(sorted(found.items()))


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
