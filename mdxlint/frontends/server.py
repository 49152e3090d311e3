"""The language server: ``mdxlint server`` (stdio, pygls).

The same in-process engine and configuration discovery as the CLI.  Per workspace it
keeps a course index of every lesson (read from disk once, then updated from open
buffers and saves), so course rules stay right while the author types: a
prerequisite or link becomes valid as soon as its target exists.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import time
import traceback
from pathlib import Path
from typing import Any

import re

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace.position_codec import PositionCodec
from pygls.workspace.text_document import TextDocument

from mdxlint._version import __version__
from mdxlint.api import course_files, fix_text, read_course
from mdxlint.project import probes
from mdxlint.lint.configuration import load_settings
from mdxlint.project.settings import ConfigError, Settings
from mdxlint.project.course import CourseIndex, find_project_root
from mdxlint.lint.diagnostics import Diagnostic, Severity
from mdxlint.lint.engine import FileOutcome, Linter
from mdxlint.lint.registry import get_rule
from mdxlint.frontends.reporters import rule_url

DEBOUNCE_SECONDS = 0.0  # the lint runs as a task: a change that arrives before it starts cancels it, so bursts still coalesce
# A change that comes sooner after the end of the previous lint of its document than
# that lint took (and within STORM_WINDOW) waits about as long as that lint took (at most
# MAX_STORM_DELAY): a storm of edits is linted a few times, not once per edit, while
# typing, slower than the lint, is linted at once after each keystroke.
STORM_WINDOW = 0.25
# How often a lint looks at the disk for lessons and configuration changed behind the editor's back.
DISK_LOOK_SECONDS = 1.0
MAX_STORM_DELAY = 0.5
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
FIX_ALL = "source.fixAll.mdxlint"


class Project:
    """Settings, linter and course index for one project root."""

    def __init__(self, root: str, settings: Settings):
        self.root = root
        self.settings = settings
        self.linter = Linter(settings)
        self.index = CourseIndex(settings)
        self.loaded = False
        self.on_disk: dict[str, tuple[int, int] | None] = {}  # lesson file -> (mtime, size) when read
        self.config_stamps = _config_stamps(root)
        self.looked_at = time.monotonic()  # when the disk was last compared with what was read

    def load(self) -> None:
        """Read every lesson of the course from disk once (facts only)."""
        if self.loaded:
            return
        self.loaded = True
        # From the command line's cache where a lesson is unchanged (and into it): the
        # first document opened does not wait for the whole course to be parsed again.
        files = read_course(self.index, self.linter, self.root)
        self.on_disk = {os.path.abspath(path): probes.stamp(path) for path in files}
        # The course's facts live as long as the server: keep the collector's full passes off
        # them (one pass over them took ~60 ms, a keystroke's lint ~80 ms). Only what exists
        # now is frozen; a lesson's facts replaced later become garbage as usual.
        gc.collect()
        gc.freeze()


    def refresh(self, open_paths: set[str]) -> bool:
        """Read again the lessons created, changed or deleted on disk since they were read (a git
        pull, a branch switch, a file made in a terminal), the open ones aside: their buffers are
        what counts.  Whether anything changed."""
        if not self.loaded:
            return False
        now = {os.path.abspath(path): probes.stamp(path) for path in course_files(self.settings, self.root)}
        changed = False
        for path in [path for path in self.on_disk if path not in now]:
            del self.on_disk[path]
            if path not in open_paths:
                self.index.remove(path)
                changed = True
        for path, stamp in now.items():
            if self.on_disk.get(path, ()) != stamp:
                self.on_disk[path] = stamp
                if path not in open_paths:
                    outcome = self.linter.analyze_path(path)
                    if outcome.facts is not None:
                        self.index.add(outcome.facts)
                    changed = True
        return changed


def _config_stamps(root: str) -> tuple:
    """What the configuration files at a project's root are now (a new mdxlint.toml changes them)."""
    return tuple(probes.stamp(os.path.join(root, name)) for name in ("mdxlint.toml", ".mdxlint.toml", "pyproject.toml"))


