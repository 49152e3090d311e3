"""LNG: the language policy (prose language, code language, mixed scripts)."""
from __future__ import annotations

from mdxlint.analyzers.language.policy import Options, SiteLanguage
from mdxlint.analyzers.language.summary import cyrillic_of, page_vote, summarize
from mdxlint.analyzers.language.units import document_units
from mdxlint.project.locales import locale_for
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Option, Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.project.course import CourseIndex


class WrongProseLanguage(Rule):
    """Prose in another language than the one its folder of the site is written in.

    ## What it does
    Identifies the language of every prose unit (paragraph, list item, heading, table
    cell, block quote, an image's alt text, text inside components, string props shown to readers such as
    `title=` or `alt=`, a code block's `title="…"`, frontmatter `title`, `description` and the sidebar's and
    pagination's labels) and reports the units
    written in another language than the expected one.

    The expected language comes, per folder, from the site's i18n setup (Starlight
    `locales` in `astro.config.*`, Docusaurus `i18n` and `i18n/<locale>/` folders, a
    content folder named after a locale), else from `prose-language` when it is
    configured, else from the site's pages: when at least 15 % of them are mostly in a
    language other than English, the site is a translation into that language and its
    English pages are not translated yet; otherwise the language most pages are in.
    With none of these (no configuration, no i18n setup, fewer than three pages with
    prose enough to tell) the expected language is not known and the rule is silent.
    Every message says which language was expected and where that came from.

    Terms are not prose. Code, inline code, URLs, paths, identifiers, acronyms,
    command-line options (`--depth`) and quoted messages are never read, nor the content of
    code elements (`<code>`, `<pre>`, `<kbd>`, `<samp>`, `<var>`), of elements marked
    `translate="no"` or with the `notranslate` class, and of the site's global components whose
    own code marks their output `translate="no"` (a terminal's command, a console's message:
    `mdxlint detect` lists them). The rule learns
    the site's vocabulary from its own text: a word the authors use inside sentences of
    the expected language (`consumer`, `offset`, `Kafka` in Russian sentences) is a term
    there, and a heading or cell made only of terms is fine; a run of capitalised words
    they use as a name inside such sentences ("Cloud Run", "Retry Budget") is a name as
    a heading or label too. A label with a number or inline code for its value ("Steps: 25",
    "Batch Size: 512x704", "Group wait: `30s`") is a setting, not text, unless the label is an
    instruction ("Restart the server: `kubectl …`"); parentheses of terms right after inline code
    ("`lag_ms` (lag metric)") name what the code is (a remark such as "(required)" or a phrase
    with function words is read); emphasised names joined by arrows ("**Alerting** > **Contact
    points**") are a path through a program's menus; emphasised lowercase words listed with commas
    or slashes ("**manual**, **strict**, **prefer**") are the values of a setting; a unit that is one link to another site titled with a
    name ("[Coinlink Finance](…)", "[TON Hello World](…)") names what it links to (a link to a page of the
    site itself is titled with that page's title, which the site translates), and a native
    label before links to other sites ("ブログ：[Build a blog with microCMS](https://…)") cites
    their titles as they are named, and so does the `title` of a work cited with its author (`<Book
    title="…" author="…">`, a talk with its `speaker`: as published; not a quote's or a testimonial's);
    a status badge's alt text names the label its image shows on every locale's page (shields.io, a
    CI's `badge.svg`); a product and its release alone ("Evolution CMS 3.2", "Python 3.12"; not "Step
    3", "Getting Started 2" or "Install Node 18") is a name; a unit that ends a line a terminal block
    of the page shows (an error message quoted as a troubleshooting heading; not a comment in the
    code) is the program's text; a table cell listing lowercase single words, one of them no ordinary
    English word ("liquorix, xanmod"), holds values, and so do lowercase words listed in parentheses
    after a native word ("tickless 設定 (idle, periodic, full)"); a run
    of capitalised words none of which is an English one ("Telegram Roman Alterman") is
    a name. Phrases in the `glossary` option are
    terms too. In a site written in another script, every Latin-script word of a unit
    is an English function word, an ordinary English word or its plural (a general list:
    it wins over the site's vocabulary, so "Recovery" or "Mitigation strategies" is English), a
    term, or a name (a run of capitalised words inside a native sentence, "Настройка
    Contact Points"). A unit with no native word is English when it has an ordinary
    word or a sentence's function words; a unit with native words when its English
    words outweigh them twice, a leading native label ("Шаг 4:") or preposition
    ("для") weighing half a word: "Шаг 4: Force binlog rotation" is English,
    "Настройка chunk size" is not. A heading in two parts, one in Latin script and one
    in the native script ("Next Steps (что дальше)", "Retention Planning: Формула"), is bilingual:
    its English part is judged as a heading of its own (an English label and its number, "Step 2:
    Подготовка", and terms of the site are not English text); an English title with no function
    word and a native subtitle of two words or more after a colon or dash ("Common Misconceptions:
    Распространенные заблуждения") is carried by its subtitle and not reported. A capitalised word made with an English
    suffix ("Considerations", "Mandatory") is an English word, not a name, unless the site
    uses it as a term; a preposition between terms ("Failover With Heartbeat") makes an
    English phrase; a Russian verb, participle or short adjective ("настроен",
    "обязательны") makes a Russian clause. `key=value` and `host:port` are code, and a
    lone lowercase word (a file name or a value, "create (INSERT)") is not prose.

    Languages are told apart by script first (Cyrillic, Han, kana, Hangul…); Latin-script
    languages are told apart by a language-identification model restricted to the
    site's languages. When most of a page is in another language, the page is
    reported once, at the first untranslated section, with how much of it is
    untranslated; units are reported one by one only in pages that are mostly
    translated. (The share is of the page's text; Chinese counts each character as three
    of English, Japanese and Korean as two, about what the same content takes.)

    ## Why is this bad
    Readers chose the site's language: a section in another language breaks the
    reading, and usually marks text pasted from elsewhere or a page nobody translated.

    ## Example
    ```mdx
    Коннектор читает журнал транзакций и отправляет события в Kafka.

    ### Common Mistakes During Recovery

    Always restart the connector after the snapshot finishes.
    ```

    ## Use instead
    ```mdx
    Коннектор читает журнал транзакций и отправляет события в Kafka.

    ### Частые ошибки при восстановлении

    Перезапустите коннектор после завершения snapshot.
    ```
    """

    code = "LNG001"
    name = "wrong-prose-language"
    severity = Severity.WARNING
    scope = "course"
    collects = True
    options = {
        "glossary": Option([], "Phrases that are terms on this site, whatever words they have (e.g. \"Read Committed\").", list),
        "min-words": Option(2, "Fewest non-term words for a unit with no function words to count as prose in another language.", int),
        "languages": Option([], "Languages a unit may be in besides the site's own and English (ISO 639-1 codes).", list),
        "page-share": Option(0.67, "Share of a page's prose in another language from which the page is reported once.", float),
    }

    def collect(self, doc: Document, ctx: RuleContext):
        """The page's summary (:mod:`mdxlint.analyzers.language.summary`): what the site-wide
        pass needs of it, decided here, in the parallel per-file phase."""
        site = ctx.settings.site
        units = document_units(doc, site.untranslated_components.value if site is not None else frozenset())
        answer = locale_for(doc.path)
        configured = ctx.settings.prose_language_configured
        # The page's vote for the site's language is asked only where no i18n setup or
        # configured language answers.
        vote = page_vote(units) if answer is None and not configured else None
        known = set(ctx.options["languages"]) | set(answer.site_languages if answer is not None else ())
        known |= {answer.language} if answer is not None else ({ctx.settings.prose_language} if configured else set())
        return summarize(units, vote=vote, cyrillic_candidates=cyrillic_of(known))

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        settings = ctx.settings
        pages = {}
        for facts in course.lessons.values():
            # Read once (a command-line run): the summaries are let go page by page as the
            # pages are judged (on 5,000 lessons they and the findings were the peak together).
            summary = facts.extra.pop(self.code, None) if course.read_once else facts.extra.get(self.code)
            if summary is not None:
                pages[facts.path] = summary
        options = Options(
            glossary=tuple(ctx.options["glossary"]),
            languages=tuple(ctx.options["languages"]),
            min_words=ctx.options["min-words"],
            page_share=ctx.options["page-share"],
            prose_language=settings.prose_language,
            configured=settings.prose_language_configured,
            config_path=settings.config_path,
        )
        # Kept between runs (a language server's): only the pages whose summaries changed are
        # counted again.
        site = self.__dict__.get("_site")
        if course.read_once:
            site = SiteLanguage(options)  # not kept: nothing reads these pages again
            self.__dict__.pop("_site", None)
        elif site is None or site.options != options:
            site = self.__dict__["_site"] = SiteLanguage(options)
        site.update(pages)
        targets = [facts.path for facts in course.targets() if facts.path in pages]
        del pages
        for finding in site.findings(targets, release=course.read_once):
            ctx.report(finding.start, finding.end, finding.message, path=finding.path)
