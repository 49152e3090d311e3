"""The language server under storms: rapid edits to the largest lesson, hundreds of
documents opened and closed, invalid messages, a client that disappears.

A raw JSON-RPC client over the server's pipes (stderr is read too).  The default run
uses CI sizes (150 edits, 120 documents); ``pytest -m slow tests/test_lsp_storm.py``
runs 1,000 edits and 400 documents (and prints what it measured).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import CORPUS, FIXTURES

from mdxlint.api import discover, lint_text
from mdxlint.frontends.server import to_lsp
from mdxlint.lint.configuration import load_settings
from mdxlint.lint.engine import Linter
from mdxlint.project.course import CourseIndex, find_project_root


class RawClient:
    def __init__(self, cwd: Path):
        env = dict(os.environ)
        env.pop("MDXLINT_DEBUG", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mdxlint", "server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self.lock = threading.Condition()
        self.responses: dict[int, dict] = {}
        self.publishes: list[dict] = []
        self.stderr = bytearray()
        self.next_id = 0
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self) -> None:
        try:
            self._read_messages(self.proc.stdout)
        except (ValueError, OSError):
            pass  # the pipe was closed under us (a client that disappears)

    def _read_messages(self, stream) -> None:
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                elif line in (b"\r\n", b"\n"):
                    break
            message = json.loads(stream.read(length))
            with self.lock:
                if "id" in message and "method" not in message:
                    self.responses[message["id"]] = message
                elif message.get("method") == "textDocument/publishDiagnostics":
                    self.publishes.append(message["params"])
                elif "id" in message and "method" in message:  # a request from the server
                    self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                self.lock.notify_all()

    def _read_stderr(self) -> None:
        try:
            for chunk in iter(lambda: self.proc.stderr.read1(65536), b""):
                self.stderr.extend(chunk)
        except (ValueError, OSError):
            pass

    def _send(self, message: dict) -> None:
        self.send_raw(json.dumps(message).encode())

    def send_raw(self, body: bytes) -> None:
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.proc.stdin.flush()

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params, timeout: float = 30.0):
        with self.lock:
            self.next_id += 1
            ident = self.next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        with self.lock:
            if not self.lock.wait_for(lambda: ident in self.responses, timeout):
                raise TimeoutError(f"no answer to {method}")
            return self.responses.pop(ident)

    def last_publish(self, uri: str) -> dict | None:
        with self.lock:
            return next((p for p in reversed(self.publishes) if p["uri"] == uri), None)

    def wait_for_version(self, uri: str, version: int, timeout: float = 60.0) -> dict:
        with self.lock:
            ok = self.lock.wait_for(
                lambda: any(p["uri"] == uri and p.get("version") == version for p in self.publishes), timeout
            )
        assert ok, f"no diagnostics for version {version} of {uri}"
        time.sleep(0.3)  # nothing older may come after it
        publish = self.last_publish(uri)
        assert publish is not None and publish.get("version") == version
        return publish

    def initialize(self, root: Path) -> None:
        self.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}})
        self.notify("initialized", {})

    def rss_kb(self) -> int:
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def shutdown(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()

    def tracebacks(self) -> str:
        text = self.stderr.decode("utf-8", "replace")
        return text if "Traceback" in text else ""


def utf16_position(text: str, offset: int) -> dict:
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    prefix = text[start:offset]
    return {"line": line, "character": len(prefix.encode("utf-16-le")) // 2}


def open_doc(client: RawClient, uri: str, text: str, version: int = 1) -> None:
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "mdx", "version": version, "text": text}})


def edit(client: RawClient, uri: str, version: int, text: str, start: int, end: int, new: str) -> str:
    change = {"range": {"start": utf16_position(text, start), "end": utf16_position(text, end)}, "text": new}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
    return text[:start] + new + text[end:]


PIECES = ["x", "\n", "\n\n", "## Новый раздел\n", "[ссылка](#нет)", "`code`", "<Callout>", "</Callout>", "{", "}",
          "```json\n{\"a\": 1,}\n```\n", "```\n", "😀", "Текст по-русски. ", "English words here. ", "\t", "---\n", "<"]


def random_edit(rng: random.Random, text: str) -> tuple[int, int, str]:
    start = rng.randrange(len(text) + 1)
    # Never split a surrogate pair's worth: positions are code points here.
    end = min(len(text), start + rng.choice([0, 0, 1, 5, 40]))
    return start, end, rng.choice(PIECES) if rng.random() < 0.8 else ""


def expected(path: Path, text: str, open_texts: dict[Path, str] | None = None) -> list[tuple]:
    """What the server should publish for ``text`` at ``path``: the course read from
    disk, with the open buffers instead of their files."""
    settings = load_settings(start=str(path))
    if settings.config_path is None:  # as the server finds the project
        settings.root = find_project_root(str(path))
    linter = Linter(settings)
    index = CourseIndex(settings)
    content = Path(settings.root) / settings.course.content_root
    files, _ = discover([str(content)], settings)
    for file in files:
        outcome = linter.analyze_path(file)
        if outcome.facts is not None:
            index.add(outcome.facts)
    for other, other_text in (open_texts or {}).items():
        outcome = linter.analyze_text(str(other), other_text)
        if outcome.facts is not None:
            index.add(outcome.facts)
    lines = text.split("\n")
    return sorted(_key(_plain(to_lsp(d, lines))) for d in lint_text(text, str(path), settings, course=index))


def _plain(diagnostic) -> dict:
    r = diagnostic.range
    return {
        "range": {"start": {"line": r.start.line, "character": r.start.character}, "end": {"line": r.end.line, "character": r.end.character}},
        "code": diagnostic.code,
        "message": diagnostic.message,
    }


def _key(d: dict) -> tuple:
    r = d["range"]
    return (r["start"]["line"], r["start"]["character"], r["end"]["line"], r["end"]["character"], d["code"], d["message"])


def published(publish: dict) -> list[tuple]:
    return sorted(_key(d) for d in publish["diagnostics"])


@pytest.fixture
def course(tmp_path) -> tuple[Path, Path]:
    """A course on disk and its largest lesson (the real one when the corpus is here)."""
    root = tmp_path / "course"
    shutil.copytree(FIXTURES / "clean-course", root)
    lesson = root / "src" / "content" / "course" / "01-module-1" / "06-largest.mdx"
    real = CORPUS / "src" / "content" / "course"
    if real.is_dir():
        largest = max(real.rglob("*.mdx"), key=lambda p: p.stat().st_size)
        lesson.write_text(largest.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        parts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "sample-course").rglob("*.mdx"))]
        lesson.write_text(parts[0] + "\n\n".join(p.split("---", 2)[-1] for p in parts * 20), encoding="utf-8")
    return root, lesson


def large_only(request) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("large sizes: run with -m slow")


def test_edit_storm_ends_with_the_diagnostics_of_the_final_text(course):
    edit_storm(course, 150)


@pytest.mark.slow
def test_edit_storm_of_a_thousand_edits(course, request):
    large_only(request)
    edit_storm(course, 1000)


def test_open_close_storm_and_invalid_messages(course):
    open_close_storm(course, 120)


@pytest.mark.slow
def test_open_close_storm_of_four_hundred_documents(course, request):
    large_only(request)
    open_close_storm(course, 400)


def edit_storm(course, count: int) -> None:
    root, lesson = course
    client = RawClient(root)
    try:
        client.initialize(root)
        uri = lesson.as_uri()
        text = lesson.read_text(encoding="utf-8")
        open_doc(client, uri, text)
        client.wait_for_version(uri, 1)
        rng = random.Random(7)
        version = 1
        for index in range(count):
            version += 1
            if index % 97 == 50:  # now and then the whole text at once
                text = text[: len(text) // 2]
                client.notify(
                    "textDocument/didChange",
                    {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
                )
                continue
            text = edit(client, uri, version, text, *random_edit(rng, text))
        publish = client.wait_for_version(uri, version)
        assert published(publish) == expected(lesson, text)
        # The server still answers, and coalesced the storm (it did not lint every edit).
        assert client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
        linted = sum(1 for p in client.publishes if p["uri"] == uri)
        assert linted <= count
        print(f"{count} edits: {linted} publications, final diagnostics match ({len(publish['diagnostics'])} findings)")
    finally:
        client.shutdown()
    assert not client.tracebacks(), client.tracebacks()


def open_close_storm(course, count: int) -> None:
    root, lesson = course
    client = RawClient(root)
    folder = lesson.parent
    try:
        client.initialize(root)
        main_uri = lesson.as_uri()
        main_text = lesson.read_text(encoding="utf-8") + "\n\nСм. [новый](/course/01-module-1/50-new-1#раздел).\n"
        open_doc(client, main_uri, main_text)
        client.wait_for_version(main_uri, 1)
        garbage = [
            b"{not json",
            b"[1, 2, 3]",
            b'"a string"',
            b'{"jsonrpc": "2.0", "id": 9001, "method": "textDocument/codeAction", "params": {"garbage": true}}',
            b'{"jsonrpc": "2.0", "id": 9002, "method": "no/such/method", "params": {}}',
            b'{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///never/opened.mdx", "version": 2}, "contentChanges": [{"text": "x"}]}}',
            b'{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": "file:///never/opened.mdx"}}}',
            b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 5}}}',
            "{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didOpen\", \"params\": {\"textDocument\": {\"uri\": \"file:///tmp/\\u0000.mdx\", \"languageId\": \"mdx\", \"version\": 1, \"text\": \"\\u0000<\"}}}".encode(),
        ]
        rss_after_warmup = 0
        uris = []
        for index in range(count):
            uri = (folder / f"50-new-{index}.mdx").as_uri()
            body = f'---\ntitle: "Новый {index}"\norder: {50 + index}\n---\n\n## Раздел\n\n' + "Текст урока. " * 300 + f"\n\n[дальше](/course/01-module-1/50-new-{index + 1})\n"
            open_doc(client, uri, body)
            if index % 3 == 0:
                client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": body + "\n```\nx\n```\n"}]})
            client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
            uris.append(uri)
            client.send_raw(garbage[index % len(garbage)])
            if index == count // 4:
                client.request("textDocument/hover", {"textDocument": {"uri": main_uri}, "position": {"line": 0, "character": 0}})
                rss_after_warmup = client.rss_kb()
        # Everything was handled: the server answers, and the main lesson is linted as the
        # disk and its buffer say (the lessons opened and closed are gone again).
        client.request("textDocument/hover", {"textDocument": {"uri": main_uri}, "position": {"line": 0, "character": 0}})
        replace_version = 2
        client.notify("textDocument/didChange", {"textDocument": {"uri": main_uri, "version": replace_version}, "contentChanges": [{"text": main_text}]})
        publish = client.wait_for_version(main_uri, replace_version)
        assert published(publish) == expected(lesson, main_text)
        assert any("50-new-1" in d[5] for d in published(publish))  # the link is broken again
        for uri in uris:  # every closed document ends with no findings
            last = client.last_publish(uri)
            assert last is None or last["diagnostics"] == [], uri
        growth = client.rss_kb() - rss_after_warmup
        print(f"{count} documents opened and closed: RSS {rss_after_warmup} KB after a quarter, grew {growth} KB after")
        assert growth < 60_000, f"the server grew by {growth} KB over {count - count // 4} documents opened and closed"
        answer = client.request("no/such/request", {})
        assert "error" in answer
    finally:
        client.shutdown()
    assert not client.tracebacks(), client.tracebacks()


def test_a_client_that_disappears_mid_storm(course):
    root, lesson = course
    client = RawClient(root)
    client.initialize(root)
    uri = lesson.as_uri()
    text = lesson.read_text(encoding="utf-8")
    open_doc(client, uri, text)
    rng = random.Random(3)
    for version in range(2, 60):
        text = edit(client, uri, version, text, *random_edit(rng, text))
    # Gone without shutdown or exit: both pipes close at once.
    client.proc.stdin.close()
    client.proc.stdout.close()
    try:
        code = client.proc.wait(20)
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
    time.sleep(0.2)
    assert code is not None
    assert not client.tracebacks(), client.tracebacks()