class _AnsweringProtocol(LanguageServerProtocol):
    """pygls's protocol, answering a request whose params do not read (a character of -1, a line past
    2**31) with JSON-RPC's error: it logged them and sent nothing, and the editor's request waited
    for ever (held-out h37)."""

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], error=error.to_response_error())
            raise


class MdxlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("mdxlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=_AnsweringProtocol)
        self.projects: dict[str, Project] = {}
        self.outcomes: dict[str, FileOutcome] = {}  # uri -> last outcome
        self.published: dict[str, list[Diagnostic]] = {}
        self.published_versions: dict[str, int | None] = {}  # the document's version its findings are of
        self.pending: dict[str, asyncio.Task] = {}
        self.folders: dict[str, Project] = {}  # folder -> project, so typing does not re-read config
        self.last_lint: dict[str, tuple[float, float]] = {}  # uri -> (when the last lint ended, how long it took)

    # -- projects --------------------------------------------------------------------
    def project_for(self, path: str) -> Project:
        folder = os.path.dirname(os.path.abspath(path))
        cached = self.folders.get(folder)
        if cached is not None:
            return cached
        self.folders[folder] = project = self._project_for(path)
        return project

    def _project_for(self, path: str) -> Project:
        try:
            settings = load_settings(start=path)
        except ConfigError as error:
            self.log(f"configuration error: {error}; using defaults", types.MessageType.Error)
            settings = Settings(root=find_project_root(path))
        root = str(Path(settings.config_path).parent) if settings.config_path else find_project_root(path)
        if settings.config_path is None:
            settings.root = root
        project = self.projects.get(root)
        if project is None:
            project = self.projects[root] = Project(root, settings)
        return project

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=f"mdxlint: {message}"))
        except Exception:  # the client may be gone: one line on stderr, no traceback
            logging.getLogger(__name__).warning(message.split("\n", 1)[0])

    # -- linting -----------------------------------------------------------------------
    def is_open(self, uri: str) -> bool:
        from urllib.parse import unquote

        return unquote(uri) in self.workspace.text_documents

    def lint(self, uri: str) -> None:
        if not self.is_open(uri):
            return  # closed before its lint ran: publish nothing for it
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        text = document.source
        project = self.project_for(path)
        try:
            stale = self.look_at_disk(project)
            if stale:
                project = self.project_for(path)  # read again: its configuration changed
            project.load()
            outcome = project.linter.analyze_text(path, text)
            before = project.index.get(path)
            if outcome.facts is not None:
                project.index.add(outcome.facts)
            self.outcomes[uri] = outcome
            # Other lessons' course findings depend on this one only through what it
            # declares (frontmatter, headings, exports): recheck them when that changed.
            others = stale or before is None or _signature(before) != _signature(outcome.facts)
            self.publish_project(project, changed=uri, others=others)
        except Exception as error:  # never take the server down
            self.log(f"linting {path} failed: {error}\n{traceback.format_exc()}", types.MessageType.Error)

    def publish_project(self, project: Project, changed: str, others: bool = True) -> None:
        """Publish the changed document, and the course findings of the other open
        documents of the project (a change here can fix a link there)."""
        changed_path = to_fs_path(changed) or changed
        if not project.linter.has_course_rules:
            course = {}
        elif others:
            # Findings are published for open documents only: compute no others.
            open_paths = [to_fs_path(uri) or uri for uri in self.outcomes if uri != changed and self.is_open(uri)]
            course = project.linter.course_diagnostics(project.index, focus=[changed_path, *open_paths])
        else:
            course = project.linter.course_diagnostics(project.index, focus=changed_path)
        for uri, outcome in list(self.outcomes.items()):
            path = to_fs_path(uri) or uri
            if uri != changed and (not others or self.project_for(path) is not project):
                continue
            extra = course.get(os.path.abspath(path), [])
            diagnostics = project.linter.finalize(outcome, extra)
            diagnostics.sort(key=Diagnostic.sort_key)
            if uri != changed and _same(diagnostics, self.published.get(uri)):
                continue
            self.published[uri] = diagnostics
            document = self.workspace.get_text_document(uri)
            self.published_versions[uri] = document.version
            lines = lsp_lines(document.source)
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=uri,
                    version=document.version,
                    diagnostics=[to_lsp(d, lines) for d in diagnostics],
                )
            )

    def look_at_disk(self, project: Project) -> bool:
        """Whether the project's configuration (each lint) or its lessons on disk (at most once a second) changed
        since they were read (a git pull, a branch switch, a file made in a terminal; held-out h37:
        lessons created or deleted were never seen).  A changed configuration drops the project (it
        is read again); changed lessons are read again into its index."""
        if _config_stamps(project.root) != project.config_stamps:  # (three stats: every lint)
            self.projects = {root: other for root, other in self.projects.items() if other is not project}
            self.folders = {folder: other for folder, other in self.folders.items() if other is not project}
            for other in self.outcomes:
                if self.is_open(other):
                    self.schedule(other, 0)  # (the other documents of the project too; a new task replaces a pending one)
            return True
        now = time.monotonic()
        if now - project.looked_at < DISK_LOOK_SECONDS:
            return False
        project.looked_at = now
        open_paths = {os.path.abspath(to_fs_path(other) or other) for other in self.outcomes if self.is_open(other)}
        return project.refresh(open_paths)

    def schedule(self, uri: str, delay: float) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        last = self.last_lint.get(uri)
        if last is not None and time.monotonic() - last[0] < min(STORM_WINDOW, max(last[1], 0.02)):
            delay = max(delay, min(max(last[1], 0.02), MAX_STORM_DELAY))

        async def run() -> None:
            try:
                await asyncio.sleep(delay)
                started = time.monotonic()
                self.lint(uri)
                if self.is_open(uri):
                    ended = time.monotonic()
                    self.last_lint[uri] = (ended, ended - started)
            except asyncio.CancelledError:
                pass
            finally:
                if self.pending.get(uri) is current:
                    self.pending.pop(uri, None)

        current = asyncio.ensure_future(run())
        self.pending[uri] = current


