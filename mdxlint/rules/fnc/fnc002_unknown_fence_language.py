import difflib
import re
import json
from functools import lru_cache

from markdown_it.common.utils import unescapeAll

from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Applicability, Option, Rule, RuleContext


@lru_cache(maxsize=1)
def _shiki_data() -> dict:
    from importlib import resources  # on first use: it is slow to import

    return json.loads(resources.files("mdxlint.data").joinpath("shiki-languages.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def shiki_languages() -> tuple[str, frozenset[str]]:
    """Shiki's version and every language id and alias it highlights."""
    data = _shiki_data()
    names = set(data["special"])
    for language in data["languages"]:
        names.add(language["id"])
        names.update(language["aliases"])
    return data["shiki"], frozenset(names)


@lru_cache(maxsize=1)
def shiki_ids() -> dict[str, str]:
    """Each Shiki language name and alias -> the language's id (`c#` -> `csharp`)."""
    return {name: language["id"] for language in _shiki_data()["languages"] for name in (language["id"], *language["aliases"])}


# Astro's own highlighter takes a fence's language with /\blanguage-(\S+)\b/: what follows the
# name's last letter or digit is dropped (`c#` is read as `c`, `c++` as `c`, `f#` as `f`).
_ASTRO_LANGUAGE = re.compile(r"\S*\w")


@lru_cache(maxsize=1)
def _prism_data() -> dict:
    from importlib import resources  # on first use: it is slow to import

    return json.loads(resources.files("mdxlint.data").joinpath("prism-languages.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def prism_languages(additional: frozenset[str]) -> tuple[str, frozenset[str]]:
    """prism-react-renderer's version, and the languages Docusaurus 3's Prism knows: its bundled
    grammars and what the prismjs components in `additionalLanguages` add (see
    `scripts/prism-languages.mjs`)."""
    data = _prism_data()
    names = set(data["bundled"])
    for component in additional:
        names.update(data["components"].get(component, (component,)))
    return data["prism-react-renderer"], frozenset(names)


@lru_cache(maxsize=256)
def _closest(lang: str, extra: tuple[str, ...], known: frozenset[str] | None = None) -> str | None:
    """The known language the author plausibly meant: one typo away (a letter added,
    dropped, changed, or two swapped; two for long names), keeping the first letter of
    a short name (`cron` is not `ron`).  None when nothing is that close."""
    if len(lang) > 40:
        return None
    if known is None:
        _, known = shiki_languages()
    names = sorted(known | set(extra))
    allowed = 1 if len(lang) <= 8 else 2
    best: tuple[int, float, str] | None = None
    for name in difflib.get_close_matches(lang, names, n=8, cutoff=0.6):
        distance = _typo_distance(lang, name)
        if distance > allowed:
            continue
        if len(lang) <= 5 and name[:1] != lang[:1] and not (name[:2] == lang[1::-1]):
            continue  # a short word with another first letter is another word
        key = (distance, -difflib.SequenceMatcher(None, lang, name).ratio(), name)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _typo_distance(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from ``a`` to ``b``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


class UnknownFenceLanguage(Rule):
    """Fence language the site's highlighter does not know: it renders as plain text.

    ## What it does
    Checks the language of every code fence against the languages and aliases of
    Shiki, the highlighter Astro uses (the list ships with mdxlint; see
    `scripts/shiki-languages.mjs`). Suggests the known name the author plausibly
    meant (one typo away: a letter added, dropped, changed or two swapped; two for
    names longer than eight letters; a short name keeps its first letter), or `text`.
    The fix (unsafe: it changes how the fence renders) replaces the language; for
    line highlights glued to a known language (`js{2-3}`) it puts a space before `{`.
    Shiki looks a language up as written (`JSON` is not `json`), after CommonMark has
    decoded escapes and character references in the info string (`c&#43;&#43;` is
    `c++`). Astro's own highlighter (not Expressive Code) drops what follows the name's last
    letter or digit (`c#` and `c++` are highlighted as C, `f#` as Fortran): those names get a
    warning with the language's id (`csharp`). On Astro sites, `math` fences are left alone (Astro's default
    `excludeLangs`), and a site whose `markdown.syntaxHighlight` is `'prism'` or `false`
    is not judged (Prism's list does not ship with mdxlint; nothing highlights).
    On Docusaurus 3 sites the list is Prism's as Docusaurus loads it: the grammars
    prism-react-renderer 2 bundles (no `bash` among them) and those of the prismjs
    components named in `prism.additionalLanguages` (see `scripts/prism-languages.mjs`),
    looked up in lower case as prism-react-renderer does. Docusaurus 2 (prism-react-renderer
    1), other Prism setups and highlighters whose languages are not known are not judged.

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
        prism = site is not None and site.highlighter.value == "prism-react-renderer"
        # Astro's own Shiki (not Expressive Code, which reads the whole name)
        astro_shiki = site is not None and site.highlighter.value == "shiki" and site.framework.value in ("astro", "starlight")
        if site is not None:
            if site.highlighter.value not in ("shiki", "expressive-code", "prism-react-renderer"):
                return  # another Prism or an unknown highlighter: its language list is not in the repository
            if prism:
                # Docusaurus 3: prism-react-renderer 2 and the components of additionalLanguages.
                version, known = prism_languages(frozenset(site.extra_languages.value))
            extra |= site.extra_languages.value
        # Shiki (and Expressive Code) look a language up as written: `JSON` is not `json`;
        # prism-react-renderer lowercases it.
        for fence in doc.fences:
            lang = fence.lang
            if lang and ("\\" in lang or "&" in lang):
                lang = unescapeAll(lang)  # (CommonMark decodes escapes and references in the info string)
            if prism and lang:
                lang_key = lang.lower()
            else:
                lang_key = lang
            if lang and astro_shiki and lang in known and not lang[-1:].isalnum() and lang[-1:] != "_":
                read = _ASTRO_LANGUAGE.match(lang)
                if read is not None and read.group() != lang and fence.lang_start >= 0:
                    meant = shiki_ids().get(lang, "text")
                    taken = shiki_ids().get(read.group())
                    what = f"highlights the fence as `{taken}`" if taken else "renders the fence as plain text"
                    ctx.report(fence.lang_start, fence.lang_end,
                               f"Astro's highlighter reads the language `{lang}` as `{read.group()}` (it drops what follows "
                               f"the name's last letter or digit) and {what}; use `{meant}`",
                               Fix.replace(fence.lang_start, fence.lang_end, meant, safe=False, message=f"use `{meant}`")
                               if fence.lang_verbatim else None)
                    continue
            if not lang or lang_key in known or lang.lower() in extra:
                continue
            # Where the language stands comes from the parse: `lang` is the info string
            # as CommonMark reads it, which need not stand verbatim in the file.
            start, end = fence.lang_start, fence.lang_end
            if start < 0:
                continue
            if prism:
                shiki = f"Prism (prism-react-renderer {version.split('.')[0]}, Docusaurus's highlighter, with its additionalLanguages)"
            elif site is not None and site.highlighter.value == "expressive-code":
                shiki = f"Expressive Code (Shiki {version.split('.')[0]}'s languages)"
            elif site is not None and site.framework.value == "rspress":
                shiki = f"Shiki {version.split('.')[0]} (Rspress 2's highlighter)"
            else:
                shiki = f"Shiki {version.split('.')[0]} (Astro's highlighter)"
            head, brace, rest = lang.partition("{")
            if brace and head and ((head.lower() if prism else head) in known or head.lower() in extra):
                # `js{2-3}`: line highlights glued to the language; a space separates them.
                where = start + len(head)
                fix = Fix.replace(where, where, " ", safe=False, message=f"put a space between `{head}` and `{{{rest}`")
                ctx.report(
                    start,
                    end,
                    f"{shiki} reads `{lang}` as one language name it does not know and renders the fence as plain "
                    f"text; put a space before `{{`: `{head} {{{rest}`",
                    fix if fence.lang_verbatim else None,
                )
                continue
            close = lang.lower() if lang.lower() in known else _closest(lang.lower(), tuple(sorted(extra)), known if prism else None)
            suggestion = close or "text"
            # Replacing the language changes how the fence renders and what the other
            # rules read in it: the fix is unsafe, and only offered where the name
            # stands verbatim.
            verbatim = fence.lang_verbatim  # (the span as written, escapes and all, is what is replaced)
            fix = Fix.replace(start, end, suggestion, safe=False, message=f"use `{suggestion}`") if verbatim else None
            shown = f"`{lang}`" if lang == fence.lang else f"`{lang}` (written `{fence.lang}`)"
            if close == lang.lower():
                message = (f"{shiki} looks languages up as written: it does not know {shown} and renders the fence as "
                           f"plain text; use `{suggestion}`")
            else:
                other = (" (or add its prismjs component to `prism.additionalLanguages`)" if prism
                         else " (or add a grammar to the site and to `extra-languages`)")
                message = (f"{shiki} does not know the language {shown} and renders the fence as plain text; use "
                           f"`{suggestion}`" + ("" if close else other))
            ctx.report(start, end, message, fix)
