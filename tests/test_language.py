"""Language policy: LNG001-LNG004."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mdxlint import lint_paths, lint_text
from mdxlint.api import fix_text
from mdxlint.lint.configuration import settings_from_table
from mdxlint.project.settings import Settings
from mdxlint.lint.engine import Linter

from conftest import ROOT, run_cli

# Single documents: too little prose to tell a site's language, so the tests configure it, as
# a site with no i18n setup does in mdxlint.toml (zero-config, one page is never judged).
LNG = settings_from_table({"select": ["LNG"], "prose-language": "ru"})
RU001 = settings_from_table({"select": ["LNG001"], "prose-language": "ru"})


def found(text: str, settings: Settings = LNG):
    return [(d.code, d.line, d.column) for d in lint_text(text, "a.mdx", settings)]


def test_mixed_script_words():
    text = "Migrация и Impликации, normально.\n\nВы cчитаете иcпользованием.\n"
    result = lint_text(text, "a.mdx", LNG)
    assert [(d.code, d.line, d.column) for d in result] == [
        ("LNG003", 1, 1), ("LNG003", 1, 12), ("LNG003", 1, 24), ("LNG003", 3, 4), ("LNG003", 3, 13)
    ]
    assert "`Миграция`" in result[0].message and result[0].fix is None
    assert result[3].fix is not None and result[3].fix.edits[0].content == "считаете"


def test_correct_mixed_text_is_silent():
    text = (
        "Kafka-топик и CDC-события в PostgreSQL'ем, версия 2.5.4.Final, https://пример.рф/path и `cчитать` в коде.\n\n"
        "```python\nprint('cчитать')\n```\n"
    )
    assert [c for c in found(text) if c[0] in ("LNG003", "LNG004")] == []


def test_slang_goes_to_lng004():
    text = "Коннектор failит каждый час и failнулся вчера.\n"
    assert found(text) == [("LNG004", 1, 11), ("LNG004", 1, text.index("failнулся") + 1)]
    assert found("Коннектор failит.\n", Settings(select=["LNG"], ignore=["LNG004"])) == []


def test_fix_never_touches_code():
    text = "Слово cчитаете.\n\n`cчитаете` и\n\n```text\ncчитаете\n```\n"
    fixed, count = fix_text(text, "a.mdx", Linter(Settings(select=["LNG003"])))
    assert count == 1
    assert fixed == "Слово считаете.\n\n`cчитаете` и\n\n```text\ncчитаете\n```\n"


def test_cyrillic_in_code():
    text = "```python\nx = 5 строк\ny = 'строка'  # комментарий\n```\n\n```yaml\nkey: значение  # комментарий\n```\n\n```text\nтекст\n```\n"
    result = lint_text(text, "a.mdx", Settings(select=["LNG002"]))
    assert [(d.line, d.column, d.severity.value) for d in result] == [(2, 7, "error"), (3, 15, "info"), (7, 16, "info")]
    strings = settings_from_table({"select": ["LNG002"], "rules": {"LNG002": {"strings": True, "comments": False}}})
    assert [(d.line, d.column) for d in lint_text(text, "a.mdx", strings)] == [(2, 7), (3, 6), (7, 6)]


def test_english_explanations_and_term_lists():
    text = (
        "## Common Mistakes During Recovery\n\n"
        "- MySQL: GTID, binlog retention, schema history\n"
        "- Restart the connector after the snapshot finishes.\n"
        "- Kafka Connect REST API\n\n"
        "Коннектор читает binlog и пишет события в Kafka topic, а retention и schema history важны для Kafka Connect.\n\n"
        "Когда коннектор перезапускается, он продолжает чтение с позиции из schema history, пока retention не удалил binlog.\n\n"
        "Перед началом проверьте, что у пользователя базы есть все нужные права на чтение журнала.\n\n"
        "| Параметр | Значение |\n|---|---|\n| snapshot.mode | Creates a snapshot on first start |\n"
    )
    assert [c[1] for c in found(text) if c[0] == "LNG001"] == [1, 4, 15]
    english = settings_from_table({"select": ["LNG001"], "prose-language": "en"})
    assert [c[1] for c in found(text, english)] == [7, 9, 11]  # about 60 % Russian: below page-share (2/3), unit by unit
    message = lint_text(text, "a.mdx", LNG)[0].message
    assert "Russian" in message and "prose-language in" in message
    # with nothing configured, one page is too little prose to tell the site's language: silent
    assert [d for d in lint_text(text, "a.mdx", Settings(select=["LNG001"]))] == []


def test_fields_menus_and_glosses_of_code_are_not_prose():
    text = (
        "Коннектор пишет события в топик, а consumer читает их по offset и коммитит позицию.\n\n"
        "- Group wait: `30s`\n"
        "- **Name:** `platform-alerts`\n"
        "- Restart the server: `kubectl rollout restart deployment/app`\n"
        "- `MilliSecondsBehindSource` (lag metric)\n"
        "- `label` (required)\n"
        "- `retention.ms=-1` (no size limit)\n\n"
        "1. **Alerting** > **Contact points**\n"
        "2. Нажмите **Add panel** и выберите источник.\n\n"
        "- [ ] Понимаю trade-offs unified vs separate topics\n"
    )
    # the field and the gloss of terms are left; the instruction, the remark and the phrase are English
    assert [c[1] for c in found(text, RU001)] == [5, 7, 8]
    # a sentence before its command is no field, nor a heading; menu items are short names (review s15)
    sentences = (
        "Коннектор пишет события в топик, а consumer читает их по offset и коммитит позицию.\n\n"
        "Then run: `npm install`\n\nIt should print: `OK`\n\nThe default value is: `30s`\n\n"
        "### Summary: `30s`\n\n**Open the settings page** > **Click the save button**\n"
    )
    assert [c[1] for c in found(sentences, RU001)] == [3, 5, 7, 9, 11]


def test_labels_in_words_the_site_never_writes_in_its_sentences():
    """A capitalised word the site writes only in units of Latin script alone, three times or more, and
    never inside its own sentences is English in a heading or a label ("**Diagnosis:**"); a name the
    sentences use is not ("**Grafana:**"), nor the same kind of word as a tab's label or a cell's value,
    nor a numbered English label before a native heading ("Anti-Pattern 2: …")."""
    block = (
        "## Anti-Pattern 2: Все таблицы в одном коннекторе\n\n"
        "**Diagnosis:**\n\nКоннектор остановился, проверьте журнал и статус задачи.\n\n"
        "**Grafana:**\n\nПанель Grafana показывает задержку коннектора в секундах.\n\n"
        '<TabItem label="Yarn">Установите пакет командой ниже.</TabItem>\n\n'
        "| Поле | Тип |\n|---|---|\n| размер | Gauge |\n\n"
    )
    text = block * 3
    lines = text.split("\n")
    flagged = sorted({lines[c[1] - 1] for c in found(text, RU001)})
    assert flagged == ["**Diagnosis:**"]


def test_two_lower_case_english_words_that_are_no_terms():
    text = (
        "Debezium читает журнал, а connector пишет события в топик.\n\nЕщё раз: Debezium и connector читают журнал.\n\n"
        "- Debezium connector version upgrade\n- Debezium connector\n"
    )
    assert [c[1] for c in found(text, RU001)] == [5]


def test_a_word_in_ing_after_terms_is_a_noun_not_a_verb():
    sentence = ("Все consumer groups читают offset из одного и того же топика, а затем каждая из них сохраняет "
                "свой offset отдельно.\n\n")
    russian = "Коннектор читает журнал базы данных и пишет события изменений в топики.\n\n" * 4
    text = russian + sentence * 2 + "- Consumer groups и offset tracking\n- Schema history topic purged или corrupted\n"
    assert [c[1] for c in found(text, RU001)] == [14]


def test_term_phrases_inside_a_native_label():
    """"use case" is a term phrase of the page's sentences, though "use" alone is written in English far
    more often than in them: the native label with the phrase is no English text."""
    sentences = "".join(f"Этот use case встречается в проекте номер {n}, и команда знает его хорошо.\n\n" for n in range(3))
    english = "".join(f"- Use the command number {n} to check the case\n" for n in range(8))
    text = sentences + english + "\n**Типичные use case:**\n\n**Типичные steps to check:**\n"
    lines = text.split("\n")
    flagged = {lines[c[1] - 1] for c in found(text, RU001)}
    assert "**Типичные steps to check:**" in flagged and "**Типичные use case:**" not in flagged


def test_phrases_led_by_an_english_function_word():
    text = (
        "Коннектор читает журнал и пишет события в топик, а failover меняет источник.\n\n"
        "Во время failover коннектор ждёт новый источник и продолжает чтение.\n\n"
        "**After failover**:\n\n| Ограничение | Пример |\n|---|---|\n| NOT NULL | столбец |\n"
    )
    assert [c[1] for c in found(text, RU001)] == [5]  # ("failover" is a term of the page's sentences)


def test_english_phrase_whose_native_words_are_only_a_label_and_prepositions():
    """"Шаг 4:" and "в" add no Russian clause: the English words carry the unit when two of them
    are no terms of the site's sentences (or one leads as a verb); terms with Russian prepositions
    are not English text."""
    sentences = "".join(f"Коннектор пишет payload в topic, а команда готовит production номер {n} по tutorial.\n\n"
                        for n in range(3))
    text = sentences + "**Шаг 4: Restore payloads в topic**\n\n## От tutorial к production\n\n**Шаг 5:** payload в topic\n"
    lines = text.split("\n")
    assert [lines[c[1] - 1] for c in found(text, RU001)] == ["**Шаг 4: Restore payloads в topic**"]


def test_a_form_field_and_the_name_it_is_given_is_a_setting():
    """"**Title:** Lag Trend" (a Grafana panel the reader builds): the field and the name the program will
    show, in Title Case; a field whose value is a sentence or a phrase in lower case is still read."""
    text = (
        "Создайте панель и заполните поля так, как показано ниже, затем сохраните дашборд.\n\n"
        "- **Title:** Lag Trend\n- **Title:** Current Lag (seconds)\n"
        "- **Description:** Shows how far the connector is behind the source\n- **Goal:** Use the new connector\n"
    )
    assert [c[1] for c in found(text, RU001)] == [5, 6]


def test_a_command_of_the_pages_code_and_a_member_name_are_not_prose():
    """A title or paragraph that is the start of a command line of the page's code ("helm plugin verify",
    then that command with a path), and a member or dot file alone (".family"), are typed as written
    (held-out h84); lower-case English words that start no command are still read."""
    text = (
        "---\ntitle: helm plugin verify\n---\n\n"
        "Проверяет, что плагин по указанному пути подписан и что его подпись действительна.\n\n"
        "  helm plugin verify ~/.local/share/helm/plugins/example-cli\n\n"
        "```\nhelm plugin verify [PATH] [flags]\n```\n\n"
        "Модификатор для семейства провайдеров описан ниже.\n\n## .family\n\n"
        "verify the plugin before you install it\n"
    )
    assert [c[1] for c in found(text, RU001)] == [17]


def test_a_name_the_page_writes_as_code_is_no_prose():
    """A heading or cell made of a name the page writes as inline code (`Button`, a translated
    heading "Button (рус: Кнопка)"; `io.debezium.transforms.Filter` and a cell "Filter") names the
    program's thing, kept as written (held-out h118); a heading of names not in the page's code is read."""
    text = (
        "Сейчас окно показывает одну строку, а в этом разделе вы добавите элемент управления.\n\n"
        "## Button (рус: Кнопка)\n\n"
        "Добавьте тег `Button`, как показано ниже, и задайте ему текст.\n\n"
        "| Класс | Назначение |\n|---|---|\n| Filter | `io.debezium.transforms.Filter` отбрасывает события |\n\n"
        "## Checkbox Control\n\nЕщё немного текста на русском языке для страницы, чтобы её язык был ясен.\n"
    )
    assert [c[1] for c in found(text, RU001)] == [11]
    # Words of two names put together are no name (review h121), nor is a paragraph a name's place.
    text = ("Нажмите `Save` в окне `Settings`, чтобы сохранить изменения этой страницы.\n\n## Save Settings\n\n"
            "Класс `org.example.Overview` показывает сводку по всем разделам этой страницы.\n\nOverview\n")
    assert [c[1] for c in found(text, RU001)] == [3, 7]


def test_booleans_and_null_as_code_writes_them_are_values():
    text = (
        "Метод возвращает признак фатальной ошибки, и приложение решает, что делать дальше.\n\n"
        "| Код | Фатальная | Пример |\n|---|---|---|\n| `_TRANSPORT` | False | Сетевая проблема |\n"
        "| `_AUTH` | True | Неверный пароль |\n| `record_path` | None | Путь к массиву |\n| `x` | Maybe later | Не знаю |\n"
    )
    assert [c[1] for c in found(text, RU001)] == [8]


def test_a_label_before_a_quoted_message_with_a_number_is_no_setting():
    """"Steps: 25" is a setting and its value; the digits of a quoted message are not a value."""
    text = ("Алерт срабатывает, когда коннектор молчит дольше минуты, и дежурный получает сообщение.\n\n"
            '- Alert fires: "No events for >60 seconds"\n- Steps: 25\n')
    assert [c[1] for c in found(text, RU001)] == [3]


def test_code_block_titles_are_prose():
    """A code block's `title="…"` is shown above the code (Expressive Code, Docusaurus): prose, at
    the title's own position; a file name there is not."""
    text = (
        "# Введение\n\nЭтот раздел объясняет, как установить и настроить зависимости проекта.\n\n"
        '```yaml title="External control settings"\na: 1\n```\n\n```bash title="Установка зависимостей"\nnpm i\n```\n\n'
        '```ts title="src/env.d.ts"\nx\n```\n\nКонфигурация читается при запуске и потом не меняется, пока сервис работает.\n'
    )
    assert [(c[1], c[2]) for c in found(text, RU001)] == [(5, 16)]


