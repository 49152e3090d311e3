"""Random MDX from a small grammar: frontmatter, ESM, headings, prose with inline
markup, JSX (flow and inline, every kind of attribute), ``{expressions}``, ``:::``
containers, lists and block quotes (nested), tables, footnotes, and fences of every
language the rules read (json, yaml, python and PySpark chains, bash/curl,
properties), valid and broken.  ``deep`` documents nest one construct very deeply."""

from __future__ import annotations

import random

WORDS = ["коннектор", "Debezium", "топик", "schema", "Kafka", "данные", "таблица", "offset", "streaming", "запрос",
         "Spark", "watermark", "репликация", "PostgreSQL", "WAL", "слот", "events", "урок", "`code`", "snapshot"]
COMPONENTS = ["Callout", "Badge", "Tabs", "TabItem", "Mermaid", "Aside", "Card", "Foo.Bar", "x", "Steps", ""]
LANGS = ["json", "yaml", "yml", "python", "py", "bash", "sh", "shell", "properties", "ini", "sql", "text", "js",
         "jsonc", "mdx", "jsx", "cron", "pyhton", "jsn", "", "console", "dockerfile", "xml", "hcl", "json5"]
DBZ_KEYS = ["connector.class", "database.hostname", "database.port", "database.user", "database.password",
            "database.dbname", "topic.prefix", "database.server.name", "plugin.name", "slot.name", "table.include.list",
            "snapshot.mode", "tasks.max", "transforms", "transforms.unwrap.type", "transforms.unwrap.drop.tombstones",
            "key.converter", "value.converter", "signal.data.collection", "heartbeat.interval.ms", "decimal.handling.mode",
            "publication.autocreate.mode", "schema.history.internal.kafka.topic", "predicates", "predicates.p.type",
            "transforms.route.predicate", "transforms.route.negate", "column.exclude.list", "poll.interval.ms"]
