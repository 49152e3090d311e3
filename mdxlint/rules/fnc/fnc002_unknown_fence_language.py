import difflib
import json
from functools import lru_cache

from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Applicability, Option, Rule, RuleContext


@lru_cache(maxsize=1)
def shiki_languages() -> tuple[str, frozenset[str]]:
    """Shiki's version and every language id and alias it highlights."""
    from importlib import resources  # on first use: it is slow to import

    data = json.loads(resources.files("mdxlint.data").joinpath("shiki-languages.json").read_text(encoding="utf-8"))
    names = set(data["special"])
    for language in data["languages"]:
        names.add(language["id"])
        names.update(language["aliases"])
    return data["shiki"], frozenset(names)


@lru_cache(maxsize=256)
def _closest(lang: str, extra: tuple[str, ...]) -> str | None:
    _, known = shiki_languages()
    close = difflib.get_close_matches(lang, sorted(known | set(extra)), n=1, cutoff=0.75)
    return close[0] if close else None


class UnknownFenceLanguage(Rule):
    """Fence language the site's highlighter does not know: it renders as plain text.

    ## What it does
    Checks the language of every code fence against the languages and aliases of
    Shiki, the highlighter Astro uses (the list ships with mdxlint; see
    `scripts/shiki-languages.mjs`). Suggests the closest known name, or `text`.
    The fix (unsafe: the suggestion may be wrong) replaces the language.

    ## Why is this bad
    Shiki falls back to plain text for a language it does not know, silently: the
    lesson shows uncoloured code, and the author believes it is highlighted.

    ## Example
    ````mdx
    ```promql
    rate(kafka_consumer_records_consumed_total[5m])
    ```
    ````

    ## Use instead
    ````mdx
    ```text
    rate(kafka_consumer_records_consumed_total[5m])
    ```
    ````
    """

    code = "FNC002"
    name = "unknown-fence-language"
    severity = Severity.WARNING
    fix_applicability = Applicability.UNSAFE
    options = {
        "extra-languages": Option([], "Language names the site registers besides Shiki's (custom grammars).", list),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version, known = shiki_languages()
        extra = {name.lower() for name in ctx.options["extra-languages"]}
        site = ctx.settings.site
        if site is not None:
            if site.highlighter.value not in ("shiki", "expressive-code"):
                return  # Prism or an unknown highlighter: its language list is not in the repository
            extra |= site.extra_languages.value
        for fence in doc.fences:
            lang = fence.lang
            if not lang or lang.lower() in known or lang.lower() in extra:
                continue
            close = _closest(lang.lower(), tuple(sorted(extra)))
            suggestion = close or "text"
            start = fence.start + len(fence.marker)
            start = doc.text.index(lang, start)
            ctx.report(
                start,
                start + len(lang),
                f"Shiki {version.split('.')[0]} (Astro's highlighter) does not know the language `{lang}` and renders "
                f"the fence as plain text; use `{suggestion}`"
                + ("" if close else " (or add a grammar to the site and to `extra-languages`)"),
                Fix.replace(start, start + len(lang), suggestion, safe=False, message=f"use `{suggestion}`"),
            )