def test_bibliographic_references_are_cited_as_published():
    """Held-out h75 (ts-graphviz, ja): a footnote citing an English article keeps the article's title
    as published; a footnote in English words of its own is still read."""
    text = (
        "# Введение\n\nЭтот раздел объясняет, как устроена политика безопасности зависимостей[^1][^2].\n\n"
        "[^1]: Behlendorf, B. (2022, May 11). *Brian Behlendorf Testifies to Congress on Open Source Software "
        "Security*. The Linux Foundation. Retrieved from [https://a.example/b](https://a.example/b)\n\n"
        "[^2]: See the original announcement for the details of how the policy was written.\n"
    )
    assert [(c[1], c[2]) for c in found(text, RU001)] == [(7, 7)]


def test_untranslated_page_is_reported_once():
    text = "## Обзор\n\nКоннектор читает журнал и пишет события в Kafka.\n\n" + "".join(
        f"## Section {i}\n\nThe connector reads the log and writes the events to the topic number {i}.\n\n" for i in range(6)
    )
    result = [d for d in lint_text(text, "a.mdx", LNG) if d.code == "LNG001"]
    assert len(result) == 1 and "mostly untranslated" in result[0].message and result[0].line == 5


def test_jsx_text_in_code_is_not_code():
    text = "```jsx\nexport default function A() {\n  const имя = 1;\n  return <h1>Список дел {n} элементов</h1>;\n}\n```\n"
    result = lint_text(text, "a.mdx", Settings(select=["LNG002"]))
    assert [(d.line, d.severity.value) for d in result] == [(3, "error")]


def test_quotes_in_jsx_text_are_text():
    """held-out h94 (Nextra's swr-site, ru locale): a quote inside JSX text opens no string there, so
    the text around it is still text shown to readers; a comment or a statement between `>` and `<`
    is still code."""
    text = ("```jsx\nexport const A = () => <button onClick={reload}>Обновить ключи \"api\"</button>\n"
            "export const B = () => <p>Нажмите 'Сохранить', чтобы продолжить</p>\n"
            "const g = h > i; // сравнение \"строк\"\nconst переменная = j > k ? 'x' : 'y'; const z = 1 < 2;\n```\n")
    result = lint_text(text, "a.mdx", Settings(select=["LNG002"]))
    assert sorted((d.line, d.severity.value) for d in result) == [(4, "info"), (5, "error")]


def test_rules_list_real_severities():
    from mdxlint.rules.lng.lng002_cyrillic_in_code import CyrillicInCode

    assert [s.value for s in CyrillicInCode.reported_severities()] == ["error", "info"]
    assert "- Severity: error, info" in CyrillicInCode.reference_page()


def wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    if total == 0:
        return 0.0, 1.0
    p = hits / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * ((p * (1 - p) / total + z * z / (4 * total * total)) ** 0.5) / (1 + z * z / total)
    return centre - half, centre + half


