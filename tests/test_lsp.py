"""The language server end to end, through a real LSP client (pytest-lsp)."""

from __future__ import annotations

import asyncio
import atexit
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import FIXTURES

WORKSPACE = Path(tempfile.mkdtemp(prefix="mdxlint-lsp-")) / "course"
atexit.register(shutil.rmtree, WORKSPACE.parent, ignore_errors=True)  # made at import, so removed at exit
shutil.copytree(FIXTURES / "clean-course", WORKSPACE)
LESSONS = WORKSPACE / "src" / "content" / "course" / "01-module-1"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "mdxlint", "server"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"), root_uri=WORKSPACE.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


BAD = """---
title: "Черновик"
order: 5
---

## Черновик

```
plain
```

См. [новый урок](/example-course/course/01-module-1/09-new).
"""


async def wait_for(client: LanguageClient, uri: str, predicate, timeout: float = 15.0):
    async def loop():
        while True:
            diagnostics = client.diagnostics.get(uri)
            if diagnostics is not None and predicate(diagnostics):
                return diagnostics
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    return await asyncio.wait_for(loop(), timeout)


def codes(diagnostics) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


def open_document(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="mdx", version=version, text=text))
    )


def replace(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


@pytest.mark.asyncio
async def test_diagnostics_edits_code_actions_and_course_updates(client: LanguageClient):
    uri = (LESSONS / "05-draft.mdx").as_uri()
    open_document(client, uri, BAD)
    diagnostics = await wait_for(client, uri, lambda d: "CRS010" in codes(d))
    assert codes(diagnostics) == ["CRS010", "FNC001"]
    fence = next(d for d in diagnostics if d.code == "FNC001")
    assert (fence.range.start.line, fence.range.start.character) == (7, 0)
    assert fence.code_description.href.endswith("FNC001.md")

    # Edit the buffer: the broken fence gets a language.
    text = BAD.replace("```\nplain", "```text\nplain")
    replace(client, uri, text, 2)
    diagnostics = await wait_for(client, uri, lambda d: "FNC001" not in codes(d))
    assert codes(diagnostics) == ["CRS010"]

    # Code actions: suppress, and a quick fix whose edit removes the finding.
    replace(client, uri, BAD, 3)
    diagnostics = await wait_for(client, uri, lambda d: "FNC001" in codes(d))
    fence = next(d for d in diagnostics if d.code == "FNC001")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=fence.range,
            context=types.CodeActionContext(diagnostics=[fence]),
        )
    )
    titles = [a.title for a in actions]
    assert any("suppress FNC001" in t for t in titles)
    quick_fix = next(a for a in actions if "text" in a.title and a.edit)
    (edit,) = quick_fix.edit.changes[uri]
    lines = BAD.split("\n")
    line = lines[edit.range.start.line]
    lines[edit.range.start.line] = line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character :]
    replace(client, uri, "\n".join(lines), 4)
    diagnostics = await wait_for(client, uri, lambda d: "FNC001" not in codes(d))
    assert codes(diagnostics) == ["CRS010"]

    # Hover on the finding shows the rule's page.
    link = diagnostics[0]
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=link.range.start)
    )
    assert hover is not None and "CRS010: broken-link" in hover.contents.value

    # Another lesson appears: the link in the first one becomes valid.
    new_uri = (LESSONS / "09-new.mdx").as_uri()
    open_document(client, new_uri, '---\ntitle: "Новый"\norder: 9\n---\n\nТекст.\n')
    diagnostics = await wait_for(client, uri, lambda d: "CRS010" not in codes(d))
    assert codes(diagnostics) == []


