"""Linear time: every kind of input, doubled, must not take much more than twice as long.

Each input kind is linted (every rule on, course rules too) at size n and 4n; the
time must grow at most 2.3x per doubling (5.3x for the two).  Times are CPU times of
this process, the best of a few runs, so other work on the machine does not make the
test flaky; the collector is off while measuring (its share grows with the heap) and
caches are cleared (each run is cold, as in a command-line run).  The default run
uses small sizes; ``pytest -m slow tests/test_complexity.py`` runs large ones (2x per
doubling, at 0.2-2 MB), and ``python tests/test_complexity.py [scale] [kinds]`` prints
the table.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz.campaign import Campaign  # noqa: E402

FRONT = '---\ntitle: "Урок"\ndescription: "Описание урока"\norder: 1\n---\n\n'
RU = "Коннектор Debezium читает журнал PostgreSQL и пишет события в топик Kafka"


def headings(n: int) -> str:
    return FRONT + "".join(f"## Раздел {i}\n\nСм. [дальше](#раздел-{i + 1}).\n\n" for i in range(n))


def same_headings(n: int) -> str:
    return FRONT + "".join(f"## Раздел\n\nСм. [тот же](#раздел-{i}).\n\n" for i in range(n))


def broken_anchors(n: int) -> str:
    return FRONT + "".join(f"## Раздел {i}\n\nСм. [дальше](#нет-раздела-{i}).\n\n" for i in range(n))


def lesson_links(n: int) -> str:
    return FRONT + "".join(f"См. [урок](/course/01-module-1/0{i % 9 + 1}-x#раздел-{i}) и [сайт](https://example.com/{i}).\n\n" for i in range(n))


def table(n: int) -> str:
    rows = "".join(f"| `key.{i}` | {RU} {i} | [x](#a{i}) |\n" for i in range(n))
    return FRONT + "| ключ | описание | ссылка |\n| --- | --- | --- |\n" + rows


def lists(n: int) -> str:
    return FRONT + "".join(f"- пункт {i}: `code` и **важно**\n  - вложенный {i}\n    1. номер {i}\n" for i in range(n))


def nested(n: int) -> str:
    block = "> - цитата\n>   > - глубже\n>   >   > 1. ещё глубже [x](#a)\n>   >   >    > текст\n\n"
    return FRONT + block * n


def quote_lines(n: int) -> str:
    return FRONT + "".join(f"> строка цитаты {i} с `кодом` и *акцентом*\n" for i in range(n))


def jsx(n: int) -> str:
    imports = "import Callout from '../../components/Callout.astro';\n\n"
    items = "".join(
        f'<Callout type="note" title={{"x{i}"}} data={{[1, 2, {{a: {i}}}]}}>\n\nТекст {i} <Badge text="b" /> и {{1 + {i}}}.\n\n</Callout>\n\n'
        for i in range(n)
    )
    return FRONT + imports + items


def jsx_nested(n: int) -> str:
    return FRONT + "<Callout>\n\n" * n + "текст\n\n" + "</Callout>\n\n" * n


def expressions(n: int) -> str:
    return FRONT + "".join(f"Значение {{props.value{i} ?? [1, 2].map(x => x * {i})}} и {{/* комментарий */}}.\n\n" for i in range(n))


def prose(n: int) -> str:
    return FRONT + "".join(f"{RU}, а потом *обрабатывает* их (шаг {i}); see the streaming docs.\n\n" for i in range(n))


def long_paragraph(n: int) -> str:
    return FRONT + " ".join(f"слово `код{i}` [ссылка](#a{i}) *x*" for i in range(n)) + "\n"


def fences(n: int) -> str:
    parts = []
    for i in range(n):
        parts.append('```json\n{\n  "name": "c%d",\n  "config": {\n    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n    "topic.prefix": "shop",\n    "database.hostname": "db"\n  }\n}\n```\n' % i)
        parts.append("```yaml\nkind: KafkaConnector\nspec:\n  class: io.debezium.connector.postgresql.PostgresConnector\n  config:\n    topic.prefix: shop\n    tasks.max: 1\n```\n")
        parts.append(f"```bash\ncurl -X POST localhost:8083/connectors -H 'Content-Type: application/json' -d '{{\"name\": \"c{i}\", \"config\": {{\"tasks.max\": \"1\"}}}}'\n```\n")
        parts.append("```properties\nconnector.class=io.debezium.connector.mysql.MySqlConnector\ntopic.prefix=shop\n```\n")
        parts.append(f"```pyhton\nprint({i})\n```\n")
    return FRONT + "\n".join(parts)


def big_json(n: int) -> str:
    members = ",\n".join(f'    "transforms.t{i}.type": "io.debezium.transforms.ExtractNewRecordState", "a{i}": ...' for i in range(n))
    return FRONT + '```json\n{\n  "name": "x",\n  "config": {\n    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n' + members + "\n  }\n}\n```\n"


def big_yaml(n: int) -> str:
    keys = "\n".join(f"    key.{i}: value {i}" for i in range(n))
    return FRONT + "```yaml\nkind: KafkaConnector\nspec:\n  class: io.debezium.connector.postgresql.PostgresConnector\n  config:\n" + keys + "\n```\n"


def big_properties(n: int) -> str:
    return FRONT + "```properties\nconnector.class=io.debezium.connector.postgresql.PostgresConnector\n" + "".join(f"key.{i}=value {i}\n" for i in range(n)) + "```\n"


def python_chains(n: int) -> str:
    lines = ['spark = SparkSession.builder.getOrCreate()', 'df = spark.readStream.format("kafka").option("subscribe", "t").load()']
    for i in range(n):
        lines.append(f'd{i} = df.select(from_json(col("value").cast("string"), schema).alias("d")).select("d.*").withWatermark("ts", "1 minute").groupBy(window("ts", "1 minute")).count()')
        lines.append(f'q{i} = d{i}.writeStream.outputMode("append").format("console").option("checkpointLocation", "/tmp/c{i}").start()')
    return FRONT + "```python\n" + "\n".join(lines) + "\n```\n"


def python_fences(n: int) -> str:
    body = "```python\nx{i} = spark.read.json('/data/{i}')\nx{i}.show()\nprint(undefined_{i})\n```\n\n"
    return FRONT + "".join(body.format(i=i) for i in range(n))


def frontmatter(n: int) -> str:
    keys = "".join(f"key{i}: значение {i}\n" for i in range(n))
    return '---\ntitle: "Урок"\n' + keys + "---\n\nТекст.\n"


def imports(n: int) -> str:
    return "---\ntitle: x\n---\n\n" + "".join(f"import C{i} from '../../components/C{i}.astro';\n" for i in range(n)) + "\n" + "".join(f"<C{i} />\n\n" for i in range(n))


def suppressions(n: int) -> str:
    return FRONT + "".join(f"{{/* mdxlint-disable-next-line FNC001 */}}\n```\nx{i}\n```\n\n" for i in range(n))


def mixed_words(n: int) -> str:
    return FRONT + "".join(f"Слово cлово Debezium-коннектор и kафка {i}.\n\n" for i in range(n))


def esm_blanks(n: int) -> str:
    """An import left open: the ESM block runs on over lines with long runs of blanks.  (Their
    lengths cycle every 57 lines, so the text grows as n does: `i % 400` made the text of 4n lines
    nine times that of n below n = 400, and the small-size test measured that, not the algorithm.)"""
    return "import {\n" + "".join(" " * (i * 7 % 400) + "a:\n" for i in range(n))


def undefined_exports(n: int) -> str:
    """Exports of names nothing declares: the compiler reads on past each (held-out h57: every
    block read on by itself, 200 blocks took 30 s)."""
    return "".join(f"export {{a{i}}}\n\n" for i in range(n))


def menu_blanks(n: int) -> str:
    """Long runs of blanks before a `>` in prose and an image's text: a menu path's separator was
    tried at each blank of a run (fuzzing, seed 2813 #5425: 1 MB took 14 s)."""
    return FRONT + "Слово A" + " " * (n * 40) + "x > B\n\n![A" + " " * (n * 40) + "x > B > C](x.png)\n"


def deep_yaml(n: int) -> str:
    return FRONT + "```yaml\n" + "\n".join(" " * (i % 150) + "a:" for i in range(n)) + " 1\n```\n"


def unclosed_braces(n: int) -> str:
    """`{` that never close, in a paragraph and at the start of lines: each was scanned
    to the end of the text (16,000 took 17 s; one per line, 127 s)."""
    return FRONT + "a " + "{" * n + "\n\n" + "{\n" * n + "\n" + "a {'" * n + "\n"


def container_braces(n: int) -> str:
    """Lines of a list item and of a block quote that each open `{`s that never close: each line's
    view of its container was built and scanned again (1,600 lines of a list item took 15 s)."""
    return FRONT + "- пункт\n" + "  {{{{ x\n" * n + "\n> цитата\n" + "> {{{{ x\n" * n


def markup_soup(n: int) -> str:
    return FRONT + "a " + "*_`[<{![" * n + "\n"


def jsx_fence_comment(n: int) -> str:
    """A `>` in code, a long comment in Cyrillic, then a quote (review h96: LNG002 scanned for JSX
    text with quotes in a quadratic way)."""
    return FRONT + "```js\nconst a = b > c; // " + "ж" * (20 * n) + "\nconst d = \"x\";\n```\n"


def backticks_after_address(n: int) -> str:
    """A paragraph with an address and a run of backticks after it, many times (review h96: each run
    looked at the whole paragraph again)."""
    return FRONT + "https://x.io " + "x`a` " * (20 * n) + "\n"


def plain_lines(n: int) -> str:
    return FRONT + "".join(f"строка {i} без разметки\n" for i in range(n))


def long_token(n: int) -> str:
    """One word of prose with no blank, thousands of characters long (held-out h30: quadratic masking)."""
    return FRONT + "1." * n + "\n\n= " + "[a]" * n + "\n"


def open_comments(n: int) -> str:
    """`<!--` over and over with no `-->` (held-out h30: each one searched the rest of the page)."""
    return FRONT + "<!--" * n + "\n"


def option_lines(n: int) -> str:
    """A paragraph of command-line options, each line starting with `--` or `|` (review h86: the table rule,
    tried at every line, looked for an import/export line down to the paragraph's end each time)."""
    return FRONT + "Options:\n" + "".join(f"--flag-{i}  enables feature {i}\n|col {i}| and more\n" for i in range(n))


def definitions_in_list_items(n: int) -> str:
    # A definition in each list item, then a lazy `{…}` line: each looks up the definitions (h90).
    return FRONT + "".join(f"- [x{i}]: /u\n{{a}}\n" for i in range(n))


def lines_after_a_long_list(n: int) -> str:
    # A long list, then a paragraph whose lines each start with a tag: each asks about the list (h90).
    return FRONT + "".join(f"- item {i}\n" for i in range(n)) + "\ntext\n" + "".join(f"<i>x</i> line {i}\n" for i in range(n))


def comments_before_a_tag(n: int) -> str:
    # An export that does not parse, with comments after a value: the search for a `<` line after a
    # value must not try every way to split them (h90: 2^n before; sizes stay small for that reason).
    return FRONT + "export const a = 1" + " /* c */" * n + " x\n\ntext\n"


def quotes_in_a_list_item(n: int) -> str:
    # Block quotes in one list item, each with a lazy `{…}` line: each asks which containers it is in.
    return FRONT + "- пункт\n\n" + "".join(f"  > {RU}\n  {{a + {i}}}\n\n" for i in range(n))


def expressions_on_lazy_lines(n: int) -> str:
    # A block quote's paragraph that goes on over lines led by an expression: each asks for the quote's
    # last line of its own.
    return FRONT + f"> {RU}\n" + "".join(f"{{a + {i}}} и текст\n" for i in range(n))


def nested_quotes_in_a_list_item(n: int) -> str:
    # Quotes in quotes in one list item, each with a lazy line led by an expression: the outer and the
    # inner quote ask in turn, at two levels (review h93: 8,000 took 25 s).
    return FRONT + "- пункт\n\n" + "".join(f"  > > {RU}\n  {{a + {i}}} и текст\n\n" for i in range(n))


def open_brackets(n: int) -> str:
    """A line of `[` with no `]` (held-out h106: each `[` scanned on for its label; 100,000 took 20 s,
    not quadratic at these sizes but slow by a large constant, now skipped where no `]` follows)."""
    return FRONT + "[" * n + "\n"


def open_images(n: int) -> str:
    return FRONT + "![" * n + "\n"


def open_links(n: int) -> str:
    """`[a](` again and again, no `)`: each destination, and the language rules' link text, read to the end."""
    return FRONT + "[a](" * n + "\n"


KINDS = {
    "jsx-fence-comment": (jsx_fence_comment, 300),
    "backticks-after-address": (backticks_after_address, 300),
    "quotes-in-item": (quotes_in_a_list_item, 300),
    "nested-quotes-in-item": (nested_quotes_in_a_list_item, 300),
    "lazy-expression-lines": (expressions_on_lazy_lines, 300),
    "list-definitions": (definitions_in_list_items, 300),
    "lines-after-list": (lines_after_a_long_list, 300),
    "esm-comments": (comments_before_a_tag, 6),
    "option-lines": (option_lines, 500),
    "headings": (headings, 400),
    "broken-anchors": (broken_anchors, 200),
    "same-headings": (same_headings, 400),
    "lesson-links": (lesson_links, 300),
    "table": (table, 300),
    "lists": (lists, 150),
    "nested-quotes-lists": (nested, 100),
    "quote-lines": (quote_lines, 400),
    "jsx": (jsx, 100),
    "jsx-nested": (jsx_nested, 200),
    "expressions": (expressions, 150),
    "prose": (prose, 300),
    "long-paragraph": (long_paragraph, 300),
    "fences": (fences, 40),
    "big-json": (big_json, 300),
    "big-yaml": (big_yaml, 300),
    "big-properties": (big_properties, 500),
    "python-chains": (python_chains, 40),
    "python-fences": (python_fences, 60),
    "frontmatter": (frontmatter, 400),
    "imports": (imports, 100),
    "suppressions": (suppressions, 150),
    "mixed-words": (mixed_words, 300),
    "plain-lines": (plain_lines, 2000),
    "esm-blanks": (esm_blanks, 300),
    "undefined-exports": (undefined_exports, 400),
    "menu-blanks": (menu_blanks, 300),
    "unclosed-braces": (unclosed_braces, 300),
    "container-braces": (container_braces, 150),
    "markup-soup": (markup_soup, 300),
    "yaml-indented": (deep_yaml, 300),
    "long-token": (long_token, 2000),
    "open-comments": (open_comments, 1000),
    "open-brackets": (open_brackets, 2000),
    "open-images": (open_images, 1000),
    "open-links": (open_links, 16000),
}

_campaign: Campaign | None = None


def _clear_caches() -> None:
    """Forget what earlier runs parsed (trees of expressions, fences): each run starts
    cold, as a file does in a command-line run.  Data files (maxsize 1) stay loaded."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("mdxlint") or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and hasattr(value, "cache_clear"):
                maxsize = info().maxsize
                if maxsize is not None and maxsize > 16:
                    value.cache_clear()
    from mdxlint.analyzers.language import units

    units._SEEN.clear()  # (what make_unit found per text: kept between runs for editors)


def lint_seconds(text: str, repeat: int = 3) -> float:
    global _campaign
    if _campaign is None:
        _campaign = Campaign()
        _campaign.lint(FRONT + "warm up\n")
    best = float("inf")
    for _ in range(repeat):
        _clear_caches()
        gc.collect()
        # The collector's share grows with the heap (amortized linear by CPython's
        # design, but noisy): measure the algorithms.
        gc.disable()
        try:
            start = time.process_time()
            diagnostics = _campaign.lint(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
        assert not [d for d in diagnostics if d.code == "INT001"], [d.message for d in diagnostics if d.code == "INT001"]
    return best


def growth(kind: str, n: int, factor: int = 4, repeat: int = 3) -> tuple[float, float, float]:
    build, _ = KINDS[kind]
    small = lint_seconds(build(n), repeat)
    large = lint_seconds(build(n * factor), repeat)
    return small, large, large / max(small, 1e-4)


LIMIT_PER_DOUBLING = 2.3


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_time_grows_linearly(kind):
    """Small sizes (the suite stays fast): catches what is grossly quadratic."""
    build, base = KINDS[kind]
    n = max(1, base // 4)
    while lint_seconds(build(n * 4), 1) < 0.04 and n < base * 4:
        n *= 2  # too short to measure against the noise of a busy machine
    ratios = []
    for repeat in (2, 3, 5):  # a slow moment must not fail the suite: confirm twice
        small, large, ratio = growth(kind, n, repeat=repeat)
        ratios.append(round(ratio, 2))
        if ratio <= LIMIT_PER_DOUBLING**2:
            return
    pytest.fail(f"{kind}: {small:.3f}s at n={n}, {large:.3f}s at 4n: {ratios} for two doublings (limit {LIMIT_PER_DOUBLING**2:.1f})")


def test_math_link_addresses_grow_linearly():
    """remark-math sites: `](` repeated on one line is scanned once each (a fuzzing run found 13 s
    on 24 KB: every address was read to the line's end)."""
    from mdxlint.mdx.syntax import Syntax, prepare

    def seconds(n: int) -> float:
        text, best = "$ " + "](" * n + "\n", float("inf")
        for _ in range(3):
            start = time.process_time()
            prepare(text, Syntax(math=True))
            best = min(best, time.process_time() - start)
        return best

    n = 4000
    while seconds(n * 4) < 0.04 and n < 256_000:
        n *= 2
    assert seconds(n * 4) / max(seconds(n), 1e-4) <= LIMIT_PER_DOUBLING**2


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_time_grows_linearly_at_scale(kind, request):
    """Large sizes (a file of 0.2-2 MB): ``pytest -m slow tests/test_complexity.py``."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("large sizes: run with -m slow")
    _, base = KINDS[kind]
    small, large, ratio = growth(kind, base * 8, factor=2)
    if ratio > LIMIT_PER_DOUBLING:
        small, large, ratio = growth(kind, base * 8, factor=2, repeat=5)
    assert ratio <= LIMIT_PER_DOUBLING, f"{kind}: {small:.3f}s at n={base * 8}, {large:.3f}s at 2n: {ratio:.2f}x"


if __name__ == "__main__":
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    only = sys.argv[2:]
    for kind, (build, base) in sorted(KINDS.items()):
        if only and kind not in only:
            continue
        n = base * scale
        times = [lint_seconds(build(n * k), 2) for k in (1, 2, 4)]
        size = len(build(n * 4))
        print(f"{kind:22} n={n:6}  {times[0]:7.3f}s {times[1]:7.3f}s {times[2]:7.3f}s  x{times[1] / max(times[0], 1e-4):.2f} x{times[2] / max(times[1], 1e-4):.2f}  ({size / 1e6:.2f} MB at 4n, {size / max(times[2], 1e-4) / 1e3:.0f} KB/s)", flush=True)