def _score(corpus, name):
    """Precision/recall of LNG001 on hand labels; a unit a page finding covers counts as found."""
    labels = [line.rstrip("\n").split("\t") for line in (ROOT / "tests" / "data" / name).open(encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    run = lint_paths([str(corpus / "src" / "content")], Settings(select=["LNG001"]), use_cache=False)
    flagged = {(Path(d.path).resolve().relative_to(corpus.resolve()).as_posix(), d.line, d.column) for d in run.diagnostics}
    pages = {Path(d.path).resolve().relative_to(corpus.resolve()).as_posix() for d in run.diagnostics if "mostly untranslated" in d.message}
    tp = fp = fn = 0
    for path, line, column, _kind, label, *_ in labels:
        hit = (path, int(line), int(column)) in flagged or path in pages
        tp += hit and label == "E"
        fp += hit and label != "E"
        fn += (not hit) and label == "E"
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    p_ci, r_ci = wilson(tp, tp + fp), wilson(tp, tp + fn)
    print(f"\nLNG001 on {len(labels)} units of {name}: precision {precision:.1%} (95% CI {p_ci[0]:.0%}-{p_ci[1]:.0%}), "
          f"recall {recall:.1%} (95% CI {r_ci[0]:.0%}-{r_ci[1]:.0%}); {len(run.diagnostics)} findings on the course")
    return precision, recall


def test_heldout10_units(corpus):
    """440 units drawn at random (400 with a Latin-script word, 40 without; no earlier blind sample's) and
    labelled blind by another reviewer (helper session h73) with h70's written rule: precision 0.900 (Wilson
    95% CI 0.83-0.95), recall 0.732 (0.65-0.80) at 3074c3b.  Session 33's changes were then made from its
    errors and h70's (English-only label words, "After failover:", two non-term lower-case words, -ing nouns
    after terms, term phrases in native labels): 0.922 / 0.772, no longer held out; the issue asks 0.95 / 0.85."""
    precision, recall = _score(corpus, "lng001-heldout10.tsv")
    assert precision >= 0.92 and recall >= 0.77


def test_heldout11_units(corpus):
    """430 units drawn the same way (no unit of h70 or h73), labelled blind by a third reviewer (helper
    session h74) and scored only after session 33's changes were made: 0.887 (0.81-0.94) / 0.723 (0.64-0.80)
    at 3074c3b, 0.890 (0.81-0.94) / 0.748 (0.66-0.82) with them.  Held out: never tuned on."""
    precision, recall = _score(corpus, "lng001-heldout11.tsv")
    assert precision >= 0.88 and recall >= 0.74


def test_heldout12_units(corpus):
    """430 units drawn the same way (no unit of h70, h73 or h74), labelled blind by a fourth reviewer (helper
    session h76; a fifth, h76b, agrees on 426 of them) and scored only before and after one change (session 34):
    0.917 (0.86-0.96) / 0.740 (0.67-0.81) at fdef005, 0.919 (0.86-0.96) / 0.760 (0.69-0.82) with it; 0.935 / 0.773 after
    the session's later changes, some of them chosen by its misses (so no longer held out)."""
    precision, recall = _score(corpus, "lng001-heldout12.tsv")
    assert precision >= 0.93 and recall >= 0.77


def test_heldout13_units(corpus):
    """430 units drawn the same way (no unit of h70, h73, h74 or h76), labelled blind by a sixth reviewer (helper
    session h79) and scored once, after session 34's changes: 0.848 (0.78-0.91) / 0.712 (0.63-0.79); on the findings
    of fdef005, before them, 0.840 / 0.712.  Session 39 read its errors (no longer held out); 0.850 / 0.728 with
    nouns in -ing read as common words (held-out h101)."""
    precision, recall = _score(corpus, "lng001-heldout13.tsv")
    assert precision >= 0.84 and recall >= 0.72


def test_heldout14_units(corpus):
    """430 units drawn the same way (no unit of any earlier sample), labelled blind by a seventh reviewer (helper
    session h85) and scored once, after session 35's changes (none changes LNG001's findings on the course):
    stratified 0.842 (0.77-0.91) / 0.726 (0.64-0.80), the same on the findings of ccc2752.  Held out: never tuned on."""
    precision, recall = _score(corpus, "lng001-heldout14.tsv")
    assert precision >= 0.83 and recall >= 0.71


def test_heldout15_units(corpus):
    """430 units drawn the same way (no unit of any earlier sample), labelled blind by an eighth reviewer (helper
    session h112, session 42) and scored once, on 68e4af3's findings: 0.891 (Wilson 95% CI 0.81-0.94) / 0.726
    (0.64-0.80); 0.922 / 0.855 without the 56 units the labeller doubted.  Held out: never tuned on."""
    precision, recall = _score(corpus, "lng001-heldout15.tsv")
    assert precision >= 0.89 and recall >= 0.72


def test_heldout9_units(corpus):
    """704 units of 15 lessons (units no earlier set holds; theory and module-summary lessons, full of short
    cells and list items of terms) labelled by another reviewer (helper session h21) with heldout8's rule and
    six more written conventions, labels frozen before LNG001 was run: precision 0.616 (95% CI 0.51-0.71),
    recall 0.679 (0.57-0.77) at 8441b9c.  Of 86 units the labeller marked as hard calls, 48 are E; the
    labeller's own re-reading found four of its R labels that its rule makes E (all four flagged)."""
    precision, recall = _score(corpus, "lng001-heldout9.tsv")
    # 0.662 / 0.679 with term phrases (session 31: cells and list items made of phrases the course's
    # sentences use, "Logical decoding (pgoutput)", "Cloud Run deployment": six false positives fewer)
    assert precision >= 0.65 and recall >= 0.66


def test_heldout8_units(corpus):
    """706 units of 12 lessons (units no earlier set holds) labelled by another reviewer (helper session s15)
    with heldout7's rule and five written clarifications, labels frozen before LNG001 was run: precision 0.638
    (95% CI 0.56-0.71), recall 0.856 at a7011f1.  Most false positives were fields of a tool's forms
    ("Group wait: `30s`", "Name: `CDC Lag Warning`") and menu paths ("**Alerting** > **Contact points**"),
    which the code-setting and menu-path rules made from it now leave alone: 0.764 / 0.847 (tuned on it, so
    no longer held out; the issue asks 0.95 / 0.85)."""
    precision, recall = _score(corpus, "lng001-heldout8.tsv")
    # 0.756 / 0.892 since English phrases whose Russian words are only a label and prepositions are read as
    # English (session 34): this labeller calls three of them Russian ("При failure и retry → duplicate messages
    # в output Kafka topic"), the blind samples of issue 17's rule (h74, h76) English
    assert precision >= 0.75 and recall >= 0.88


def test_heldout7_units(corpus):
    """988 units of 10 lessons (units no earlier set holds) labelled by another reviewer with heldout6's rule
    and seven written clarifications, labels frozen before LNG001 was run: precision 0.890, recall 0.882
    at dd613de; 0.895 / 0.890 after the changes made from heldout6's errors, which never saw these
    labels (the issue asks 0.95 / 0.85)."""
    precision, recall = _score(corpus, "lng001-heldout7.tsv")
    assert precision >= 0.88 and recall >= 0.87


def test_heldout6_units(corpus):
    """1,286 units of 11 lessons labelled by a separate reviewer (its rule in the file's header), measured
    before anything was changed from them: precision 0.832, recall 0.796; the issue asks 0.95 / 0.85.
    0.862 / 0.850 after its error analysis (session h10: bilingual headings, derived words, prepositions
    between terms, short participles, colon:joined identifiers, values beside a masked code)."""
    precision, recall = _score(corpus, "lng001-heldout6.tsv")
    assert precision >= 0.85 and recall >= 0.84


def test_labelled_units(corpus):
    """Hand labels of 210 prose units of the real course (positions only); the classifier was first tuned on them.

    Their rule is narrower than issue 17's: E meant "an explanation in English", so English headings and
    labels ("Verification Checklist", "Fix:", "Alert Thresholds") are T there, and most of what LNG001
    reports on them since it knows ordinary English words counts as a false positive."""
    precision, recall = _score(corpus, "lng001-labels.tsv")
    # measured 0.44 / 1.00 (was 0.51 / 0.86 before the word classes); 0.434 / 1.00 with bilingual headings (h10):
    # "Common Mistakes (частые ошибки)" is R here, the same heading shape is E in heldout6
    assert precision >= 0.40 and recall >= 0.90


def test_heldout_units(corpus):
    """Held-out hand labels. Issue 17 asks precision >= 0.95 and recall >= 0.85: precision not met.

    Its labeller counted more English headings as terms ("Production Architecture", "Position format",
    "Use Case") than heldout2's; the errors of both files were read while the word classes were built."""
    precision, recall = _score(corpus, "lng001-heldout.tsv")
    # measured 0.74 / 0.98 (0.73 before the Russian-verb signal); 0.769 / 0.976 with the name-phrase and setting rules
    # (session 7, from other sites' false positives); 0.774 / 1.000 with derived words (h10); 0.769 / 0.976 with
    # nouns in -ing read as common words (session 39: its "Testing" heading is a term to this labeller, English to
    # heldout13's, whose rule is the one issue 17's re-check uses); the target is 0.95 / 0.85
    assert precision >= 0.76 and recall >= 0.95


def test_heldout2_units(corpus):
    """Second held-out sample (150 units, labelled with the rule written in the file); the word classes
    (issue 17, second pass) were tuned on it, so it is no longer held out."""
    precision, recall = _score(corpus, "lng001-heldout2.tsv")
    assert precision >= 0.93 and recall >= 0.90  # measured 0.957 / 0.943 (tuned on it); the target is 0.95 / 0.85


def test_heldout3_units(corpus):
    """Third held-out sample (220 units, labelled by another person with issue 17's rule; not tuned on).
    Recall is far below the issue's 0.85: one-word English table cells with ordinary words ("Traditional",
    "Trade-offs") and English headings around a Russian preposition ("Prevention strategies в формате …")."""
    precision, recall = _score(corpus, "lng001-heldout3.tsv")
    # measured 0.897 / 0.743 (tuned on it: its misses' words joined the ordinary list; was 0.870 / 0.571);
    # 0.929 / 0.743 with the name-phrase and setting rules; 0.926 / 0.714 with term phrases (lost: the cell
    # "Connector restart", a phrase the course's sentences use; heldout labels "Position loss" beside it a term);
    # the target is 0.95 / 0.85
    assert precision >= 0.90 and recall >= 0.71


def test_heldout4_units(corpus):
    """Fourth sample (260 units, a third labeller, issue 17's rule plus two written conventions): measured
    once, after this session's language work, never tuned on. The honest number of this session: far from
    the issue's 0.95 / 0.85 (labellers disagree on English headings of terms and on Russian-glued phrases)."""
    precision, recall = _score(corpus, "lng001-heldout4.tsv")
    # measured 0.639 (95% CI 0.48-0.78) / 0.676 (0.51-0.81) when first scored; 0.657 / 0.676 with the Russian-verb
    # signal (one false positive fewer: "Используйте remote write в long-term storage"); 0.677 / 0.618 with the
    # name-phrase and setting rules ("Cloud Run" and "Single Message Transforms" are names in the course's own sentences;
    # lost: "**Use case**", a name there too, and "Table 1 schema read: 10:00:00", read as a setting)
    # 0.697 / 0.676 with derived words (h10: "Saturation"); 0.676 / 0.676 with English phrases whose Russian words are
    # only a label and prepositions (session 34: "**Опция 3: Side outputs (для audit)**", labelled Russian here)
    assert precision >= 0.67 and recall >= 0.65


def test_heldout5_units(corpus):
    """Fifth sample (260 units, labelled after the Russian-verb signal by a labeller who never saw LNG001's
    output; issue 17's rule plus written conventions): measured once, never tuned on.  Its misses are
    English headings and cells of one or two ordinary words the list lacks ("Mandatory", "Parameter",
    "Deploying Both Connectors"); its false positives are fields of a tool's UI ("Display text",
    "severity: `critical`"), which earlier labellers called English (a field rule tried on them lost
    eight of their English units for five false positives, so it was not kept)."""
    precision, recall = _score(corpus, "lng001-heldout5.tsv")
    # measured 0.767 / 0.719 when first scored; 0.774 / 0.750 with the leading-gerund rule (tuned on one unit of it,
    # "Deploying Both Connectors"); 0.800 / 0.750 with the name-phrase and setting rules; 0.806 / 0.781 with derived
    # words (h10: "Mandatory"); the target is 0.95 / 0.85
    assert precision >= 0.80 and recall >= 0.75


def test_page_summaries_are_small_and_the_site_pass_redoes_only_changed_pages():
    """collect returns a summary of flat arrays (no unit objects; a pure Russian unit is a position and
    a group); the site-wide pass, kept by the rule, counts again only the pages whose summary changed."""
    import pickle

    from mdxlint.lint.engine import Linter
    from mdxlint.project.course import CourseIndex

    settings = Settings(select=["LNG001"])
    linter = Linter(settings)
    index = CourseIndex(settings)
    russian = "Коннектор читает журнал транзакций и отправляет события в Kafka по одному.\n\n"
    for i in range(4):
        text = f"# Урок {i}\n\n" + russian * 20 + "### Summary Checklist\n\nAlways restart the connector after the snapshot.\n"
        index.add(linter.analyze_text(f"/site/src/content/l{i}.mdx", text).facts)
    summary = index.get("/site/src/content/l0.mdx").extra["LNG001"]
    assert len(summary.slots) == 23 and len(summary.rec_dominant) == 2 and len(summary.groups) <= 2
    assert len(pickle.dumps(summary)) < 2000
    first = linter.course_diagnostics(index)
    assert sorted(d.path for ds in first.values() for d in ds) == [f"/site/src/content/l{i}.mdx" for i in range(4) for _ in (0, 1)]
    rule = linter.course_rules[0]
    site = rule._site
    applied = dict(site._applied)
    index.add(linter.analyze_text("/site/src/content/l1.mdx", "# Урок\n\n" + russian * 3).facts)
    edited = linter.course_diagnostics(index, focus="/site/src/content/l1.mdx")
    assert rule._site is site and edited == {}
    assert all(site._applied[p] is applied[p] for p in applied if not p.endswith("l1.mdx"))
    again = linter.course_diagnostics(index)
    assert len([d for ds in again.values() for d in ds]) == 6


def test_short_english_headings_and_labels():
    text = ("## Обзор\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n\n"
            "### Summary Checklist\n\n**Steps:**\n\n| Duration | Offset |\n|---|---|\n| 5 | 6 |\n\n"
            "### Kafka Connect\n\n**Шаг 10: Wait for snapshot completion**\n")
    result = [(d.line, d.column) for d in lint_text(text, "a.mdx", RU001)]
    assert result == [(5, 5), (7, 1), (9, 3), (15, 1)]


def test_real_course_typos(corpus):
    run = lint_paths([str(corpus / "src" / "content")], Settings(select=["LNG003", "LNG004"]), use_cache=False)
    words = sorted(d.message.split("`")[1] for d in run.diagnostics if d.code == "LNG003")
    assert words == ["Impликации", "Migrация", "normально"]


def test_translation_site_expects_the_translation(tmp_path):
    """No i18n setup, no prose-language: 4 of 12 pages in Russian, 8 in English make a translation
    into Russian (the English pages are its backlog), however much more English text there is."""
    russian = "Коннектор читает журнал транзакций и отправляет события в топик Kafka по одному.\n\n"
    english = "The connector reads the transaction log and sends every event to the topic one by one.\n\n"
    for i in range(4):
        (tmp_path / f"ru{i}.md").write_text(f"# Страница {i}\n\n" + russian * 4, encoding="utf-8")
    for i in range(8):
        (tmp_path / f"en{i}.md").write_text(f"# Page {i}\n\n" + english * 12, encoding="utf-8")
    settings = Settings(select=["LNG001"], extensions=["md", "mdx"])
    run = lint_paths([str(tmp_path)], settings, use_cache=False)
    assert sorted(Path(d.path).name for d in run.diagnostics) == [f"en{i}.md" for i in range(8)]
    assert all("mostly untranslated" in d.message and "a translation into Russian: 4 of 12 pages" in d.message
               for d in run.diagnostics)


def test_quoted_titles_and_linked_card_titles_are_not_prose():
    from mdxlint.analyzers.language.units import document_units, mask
    from mdxlint.mdx.parser import parse_text

    assert "Sustainable" not in mask("- [„Sustainable Web Development“](https://x.example), Artikel von Jane Doe")
    assert "refused" not in mask("Ошибка «Connection refused» и “Timeout error” тут")
    doc = parse_text('<LinkCard title="Axiom Studio for Starlight" href="https://x.example" description="Ein Werkzeug." />\n')
    kinds = [unit.kind for unit in document_units(doc)]
    assert "`title` of <LinkCard>" not in kinds and "`description` of <LinkCard>" in kinds


def test_the_title_of_a_work_cited_with_its_author_is_not_prose():
    """A component that lists a book or a talk with its author keeps the title it was published
    under (held-out h126: an English book title in a ja page); a title alone is still read."""
    from mdxlint.analyzers.language.units import document_units
    from mdxlint.mdx.parser import parse_text

    cited = parse_text('<Book title="Rust for Beginners: A Guide" author="Jane Doe" />\n')
    assert "`title` of <Book>" not in [unit.kind for unit in document_units(cited)]
    # (review h132: a testimonial's or a quote's title and label are the page's own words)
    quoted = parse_text('<Quote title="What our users say" label="Read more" author="Jane Doe" />\n')
    assert {"`title` of <Quote>", "`label` of <Quote>"} <= {unit.kind for unit in document_units(quoted)}
    alone = parse_text('<Card title="Rust for Beginners: A Guide" />\n')
    assert "`title` of <Card>" in [unit.kind for unit in document_units(alone)]


def test_paths_and_file_names_are_not_prose():
    """Held-out h123: a code block titled with a route (`title='/admin'`) and an image whose alt text is
    its file's name (`![schema-themed--scheme](…)`) were read as English prose; a title or alt text
    in words still is."""
    from mdxlint.analyzers.language.units import document_units
    from mdxlint.mdx.parser import parse_text

    doc = parse_text("![schema-themed--scheme](/img/s.jpg)\n\n![A sketch of the scheme](/img/t.jpg)\n\n"
                     "```html title='/admin'\n<b/>\n```\n\n```js title=\"src/app.js\"\nx\n```\n\n"
                     "```js title=\"The entry point\"\nx\n```\n")
    assert [(unit.kind, unit.text) for unit in document_units(doc)] == [
        ("image alt text", "A sketch of the scheme"), ("code block title", "The entry point")]


def test_a_native_label_and_the_titles_of_linked_pages_are_no_english_text(tmp_path):
    """Held-out h60 (withastro/docs ja): `ブログ：[Build a blog with microCMS](https://…)`: a translated label,
    then the title of an English article, kept as it is named.  A link inside the site, or words
    after the link, are still read."""
    text = ("---\ntitle: T\n---\n\n[microCMS](https://microcms.io/)はスキーマを使ってコンテンツ構造を定義できるCMSです。\n\n"
            "- ブログ：[Build a blog with microCMS](https://blog.example.com/astro-microcms)\n"  # 7
            "- 記事 — [How we moved our docs to Astro](https://example.com/post).\n"  # 8
            "- ガイド：[Getting started with the framework](/ja/guides/start/)\n"  # 9: inside the site
            "- ブログ：[Build a blog](https://a.example/c) and more words written after it\n")  # 10
    assert locale_page_findings(tmp_path, "ja", "ja", text) == [9, 10]


def test_russian_and_ukrainian_are_told_apart_by_their_own_letters():
    from mdxlint.analyzers.language.policy import _RUSSIAN_ONLY, _UKRAINIAN_ONLY

    assert not set("Рамки и заголовки") & (_RUSSIAN_ONLY | _UKRAINIAN_ONLY)  # shared letters only: no verdict
    assert set("Привіт, їжак") & _UKRAINIAN_ONLY and set("Съешь ещё") & _RUSSIAN_ONLY


def test_english_phrases_with_a_russian_word_and_names_in_russian_sentences():
    """An English phrase held by a Russian label or preposition is English; Title Case runs inside
    Russian sentences are names; key=value is code; a lone lowercase word is a value or a file name."""
    text = ("## Обзор\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n\n"
            "**Этап 2: Rebuild the search index**\n\n"  # line 5: flagged
            "- Подключение Alert Rules\n"  # 7: a name
            "- Estimated recovery duration (для replica)\n"  # 8: flagged
            "- mode=never\n"  # 9: code
            "- widgets\n\n"  # 10: a value
            "Коннектор пишет offset в Kafka после каждого события.\n")
    result = [d.line for d in lint_text(text, "a.mdx", RU001)]
    assert result == [5, 8]


def test_plural_of_an_ordinary_word_is_english():
    """"strategies" is the plural of an ordinary word ("strategy"): the heading is English (issue 17)."""
    text = (
        "Коннектор читает binlog и пишет события в Kafka topic, а retention и schema history важны для Kafka Connect.\n\n"
        "Когда коннектор перезапускается, он продолжает чтение с позиции из schema history, пока retention не удалил binlog.\n\n"
        "Перед началом проверьте, что у пользователя базы есть все нужные права на чтение журнала.\n\n"
        "## Mitigation strategies\n\n"
        "## Kafka Connect\n\n"
        "| Подход | Описание |\n|---|---|\n| Traditional | Полный snapshot при каждом запуске коннектора |\n"
    )
    assert [c[1] for c in found(text) if c[0] == "LNG001"] == [7, 13]


def test_a_russian_verb_makes_a_russian_clause():
    """A unit whose verb is Russian ("Используйте", "обнаруживаются", "требует") is a Russian sentence
    with English terms, however many; without one, the same English words are an English phrase."""
    text = ("## Обзор\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n\n"
            "- Используйте remote write в long-term storage (Thanos, Cortex)\n"  # 5: Russian clause
            "- **Hours later**: обнаруживаются schema mismatch errors в consumer logs\n"  # 6: Russian clause
            "- Estimated recovery duration (для replica)\n"  # 7: English phrase
            "- Память и сеть: remote write for long-term storage\n\n"  # 8: nouns ending like verbs; English
            "Коннектор пишет offset в Kafka после каждого события.\n")
    result = [d.line for d in lint_text(text, "a.mdx", RU001)]
    assert result == [7, 8]


GERMAN = "Der Konnektor liest das Transaktionsprotokoll und schickt jedes Ereignis an das Thema, eines nach dem anderen.\n\n"
JAPANESE = "コネクタはトランザクションログを読み取り、各イベントを順番にトピックへ送信します。\n\n"
ENGLISH = "The connector reads the transaction log and sends every event to the topic, one after the other.\n\n"


def _nextra_2_site(tmp_path, locales: str, default: str):
    """A Nextra 2 site with Next.js i18n (`locales`: the list as JavaScript writes it); its pages folder."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "13.0.0", "nextra": "2.13.0"}}', encoding="utf-8")
    (tmp_path / "next.config.js").write_text(
        "const withNextra = require('nextra')({ theme: 'nextra-theme-docs' });\n"
        f"module.exports = withNextra({{ i18n: {{ locales: {locales}, defaultLocale: '{default}' }} }});\n", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir(exist_ok=True)
    return pages


def test_nextra_locales_are_file_suffixes(tmp_path):
    """Next.js `i18n.locales` with Nextra's `page.<locale>.mdx`: the suffix says the language; the
    English original is not untranslated, an English page with a `.ja` suffix is (once)."""
    pages = _nextra_2_site(tmp_path, "['en-US', 'ja']", "en-US") / "docs"
    pages.mkdir()
    for name in ("a", "b", "c"):
        (pages / f"{name}.en-US.mdx").write_text(f"# Page {name}\n\n" + ENGLISH * 4, encoding="utf-8")
    (pages / "a.ja.mdx").write_text("# ページ\n\n" + JAPANESE * 4, encoding="utf-8")
    (pages / "b.ja.mdx").write_text("# Page b\n\n" + ENGLISH * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).name, "mostly untranslated" in d.message) for d in run.diagnostics] == [("b.ja.mdx", True)]
    assert "file suffix .ja" in run.diagnostics[0].message and "Japanese" in run.diagnostics[0].message


@pytest.mark.parametrize("parser", ["dot", "dir"])
def test_fumadocs_i18n_sets_the_language(tmp_path, parser):
    """Fumadocs' `defineI18n({ defaultLanguage, languages, parser })` (lib/i18n.ts): with the dot
    parser `page.zh.mdx` is Chinese and `page.mdx` the default language's, with the dir parser
    `content/docs/zh/page.mdx` is (held-out h41: the English originals were called untranslated
    Chinese pages, since the language most pages are in was taken)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"fumadocs-mdx": "14.0.0", "next": "16.0.0"}}', encoding="utf-8")
    (tmp_path / "next.config.mjs").write_text("export default {};\n", encoding="utf-8")
    (tmp_path / "source.config.ts").write_text(
        "import { defineDocs } from 'fumadocs-mdx/config';\nexport const docs = defineDocs({ dir: 'content/docs' });\n",
        encoding="utf-8")
    (tmp_path / "lib").mkdir()
    option = "" if parser == "dot" else ", parser: 'dir'"
    (tmp_path / "lib" / "i18n.ts").write_text(
        "import { defineI18n } from 'fumadocs-core/i18n';\n"
        f"export const i18n = defineI18n({{ defaultLanguage: 'en', languages: ['en', 'cn']{option} }});\n", encoding="utf-8")
    docs = tmp_path / "content" / "docs"
    chinese = (docs / "a.cn.mdx", docs / "b.cn.mdx") if parser == "dot" else (docs / "cn" / "a.mdx", docs / "cn" / "b.mdx")
    english = (docs / "a.mdx",) if parser == "dot" else (docs / "en" / "a.mdx",)
    for page in (*chinese, *english):
        page.parent.mkdir(parents=True, exist_ok=True)
    chinese[0].write_text("# 页面\n\n" + CHINESE * 4, encoding="utf-8")
    chinese[1].write_text("# 页面\n\n" + CHINESE * 3 + ENGLISH, encoding="utf-8")
    english[0].write_text("# Page\n\n" + ENGLISH * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).name, "mostly untranslated" in d.message) for d in run.diagnostics] == [("b.cn.mdx" if parser == "dot" else "b.mdx", False)]
    assert "Fumadocs i18n in lib/i18n.ts" in run.diagnostics[0].message and "Chinese" in run.diagnostics[0].message


