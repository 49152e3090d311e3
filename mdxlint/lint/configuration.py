"""Settings read against the rules: selectors, per-rule options and severities.

:mod:`mdxlint.project.settings` reads and type-checks the configuration without knowing
any rule; here, where the rules are known, the rule codes and options it names are
checked, and a run asks which rules are on, with which options and severity.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.registry import all_rules, matching_codes, rule_infos
from mdxlint.project import settings as project_settings
from mdxlint.project.settings import ConfigError, Settings, did_you_mean, glob_match


def unmatched_selector(selector: str) -> str:
    """Why a selector matches no rule, with the closest code when one is close."""
    return f"`{selector}` matches no rule{did_you_mean(selector.strip().upper(), rule_infos())}"


def load_settings(config_path: str | os.PathLike | None = None, start: str = ".", *, detect_site: bool = True) -> Settings:
    """The configuration found from ``start`` (or ``config_path``), checked against the rules,
    with the site that builds ``start`` detected (``mdxlint detect`` shows it)."""
    settings = project_settings.load_settings(config_path, start)
    check_rule_settings(settings)
    if detect_site:
        from mdxlint.project.site import detect

        project_settings.apply_site(settings, detect(start))
    return settings


def settings_from_table(table: dict[str, Any], origin: str = "<config>", *, table_name: str = "tool.mdxlint") -> Settings:
    """Settings from a ``[tool.mdxlint]`` table, checked against the rules."""
    settings = project_settings.settings_from_table(table, origin, table_name=table_name)
    check_rule_settings(settings)
    return settings


def check_rule_settings(settings: Settings) -> None:
    """Raise :class:`ConfigError` for a selector that matches no rule or an unknown rule option."""
    origin = settings.config_path or "<config>"
    for key, selectors in (("select", settings.select or []), ("extend-select", settings.extend_select), ("ignore", settings.ignore)):
        for selector in selectors:
            if not matching_codes(selector):
                raise ConfigError(f"{origin}: {settings.table()} {key}: {unmatched_selector(selector)}")
    for pattern, selectors in settings.per_file_ignores.items():
        for selector in selectors:
            if not matching_codes(selector):
                raise ConfigError(f"{origin}: {settings.table()} per-file-ignores.{pattern}: {unmatched_selector(selector)}")
    known = all_rules() if (settings.rule_options or settings.severity_overrides) else {}
    for code in [*settings.rule_options, *settings.severity_overrides]:
        if code not in known:
            raise ConfigError(f"{origin}: {settings.table('rules.' + code)}: no rule has the code `{code}`{did_you_mean(code, known)}")
    for code, options in settings.rule_options.items():
        rule = known[code]  # option checks need the rule itself
        table = settings.table("rules." + code)
        for option_name, option_value in options.items():
            option = rule.options.get(option_name)
            if option is None:
                names = ", ".join(["severity", *rule.options]) or "severity"
                hint = did_you_mean(option_name, ["severity", *rule.options])
                raise ConfigError(f"{origin}: {table}: unknown option `{option_name}`{hint} (known: {names})")
            problem = option.validate(option_value)
            if problem:
                raise ConfigError(f"{origin}: {table} {option_name}: {problem}")


# -- what a run asks -------------------------------------------------------------------


def enabled_codes(settings: Settings) -> frozenset[str]:
    """The codes of the rules this configuration turns on (computed once per settings)."""
    cached = getattr(settings, "_enabled", None)
    if cached is not None:
        return cached
    rules = rule_infos()
    if settings.select is None:
        enabled = {code for code, rule in rules.items() if rule.enabled_by_default}
    else:
        enabled = {code for sel in settings.select for code in matching_codes(sel)}
    enabled |= {code for sel in settings.extend_select for code in matching_codes(sel)}
    enabled -= {code for sel in settings.ignore for code in matching_codes(sel)}
    result = frozenset(enabled)
    object.__setattr__(settings, "_enabled", result)
    return result


def ignored_for(settings: Settings, path: str) -> frozenset[str]:
    """The codes ``per-file-ignores`` turns off for ``path``, and the MDX rules on a Markdown page."""
    markdown = markdown_page(settings, path)
    if not settings.per_file_ignores:
        return _mdx_codes() if markdown else frozenset()
    rel = settings.relative(path)
    name = os.path.basename(path)
    ignored: set[str] = set(_mdx_codes()) if markdown else set()
    for pattern, selectors in settings.per_file_ignores.items():
        if glob_match(rel, pattern) or glob_match(name, pattern):
            for selector in selectors:
                ignored.update(matching_codes(selector))
    return frozenset(ignored)


# Markdown's file endings: a page of these that the site does not compile as MDX is Markdown.
_MARKDOWN_EXTENSIONS = frozenset({"md", "markdown"})


def markdown_page(settings: Settings, path: str) -> bool:
    """Whether ``path`` is a Markdown page the site compiles as Markdown, not MDX (`.md` when the
    extensions read as MDX, the site's or the configuration's, leave it out): named on the command
    line, it is linted, but MDX's syntax, imports and components do not concern it."""
    extension = os.path.splitext(path)[1][1:].lower()
    return extension in _MARKDOWN_EXTENSIONS and extension not in {e.lower().lstrip(".") for e in settings.extensions}


def _mdx_codes() -> frozenset[str]:
    return frozenset(matching_codes("MDX"))


def options_for(settings: Settings, code: str) -> dict[str, Any]:
    """A rule's options: its defaults, then what the configuration sets."""
    rule = rule_infos().get(code)
    options = dict(rule.option_defaults) if rule else {}
    options.update(settings.rule_options.get(code, {}))
    return options


def severity_for(settings: Settings, code: str) -> Severity:
    if code in settings.severity_overrides:
        return Severity(settings.severity_overrides[code])
    rule = rule_infos().get(code)
    return Severity(rule.severity) if rule else Severity.ERROR


def fingerprint(settings: Settings) -> str:
    """A hash of everything that changes lint results, for the cache key."""
    payload = {
        "enabled": sorted(enabled_codes(settings)),
        "pfi": settings.per_file_ignores,
        "options": settings.rule_options,
        "severity": dict(settings.severity_overrides),
        "langs": [settings.prose_language, settings.code_language, settings.prose_language_configured],
        "course": vars(settings.course),
        "debezium": vars(settings.debezium),
        "spark": vars(settings.spark),
        "max": settings.max_file_size,
        "site": settings.site.fingerprint() if settings.site is not None else None,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]
