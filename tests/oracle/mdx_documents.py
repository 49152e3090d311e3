"""Hypothesis strategies for MDX documents that probe what the compiler accepts."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = ["задержка", "lag", "Kafka", "топик", "offset", "данные", "schema", "value", "x", "1", "2024"]
NAMES = ["Callout", "Note", "Tabs", "Tab", "Badge", "b", "div", "Foo.Bar"]

word = st.sampled_from(WORDS)
name = st.sampled_from(NAMES)

attribute = st.one_of(
    st.builds(lambda n, v: f' {n}="{v}"', st.sampled_from(["type", "title", "id"]), word),
    st.builds(lambda n, v: f" {n}='{v}'", st.sampled_from(["type", "label"]), word),
    st.builds(lambda n, v: f" {n}={{{v}}}", st.sampled_from(["count", "items", "open"]),
              st.sampled_from(["1", "true", "[1, 2]", "{a: 1}", "props.x", "1 +", "'a'", "() => 1", "a b"])),
    st.just(" client:load"),
    st.just(" {...props}"),
    st.just(" {x}"),
    st.just(" a=1"),
    st.just(' a="b'),
)

tag_attrs = st.lists(attribute, max_size=2).map("".join)

inline_piece = st.one_of(
    word.map(lambda w: w + " "),
    st.sampled_from(
        [
            "<5 ", "< 5 ", "<= ", "a < b ", "<> ", "<!-- c --> ", "<https://example.org> ", "{x} ", "{1 + 2} ",
            "{1 +} ", "{/* note */} ", "{ ", "} ", "{'}'} ", "`<5` ", "`{` ", "**жирный** ", "*курсив* ",
            "\\< ", "\\{ ", "&lt; ", "[ссылка](/course/a) ", "x<y ", "$<b$ ", "{#id} ", "<br/> ", "<b>x</b> ",
            "*a <b>c* d</b> ", "<b>", "</b>", "<Badge />", "<Foo.Bar/> ", "<a:b /> ", "<3 ", "<-> ", "<_x/> ",
        ]
    ),
    st.builds(lambda n, a: f"<{n}{a}/> ", name, tag_attrs),
    st.builds(lambda n, a, w: f"<{n}{a}>{w}</{n}> ", name, tag_attrs, word),
)

line = st.lists(inline_piece, min_size=1, max_size=6).map(lambda parts: "".join(parts).rstrip())


def _block(draw, depth: int) -> str:
    kind = draw(
        st.sampled_from(
            ["para", "para", "para", "heading", "fence", "flow", "flow", "list", "table", "expr", "quote", "selfclose"]
            if depth < 2
            else ["para", "heading", "fence", "selfclose", "expr"]
        )
    )
    if kind == "para":
        return "\n".join(draw(st.lists(line, min_size=1, max_size=3)))
    if kind == "heading":
        return "#" * draw(st.integers(1, 3)) + " " + draw(line)
    if kind == "fence":
        body = draw(st.sampled_from(["x = {1}", "a <5 b", "<div>{", "SELECT 1;"]))
        lang = draw(st.sampled_from(["", "python", "json", "sql"]))
        return f"```{lang}\n{body}\n```"
    if kind == "selfclose":
        return f"<{draw(name)}{draw(tag_attrs)} />"
    if kind == "expr":
        return draw(st.sampled_from(["{/* comment */}", "{props.title}", "{1 +}", "{\n  1\n}", "{a; b}", "{[1, 2].map(x => x)}"]))
    if kind == "flow":
        tag = draw(name)
        indent = draw(st.sampled_from(["", "", "  "]))
        inner = draw(st.lists(st.deferred(lambda: st.composite(lambda d: _block(d, depth + 1))()), min_size=0, max_size=2))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", f"</{tag}>", "", "</Other>"]))
        sep = draw(st.sampled_from(["\n\n", "\n"]))
        body = sep.join(indent + part.replace("\n", "\n" + indent) for part in inner)
        parts = [f"<{tag}{draw(tag_attrs)}>"] + ([body] if body else []) + ([close] if close else [])
        return sep.join(parts)
    if kind == "list":
        items = draw(st.lists(st.one_of(line, st.builds(lambda n: f"<{n} />", name), st.sampled_from(["{a\n}", "{a\n  }", "<Note>\n  text\n  </Note>", "<Note\nid=\"x\" />"])), min_size=1, max_size=3))
        marker = draw(st.sampled_from(["-", "*", "1."]))
        return "\n".join(f"{marker} " + item.replace("\n", "\n" + draw(st.sampled_from(["", "  ", "   "]))) for item in items)
    if kind == "table":
        cells = draw(st.lists(st.sampled_from(["a", "<b>x</b>", "`c`", "<Badge />", "{x}", "<5", "текст"]), min_size=2, max_size=2))
        return f"| h1 | h2 |\n|---|---|\n| {cells[0]} | {cells[1]} |"
    if kind == "quote":
        inner = draw(st.sampled_from(["> text", "> <Note>\n>\n> x\n>\n> </Note>", "> {a\n> }", "> {a\n}", "> <5"]))
        return inner
    raise AssertionError(kind)


@st.composite
def documents(draw) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from([
            "import { Callout } from './Callout'",
            "import a from 'b'\nimport {c} from 'd'",
            "export const meta = {a: 1}",
            "import x from",
            "import a from 'b'\ntext after",
        ])))
    parts.extend(draw(st.lists(st.composite(lambda d: _block(d, 0))(), min_size=1, max_size=5)))
    sep = draw(st.sampled_from(["\n\n", "\n\n", "\n"]))
    return sep.join(parts) + draw(st.sampled_from(["\n", "", "\n\n"]))