def starlight_site(tmp_path: Path, languages: dict[str, str], default_locale: bool = True) -> Path:
    """A Starlight site whose config lists ``languages`` ({folder: lang}; "root" for the root locale) as
    literal `locales`; returns its docs folder."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0", "astro": "5.0.0"}}', encoding="utf-8")
    entries = ", ".join(f"'{folder}': {{ label: '{folder}', lang: '{lang}' }}" for folder, lang in languages.items())
    default = "defaultLocale: 'root', " if default_locale else ""
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\n"
        f"export default {{ integrations: [starlight({{ title: 'x', {default}locales: {{ {entries} }} }})] }};\n", encoding="utf-8")
    return tmp_path / "src" / "content" / "docs"


def locale_page_findings(tmp_path: Path, folder: str, lang: str, text: str) -> list[int]:
    """The lines LNG001 reports on one page of a Starlight site's locale ``folder`` (``lang``)."""
    docs = starlight_site(tmp_path, {"root": "en", folder: lang})
    (docs / folder).mkdir(parents=True)
    (docs / folder / "page.mdx").write_text(text, encoding="utf-8")
    return [d.line for d in lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False).diagnostics]


def test_starlight_locales_imported_from_json(tmp_path):
    """`import locales from './locales.json'` … `starlight({ locales })`: the JSON's `lang` keys are read."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0", "astro": "5.0.0"}}', encoding="utf-8")
    (tmp_path / "locales.json").write_text(
        '{"root": {"label": "English", "lang": "en"}, "de": {"label": "Deutsch", "lang": "de"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nimport locales from './locales.json';\n"
        "export default { integrations: [starlight({ title: 'x', defaultLocale: 'root', locales })] };\n", encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "de").mkdir(parents=True)
    front = "---\ntitle: T\n---\n\n"
    (docs / "intro.mdx").write_text(front + ENGLISH * 4, encoding="utf-8")
    (docs / "de" / "intro.mdx").write_text(front + GERMAN * 4, encoding="utf-8")
    (docs / "de" / "other.mdx").write_text(front + ENGLISH * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [Path(d.path).relative_to(docs).as_posix() for d in run.diagnostics] == ["de/other.mdx"]
    assert "German" in run.diagnostics[0].message and "folder de/" in run.diagnostics[0].message


def test_starlight_locales_after_another_integrations_locales(tmp_path):
    """`sitemap({ i18n: { locales: { en: 'en' } } })` before `starlight({ locales })`: Starlight's are read
    (held-out s14a: the root locale was lost, and a German page in the root folder went unreported)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0", "astro": "5.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nimport sitemap from '@astrojs/sitemap';\n"
        "export default { integrations: [sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', de: 'de' } } }),\n"
        "  starlight({ title: 'x', defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' },\n"
        "    de: { label: 'Deutsch', lang: 'de' } } })] };\n", encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "de").mkdir(parents=True)
    front = "---\ntitle: T\n---\n\n"
    (docs / "intro.mdx").write_text(front + ENGLISH * 4, encoding="utf-8")
    (docs / "install.mdx").write_text(front + GERMAN * 4, encoding="utf-8")
    (docs / "de" / "intro.mdx").write_text(front + GERMAN * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [Path(d.path).relative_to(docs).as_posix() for d in run.diagnostics] == ["install.mdx"]


def test_short_english_headings_in_a_latin_script_translation(tmp_path):
    """Under another Latin-script language a heading of two to four words is English when English's own
    function words say so ("How to use listeners", "Running the application"); names and words the
    languages share ("Module setup", "Die Konfiguration", "Eventos de Canal") are left alone."""
    docs = starlight_site(tmp_path, {"root": "en", "pt": "pt", "de": "de"}, default_locale=False)
    portuguese = "O conector lê o log de transações e envia cada evento para o tópico, um após o outro.\n\n"
    front = "---\ntitle: T\n---\n\n"
    (docs / "pt").mkdir(parents=True)
    (docs / "de").mkdir(parents=True)
    (docs / "pt" / "a.mdx").write_text(front + portuguese * 3 + "## How to use listeners\n\n" + portuguese * 2 +
                                       "## Module setup\n\n" + portuguese + "## Eventos de Canal\n\n" + portuguese +
                                       "## Running the application\n\n" + portuguese, encoding="utf-8")
    (docs / "de" / "a.mdx").write_text(front + GERMAN * 3 + "## Die Konfiguration\n\n" + GERMAN + "## Installation\n\n" + GERMAN,
                                       encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).parent.name, d.line) for d in run.diagnostics] == [("pt", 11), ("pt", 25)]


def test_an_english_sentence_in_a_paragraph_of_another_latin_script_language(tmp_path):
    """A paragraph half translated under French ("… parmi les binaires. This utility is licensed with a
    pretty liberal usage declaration, and you can use it …") is reported once, with its English sentence
    (held-out h84); French sentences with English names and terms, and a quoted English title, are not."""
    docs = starlight_site(tmp_path, {"root": "en", "fr": "fr", "da": "da"}, default_locale=False)
    (docs / "da").mkdir(parents=True)
    danish = "Forbindelsen læser transaktionsloggen og sender hver hændelse til emnet, den ene efter den anden.\n\n"
    (docs / "da" / "a.mdx").write_text(  # (Danish shares "for", "her", "by" with English: review h86)
        "---\ntitle: T\n---\n\n" + danish * 3 + "Når projektet er oprettet, skal du konfigurere hosting. Opsæt din React app "
        "her for at deploy den til Vercel med GitHub Actions.\n\n" + danish, encoding="utf-8")
    french = "Le connecteur lit le journal des transactions et envoie chaque événement vers le sujet, un après l'autre.\n\n"
    front = "---\ntitle: T\n---\n\n"
    (docs / "fr").mkdir(parents=True)
    (docs / "fr" / "a.mdx").write_text(
        front + french * 3
        + "UPX est un dinosaure parmi les binaires. This old utility is licensed with a pretty liberal usage declaration, "
          "and you can use it for anything. Notre compréhension de la licence est que vous pouvez l'utiliser à "
          "n'importe quelle fin sans avoir à modifier votre licence, à moins que vous ne modifiiez le code source.\n\n"
        + "Utilisez Kafka Connect avec Debezium et PostgreSQL pour capturer les changements de la base de données.\n\n"
        + "Le guide « Getting Started with the Debezium Server » explique comment le démarrer pas à pas.\n\n" + french,
        encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).parent.name, d.line, "English sentence" in d.message) for d in run.diagnostics] == [("fr", 11, True)]


def test_a_phrase_led_by_a_verb_in_ing_is_english():
    """"Deploying both connectors" is English, and so is a heading of a noun in -ing that names an
    activity ("Monitoring Dashboard", "Testing": held-out h101, a "Tooling" heading on a Chinese page;
    the course's blind labels count such headings as English too); "Spring Boot" is a name."""
    text = ("## Обзор\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n\n"
            "## Deploying Both Connectors\n\n"  # 5
            "## Monitoring Dashboard\n\n"  # 7
            "## Spring Boot\n\n"
            "## Testing\n\n"  # 11
            "## String\n\n"
            "Коннектор пишет offset в Kafka после каждого события, и consumer читает его.\n")
    assert [d.line for d in lint_text(text, "a.mdx", RU001)] == [5, 7, 11]


CHINESE = "连接器读取事务日志，并把每个事件按顺序发送到主题中，一个接一个地处理。\n\n"