@pytest.mark.asyncio
async def test_garbage_does_not_take_the_server_down(client: LanguageClient):
    # A document the server never saw, a position far outside, and a raw bad request.
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri="file:///nowhere/x.mdx"),
            position=types.Position(line=10_000, character=5),
        )
    )
    assert result is None
    # Raw garbage on the wire: a body that is not JSON, and a request with bad params.
    writer = client.protocol.writer
    for body in (b"{not json", b'{"jsonrpc": "2.0", "id": 991, "method": "textDocument/codeAction", "params": {"garbage": true}}'):
        writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    uri = (LESSONS / "06-after-garbage.mdx").as_uri()
    open_document(client, uri, "---\ntitle: x\n---\n\n```\nx\n```\n")
    diagnostics = await wait_for(client, uri, lambda d: bool(d))
    assert "FNC001" in codes(diagnostics)
    # A file outside any course.
    outside = WORKSPACE.parent / "loose.mdx"  # (no file is written: the editor's buffer only)
    open_document(client, outside.as_uri(), "lag <1 s\n")
    diagnostics = await wait_for(client, outside.as_uri(), lambda d: bool(d))
    assert "MDX001" in codes(diagnostics)


def test_positions_count_utf16_code_units():
    """LSP columns are UTF-16 code units: a character beyond the BMP counts two, Cyrillic one."""
    from mdxlint.frontends.server import lsp_position

    lines = ["a😀b", "яя😀x", "plain"]
    assert (lsp_position(lines, 1, 3).character, lsp_position(lines, 1, 4).character) == (3, 4)
    assert lsp_position(lines, 2, 4).character == 4 and lsp_position(lines, 2, 5).character == 5
    assert lsp_position(lines, 3, 3).character == 2 and lsp_position(lines, 9, 3).line == 8


def test_lines_end_where_lsp_ends_them():
    """Held-out h30: after U+2028 (or U+0085, \\f, \\v) pygls put incremental edits on the wrong line,
    and with lone CR line endings every finding's range collapsed to character 0."""
    from lsprotocol import types
    from pygls.workspace.text_document import TextDocument

    import mdxlint.frontends.server as server

    document = TextDocument("file:///a.mdx", "a\u2028b\u0085c\x0cd\nsecond\n")
    document.apply_change(types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=1, character=0), end=types.Position(line=1, character=0)), text="X"))
    assert document.source == "a\u2028b\u0085c\x0cd\nXsecond\n"
    assert server.lsp_lines("a\rb\r\nc\nd") == ["a", "b", "c", "d"]
    position = server.lsp_position(server.lsp_lines("x\r\U0001F600y z"), 2, 3)
    assert (position.line, position.character) == (1, 3)


def test_input_resynchronises_after_a_frame_without_its_length():
    """Held-out h30: after one frame without `Content-Length` the server answered nothing more."""
    import io

    from mdxlint.frontends.server import ResyncingInput

    body = b'{"jsonrpc": "2.0", "id": 1, "method": "shutdown"}'
    stream = ResyncingInput(io.BytesIO(b"X-Foo: 1\r\n\r\n{}" + b"Content-Length: %d\r\n\r\n" % len(body) + body))
    assert [stream.readline(), stream.readline(), stream.readline(), stream.readline(), stream.readline()] == [
        b"X-Foo: 1\r\n", b"\r\n", b"{}", b"Content-Length: %d\r\n" % len(body), b"\r\n"]
    assert stream.read(len(body)) == body


def test_suppress_comment_is_offered_only_where_it_keeps_the_page():
    """No "suppress on this line" where a comment line would change the page: inside the frontmatter
    (it would be YAML), between a tag's attributes, in a block quote, a table, or a quoted fence
    (held-out h37); on a plain line and around a fence at the line's start it is offered."""
    from mdxlint.frontends.server import _comment_can_stand_above, _lines_inside_tags, lsp_lines

    text = ("---\ntitle: T\norder: \"x\"\n---\n\nText.\n\n<Callout\n  type=\"tip\"\n  bogus=\"x\"\n>\nIn.\n</Callout>\n\n"
            "> ```python\n> x = 1\n> ```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n")
    lines, tags = lsp_lines(text), _lines_inside_tags(text)
    allowed = {line for line in range(len(lines)) if _comment_can_stand_above(lines, line, tags)}
    assert {2, 8, 9, 15, 20} & allowed == set()  # frontmatter, attributes, quoted fence, table row
    assert {5, 11, 24} <= allowed  # a paragraph, an element's content, a fence at the line's start