DBZ_VALUES = ["io.debezium.connector.postgresql.PostgresConnector", "io.debezium.connector.mysql.MySqlConnector",
              "pgoutput", "decoderbufs", "initial", "never", "always", "1", "2", "0", "-1", "true", "false", "precise",
              "io.debezium.transforms.ExtractNewRecordState", "org.apache.kafka.connect.json.JsonConverter", "",
              "${file:/secrets:password}", "inventory", "public.orders", "10000", "abc", "unwrap,route", "filtered"]


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.depth = 0

    def choice(self, items):
        return self.rng.choice(items)

    def words(self, n: int | None = None) -> str:
        n = n if n is not None else self.rng.randint(1, 12)
        return " ".join(self.choice(WORDS) for _ in range(n))

    # -- documents -------------------------------------------------------------------
    def document(self) -> str:
        parts: list[str] = []
        if self.rng.random() < 0.8:
            parts.append(self.frontmatter())
        if self.rng.random() < 0.4:
            parts.append(self.esm())
        for _ in range(self.rng.randint(1, 25)):
            parts.append(self.block())
        sep = self.choice(["\n\n", "\n\n", "\n", "\n\n\n"])
        return sep.join(parts) + self.choice(["\n", "", "\n\n"])

    def frontmatter(self) -> str:
        r = self.rng.random()
        lines = []
        if r < 0.7:
            lines.append(f'title: "{self.words(3)}"')
            lines.append(f"description: {self.words(5)}")
            lines.append(f"order: {self.choice(['1', '2', '10', 'x', '-1', '1.5', ''])}")
            if self.rng.random() < 0.5:
                lines.append("prerequisites:")
                for _ in range(self.rng.randint(0, 3)):
                    lines.append(f"  - {self.choice(['module-1/01-intro', 'module-2/03-x', 'nowhere', '', '[]'])}")
            if self.rng.random() < 0.3:
                lines.append(f"tags: [{', '.join(self.choice(WORDS) for _ in range(3))}]")
        elif r < 0.85:
            lines.append(self.yaml_body())
        else:
            lines.append(self.choice(["title: [unclosed", "  bad: indent\nx", ": :", "title: 'a' 'b'", "&a [*a]", "- x\n- y", "{", "\t- tab"]))
        close = "---" if self.rng.random() < 0.95 else self.choice(["", "--", "...", "---x"])
        return "---\n" + "\n".join(lines) + "\n" + close

    def esm(self) -> str:
        options = [
            "import Callout from '../../components/Callout.astro';",
            "import { Badge, Tabs } from '@/components';",
            "import * as X from 'x';",
            "import Mermaid from '../../../components/Mermaid.astro'",
            "export const meta = { a: 1 };",
            "export function f(x) { return x * 2 }",
            "export default function Layout({children}) { return children }",
            "import {",
            "export const x = ",
            "import Foo from",
            "export const data = [1, 2, {a: [3]}];",
        ]
        return "\n".join(self.choice(options) for _ in range(self.rng.randint(1, 4)))

    def block(self) -> str:
        self.depth += 1
        try:
            if self.depth > 6:
                return self.paragraph()
            kind = self.choice(["p", "p", "p", "h", "h", "fence", "fence", "fence", "list", "quote", "jsx", "jsx",
                                "expr", "container", "table", "hr", "footnote", "html", "deep", "blank-ish"])
            return getattr(self, "b_" + kind.replace("-", "_"))()
        finally:
            self.depth -= 1

    def b_p(self):
        return self.paragraph()

    def paragraph(self) -> str:
        pieces = []
        for _ in range(self.rng.randint(1, 10)):
            pieces.append(self.inline())
        text = " ".join(pieces)
        if self.rng.random() < 0.2:
            text += "\n" + " ".join(self.inline() for _ in range(3))
        return text

    def inline(self) -> str:
        r = self.rng.random()
        w = self.words(self.rng.randint(1, 3))
        if r < 0.4:
            return w
        options = [
            f"*{w}*", f"**{w}**", f"_{w}_", f"~~{w}~~", f"`{w}`", f"``{w}`", f"[{w}](#{self.slug()})",
            f"[{w}](/course/01-module-1/0{self.rng.randint(1, 5)}-{self.slug()})", f"[{w}](https://example.com/{self.slug()})",
            f"![{w}](./img.png)", f"<{self.choice(COMPONENTS)}>{w}</{self.choice(COMPONENTS)}>",
            f"<{self.choice(COMPONENTS)} {self.attribute()} />", f"{{{self.js_expression()}}}", "{/* comment */}",
            f"[{w}][ref]", f"[^{self.rng.randint(1, 3)}]", "a < b", "x > y", "{", "}", "<", "https://example.com/x.",
            "&nbsp;", "\\*", "<br>", "<!-- html comment -->", f"<{w}", f"{{{w}", "www.example.org",
        ]
        return self.choice(options)

    def slug(self) -> str:
        return self.choice(["intro", "настройка", "установка", "schema-1", "x", "kafka-connect", "", "что-дальше", "a-b-c"])

    def attribute(self) -> str:
        name = self.choice(["type", "title", "client:load", "items", "data-x", "open", "code", "chart", "{...props}"])
        value = self.choice([
            '"note"', "'warning'", "{1}", "{[1, 2, 3]}", "{{a: 1}}", "{`template ${x}`}", "", '"unclosed', "{",
            "{x => x}", "{<Badge />}", '"а б в"', "{/* c */}", "{...rest}",
        ])
        if name.startswith("{"):
            return name
        return f"{name}={value}" if value else name

    def js_expression(self) -> str:
        return self.choice(["1 + 1", "x", "props.title", "[1, 2].map(i => i * 2)", "a ? b : c", "'str'", "`t${x}`",
                            "{a: 1}", "f(", ")", "<Badge />", "/* c */", "x.y?.z ?? 0", "await x", "function () {}",
                            "...x", "new Date()", "`unclosed", "'", "a}b"])

    def b_h(self):
        level = self.rng.randint(1, 6)
        text = " ".join(self.inline() for _ in range(self.rng.randint(1, 3)))
        if self.rng.random() < 0.1:
            return f"{text}\n{self.choice(['===', '---'])}"
        return "#" * level + " " + text + self.choice(["", "", " {#custom-id}", " #"])

    def b_hr(self):
        return self.choice(["---", "***", "___", "- - -"])

    def b_blank_ish(self):
        return self.choice(["", " ", "\t", "   \n", "\\", "\u00a0"])

    def b_html(self):
        return self.choice(["<div>\n\ntext\n\n</div>", "<details><summary>x</summary>", "<!-- c -->", "<img src=x>",
                            "<br/>", "</div>", "<p>unclosed"])

    def b_footnote(self):
        return f"[^{self.rng.randint(1, 3)}]: {self.words()}\n[ref]: https://example.com/{self.slug()}"

    def b_list(self):
        ordered = self.rng.random() < 0.4
        items = []
        for i in range(self.rng.randint(1, 6)):
            marker = f"{i + 1}." if ordered else self.choice(["-", "*", "+"])
            body = self.block() if self.rng.random() < 0.3 else self.paragraph()
            body = body.replace("\n", "\n" + " " * (len(marker) + 1))
            items.append(f"{marker} {body}")
        return "\n".join(items)

    def b_quote(self):
        body = self.block()
        return "\n".join("> " + line if line else ">" for line in body.split("\n"))

    def b_jsx(self):
        name = self.choice(COMPONENTS)
        attrs = " ".join(self.attribute() for _ in range(self.rng.randint(0, 3)))
        if self.rng.random() < 0.3:
            return f"<{name} {attrs} />"
        inner = self.block()
        closing = name if self.rng.random() < 0.9 else self.choice(COMPONENTS)
        return f"<{name} {attrs}>\n\n{inner}\n\n</{closing}>" if self.rng.random() < 0.7 else f"<{name} {attrs}>{self.inline()}</{closing}>"

    def b_expr(self):
        return "{" + self.js_expression() + "}"

    def b_container(self):
        kind = self.choice(["note", "tip", "caution", "danger", "warning", "info", "", "note[Title]", "tip{.x}"])
        return f":::{kind}\n{self.block()}\n:::"

    def b_table(self):
        cols = self.rng.randint(1, 5)
        rows = [" | ".join(self.inline() for _ in range(cols)) for _ in range(self.rng.randint(0, 6))]
        head = "| " + " | ".join(self.choice(WORDS) for _ in range(cols)) + " |"
        delim = "|" + "|".join(self.choice([" --- ", ":---", "---:", ":-:", "-"]) for _ in range(cols)) + "|"
        return "\n".join([head, delim] + ["| " + r + " |" for r in rows])

    # -- fences ------------------------------------------------------------------------
    def b_fence(self):
        lang = self.choice(LANGS)
        body = {
            "json": self.json_body, "jsonc": self.json_body, "json5": self.json_body, "yaml": self.yaml_body,
            "yml": self.yaml_body, "python": self.python_body, "py": self.python_body, "bash": self.shell_body,
            "sh": self.shell_body, "shell": self.shell_body, "console": self.shell_body, "properties": self.properties_body,
            "ini": self.properties_body,
        }.get(lang, lambda: self.words())()
        meta = self.choice(["", "", ' title="connector.json"', " counter-example", " skip-lint", " {1,3-4}", " showLineNumbers"])
        marker = self.choice(["```", "```", "````", "~~~"])
        close = marker if self.rng.random() < 0.93 else ""
        return f"{marker}{lang}{meta}\n{body}\n{close}"

    def json_value(self, depth: int = 0):
        r = self.rng.random()
        if depth > 3 or r < 0.4:
            return self.choice(['"x"', "1", "true", "null", "-0.5e3", '"${VAR}"', '"а"', "..."])
        if r < 0.7:
            return "{" + ", ".join(f'"{self.choice(DBZ_KEYS)}": {self.json_value(depth + 1)}' for _ in range(self.rng.randint(0, 4))) + "}"
        return "[" + ", ".join(self.json_value(depth + 1) for _ in range(self.rng.randint(0, 4))) + "]"

    def json_body(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            config = ",\n    ".join(f'"{self.choice(DBZ_KEYS)}": "{self.choice(DBZ_VALUES)}"' for _ in range(self.rng.randint(1, 12)))
            body = '{\n  "name": "inventory-connector",\n  "config": {\n    ' + config + "\n  }\n}"
        elif r < 0.8:
            body = self.json_value()
        else:
            body = self.choice(['{"a": 1,}', '{"a": 1 // comment\n}', '{"a": 1, "a": 2}', "{", '{"a": }', "[1, 2", '{"a": 1}\n{"b": 2}', '"key": "value",'])
        return body

    def yaml_body(self) -> str:
        options = [
            "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: inventory\nspec:\n  class: io.debezium.connector.postgresql.PostgresConnector\n  config:\n    "
            + "\n    ".join(f"{self.choice(DBZ_KEYS)}: {self.choice(DBZ_VALUES) or 'empty'}" for _ in range(self.rng.randint(1, 6))),
            "a: 1\na: 2", "key: [unclosed", "- a\n- b: c\n  d: e", "x: &a 1\ny: *a", "x: *undefined", "k: |\n  text\n  more",
            "services:\n  db:\n    image: postgres\n    ports:\n      - \"5432:5432\"", "\t tab: x", "? complex\n: key", "%YAML 1.2\n---\na: 1",
            "a: b: c", "---\na: 1\n---\nb: 2", "!!python/object:os.system x",
        ]
        return self.choice(options)

    def python_body(self) -> str:
        chains = [
            'df = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "kafka:9092").option("subscribe", "t").load()',
            "parsed = df.select(from_json(col(\"value\").cast(\"string\"), schema).alias(\"d\")).select(\"d.*\")",
            'agg = parsed.withWatermark("ts", "10 minutes").groupBy(window("ts", "5 minutes"), "key").count()',
            'q = agg.writeStream.outputMode("append").format("console").option("checkpointLocation", "/tmp/c").start()',
            'q = parsed.writeStream.format("parquet").outputMode("complete").start("/out")',
            "parsed.orderBy(\"ts\").limit(10).show()",
            "q.awaitTermination()",
            ".trigger(once=True)",
            "spark = SparkSession.builder.appName(\"x\").getOrCreate()",
            "from pyspark.sql.functions import *",
            "from pyspark.sql import SparkSession",
            "def f(batch_df, batch_id):\n    batch_df.write.mode(\"append\").parquet(\"/x\")",
            "parsed.writeStream.foreachBatch(f).start()",
            "joined = a.join(b, \"id\", \"left_outer\")",
            "x = (df\n    .select(\"a\")\n    .where(col(\"a\") > 1)\n    .dropDuplicates([\"a\"]))",
            "print(undefined_name)",
            "def broken(:\n    pass",
            "x = [i for i in range(10)",
            "df.writeStream.trigger(continuous=\"1 second\").format(\"memory\").start()",
            "import json\nprint(json.dumps({\"a\": 1}))",
            "# комментарий по-русски\nx = 'строка'",
        ]
        return "\n".join(self.choice(chains) for _ in range(self.rng.randint(1, 8)))

    def shell_body(self) -> str:
        options = [
            "curl -i -X POST -H \"Accept:application/json\" -H \"Content-Type:application/json\" localhost:8083/connectors/ -d '"
            + self.json_body().replace("'", "") + "'",
            "curl -X PUT http://localhost:8083/connectors/x/config -d @config.json",
            "curl -s localhost:8083/connectors | jq",
            "docker compose up -d\nkafka-topics --list --bootstrap-server localhost:9092",
            "cat <<EOF | curl -X POST localhost:8083/connectors -H 'Content-Type: application/json' -d @-\n" + self.json_body() + "\nEOF",
            "echo 'unclosed",
            "curl -d '{\"a\": 1' http://x",
            "$ psql -U postgres\n> select 1;",
            "export VAR=1 && echo $VAR \\\n  --flag",
        ]
        return self.choice(options)

    def properties_body(self) -> str:
        lines = [f"{self.choice(DBZ_KEYS)}={self.choice(DBZ_VALUES)}" for _ in range(self.rng.randint(1, 10))]
        if self.rng.random() < 0.3:
            lines.append(self.choice(["debezium.sink.type=kafka", "debezium.source.connector.class=io.debezium.connector.postgresql.PostgresConnector",
                                      "key.with.continuation=a\\", "# comment", "! comment", "no-equals-sign", "=novalue", "a : b"]))
        return "\n".join(lines)

    # -- deep nesting ------------------------------------------------------------------
    def b_deep(self):
        return deep(self.rng, self.choice([20, 100, 300, 1000]))


DEEP_KINDS = ["json", "json-array", "yaml", "yaml-flow", "jsx", "jsx-inline", "list", "quote", "python", "python-call",
              "expression", "emphasis", "link", "mixed-container", "yaml-aliases", "frontmatter-aliases", "braces"]


def deep(rng: random.Random, n: int, kind: str | None = None) -> str:
    """One construct nested ``n`` levels deep."""
    kind = kind or rng.choice(DEEP_KINDS)
    if kind in ("yaml", "list"):
        n = min(n, 1500)  # indentation grows with depth: keep the file under a few MB
    if kind == "json":
        return "```json\n" + '{"a": ' * n + "1" + "}" * n + "\n```"
    if kind == "json-array":
        return "```json\n" + "[" * n + "]" * n + "\n```"
    if kind == "yaml":
        return "```yaml\n" + "\n".join(" " * i + "a:" for i in range(n)) + " 1\n```"
    if kind == "yaml-flow":
        return "```yaml\nx: " + "[" * n + "]" * n + "\n```"
    if kind in ("yaml-aliases", "frontmatter-aliases"):
        # Each level repeats the one before: 9 ** levels values once aliases are written out.
        levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
        for i in range(1, min(n, 12)):
            levels.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
        levels.append(f"title: *l{min(n, 12) - 1}")
        bomb = "\n".join(levels)
        return f"```yaml\n{bomb}\n```" if kind == "yaml-aliases" else f"<!-- -->\n\n```yaml\n{bomb}\n```"
    if kind == "braces":
        return "a " + "{" * n + "\n\n" + "{\n" * min(n, 3000) + "\n" + "{'" * n
    if kind == "jsx":
        return "".join(f"<Callout>\n\n" for _ in range(n)) + "text" + "".join("\n\n</Callout>" for _ in range(n))
    if kind == "jsx-inline":
        return "a " + "<Badge>" * n + "x" + "</Badge>" * n
    if kind == "list":
        return "\n".join("  " * i + "- item" for i in range(n))
    if kind == "quote":
        return ">" * n + " text"
    if kind == "python":
        return "```python\nx = " + "(" * n + "1" + ")" * n + "\n```"
    if kind == "python-call":
        return "```python\ndf = spark.readStream" + ".select('a')" * n + ".load()\n```"
    if kind == "expression":
        return "{" + "[" * n + "]" * n + "}"
    if kind == "emphasis":
        return "*_" * n + "x" + "_*" * n
    if kind == "link":
        return "[" * n + "x" + "](#a)" * n
    # mixed: quotes and lists around a fence
    prefix = "".join(rng.choice(["> ", "- ", "1. "]) for _ in range(n))
    return prefix + "```json\n" + prefix + '{"a": 1}\n' + prefix + "```"


def generate(rng: random.Random) -> str:
    return Generator(rng).document()