def _signature(facts) -> tuple:
    if facts is None:
        return ()
    # The frontmatter's text, not repr(data): YAML aliases can make a short text a value
    # of billions of items (the parse refuses those, but the text is enough here).
    raw = facts.frontmatter.raw if facts.frontmatter is not None else None
    return (raw, tuple(h.slug for h in facts.headings), tuple(e.name for e in facts.exports))


def _same(new: list[Diagnostic], old: list[Diagnostic] | None) -> bool:
    if old is None:
        return False
    return [d.to_json() for d in new] == [d.to_json() for d in old]


# LSP ends lines at \n, \r\n and \r only (as mdxlint's positions do); pygls splits a document's
# text with str.splitlines, which also breaks at U+2028, U+0085, \f, \v and \x1c-\x1e, so an
# edit after one of them landed on the wrong line and the server's copy drifted from the editor's.
_LSP_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_LSP_BREAK = re.compile(r"\r\n|\r|\n")
TextDocument.lines = property(lambda self: tuple(_LSP_LINE.findall(self.source)))  # type: ignore[method-assign]
_FROM_CLIENT_UNITS = PositionCodec.position_from_client_units


def _position_within_line(self, lines, position: types.Position):
    """pygls's position_from_client_units with a character past the line's end taken as its end (LSP
    says so): pygls counted the line break in the line, so an edit there landed after it, inside a
    \r\n, or one character early on a last line without one (held-out h37: the server's copy of
    the document drifted from the editor's)."""
    if 0 <= position.line < len(lines):
        end = self.impl.num_units(lines[position.line].rstrip("\r\n"))
        if position.character > end:
            position = types.Position(line=position.line, character=end)
    return _FROM_CLIENT_UNITS(self, lines, position)


PositionCodec.position_from_client_units = _position_within_line  # type: ignore[method-assign]


def lsp_lines(text: str) -> list[str]:
    """The lines of a document as LSP counts them, without their endings."""
    return _LSP_BREAK.split(text)


def _utf16(line: str, column: int) -> int:
    prefix = line[:column]
    # (UTF-16 code units: a character beyond the BMP counts two; encoded in C, not counted in Python)
    return len(prefix) if prefix.isascii() else len(prefix.encode("utf-16-le")) // 2