@pytest.mark.asyncio
async def test_code_actions_use_the_findings_of_the_text_as_it_is(client: LanguageClient):
    """A finding the editor sends back from before an edit gets no quick fix: its fix's positions are
    of the older text (held-out h37: the fix rewrote the line just typed above it)."""
    uri = (LESSONS / "07-stale-fix.mdx").as_uri()
    text = "---\ntitle: x\n---\n\nKa\u0444\u043a\u0430 \u0441\u043b\u043e\u0432\u043e.\n"
    open_document(client, uri, text)
    diagnostics = await wait_for(client, uri, lambda d: "LNG003" in codes(d))
    old = next(d for d in diagnostics if d.code == "LNG003")
    replace(client, uri, text.replace("\n\nKa", "\n\nНовая строка.\nKa"), 2)
    await wait_for(client, uri, lambda d: any(x.code == "LNG003" and x.range.start.line == 5 for x in d))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=old.range,
        context=types.CodeActionContext(diagnostics=[old])))
    assert [a.title for a in actions or [] if "write" in a.title] == []


@pytest.mark.parametrize("text, line, character, expected", [
    ("ab\ncd\n", 0, 3, "abX\ncd\n"), ("ab\r\ncd\r\n", 0, 3, "abX\r\ncd\r\n"), ("ab\ncd", 1, 7, "ab\ncdX"),
    ("ab\rcd\r", 0, 9, "abX\rcd\r"),
])
def test_edit_past_a_lines_end_lands_at_its_end(text, line, character, expected):
    """LSP: a character past the line's end means its end; pygls counted the break in the line (h37)."""
    from pygls.workspace.text_document import TextDocument

    import mdxlint.frontends.server  # noqa: F401 - its corrections of pygls

    document = TextDocument("file:///x.mdx", text)
    position = types.Position(line=line, character=character)
    document.apply_change(types.TextDocumentContentChangePartial(range=types.Range(start=position, end=position), text="X"))
    assert document.source == expected


def test_request_with_params_that_do_not_read_gets_an_error():
    """JSON-RPC answers a request whose params are invalid with -32602; pygls sent nothing and the
    editor waited for ever (held-out h37: a hover at character -1)."""
    import json as jsonlib
    import subprocess

    def frame(message: dict) -> bytes:
        body = jsonlib.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)

    requests = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "processId": None}})
    requests += frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///x.mdx"}, "position": {"line": 0, "character": -1}}})
    requests += frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "method": "exit"})
    done = subprocess.run([sys.executable, "-m", "mdxlint", "server"], input=requests, capture_output=True, timeout=60)
    assert b'"id": 2' in done.stdout and b"-32602" in done.stdout, done.stdout[-500:]


@pytest.mark.asyncio
async def test_lessons_made_on_disk_are_seen(client: LanguageClient):
    """A lesson created (or deleted) on disk behind the editor's back (a git pull, a terminal) is seen
    by the next lint a second later: a link to it stops being broken (held-out h37)."""
    uri = (LESSONS / "08-links-new.mdx").as_uri()
    text = "---\ntitle: x\n---\n\nСм. [новый](/example-course/course/01-module-1/09-made-later).\n"
    open_document(client, uri, text)
    await wait_for(client, uri, lambda d: "CRS010" in codes(d))
    made = LESSONS / "09-made-later.mdx"
    made.write_text("---\ntitle: Позже\n---\n\nТекст.\n", encoding="utf-8")
    try:
        await asyncio.sleep(1.1)
        replace(client, uri, text + "\nЕщё.\n", 2)
        await wait_for(client, uri, lambda d: "CRS010" not in codes(d))
    finally:
        made.unlink()