def test_nextra_page_suffix_outside_the_configured_locales(tmp_path):
    """A `page.<locale>.mdx` whose locale the (older) next.config does not list still says its
    language: an English page `basics.en-US.mdx` beside `basics.zh-CN.mdx` is not untranslated."""
    pages = _nextra_2_site(tmp_path, "['zh-CN']", "zh-CN")
    for name in ("a", "b", "c"):
        (pages / f"{name}.zh-CN.mdx").write_text("# 页面\n\n" + CHINESE * 4, encoding="utf-8")
        (pages / f"{name}.en-US.mdx").write_text(f"# Page {name}\n\n" + ENGLISH * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert run.diagnostics == []
    (pages / "d.en-US.mdx").write_text("# 页面\n\n" + CHINESE * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [Path(d.path).name for d in run.diagnostics] == ["d.en-US.mdx"] and "file suffix .en-US" in run.diagnostics[0].message


def test_options_settings_and_the_sites_own_names_are_not_english_text():
    """Command-line options (`--depth <n>`) are code; a label with a number for its value
    ("Steps: 25", "Batch Size: 512x704") is a setting; a run of capitalised words that the
    site's own sentences use as a name ("Retry Budget" in a Russian sentence) is a name as a
    heading too.  English headings and labels that are none of these are still reported."""
    text = (
        "## --depth <number>\n\n## --filter <selector>\n\n"
        "Коннектор читает журнал и учитывает Retry Budget при каждой ошибке, пока очередь не опустеет.\n\n"
        "Если Retry Budget исчерпан, коннектор останавливается и ждёт ручного перезапуска администратором.\n\n"
        "## Retry Budget\n\n"
        "- Steps: 25\n- **Batch Size:** 512x704\n- Base (green): 0\n\n"
        "## Common Mistakes During Recovery\n\n"
        "- Search for: \"Connection refused\"\n"
    )
    assert [c[1] for c in found(text, RU001)] == [15, 17]


def test_short_english_among_other_latin_candidates_is_english(tmp_path):
    """In a Russian folder of a site that also has German pages, "**Under Review**" is English,
    not German (German shares "under"): every word is an English one."""
    docs = starlight_site(tmp_path, {"root": "en", "ru": "ru", "de": "de"}, default_locale=False)
    (docs / "ru").mkdir(parents=True)
    russian = "Коннектор читает журнал транзакций и отправляет каждое событие в топик, одно за другим.\n\n"
    front = "---\ntitle: T\n---\n\n"
    (docs / "ru" / "status.mdx").write_text(front + russian * 3 + "| Статус | Значение |\n|---|---|\n| **Under Review** | проверка |\n",
                                            encoding="utf-8")
    run = lint_paths([str(docs / "ru")], Settings(select=["LNG001"]), use_cache=False)
    assert len(run.diagnostics) == 1 and "is in English" in run.diagnostics[0].message


def test_cyrillic_in_a_shell_argument_is_text():
    """The shell reads a command's arguments as text: a Cyrillic placeholder in a URL is not code;
    a Cyrillic command or variable name is."""
    placeholder = "```bash\ngit clone https://github.com/ВАШ_НИК/repo.git\ncd repo && ls -la\n```\n"
    assert lint_text(placeholder, "a.mdx", Settings(select=["LNG002"])) == []
    strings = settings_from_table({"select": ["LNG002"], "rules": {"LNG002": {"strings": True}}})
    assert [(d.line, d.severity.value) for d in lint_text(placeholder, "a.mdx", strings)] == [(2, "info")]
    for code in ("git clone https://x/ВАШ/repo.git\nПУТЬ=/tmp\n", "ls | фильтр\n", "echo $ИМЯ\n", "команда --help\n"):
        result = lint_text(f"```bash\n{code}```\n", "a.mdx", Settings(select=["LNG002"]))
        assert [d.severity.value for d in result] == ["error"], code


def test_what_a_shell_command_prints_is_not_code():
    """Held-out h126 (helm-www uk): in a block whose commands have a prompt (`$ `, `% `), the lines
    without one are the commands' output; a command written on a prompt line, or a block with no
    prompt at all, is still read (a line that goes on a command after a backslash is the command)."""
    select = Settings(select=["LNG002"])
    for prompt in ("$", "%"):
        shown = f"```bash\n{prompt} helm help system-info\nПоказує інформацію про ОС\n```\n"
        assert lint_text(shown, "a.mdx", select) == [], prompt
    typed = "```bash\n$ команда --help\nвывод\n```\n"
    assert [(d.line, d.severity.value) for d in lint_text(typed, "a.mdx", select)] == [(2, "error")]
    going_on = "```bash\n$ ls \\\nкоманда\nвывод\n```\n"
    assert [d.line for d in lint_text(going_on, "a.mdx", select)] == [3]
    assert [d.line for d in lint_text("```bash\nПоказує\n```\n", "a.mdx", select)] == [2]
    # (review h128) a command goes on after `&&` or `|` too; nothing before the first prompt is output;
    # a comment is the author's
    for joined in ("$ cd каталог &&\n  сборка --fast\n", "$ cat f |\n  сортировка\n", "сборка --prod\n$ npm test\n"):
        assert [d.line for d in lint_text(f"```bash\n{joined}```\n", "a.mdx", select)] != [], joined
    commented = "```bash\n$ npm test\n# запуск тестов\n```\n"
    assert [(d.line, d.severity.value) for d in lint_text(commented, "a.mdx", select)] == [(3, "info")]


def test_docusaurus_locales_behind_a_condition(tmp_path):
    """`locales: LOCALE_CI ? [LOCALE_CI] : ['en', 'zh', 'ja']` (a build that narrows the locales
    on CI): the list the condition falls back to is the site's."""
    from mdxlint.project.locales import _docusaurus

    config = tmp_path / "docusaurus.config.js"
    config.write_text("const LOCALE_CI = process.env.LOCALE;\nmodule.exports = { i18n: { defaultLocale: 'en',\n"
                      "  locales: LOCALE_CI ? [LOCALE_CI] : ['en', 'zh', 'ja'] } };\n", encoding="utf-8")
    assert _docusaurus(config) == ("en", ("en", "zh", "ja"), {"en": "en", "zh": "zh", "ja": "ja"})


def test_docusaurus_default_locale_held_by_a_constant(tmp_path):
    """Held-out h77 (feature-sliced docs): `const DEFAULT_LOCALE = "ru"` … `defaultLocale: DEFAULT_LOCALE`
    (and `{ defaultLocale }`): the site's own pages are Russian, not English."""
    from mdxlint.project.locales import _docusaurus

    config = tmp_path / "docusaurus.config.js"
    config.write_text('const DEFAULT_LOCALE = "ru";\nmodule.exports = { i18n: { defaultLocale: DEFAULT_LOCALE,\n'
                      "  locales: ['ru', 'en'] } };\n", encoding="utf-8")
    assert _docusaurus(config)[0] == "ru"
    config.write_text('const defaultLocale = "ru";\nmodule.exports = { i18n: { defaultLocale, locales: ["ru", "en"] } };\n',
                      encoding="utf-8")
    assert _docusaurus(config)[0] == "ru"


def test_identifiers_between_slashes_are_no_prose():
    """Held-out h77: `blog-post / user / order / product / ...` lists a project's folders."""
    text = ("Сущность описывает бизнесовый объект, а фича описывает действие над сущностью.\n\n"
            "- blog-post / user / order / product / ...\n- create-blog-post / login-by-oauth / edit-account\n"
            "- Create a post / Log in / Edit the account\n")
    assert [c[1] for c in found(text, RU001)] == [5]


def test_a_program_message_after_its_tag_is_quoted():
    """Held-out h77 (redi, zh-CN): `[redi]: You are loading scripts…` is the message as the library prints it."""
    text = ("Коннектор печатает предупреждение, если библиотеку загрузили дважды, и продолжает работу.\n\n"
            "[redi]: You are loading scripts of redi more than once! This may cause undesired behavior.\n\n"
            "- [x] You are loading scripts of the library more than once\n")
    assert [c[1] for c in found(text, RU001)] == [5]


def test_docusaurus_locale_named_otherwise_than_its_language(tmp_path):
    """A Docusaurus locale key need not be a language code (`mandarin`): its language is its
    `htmlLang`, else its `label` (简体中文), and its folder is its `path` when it has one; a
    correct page in it gets no finding, an English page there is reported."""
    from mdxlint.project.locales import locale_for

    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "docusaurus.config.js").write_text(
        "const i18n = () => ({ defaultLocale: 'en', locales: ['en', ...extra],\n"
        "  localeConfigs: { mandarin: { label: '简体中文' }, ukr: { htmlLang: 'uk-UA', path: 'uk-ua' } } });\n"
        "module.exports = { i18n: i18n(), presets: [['classic', { docs: { path: 'docs' } }]] };\n", encoding="utf-8")
    chinese = site / "i18n" / "mandarin" / "docusaurus-plugin-content-docs" / "current" / "a.mdx"
    ukrainian = site / "i18n" / "uk-ua" / "docusaurus-plugin-content-docs" / "current" / "a.mdx"
    for page in (chinese, ukrainian):
        page.parent.mkdir(parents=True)
    chinese.write_text("# 消息队列\n\n队列会保存消息，直到有处理程序把它们取走。处理程序按照消息到达的顺序取走消息。\n", encoding="utf-8")
    ukrainian.write_text("# Черги\n\nThe queue keeps every message until a worker takes it away from the queue.\n", encoding="utf-8")
    assert locale_for(str(chinese)).language == "zh" and locale_for(str(ukrainian)).language == "uk"
    run = lint_paths([str(site / "i18n")], Settings(select=["LNG001"]), use_cache=False)
    assert {Path(d.path).parts[-4] for d in run.diagnostics} == {"uk-ua"}


def test_image_alt_text_is_prose():
    """An image's alt text is read out by screen readers: English alt text in a Russian page is
    reported at the image, Russian alt text is not."""
    text = (
        "Коннектор читает журнал транзакций и отправляет каждое событие в топик, одно за другим.\n\n"
        "![Схема работы коннектора с журналом](/a.png)\n\n"
        "![An illustration of how the connector reads the log](/b.png)\n"
    )
    result = [d for d in lint_text(text, "a.mdx", RU001)]
    assert [(d.line, d.column) for d in result] == [(5, 1)] and "image alt text is in English" in result[0].message


def test_the_folder_a_site_is_checked_out_in_is_no_locale_folder(tmp_path):
    """A site checked out as `ko/` beside `de/`: its own folder's name says nothing of its pages (held-out
    s22: three English pages were called untranslated Korean).  A locale folder inside the site still counts."""
    for name in ("ko", "de"):
        site = tmp_path / name
        (site / "src" / "content").mkdir(parents=True)
        (site / "package.json").write_text('{"dependencies": {"next": "14.0.0", "@next/mdx": "14.0.0"}}', encoding="utf-8")
        for page in "abc":
            (site / "src" / "content" / f"{page}.mdx").write_text(f"# Title\n\n{ENGLISH * 3}", encoding="utf-8")
    run = lint_paths([str(tmp_path / "ko" / "src")], Settings(select=["LNG001"]), use_cache=False)
    assert run.diagnostics == []
    for locale, text in (("en", ENGLISH), ("ja", JAPANESE)):
        (tmp_path / "ko" / "src" / "content" / locale).mkdir()
        (tmp_path / "ko" / "src" / "content" / locale / "p.mdx").write_text(f"# T\n\n{ENGLISH * 3}", encoding="utf-8")
    # (a submodule's `.git` file in the locale folder does not make it a site of its own: review s22)
    (tmp_path / "ko" / "src" / "content" / "ja" / ".git").write_text("gitdir: ../../../.git/modules/ja\n", encoding="utf-8")
    run = lint_paths([str(tmp_path / "ko" / "src" / "content" / "ja")], Settings(select=["LNG001"]), use_cache=False)
    assert len(run.diagnostics) == 1 and "locale folder ja/" in run.diagnostics[0].message


def test_region_tagged_locale_folders_and_props_named_for_readers(tmp_path):
    """`data/en-US/` beside `data/ja/` are locale folders (a region-tagged name counts); a prop
    whose name ends like a reader-facing one (`actionTitle`, `subheading`) is prose."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "14.0.0", "@next/mdx": "14.0.0"}}', encoding="utf-8")
    for locale, text in (("en-US", ENGLISH), ("ja", JAPANESE)):
        folder = tmp_path / "data" / locale / "docs"
        folder.mkdir(parents=True)
        (folder / "a.mdx").write_text(f"# T\n\n{text * 3}", encoding="utf-8")
    (tmp_path / "data" / "ja" / "docs" / "b.mdx").write_text(
        "# ページ\n\n" + JAPANESE * 3 + '<Announcement actionTitle="Read the migration guide before you upgrade" />\n\n'
        + ENGLISH, encoding="utf-8")
    run = lint_paths([str(tmp_path / "data")], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).name, d.line) for d in run.diagnostics] == [("b.mdx", 9), ("b.mdx", 11)]
    assert "`actionTitle` of <Announcement>" in run.diagnostics[0].message and "locale folder ja/" in run.diagnostics[0].message


def test_names_as_links_and_capitalised_runs_are_not_english_text():
    """A list item that is one link (or links side by side) titled with a name ("[Coinlink Finance](…)", an acronym or
    inner capitals: "[TON Hello World](…)") names what it links to; a run of capitalised words
    that are no English ones ("Telegram Roman Alterman") is a name; "[Overview](…)" and a
    phrase led by a verb in -ing ("Enabling Binlog Rotation") are still English."""
    text = (
        "Коннектор читает журнал транзакций и отправляет каждое событие в топик, одно за другим.\n\n"
        "- [Coinlink Finance](https://example.com/a)\n- [TON Hello World](https://example.com/b)\n"
        "- Telegram [Roman Alterman](https://example.com/c)\n- [Overview](./overview)\n\n"
        "## Enabling Binlog Rotation\n\n"
        # Links side by side are a name too (a channel and its language tag); ordinary words are not.
        "- [[YouTube] Acme Dev Lessons EN](https://example.com/d)[[RU]](https://example.com/e)\n"
        "- [Overview](./a) · [Getting started](./b)\n"
    )
    assert [c[1] for c in found(text, RU001)] == [6, 8, 11]


def test_held_out_2026_12_02_language_cases(tmp_path):
    """A held-out check on three translated sites: a key's name in `<kbd title>` is not prose;
    a Ukrainian comment is not called Russian; a mixed-script word in inline code is reported
    (unsafe fix), an escape before a Cyrillic word is not."""
    text = ("Натисніть <kbd title=\"Shift\">⇧</kbd> і <kbd title=\"Option\">⌥</kbd> разом, потім відкрийте "
            "налаштування редактора та виберіть потрібний розділ.\n\n"
            "Виконайте `⌘Сmd,` і `print(\"\\nОжидание\")` у терміналі.\n\n"
            "```bash\n# macOS arm (M1 або новіше)\nls\n```\n\n```js\n// получаем данные\nx()\n```\n")
    settings = Settings(select=["LNG"], prose_language="uk", prose_language_configured=True)
    found = [(d.code, d.line, d.message) for d in lint_text(text, "a.mdx", settings)]
    assert [(c, line) for c, line, _ in found] == [("LNG003", 3), ("LNG002", 6), ("LNG002", 11)], found
    assert "`Сmd` in inline code" in found[0][2]
    assert found[1][2].startswith("Ukrainian in a bash comment") and found[2][2].startswith("Russian in a js comment")
    fixes = [d.fix for d in lint_text(text, "a.mdx", settings) if d.code == "LNG003"]
    assert fixes[0] is not None and fixes[0].applicability.value == "unsafe"


def test_an_english_sentence_inside_a_native_paragraph_is_reported():
    """A paragraph that is mostly Russian can still hold an untranslated English sentence (a
    parenthetical, or the original left above its translation): reported once, with its start;
    terms, names and a short English phrase in the same paragraph are not."""
    text = ("## Обзор\n\nКоннектор сравнивает снимки данных по умолчанию (unless the table has no primary key, "
            "in which case every row is compared with the previous one). Если данные не изменились, "
            "событие не отправляется.\n\n"  # line 3: flagged
            "Коннектор Debezium Server пишет offset в Kafka и хранит schema history в отдельном топике, "
            "а Kafka Connect REST API показывает статус.\n\n"  # 5: terms and names
            "Коннектор читает журнал транзакций (snapshot proportional to data size) и отправляет события.\n")  # 7: short
    result = [(d.line, d.message) for d in lint_text(text, "a.mdx", RU001)]
    assert [line for line, _ in result] == [3], result
    assert "has an English sentence in it (18 words: “unless the table has no primary key, in…”)" in result[0][1]


def test_an_imperative_leads_an_english_clause_after_a_native_label():
    text = ("## Обзор\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n\n"
            "**Шаг 5: Recreate topic**\n\n"  # line 5: an English instruction
            "**Шаг 6: Kafka Connect**\n\n"  # 7: a name
            "Коннектор пишет offset в Kafka после каждого события и хранит topic в настройках.\n")
    assert [d.line for d in lint_text(text, "a.mdx", RU001)] == [5]


def test_english_title_with_native_subtitle():
    """An English title whose native subtitle carries the heading is not left to translate (the blind
    samples of issue 17's rule, h79, h85 and h112, label all six the course has N); a native label of
    one word after it, or a native aside in parentheses, leaves the English to translate."""
    text = ("## Обзор\n\n"
            "Коннектор читает журнал транзакций и отправляет события в Kafka после каждого коммита.\n\n"
            "## Common Misconceptions: Распространенные заблуждения\n\n"  # 5: a subtitle
            "## Disabling Enhanced Binlog — если нужно вернуться\n\n"  # 7: a subtitle after a dash
            "## Retention Planning: Формула\n\n"  # 9: a native label
            "## Common Mistakes (частые ошибки)\n\n"  # 11: an aside
            "## Configure the connector and restart the worker: см. ниже\n")  # 13: a sentence, a pointer after it
    assert [d.line for d in lint_text(text, "a.mdx", RU001)] == [9, 11, 13]


def test_bilingual_headings_derived_words_short_predicates_and_values():
    """Session h10 (held-out 6 error analysis): the English part of a bilingual heading is judged on
    its own (an English label and its number, or a term of the site, is not one); a capitalised word
    made with an English suffix ("Considerations") is a common word, not a name; a preposition
    between terms builds an English phrase; a Russian short participle ("настроен") is a predicate;
    colon:joined identifiers and a lone value beside a masked code are not prose."""
    text = ("## Обзор\n\n"
            "Коннектор читает журнал транзакций и отправляет события в Kafka, а failover и heartbeat "
            "настраиваются отдельно.\n\n"
            "Без heartbeat коннектор не двигает offset, поэтому failover проходит медленнее, а heartbeat помогает.\n\n"
            "## Next Steps (что делать дальше)\n\n"  # 7: bilingual
            "## Scalability Considerations\n\n"  # 9: derived words
            "## Kafka Connect: Обзор архитектуры\n\n"  # 11: a name and its Russian title
            "## Step 2: Подготовка окружения\n\n"  # 13: an English label
            "## Failover With Heartbeat\n\n"  # 15: a preposition between terms
            "- **Retry handling** настроен (exponential backoff, jitter)\n"  # 17: a Russian predicate
            "- **Retry handling** для exponential backoff\n"  # 18: an English phrase
            "- Формат адреса: host:port или socket:path\n\n"  # 19: identifiers
            "| Операция | Описание |\n|---|---|\n| create (INSERT) | Вставка строки |\n")  # 23: a value
    assert [d.line for d in lint_text(text, "a.mdx", RU001)] == [7, 9, 15, 18]
    # A place's name is no derived word; nor is a call's parentheses an aside.
    from mdxlint.analyzers.language.policy import DERIVED, word_codes
    assert [bool(code & DERIVED) for code in word_codes(("France", "Florence", "Exhaustion", "Obligatory"), ())] == [
        False, False, True, True]


def test_acronym_expansions_are_names_and_short_units_are_not_guessed():
    """Held-out multilingual sites (s10d): an acronym's expansion beside it, either way round, is its
    name ("EVM (Ethereum Virtual Machine)", "Write-Ahead Log (WAL)"), not prose; a unit of fewer than
    four words with English words in it is named English, not what the model guesses ("Delete API key"
    on a site with a Spanish locale)."""
    from mdxlint.analyzers.language.units import mask

    assert mask("EVM (Ethereum Virtual Machine)").split() == ["(", ")"]
    assert mask("Write-Ahead Log (WAL) хранит").split() == ["(", ")", "хранит"]
    assert mask("Move VM (Move Virtual Machine)").split() == ["Move", "(", ")"]
    assert mask("Use the API (see the docs below)").split() == ["Use", "the", "(see", "the", "docs", "below)"]
    assert mask("Use Write-Ahead Log (WAL)").split() == ["Use", "Write-Ahead", "Log", "(", ")"]  # spells UWAL, not WAL
    text = "## Ключі\n\n" + "Ключ API потрібен для запитів до сервісу, зберігайте його в секреті.\n\n" * 3 + "- Delete API key\n"
    ukrainian = settings_from_table({"select": ["LNG001"], "prose-language": "uk", "rules": {"LNG001": {"languages": ["es", "fr"]}}})
    found = [(d.line, d.message.split(" (")[0]) for d in lint_text(text, "a.mdx", ukrainian)]
    assert found == [(9, "this list item is in English")], found


def test_glossed_headings_placeholders_and_section_names():
    """Held-out multilingual sites: a heading in the page's language with its English original in
    parentheses is a translation ("Порядок доставки (Delivery order)"), an English remark in
    parentheses after a longer heading is not; a translation tool's placeholder (`format@@0(…)`) is
    no English word; the section an untranslated page is reported from is named as written."""
    body = "Обработчики забирают сообщения в том порядке, в котором они пришли в очередь, одно за другим.\n\n"
    text = f"## Порядок доставки (Delivery order)\n\n{body}## Отдельные триггеры на каждый топик (Recommended)\n\n{body}"
    assert [d.line for d in lint_text(text, "a.mdx", RU001)] == [5]
    placeholder = f"{body}- format@@0(https://example.com/case)\n- Telegram format@@0(https://t.me/example)\n"
    assert lint_text(placeholder, "a.mdx", RU001) == []
    english = "".join(f"## Partner Web3 Grants {i}\n\nThe foundation has launched a grant program for teams that move here.\n\n"
                      for i in range(4))
    found = lint_text("## Обзор\n\n" + body + english, "a.mdx", LNG)
    assert any("section “Partner Web3 Grants 0”" in d.message for d in found), [d.message for d in found]


def test_two_unit_stub_is_one_untranslated_page():
    """A stub copied untranslated (a heading and a sentence, nothing else judged) is reported once as
    a page; two English units beside a translated one stay unit findings."""
    stub = "# Overview\n\nThis page describes how the service keeps its messages in order.\n"
    found = [d for d in lint_text(stub, "a.mdx", RU001)]
    assert len(found) == 1 and "mostly untranslated" in found[0].message
    mixed = stub + "\nЭта страница описывает, как сервис хранит сообщения по порядку и в каком виде.\n"
    assert [d.line for d in lint_text(mixed, "a.mdx", RU001)] == [1, 3]
    # A name for a heading is no prose: the sentence under it is the page (held-out s12d).
    named = "# Tinylog-2\n\nThis page describes how the service keeps its messages in order.\n"
    found = [d for d in lint_text(named, "a.mdx", RU001)]
    assert len(found) == 1 and "mostly untranslated: 1 of 1" in found[0].message


def test_a_link_titled_with_a_project_name_with_digits_is_a_name():
    """`[logger psr3-bridge](…)`: a hyphenated name with letters and digits in a part is not English
    words; words beside a number (`1-minute average`) still are."""
    text = ("| Пакет | Описание |\n|---|---|\n| [logger psr3-bridge](https://example.com/p) | Адаптер для логгера |\n"
            "\nДашборд показывает метрики коннектора за последний час.\n")
    assert lint_text(text, "a.mdx", RU001) == []


def test_nextra_locales_named_after_countries_and_written_in_backticks(tmp_path):
    """Nextra sites name locales `jp` and `kr` (countries) and write some in backticks: `.jp`
    pages are Japanese, `.kr` Korean, `` `ru` `` is listed; a code of no known language (`xx`)
    is left out rather than made a Latin-script language that English text is weighed against."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "13.0.0", "nextra": "2.13.0"}}', encoding="utf-8")
    (tmp_path / "next.config.js").write_text(
        "module.exports = { i18n: { locales: ['en', 'jp', 'kr', `ru`, 'xx'], defaultLocale: 'en' } }\n", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.en.mdx").write_text("# Setup\n\n" + ENGLISH * 3, encoding="utf-8")
    (pages / "a.jp.mdx").write_text("# セットアップ\n\n" + JAPANESE * 3, encoding="utf-8")
    (pages / "a.kr.mdx").write_text("# 설치\n\n코넥터는 트랜잭션 로그를 읽고 모든 이벤트를 토픽으로 보냅니다.\n\n" * 3, encoding="utf-8")
    (pages / "b.jp.mdx").write_text("# セットアップ\n\n" + JAPANESE * 3 + ENGLISH, encoding="utf-8")
    (pages / "build.rs.mdx").write_text("# Build\n\n" + ENGLISH * 3, encoding="utf-8")  # `.rs` is no locale here
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).name, d.line) for d in run.diagnostics] == [("b.jp.mdx", 9)]
    assert "Japanese" in run.diagnostics[0].message and "file suffix .jp" in run.diagnostics[0].message
    from mdxlint.project.locales import locale_for

    answer = locale_for(str(pages / "c.ru.mdx"))
    assert answer is not None and answer.language == "ru" and "does not list" not in answer.source
    assert "xx" not in answer.site_languages