def lsp_position(lines: list[str], line: int, column: int) -> types.Position:
    """1-based line/column in code points -> LSP position (0-based, UTF-16)."""
    index = max(0, line - 1)
    text = lines[index] if index < len(lines) else ""
    return types.Position(line=index, character=_utf16(text, max(0, column - 1)))


def to_lsp(diagnostic: Diagnostic, lines: list[str]) -> types.Diagnostic:
    data: dict[str, Any] = {"code": diagnostic.code}
    if diagnostic.fix is not None:
        data["fix"] = {
            "applicability": diagnostic.fix.applicability.value,
            "message": diagnostic.fix.message,
            "edits": diagnostic.fix_positions,
        }
    return types.Diagnostic(
        range=types.Range(
            start=lsp_position(lines, diagnostic.line, diagnostic.column),
            end=lsp_position(lines, diagnostic.end_line, diagnostic.end_column),
        ),
        message=diagnostic.message,
        severity=SEVERITY[diagnostic.severity],
        code=diagnostic.code,
        code_description=types.CodeDescription(href=rule_url(diagnostic.code)),
        source="mdxlint",
        data=data,
    )


server = MdxlintServer()


def _safe(handler):
    def wrapper(ls: MdxlintServer, params):
        try:
            return handler(ls, params)
        except Exception as error:
            ls.log(f"{handler.__name__} failed: {error}\n{traceback.format_exc()}", types.MessageType.Error)
            return None

    wrapper.__name__ = handler.__name__
    return wrapper


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
@_safe
def did_open(ls: MdxlintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.lint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
@_safe
def did_change(ls: MdxlintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
@_safe
def did_save(ls: MdxlintServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
@_safe
def did_close(ls: MdxlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()  # a lint still to run would publish findings for a closed buffer
    ls.outcomes.pop(uri, None)
    ls.published.pop(uri, None)
    ls.published_versions.pop(uri, None)
    ls.last_lint.pop(uri, None)
    path = to_fs_path(uri) or uri
    project = ls.project_for(path)
    if os.path.isfile(path):  # the index goes back to what is on disk
        outcome = project.linter.analyze_path(path)
        if outcome.facts is not None:
            project.index.add(outcome.facts)
    else:  # a buffer without a file: forget it (memory stays bounded)
        project.index.remove(path)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
    if project.linter.has_course_rules:
        # The other open documents' links may have pointed into what the closed buffer held
        # (held-out h37: a heading typed but never saved).
        ls.publish_project(project, uri)


def _edit(lines: list[str], edit: dict) -> types.TextEdit:
    return types.TextEdit(
        range=types.Range(
            start=lsp_position(lines, edit["start"]["line"], edit["start"]["column"]),
            end=lsp_position(lines, edit["end"]["line"], edit["end"]["column"]),
        ),
        new_text=edit["content"],
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]),
)
@_safe
def code_action(ls: MdxlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    if uri not in ls.published:
        return []
    document = ls.workspace.get_text_document(uri)
    if document.version != ls.published_versions.get(uri, document.version):
        # Edited since its findings were published: their fixes' positions are of the older text
        # (held-out h37: a fix rewrote the line the user had just typed). The lint on its way
        # publishes them again, and the editor asks again.
        return []
    lines = lsp_lines(document.source)
    actions: list[types.CodeAction] = []
    published = ls.published.get(uri, [])
    # The editor sends back the findings it shows, with the fixes they had when published; a
    # finding of the text as it is now has the same code, message and range among the server's
    # own, whose fix is the one offered (one no longer there is offered nothing).
    current = {_finding_key(found): found for found in (to_lsp(d, lines) for d in published)}
    tag_lines = _lines_inside_tags(document.source) if params.context.diagnostics else frozenset()
    for sent in params.context.diagnostics:
        diagnostic = current.get(_finding_key(sent))
        if diagnostic is None:
            continue
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        fix = data.get("fix")
        if fix:
            title = fix.get("message") or f"Fix {diagnostic.code}"
            actions.append(
                types.CodeAction(
                    title=f"mdxlint: {title}" + (" (unsafe)" if fix.get("applicability") == "unsafe" else ""),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=fix.get("applicability") == "safe",
                    edit=types.WorkspaceEdit(changes={uri: [_edit(lines, e) for e in fix["edits"]]}),
                )
            )
        code = str(diagnostic.code or data.get("code") or "")
        if code and _comment_can_stand_above(lines, diagnostic.range.start.line, tag_lines):
            actions.append(_suppress_action(uri, lines, diagnostic, code, published, document.source))
    if any(d.fix is not None and d.fix.applicability.value == "safe" for d in published):
        actions.append(_fix_all_action(ls, uri, document.source, lines))
    return actions


def _lines_inside_tags(source: str) -> frozenset[int]:
    """The lines that start inside a JSX tag (between `<Name` and its `>`: its attributes' lines)."""
    from mdxlint.mdx.parser import parse_document
    from mdxlint.mdx.source import SourceText

    try:
        doc = parse_document("<buffer>.mdx", SourceText(source))
    except Exception:  # noqa: BLE001 - a buffer the parser cannot read: no line is known to be safe
        return frozenset(range(len(lsp_lines(source))))
    text = doc.source.text
    inside = set()
    for tag in doc.jsx_tags:
        first = text.count("\n", 0, tag.start) + 1
        last = text.count("\n", 0, tag.end)
        inside.update(range(first, last + 1))
    return frozenset(inside)


def _finding_key(diagnostic: types.Diagnostic) -> tuple:
    start, end = diagnostic.range.start, diagnostic.range.end
    return str(diagnostic.code), diagnostic.message, start.line, start.character, end.line, end.character


def _comment_can_stand_above(lines: list[str], line: int, tag_lines: frozenset[int] = frozenset()) -> bool:
    """Whether an MDX comment on a line of its own above ``line`` (or around its fence) keeps what
    the page means: not in the frontmatter (it would be YAML), not between a tag's attributes, nor
    in a block quote or a table, whose lines a bare line would end (held-out h37)."""
    if line in tag_lines:
        return False
    if lines and lines[0].rstrip() == "---":
        closing = next((index for index in range(1, len(lines)) if lines[index].rstrip() in ("---", "...")), None)
        if closing is None or line <= closing:
            return False
    fence = _enclosing_fence(lines, line)
    for index in (line, fence) if fence is not None else (line,):
        text = lines[index].lstrip() if index < len(lines) else ""
        if text.startswith((">", "|")):
            return False
    return True


def _suppress_action(uri, lines, diagnostic, code, published, source: str = "") -> types.CodeAction:
    line = diagnostic.range.start.line
    newline = "\r\n" if "\r\n" in source else "\r" if "\r" in source else "\n"  # (the document's own)
    text = lines[line] if line < len(lines) else ""
    indent = text[: len(text) - len(text.lstrip())]
    fence_start = _enclosing_fence(lines, line)
    if fence_start is not None:
        # Inside a code fence an MDX comment would be code: wrap the fence instead.
        fence_indent = lines[fence_start][: len(lines[fence_start]) - len(lines[fence_start].lstrip())]
        fence_end = _fence_end(lines, fence_start)
        edits = [
            types.TextEdit(range=types.Range(start=types.Position(line=fence_start, character=0), end=types.Position(line=fence_start, character=0)), new_text=f"{fence_indent}{{/* mdxlint-disable {code} */}}{newline}"),
            types.TextEdit(range=types.Range(start=types.Position(line=fence_end + 1, character=0), end=types.Position(line=fence_end + 1, character=0)), new_text=f"{fence_indent}{{/* mdxlint-enable {code} */}}{newline}"),
        ]
    else:
        edits = [
            types.TextEdit(
                range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line, character=0)),
                new_text=f"{indent}{{/* mdxlint-disable-next-line {code} */}}{newline}",
            )
        ]
    return types.CodeAction(
        title=f"mdxlint: suppress {code} on this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )


def _enclosing_fence(lines: list[str], line: int) -> int | None:
    opening = None
    marker = ""
    for index, text in enumerate(lines[: line + 1]):
        stripped = text.lstrip()
        if opening is None and stripped.startswith(("```", "~~~")):
            opening, marker = index, stripped[:3]
        elif opening is not None and stripped.startswith(marker) and index != opening:
            if index == line:
                return None
            opening = None
    return opening if opening is not None and opening != line else None


def _fence_end(lines: list[str], start: int) -> int:
    marker = lines[start].lstrip()[:3]
    for index in range(start + 1, len(lines)):
        if lines[index].lstrip().startswith(marker):
            return index
    return len(lines) - 1


def _fix_all_action(ls: MdxlintServer, uri: str, source: str, lines: list[str]) -> types.CodeAction:
    path = to_fs_path(uri) or uri
    project = ls.project_for(path)
    fixed, _ = fix_text(source, path, project.linter, project.index)
    end = types.Position(line=len(lines) - 1, character=_utf16(lines[-1], len(lines[-1])))
    return types.CodeAction(
        title="mdxlint: fix all safe fixes in this file",
        kind=FIX_ALL,
        edit=types.WorkspaceEdit(
            changes={uri: [types.TextEdit(range=types.Range(start=types.Position(line=0, character=0), end=end), new_text=fixed)]}
        ),
    )


@server.feature(types.TEXT_DOCUMENT_HOVER)
@_safe
def hover(ls: MdxlintServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    if uri not in ls.published:
        return None  # not a document we linted
    document = ls.workspace.get_text_document(uri)
    lines = lsp_lines(document.source)
    position = params.position
    pages = []
    for diagnostic in ls.published.get(uri, []):
        start = lsp_position(lines, diagnostic.line, diagnostic.column)
        end = lsp_position(lines, diagnostic.end_line, diagnostic.end_column)
        if (start.line, start.character) <= (position.line, position.character) <= (end.line, end.character):
            rule = get_rule(diagnostic.code)
            if rule is not None and diagnostic.code not in {p[0] for p in pages}:
                pages.append((diagnostic.code, f"**{diagnostic.code}**: {diagnostic.message}\n\n---\n\n{rule.reference_page()}"))
    if not pages:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n".join(p[1] for p in pages)))


class _OneLine(logging.Formatter):
    """Log records on one line each: what failed and why, no traceback.  pygls logs
    the messages it cannot read (a body that is not JSON, a request for a document it
    never saw, a client gone mid-write) with ``logger.exception``; the server goes on,
    and stderr must not fill with tracebacks of problems that were handled."""

    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        cut = text.find("Traceback (most recent call last)")
        if cut >= 0:  # a traceback formatted into the message itself
            text = text[:cut].rstrip(" +|-\n")
        message = f"{record.levelname.lower()}: {record.name}: {text}"
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            message += f" ({type(error).__name__}: {error})"
        return " ".join(message.split("\n"))[:2000]


class ResyncingInput:
    """Standard input as pygls reads it, one header line at a time, so that a frame sent without its
    `Content-Length` does not desynchronise the rest: its body (no line ending of its own) runs into
    the next frame's header line, which is handed on as a line of its own, and pygls, having skipped
    the frame it could not read, reads the next one (otherwise every later request went unanswered)."""

    _HEADER = b"Content-Length:"

    def __init__(self, raw) -> None:
        self.raw = raw
        self.pending = b""

    def readline(self, *args) -> bytes:
        line, self.pending = (self.pending, b"") if self.pending else (self.raw.readline(*args), b"")
        at = line.find(self._HEADER)
        if at > 0:
            logging.getLogger(__name__).warning("skipped %d bytes of a message without a Content-Length header", at)
            line, self.pending = line[:at], line[at:]
        return line

    def read(self, *args) -> bytes:
        return self.raw.read(*args)

    def __getattr__(self, name):
        return getattr(self.raw, name)


def main() -> None:
    import sys

    handler = logging.StreamHandler()
    handler.setFormatter(_OneLine())
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    server.start_io(stdin=ResyncingInput(sys.stdin.buffer), stdout=sys.stdout.buffer)


__all__ = ["main", "server", "from_fs_path"]
