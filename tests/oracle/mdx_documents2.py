"""Extra probe documents for the MDX oracle: containers, tabs, indentation, entities, escapes, odd tags."""
from hypothesis import strategies as st

piece = st.sampled_from([
    "text", "Текст", "<b>x</b>", "<X/>", "<X>", "</X>", "{x}", "{", "}", "`a<b`", "``{``", "<5", "a < b", "&amp;", "&#123;",
    "\\{", "\\<", "<!--x-->", "**b**", "_i_", "[l](u)", "![i](s)", "<X a=\"1\">", "<X\n  a=\"1\"\n/>", "{/* c */}", "{\n/* c */\n}",
    "<https://x.y>", "<a@b.c>", "x<y", "1<2", "<->", "<.>", "<X.Y />", "<x-y />", "<X a={`t${1}`} />", "<X a='it''s' />",
    "|", "\\|", ":::", "~~~", "$", "<>", "</>", "<>x</>", "<X {...p} />", "<X a />", "<X a=\"}\" />", "{'<'}", "{\"}\"}",
])
line = st.lists(piece, min_size=1, max_size=5).map(" ".join)
indent = st.sampled_from(["", "", " ", "  ", "   ", "    ", "\t"])
container = st.sampled_from(["", "", "- ", "1. ", "> ", "- > ", "> - ", "* ", "  - "])
block = st.builds(lambda c, i, l: c + i + l, container, indent, line)
fence = st.builds(lambda i, body: f"{i}```\n{body}\n{i}```", indent, st.sampled_from(["<5", "{", "</X>", "a"]))
heading = st.builds(lambda h, l: "#" * h + " " + l, st.integers(1, 3), line)
table = st.builds(lambda a, b: f"| {a} | {b} |\n|---|---|\n| {b} | {a} |", st.sampled_from(["a", "<X/>", "{x}", "`|`", "<5", "**b**"]), st.sampled_from(["c", "<Y>z</Y>", "{1}", "x<y"]))
documents2 = st.lists(st.one_of(block, block, block, fence, heading, table), min_size=1, max_size=6).flatmap(
    lambda blocks: st.sampled_from(["\n", "\n\n"]).map(lambda sep: sep.join(blocks) + "\n"))