def test_translated_comments_on_a_page_of_a_russian_locale(tmp_path):
    """On a site in several languages, a page of its `ru` locale is a translation: its code's
    comments are translated on purpose (no LNG002 note), a Cyrillic identifier is still an error.
    With no i18n setup (the course) the same comment is a note."""
    docs = starlight_site(tmp_path, {"root": "en", "ru": "ru"}) / "ru"
    docs.mkdir(parents=True)
    page = "---\ntitle: T\n---\n\nКоннектор читает журнал.\n\n```ts\n// Складываем значения\nconst итог = a + b;\n```\n"
    (docs / "sum.mdx").write_text(page, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG002"], min_severity="info"), use_cache=False)
    assert [(d.line, d.severity.name) for d in run.diagnostics] == [(9, "ERROR")]
    alone = tmp_path.parent / (tmp_path.name + "-course")
    alone.mkdir()
    (alone / "sum.mdx").write_text(page, encoding="utf-8")
    run = lint_paths([str(alone)], Settings(select=["LNG002"], min_severity="info"), use_cache=False)
    assert [(d.line, d.severity.name) for d in run.diagnostics] == [(8, "INFO"), (9, "ERROR")]
    # A site written in Russian first (its root locale) with an English translation: its own pages
    # are no translation, and their comments are reported as in the course.
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x', "
        "defaultLocale: 'root', locales: { root: { label: 'Русский', lang: 'ru' }, en: { label: 'English', lang: 'en' } } })] };\n",
        encoding="utf-8")
    (docs / "sum.mdx").rename(docs.parent / "sum.mdx")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG002"], min_severity="info"), use_cache=False)
    assert [(d.line, d.severity.name) for d in run.diagnostics] == [(8, "INFO"), (9, "ERROR")]


def test_latin_text_in_a_cyrillic_locale_of_a_site_with_many_latin_locales(tmp_path):
    """In a `ru` folder of a site with many Latin-script locales, short Latin-script prose is the
    sources' English unless the model is sure of a longer text: not left out as a guess at another
    site language, not named French or Portuguese (held-out s12d)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(
        "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'ru', 'fr', 'de', 'es', 'pt', 'it', 'tr'] }, "
        "presets: [['classic', { docs: {} }]] };\n", encoding="utf-8")
    docs = tmp_path / "i18n" / "ru" / "docusaurus-plugin-content-docs" / "current"
    docs.mkdir(parents=True)
    (docs / "plugins.mdx").write_text(
        "---\ntitle: Плагины\n---\n\nКоннектор читает журнал транзакций и отправляет события в топик.\n\n"
        "## References\n\nПлагины для редакторов помогают писать политики быстрее и без ошибок.\n\n"
        "- Editor plugins for the policy language\n- Плагин для редактора кода\n", encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(d.line, "in English" in d.message) for d in run.diagnostics] == [(7, True), (11, True)]


def test_code_elements_and_untranslatable_content_are_not_prose():
    text = (
        "Коннектор пишет события в топик, а consumer читает их по offset и коммитит позицию.\n\n"
        "Коннектор пишет в лог: <code>Lock wait timeout exceeded; try restarting the transaction</code>\n\n"
        "<div translate=\"no\">\n\nHooks can only be called inside the body of a function component.\n\n</div>\n\n"
        "<div className=\"console notranslate\">\n\nThe connector could not reach the database at all.\n\n</div>\n\n"
        "<div id=\"refused\">\n\nThe connector could not reach the database at all.\n\n</div>\n"
    )
    # only the last block: an element marked for no translation holds a message, not text
    assert [c[1] for c in found(text, RU001)] == [19]


def test_subscripts_on_symbols_are_notation():
    """`n<sub>layers</sub>` is a formula's symbol, not English prose; a subscript after a blank is
    read (held-out h41)."""
    table = ("| Символ | Значение |\n|---|---|\n| n<sub>layers</sub> | 48 |\n| d<sub>attention heads</sub> | 240 |\n\n"
             "Коннектор пишет события в топик, а consumer читает их по offset и коммитит позицию.\n\n"
             "Сноска <sub>this note was written by the original authors long ago</sub>\n")
    assert [c[1] for c in found(table, RU001)] == [8]


def test_components_marked_translate_no_hold_no_prose(tmp_path):
    from mdxlint.project.site import detect

    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    mdx = tmp_path / "src" / "components" / "MDX"
    mdx.mkdir(parents=True)
    (mdx / "MDXComponents.tsx").write_text(
        "import TerminalBlock from './TerminalBlock';\nimport {ConsoleBlock, Note as Aside} from './Blocks';\n"
        "import {Log as L} from './index';\nimport Memo from './Memo';\n"
        "export const MDXComponents = {\n  TerminalBlock,\n  ConsoleBlock,\n  Aside,\n  LogLine: L,\n  Memo,\n};\n")
    # a re-export through an index file, a wrapped default export, a URL before the mark
    (mdx / "index.ts").write_text("export {Log} from './Log';\n")
    (mdx / "Log.tsx").write_text(
        "export const Log = ({children}) => <a href=\"https://example.com\" translate=\"no\">{children}</a>;\n")
    (mdx / "Memo.tsx").write_text(
        "const x = 1;\nexport default memo(function Memo({children}) {\n  return <pre translate='no'>{children}</pre>;\n});\n")
    (mdx / "TerminalBlock.tsx").write_text(
        "function TerminalBlock({children}) {\n  return <div className=\"font-mono\" translate=\"no\">{children}</div>;\n}\n"
        "export default TerminalBlock;\n")
    (mdx / "Blocks.tsx").write_text(
        "export function ConsoleBlock({children}) {\n  return (\n    <div translate=\"no\">{children}</div>\n  );\n}\n\n"
        "export function Note({children}) {\n  return <aside>{children}</aside>;\n}\n")
    site = detect(str(tmp_path))
    assert site.untranslated_components.value == {"TerminalBlock", "ConsoleBlock", "LogLine", "Memo"}
    assert "MDXComponents.tsx" in site.untranslated_components.source
    page = tmp_path / "src" / "content" / "ru" / "page.mdx"
    page.parent.mkdir(parents=True)
    body = "<{0}>\n\nThe connector could not reach the database at all.\n\n</{0}>\n\n"
    page.write_text("Коннектор пишет события в топик, а consumer читает их по offset и коммитит позицию.\n\n"
                    + body.format("TerminalBlock") + body.format("ConsoleBlock") + body.format("Aside"), encoding="utf-8")
    (tmp_path / "mdxlint.toml").write_text('prose-language = "ru"\n')
    result = run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "LNG001", cwd=tmp_path)
    assert [d["line"] for d in json.loads(result.stdout)] == [17], result.stderr


def test_japanese_pages_keep_setting_labels_and_route_file_names(tmp_path):
    """Held-out s21 (a multilingual Starlight site): "**build command:** `npm run build`" is a dashboard's
    field and its value, though "build" can be a verb; `[post].astro` in a file tree is a route's file
    name.  Neither is English prose on a Japanese page; an English sentence there still is."""
    assert locale_page_findings(tmp_path, "ja", "ja",
        "---\ntitle: 公開\n---\n\n管理画面で新しいサイトを作成し、次の項目を入力します。\n\n"
        "- **build command:** `npm run build`\n- **start script:** `npm start`\n- **Output directory:** `dist`\n\n"
        "ルートのファイルは次のとおりです。\n\n- src/\n  - pages/\n    - [post].astro\n    - [[...slug]].astro\n\n"
        "Then run the command below to start the server.\n") == [18]


def test_russian_in_a_ukrainian_folder_and_japanese_in_a_chinese_one(tmp_path):
    """Held-out s21 (a multilingual Starlight site): a Russian page in `uk/` and a Japanese page in `zh-cn/`
    were silent, the site having no Russian or Japanese folder.  Letters only one of them writes (ы э ъ ё
    against і ї є ґ; kana, which Chinese never writes) tell them apart; Ukrainian and Chinese pages stay
    silent."""
    docs = starlight_site(tmp_path, {"root": "en", "uk": "uk", "zh-cn": "zh-CN"})
    (docs / "uk").mkdir(parents=True)
    (docs / "zh-cn").mkdir(parents=True)
    front = "---\ntitle: T\n---\n\n"
    ukrainian = "Цей інструмент перевіряє файли проєкту і показує всі помилки, які знайшов.\n\n"
    russian = "Этот инструмент проверяет файлы проекта и показывает все ошибки, которые нашёл.\n\n"
    chinese = "这个工具会检查项目中的文件，并显示它发现的所有错误。\n\n"
    japanese = "このツールはプロジェクトのファイルを確認して、見つけたエラーをすべて表示します。\n\n"
    (docs / "uk" / "ok.mdx").write_text(front + ukrainian * 4, encoding="utf-8")
    (docs / "uk" / "ru.mdx").write_text(front + russian * 4, encoding="utf-8")
    (docs / "zh-cn" / "ok.mdx").write_text(front + chinese * 4, encoding="utf-8")
    (docs / "zh-cn" / "ja.mdx").write_text(front + japanese * 4, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    found = {Path(d.path).relative_to(docs).as_posix(): d.message for d in run.diagnostics}
    assert sorted(found) == ["uk/ru.mdx", "zh-cn/ja.mdx"]
    assert "in Russian" in found["uk/ru.mdx"] and "in Japanese" in found["zh-cn/ja.mdx"]


def test_a_finding_in_an_aside_points_at_its_text_not_at_the_marker(tmp_path):
    """`:::note` and its first paragraph are one paragraph to the parser: the finding stands where the
    text starts (held-out s21: reported on the `:::note` line)."""
    text = "---\ntitle: T\n---\n\nКоннектор читает журнал транзакций.\n\n:::note\nIf you are using an older version, you should upgrade it first.\n:::\n"
    found = [(d.line, d.column) for d in lint_text(text, "a.mdx", LNG) if d.code == "LNG001"]
    assert found == [(8, 1)]


def test_docusaurus_locales_chosen_by_nested_conditions(tmp_path):
    """`locales: preview ? [d] : staging ? [d, 'ja'] : [d, 'fr', 'ko']` (Docusaurus's own site): every list's
    locales are the site's (held-out s21: only the default was shown)."""
    from mdxlint.project.locales import _docusaurus

    config = tmp_path / "docusaurus.config.js"
    config.write_text("const defaultLocale = 'en';\nmodule.exports = { i18n: { defaultLocale,\n"
                      "  locales: isPreview || isBranch ? [defaultLocale] : isStaging ? [defaultLocale, 'ja'] : [defaultLocale, 'fr', 'ko'],\n"
                      "} };\n", encoding="utf-8")
    default, languages, _ = _docusaurus(config)
    assert default == "en" and languages == ("en", "ja", "fr", "ko")


def test_english_evidence_in_a_unit_half_in_the_sites_language(tmp_path):
    """A French paragraph that keeps the English original after it: the evidence names English words,
    not the French ones the paragraph starts with (held-out s22, swr-site)."""
    docs = starlight_site(tmp_path, {"root": "en", "fr": "fr"})
    (docs / "fr").mkdir(parents=True)
    french = "Le connecteur lit le journal des transactions et envoie chaque événement dans le sujet prévu.\n\n"
    (docs / "fr" / "a.mdx").write_text(
        "---\ntitle: T\n---\n\n" + french * 3 + "Si vous utilisez le cache, vous n'avez pas besoin de ce module :\n"
        "If you are using the cache with this client, you do not need to import this module at all, because the "
        "client already loads it for you when the page starts.\n", encoding="utf-8")
    run = lint_paths([str(docs)], Settings(select=["LNG001"]), use_cache=False)
    assert len(run.diagnostics) == 1
    evidence = run.diagnostics[0].message.split("evidence: ")[1].split(")")[0]
    assert "vous" not in evidence and "you" in evidence


def test_listed_values_of_a_setting_are_not_prose():
    """Emphasised lowercase words listed with commas, slashes or "or" are the values a setting takes, kept
    as written (held-out h20: pnpm's zh docs, "类型：**manual**、**strict**、**prefer**"); a sentence around
    them is still read."""
    zh = settings_from_table({"select": ["LNG001"], "prose-language": "zh"})
    text = "类型：**manual**、**strict**、**prefer**\n\n模式：**json**, **yaml** 或 **toml**\n"
    assert found(text, zh) == []
    sentence = "Choose **manual**, **strict** or **prefer** when you install the packages of the workspace.\n"
    assert [c[1] for c in found("Коннектор читает журнал транзакций.\n\n" + sentence, RU001)] == [3]


def test_locales_taken_from_a_module_of_the_project(tmp_path):
    """Held-out h28: `const { i18n } = require('./config/i18n')` in a Docusaurus config and
    `import { localesConfig } from './config/locales'` in an Astro config (withastro/docs) name the
    locales; a `kr` locale configured with a Korean label is Korean."""
    from mdxlint.project.locales import _docusaurus, _starlight

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "i18n.js").write_text(
        "const i18n = { defaultLocale: 'en', locales: ['en', 'kr'], localeConfigs: { kr: { label: '한국어' } } };\n"
        "module.exports = { i18n };\n", encoding="utf-8")
    config = tmp_path / "docusaurus.config.js"
    config.write_text("const { i18n } = require('./config/i18n');\nmodule.exports = { i18n };\n", encoding="utf-8")
    default, languages, folders = _docusaurus(config)
    assert default == "en" and "ko" in languages and folders.get("kr") == "ko"
    (tmp_path / "config" / "locales.ts").write_text(
        "export const localesConfig = {\n  en: { label: 'English', lang: 'en' },\n  ru: { label: 'Русский', lang: 'ru' },\n};\n",
        encoding="utf-8")
    astro = tmp_path / "astro.config.mjs"
    astro.write_text("import starlight from '@astrojs/starlight';\nimport { localesConfig } from './config/locales';\n"
                     "export default { integrations: [starlight({ title: 'x', defaultLocale: 'en', locales: localesConfig })] };\n",
                     encoding="utf-8")
    assert _starlight(astro) == ({"en": "en", "ru": "ru"}, "en")


def test_docusaurus_i18n_read_through_a_module_that_reexports_it(tmp_path):
    """Held-out h113 (feature-sliced/documentation): `const cfg = require("./config")` … `i18n:
    cfg.i18n`, where config/index.js takes `i18n` from config/i18n.js: the locales are read from
    there, not the default locale alone."""
    from mdxlint.project.locales import _docusaurus

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "i18n.js").write_text(
        "const i18n = {\n  defaultLocale: 'en',\n  locales: ['en', 'kr', 'ja'],\n  localeConfigs: { kr: { label: '한국어' } },\n};\n"
        "module.exports = { i18n };\n", encoding="utf-8")
    (tmp_path / "config" / "index.js").write_text('const { i18n } = require("./i18n");\nmodule.exports = { i18n };\n',
                                                   encoding="utf-8")
    config = tmp_path / "docusaurus.config.js"
    config.write_text('const cfg = require("./config");\n\nmodule.exports = {\n  title: "X",\n  i18n: cfg.i18n,\n};\n',
                      encoding="utf-8")
    default, languages, folders = _docusaurus(config)
    assert default == "en" and {"ko", "ja"} <= set(languages) and folders.get("kr") == "ko"
    # (a module imported under another name and not read for its i18n is not followed)
    config.write_text('const cfg = require("./config");\n\nmodule.exports = {\n  title: cfg.title,\n};\n', encoding="utf-8")
    assert _docusaurus(config) is None


def test_a_docusaurus_locale_folder_is_named_after_its_code_as_listed(tmp_path):
    """Held-out h67: a `kr` locale with no localeConfigs keeps its pages in i18n/kr/ (Docusaurus
    names the folder after the code as listed); they are Korean, not the default locale's."""
    from mdxlint.project.locales import locale_for

    (tmp_path / "docusaurus.config.js").write_text(
        "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'kr'] } };\n", encoding="utf-8")
    page = tmp_path / "i18n" / "kr" / "docusaurus-plugin-content-docs" / "current" / "page.mdx"
    page.parent.mkdir(parents=True)
    page.write_text("# 레이어\n\n레이어는 프로젝트를 책임에 따라 나누는 첫 번째 단계입니다. 각 레이어는 아래 레이어만 가져올 수 있습니다.\n",
                    encoding="utf-8")
    assert locale_for(str(page)).language == "ko"
    assert lint_paths([str(tmp_path / "i18n")], Settings(select=["LNG001"]), use_cache=False).diagnostics == []


def test_norwegian_folder_is_told_from_english_by_the_model():
    """Held-out h28: the model knows Norwegian as Bokmål (`nb`); a site's `no` locale is it."""
    from mdxlint.analyzers.language.identify import latin_or_model

    text = "Har du laget et prosjekt med denne stakken og ønsker å dele det med oss? Legg det til lista nedenfor!"
    assert latin_or_model(text, frozenset({"en", "pl", "no"}))[0] == "no"


def test_short_english_placeholder_page_in_a_cjk_folder(tmp_path):
    """A heading left in English on a page of a translation ("No English version", "No translation
    yet": weak function words around words that are not terms) is English (held-out h34, rspress);
    names joined by a function word and a function word alone with a term stay silent."""
    docs = starlight_site(tmp_path, {"root": "en", "zh": "zh-CN"})
    pages = {"a": "No English version", "b": "No translation yet", "c": "No version", "d": "Not yet"}
    for name, heading in pages.items():
        (docs / "zh" / f"{name}.mdx").parent.mkdir(parents=True, exist_ok=True)
        (docs / "zh" / f"{name}.mdx").write_text(f"---\ntitle: 页面\n---\n\n# {heading}\n", encoding="utf-8")
    (docs / "zh" / "e.mdx").write_text("---\ntitle: 页面\n---\n\n这是一个完整的中文页面，介绍如何安装和配置这个工具。\n", encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert sorted((Path(d.path).stem, d.line) for d in run.diagnostics) == [("a", 5), ("b", 5)]


def test_menu_path_inside_a_translated_sentence(tmp_path):
    """Emphasised names joined by arrows inside a translated sentence are a path through a program's
    menus, named as the program shows them (held-out h28, picoclaw's pt-BR Slack page); an English
    sentence around such a path is still English."""
    assert locale_page_findings(tmp_path, "pt", "pt-BR",
        "---\ntitle: Configuração do Slack\n---\n\n"
        "Este guia mostra como conectar o bot ao seu espaço de trabalho do Slack em poucos minutos.\n\n"
        "- Acesse a página de aplicativos → **Create New App** → **From scratch**\n\n"
        "Vá em **Event Subscriptions** → **Enable Events** → **Subscribe to bot events**:\n\n"
        "Then open the settings page and copy the token into the file → **Save** → **Done**\n") == [11]


def test_translations_named_with_their_locale_beside_the_original(tmp_path):
    """`index.pt.mdx` beside `index.mdx` (gatsby-plugin-intl's convention) is the Portuguese
    translation; the unsuffixed originals are not taken for untranslated Portuguese pages, however
    many translations the site has (held-out h42)."""
    english = "The alert shows a short message to the user and stays on the screen until it is closed.\n"
    portuguese = "O alerta mostra uma mensagem curta ao usuário e fica na tela até que seja fechado por ele.\n"
    for name in ("alert", "button", "card"):
        folder = tmp_path / "src" / "pages" / name
        folder.mkdir(parents=True)
        (folder / "index.mdx").write_text(f"# Title\n\n{english}\n{english}", encoding="utf-8")
        (folder / "index.pt.mdx").write_text(f"# Título\n\n{portuguese}\n{portuguese}", encoding="utf-8")
    (tmp_path / "src" / "pages" / "card" / "index.pt.mdx").write_text(
        f"# Título\n\n{portuguese}\n{portuguese}\n{english}", encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [(Path(d.path).relative_to(tmp_path).as_posix(), d.line) for d in run.diagnostics] == [("src/pages/card/index.pt.mdx", 7)]
    assert "file suffix .pt" in run.diagnostics[0].message


def test_plain_menu_paths_in_captions_and_alt_text_are_names():
    """Three or more capitalised names joined by `>` (a screenshot's alt text and caption: where the
    screen is in the program) are names shown on screen, not prose (held-out h42)."""
    path = "Administrator &gt; Databases &gt; Connection Management &gt; Create Keytab"
    text = (
        "Kerberos Configurationsページでは社内Kerberosキータブ構成を登録および管理できます。\n\n"
        f"![{path}](/shot.png)\n\n<figcaption>\n{path}\n</figcaption>\n\n<img src=\"/s.png\" alt=\"{path}\" />\n\n"
        "Settings > Open the menu > Click save\n\n"
        "Navigate to Connection Management &gt; SSH Configuration from the settings menu.\n"
    )
    japanese = settings_from_table({"select": ["LNG001"], "prose-language": "ja"})
    assert [d.line for d in lint_text(text, "a.mdx", japanese)] == [11, 13]  # a phrase with function words is read


def test_glossed_headings_beside_native_text(tmp_path):
    """Held-out h45: an Italian heading with its English original in parentheses is Italian; an
    English word beside a Russian gloss is still English (a product name there, "Cloudinary
    (선택적)", is not told apart from an English word: left out, review h50)."""
    italian = settings_from_table({"select": ["LNG001"], "prose-language": "it"})
    text = ("# Ragionamento automatico e utilizzo di strumenti (Automatic Reasoning and Tool-use - ART)\n\n"
            "Combinare il prompting e l'uso di strumenti in modo alternato si è dimostrato un approccio forte.\n\n"
            "## How to use the tools in a prompt\n")
    assert [d.line for d in lint_text(text, "a.mdx", italian)] == [5]
    russian = settings_from_table({"select": ["LNG001"], "prose-language": "ru"})
    text = ("Коннектор читает журнал транзакций и отправляет события в топик Kafka.\n\n"
            "## Authentication (Аутентификация)\n\n## Deployment (Развертывание)\n")
    assert [d.line for d in lint_text(text, "a.mdx", russian)] == [3, 5]


def test_locale_folders_name_the_site_languages_and_heading_ids_are_no_prose(tmp_path):
    """Held-out h53: a page in ru/ beside en/ is a translation of a site in both (its Russian code
    comments are the translator's, LNG002 silent); a heading's own `[#id]` is no English word."""
    for locale, comment in (("en", "// split the events"), ("ru", "// разделяем события")):
        folder = tmp_path / "docs" / locale
        folder.mkdir(parents=True)
        (folder / "split.mdx").write_text(f"# Split\n\n```ts\n{comment}\nconst a = 1\n```\n", encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG002"]), use_cache=False)
    assert run.diagnostics == []
    russian = settings_from_table({"select": ["LNG001"], "prose-language": "ru"})
    text = "## Инструменты (Tools) [#tools]\n\nСервер предоставляет инструменты для работы с компонентами.\n"
    assert lint_text(text, "a.mdx", russian) == []


def test_a_field_label_and_the_option_to_pick_are_names():
    """`**Instance Type** - Free` in a list of a form's fields: the label and the value as the
    program shows them (held-out h58); a label with a sentence after it is still prose."""
    text = ("## Настройка сервиса\n\nЗаполните форму и нажмите кнопку создания сервиса.\n\n"
            "- **Name** - любое имя\n- **Instance Type** - Free\n- **Region** — Frankfurt\n"
            "- **Instance Type** - pick the free plan for small apps\n\n**Unit**: Seconds\n")
    assert [line for _, line, _ in found(text, RU001)] == [8, 10]


def test_cells_made_of_the_sites_term_phrases_are_terms():
    """A phrase the site's own sentences use three times or more ("logical decoding") is a term there:
    a table cell or list item made of it and other terms is not English text; a heading of the same
    words, a label, and a cell whose phrase the sentences do not use are judged as before."""
    sentences = "".join(f"Коннектор читает журнал через logical decoding (плагин pgoutput) и передаёт события номер {i} дальше.\n\n"
                        for i in range(3))
    text = (sentences + "| Механизм | Режим |\n|---|---|\n| PostgreSQL | Logical decoding (pgoutput) |\n"
            "| MySQL | Read the binary log |\n\n- Logical decoding\n- **Logical decoding:**\n\n## Logical decoding\n")
    assert [(line, column) for _, line, column in found(text, RU001)] == [(10, 11), (13, 3), (15, 4)]
    once = sentences.split("\n\n", 1)[0] + "\n\n| Механизм | Режим |\n|---|---|\n| PostgreSQL | Logical decoding (pgoutput) |\n"
    assert [line for _, line, _ in found(once, RU001)] == [5]
    # English quoted inside the sentences ("commit of the offset") makes no term of its function words
    quoted = "".join(f"Ошибка «commit of the offset failed» появляется в журнале коннектора номер {i} снова.\n\n" for i in range(3))
    assert [line for _, line, _ in found(quoted + "| Шаг | Что |\n|---|---|\n| 1 | Commit of the offset |\n", RU001)] == [9]


def test_a_link_led_by_a_native_label_cites_its_title():
    """Held-out h67: "[(記事) How I put it all together](url)": the label inside the link text is
    translated, the rest is the title of the page it links to, cited as named; the same title with no
    label, in a sentence of English words, is still English."""
    settings = settings_from_table({"select": ["LNG001"], "prose-language": "ja"})
    text = ("アーキテクチャの代替案について、いくつかの記事と動画を紹介します。詳しくは以下を参照してください。\n\n"
            "- [(記事) DDD, Hexagonal, Onion, Clean, CQRS, how I put it all together](https://example.com/a)\n"
            "- [【動画】 What is it and why is it important?](https://example.com/b)\n"
            "- [(記事)](https://example.com/c) how I put it all together and why it is important\n")
    assert [line for _, line, _ in found(text, settings)] == [5]


def test_lorem_ipsum_placeholder_is_prose_in_no_language(tmp_path):
    """held-out h94 (Nextra's swr-site: a test page of Lorem ipsum paragraphs, called Spanish): the
    placeholder is pseudo-Latin that fills a layout, with nothing to translate; an English sentence
    beside it is still reported."""
    pages = _nextra_2_site(tmp_path, "['en-US', 'ja']", "en-US")
    lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Tempus egestas sed sed risus pretium quam vulputate. "
             "Imperdiet proin fermentum leo vel orci porta non pulvinar.\n\n"
             "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n")
    (pages / "a.ja.mdx").write_text("# ページ\n\n" + JAPANESE * 4 + lorem, encoding="utf-8")
    (pages / "b.ja.mdx").write_text("# ページ\n\n" + JAPANESE * 4 + lorem + ENGLISH, encoding="utf-8")
    (pages / "a.en-US.mdx").write_text("# Page\n\n" + ENGLISH * 2 + lorem, encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert [Path(d.path).name for d in run.diagnostics] == ["b.ja.mdx"], [(d.path, d.line, d.message) for d in run.diagnostics]


def test_a_name_written_with_no_blank_beside_han_or_kana_is_a_name(tmp_path):
    """Chinese and Japanese sentences write a name with no blank around it ("直接在Negative Prompt中输入",
    "のGitHub Actionを"): the site's sentences still use it as a name, so a heading of it is no English
    (a word boundary was required there: held-out h94)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0", "astro": "5.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'X', defaultLocale: "
        "'root', locales: { root: { label: 'English', lang: 'en' }, zh: { label: '简体中文', lang: 'zh-CN' } } })] };\n",
        encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "zh").mkdir(parents=True)
    (docs / "zh" / "a.mdx").write_text("---\ntitle: 提示词\n---\n\n直接在Negative Prompt中输入你不想看到的内容，模型会尽量避免生成这些内容。\n\n"
                                       "## Negative Prompt\n\n这里的说明都是中文写的，描述如何使用这个功能。\n", encoding="utf-8")
    (docs / "a.mdx").write_text("---\ntitle: Prompts\n---\n\nType what you do not want to see into the Negative Prompt box.\n",
                                encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["LNG001"]), use_cache=False)
    assert run.diagnostics == [], [(d.path, d.line, d.message) for d in run.diagnostics]
    from mdxlint.analyzers.language.policy import name_phrases

    assert name_phrases("ランナーにセットアップするためのGitHub Actionを提供します。") == [" github action"]


def test_an_english_heading_of_a_noun_in_ing_on_a_chinese_page():
    """Held-out h101 (wails' zh-Hans docs): `## Tooling` left in English on a Chinese page is
    reported; a name is not."""
    settings = settings_from_table({"select": ["LNG001"], "prose-language": "zh"})
    text = ("## 介绍\n\n" + CHINESE + "## Tooling\n\n" + CHINESE + "## Spring Boot\n\n" + CHINESE)
    assert [d.line for d in lint_text(text, "a.mdx", settings)] == [5]


def test_a_noun_in_ing_after_a_name_is_part_of_the_name():
    """Review h102: "Firebase Hosting", "Event Sourcing" are names of a product and a pattern, and
    "Staging" in a cell names an environment: a noun in -ing is a common word only where it leads."""
    text = ("## Обзор\n\nКоннектор читает журнал транзакций и отправляет события в Kafka после каждой записи.\n\n"
            "## Firebase Hosting\n\nСервис раздаёт статические файлы через CDN.\n\n"
            "## Event Sourcing\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n\n"
            "| Окружение | Назначение |\n| --- | --- |\n| Staging | проверка перед выпуском |\n\n"
            "## Testing\n\nКоннектор читает журнал транзакций и отправляет события в Kafka.\n")
    assert [d.line for d in lint_text(text, "a.mdx", RU001)] == [17]


def test_badges_products_with_their_release_quoted_output_and_value_cells_are_not_prose():
    """Held-out h129 (three real sites): a status badge's alt text names the label the image shows on
    every locale; a product and its release ("Evolution CMS 3.2") is a name, "Step 3", "Getting Started
    2" and "Install Node 18" are not; a heading that ends a line a terminal block of the page prints is
    the program's text (not a comment, nor a line of a text block, nor words inside an `echo`); a table
    cell listing lowercase single words holds values when one of them is no ordinary English word
    ("liquorix, xanmod"; not "reads, writes"), and a cell of words around masked acronyms is a phrase
    (review h132 for the limits)."""
    intro = "## Настройка\n\nЭта страница коротко описывает, на чём построен интерфейс и как его собрать.\n\n"
    text = intro + (
        "![Latest Release](https://img.shields.io/badge/release-2.1-blue)\n\n"
        "![Build Status](https://github.com/o/r/actions/workflows/ci.yml/badge.svg)\n\n"
        "![Latest Release screen](/img/release.png)\n\n"
        "- **Evolution CMS 3.2**\n- **Python 3.12**\n\n### Step 3\n\n### Getting Started 2\n\n### Install Node 18\n\n"
        "```sh\n$ app start\nERROR: module \"Foo.Bar\" is not installed\n# Broken pipe while writing logs\n"
        "echo 'The server will start soon. Wait for it.'\n```\n\n"
        "### module \"Foo.Bar\" is not installed\n\nПереустановите пакет.\n\n"
        "### Broken pipe while writing logs\n\nПроверьте диск.\n\nThe server will start soon.\n\n"
        "```text\nYour changes were saved to the draft folder\n```\n\nYour changes were saved to the draft folder.\n\n"
        "| Ядро | Избегайте |\n| --- | --- |\n| generic | liquorix, xanmod |\n| Lake | ACID transactions, MERGE support |\n"
        "| Режим | reads, writes |\n")
    lines = [line for _, line, _ in found(text, RU001)]
    assert lines == [9, 14, 16, 18, 31, 35, 41, 46, 47], lines

def test_values_listed_in_parentheses_after_a_native_word_are_not_prose():
    """Held-out h133 (a ja page): "tickless 設定 (idle, periodic, full)" names a setting and the values it
    takes as the program spells them; the same values after an English label are English text."""
    japanese = settings_from_table({"select": ["LNG001"], "prose-language": "ja"})
    text = ("# バックアップ\n\nバックアップツールは毎晩ホームフォルダーを外付けディスクにコピーします。\n\n"
            "* compression 設定 (fast, balanced, small)\n* Compression level (fast, balanced, small)\n")
    assert [line for _, line, _ in found(text, japanese)] == [6]


def test_link_to_a_page_of_the_site_is_its_translated_title(tmp_path):
    """held-out h136: a list item that is only a link to a page of the site is titled with that page's title,
    which the site translates; a link to another site is titled with the name of what it links to."""
    text = ("---\ntitle: Лучшие практики\n---\n\nЭти страницы объясняют, как ускорить запросы и развёртывание подграфов.\n\n"
            "1. [Improve Query Speed with Subgraph Pruning](/subgraphs/pruning/)\n"  # 7: the site's own page
            "2. [The Graph Explorer](https://thegraph.com/explorer)\n")  # 8: another site, its name
    assert locale_page_findings(tmp_path, "ru", "ru", text) == [7]


def test_share_of_a_chinese_page_counts_its_characters_as_english_ones_for_the_same_content(tmp_path):
    """held-out h136: Chinese says in a third of the characters what English says: a page with a third of
    its units in English is reported unit by unit, not as mostly untranslated."""
    chinese = "这是一个完整的中文段落，解释了如何在路由器上配置加密的域名系统服务器以及如何验证设置。\n\n"
    english = ("This paragraph explains in English how the encrypted server is configured on the router and how "
               "the settings are checked afterwards by the user.\n\n")
    text = "# 配置\n\n" + chinese * 2 + english + chinese + english + chinese + english
    lines = locale_page_findings(tmp_path, "zh-cn", "zh-CN", text)
    assert len(lines) == 3


def test_english_title_with_a_one_word_chinese_label(tmp_path):
    """review h137: Han and kana are counted in characters; two of them make one word, a label."""
    text = ("# 配置连接器\n\n连接器读取事务日志，并把每个事件按顺序发送到主题中，一个接一个地处理。\n\n"
            "## Retention Planning: 规划\n\n"  # 5: a one-word label
            "## Retention Planning: 保留策略的计算方法\n")  # 7: a subtitle
    assert locale_page_findings(tmp_path, "zh-cn", "zh-CN", text) == [5]


def test_sidebar_label_is_read_like_the_title(tmp_path):
    """held-out h136: the label of a page's entry in the sidebar is text readers see."""
    text = ("---\ntitle: Meilleures pratiques\nsidebar_label: Improve Query Speed with Subgraph Pruning\n---\n\n"
            "Ajoutez une section appelée index dans le manifeste pour élaguer les données du sous-graphe.\n")
    assert locale_page_findings(tmp_path, "fr", "fr", text) == [3]
