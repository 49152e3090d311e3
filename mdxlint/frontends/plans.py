"""``mdxlint plan``: check a lesson plan's mechanically checkable must-haves against
the written lessons.

A plan is Markdown with YAML frontmatter (``files_modified``, ``must_haves`` with
``artifacts`` and ``key_links``) and ``<task>`` blocks whose ``<action>`` lists the
lesson's frontmatter values and numbered content sections and whose ``<verify>`` is a
checklist.  Every item becomes a check with status ``pass``, ``fail`` or ``manual``
and the evidence (line numbers) for it.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from mdxlint.analyzers.patterns import exponential_shape
from mdxlint.mdx.slug import slugify
from mdxlint.project.schema import yaml_type_name


@dataclass(eq=False)
class Check:
    plan: str
    check: str  # artifact, key_link, frontmatter, section, verify
    target: str
    status: str  # pass, fail, manual
    evidence: str
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if not data["detail"]:
            data.pop("detail")
        return data


@dataclass(eq=False)
class Task:
    name: str
    files: list[str]
    action: str
    verify: list[str]


@dataclass(eq=False)
class Plan:
    path: str
    meta: dict[str, Any]
    tasks: list[Task]
    error: str | None = None


_FRONTMATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_TASK = re.compile(r"<task\b[^>]*>(.*?)</task>", re.S)
_TAG = lambda name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)  # noqa: E731


def read_plan(path: str) -> Plan:
    try:
        text = Path(path).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as error:
        return Plan(path, {}, [], f"cannot read the plan: {error}")
    meta: dict[str, Any] = {}
    match = _FRONTMATTER.match(text)
    error = None
    if match is None and re.match(r"---[ \t]*\n", text):
        error = "the plan's frontmatter opened with `---` on line 1 is never closed by a `---` line"
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
            meta = loaded if isinstance(loaded, dict) else {}
        except yaml.YAMLError as problem:
            error = f"the plan's frontmatter is not valid YAML: {problem}"
    tasks = []
    for task in _TASK.finditer(text):
        body = task.group(1)
        name = (_TAG("name").search(body) or [None, ""])[1] if _TAG("name").search(body) else ""
        files_match = _TAG("files").search(body)
        files = [f.strip() for f in re.split(r"[,\n]", files_match.group(1)) if f.strip()] if files_match else []
        action_match = _TAG("action").search(body)
        verify_match = _TAG("verify").search(body)
        verify = []
        if verify_match:
            for line in verify_match.group(1).splitlines():
                item = re.sub(r"^\s*(?:[-*]|\d+[.)])\s+", "", line).strip()
                if item and item != "---" and re.match(r"^\s*(?:[-*]|\d+[.)])\s+", line):
                    verify.append(item)
        tasks.append(Task(name.strip(), files, action_match.group(1) if action_match else "", verify))
    return Plan(path, meta, tasks, error)


# -- helpers -------------------------------------------------------------------------------


def _as_list(value: Any) -> list:
    """A plan's list field as a list: one value written alone is a list of one; a mapping or nothing, none."""
    if value is None or isinstance(value, dict):
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _whole_number(value: Any) -> int | None:
    """A count written as a number, or as text around one ("~200", "200+"); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    found = re.fullmatch(r"\s*~?\s*(\d{1,9})\s*\+?\s*", str(value)) if isinstance(value, (str, float)) else None
    return int(found.group(1)) if found else None


class Lesson:
    def __init__(self, path: Path):
        self.path = path
        self.text = path.read_text(encoding="utf-8", errors="replace")
        self.lines = self.text.split("\n")
        self._doc = None

    @property
    def doc(self):
        if self._doc is None:
            from mdxlint.mdx.parser import parse_document
            from mdxlint.mdx.source import SourceText

            self._doc = parse_document(str(self.path), SourceText(self.text))
        return self._doc

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


def _looks_like_path(text: str) -> bool:
    """A file or folder path (`src/x.mdx`, `01-intro.mdx`, `labs/`), not words ("GitHub Actions
    workflow run", "lesson-01", "All diagrams")."""
    return bool(re.search(r"[/\\]|\.\w{1,6}$", text.strip()))


# os.path's tests answer False for a name too long for the file system or with a NUL in it, where
# pathlib's raise.
_is_file = os.path.isfile
_is_dir = os.path.isdir


def _find_elsewhere(root: Path, rel: str) -> list[str]:
    name = os.path.basename(rel)
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".git", "dist", ".astro")]
        if name in files:
            found.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(found)


_CONTINUATION = re.compile(r"\\[ \t]*\n[ \t]*|\n[ \t]*(?=\.[A-Za-z_])|(?<=[(\[,])[ \t]*\n[ \t]*")


def _joined(text: str) -> tuple[str, list[int]]:
    """The text with statement continuations removed (``\\`` line ends, lines that
    start with ``.method``, lines after an open bracket or comma), and for each
    character of the result its offset in the original."""
    out: list[str] = []
    positions: list[int] = []
    cursor = 0
    for match in _CONTINUATION.finditer(text):
        out.append(text[cursor : match.start()])
        positions.extend(range(cursor, match.start()))
        cursor = match.end()
    out.append(text[cursor:])
    positions.extend(range(cursor, len(text)))
    return "".join(out), positions


def match_pattern(pattern: str, lesson: Lesson) -> tuple[str, str]:
    """(status, evidence) for a key_link regex against a lesson."""
    try:
        regex = re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as error:
        return "fail", f"the pattern is not a valid regular expression: {error}"
    risky = exponential_shape(pattern)
    if risky is not None:
        return "manual", f"the pattern may take exponential time ({risky}); it was not run"
    for number, line in enumerate(lesson.lines, 1):
        if regex.search(line):
            return "pass", f"matched on one line: line {number}"
    joined, positions = _joined(lesson.text)
    match = regex.search(joined)
    if match:
        first = lesson.line_of(positions[match.start()])
        last = lesson.line_of(positions[max(match.start(), match.end() - 1)])
        return "pass", f"matched across lines {first}-{last} (one statement split over lines)"
    return "fail", "no line or statement matches"


_GENERIC = {
    "contains", "contain", "configuration", "config", "example", "examples", "explanation", "usage", "section",
    "present", "definition", "code", "pattern", "the", "a", "an", "with", "and", "for", "of", "in", "on", "setup",
    "parsing", "table", "diagram", "lesson", "file",
}


def _term(item: str) -> str | None:
    """What a "Contains X" item asks for: a code span, an identifier, or the phrase."""
    code = re.findall(r"`([^`]+)`", item)
    if code:
        return code[0]
    quoted = re.findall(r"\"([^\"]+)\"|'([^']+)'", item)
    if quoted:
        return quoted[0][0] or quoted[0][1]
    rest = re.sub(r"(?i)^\s*(?:contains|includes|has|uses|shows)\s+", "", item)
    words = re.findall(r"[A-Za-z_][\w.()/:-]*", rest)
    for word in words:
        if re.search(r"[A-Z]", word[1:]) or re.search(r"[_.(]", word):
            return word.rstrip(".")
    meaningful = [w for w in words if w.lower() not in _GENERIC]
    # One plain word is checkable; a phrase of plain words ("operation type handling")
    # is a judgement, left to a person.
    return meaningful[0] if len(meaningful) == 1 else None


_GREP = re.compile(r"`(grep\s[^`|;&<>]*)`(?!\s*\|)")


def _basic_regex(pattern: str) -> str:
    """A grep basic regular expression as Python's: `\\|`, `\\(`, `\\)`, `\\{`, `\\}`, `\\+`, `\\?` are
    the operators (GNU), their bare characters are literal."""
    out, index = [], 0
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\" and index + 1 < len(pattern):
            nxt = pattern[index + 1]
            out.append(nxt if nxt in "|(){}+?" else ch + nxt)
            index += 2
            continue
        out.append("\\" + ch if ch in "|(){}+?" else ch)
        index += 1
    return "".join(out)


def _terms(item: str) -> list[str]:
    """Every term a "Contains …" item names: its code spans or quoted strings, the identifiers in
    parentheses after a description ("metadata columns (_operation, _cdc_timestamp)"), else _term's one."""
    code = re.findall(r"`([^`]+)`", item)
    if code:
        return code
    quoted = [a or b for a, b in re.findall(r"\"([^\"]+)\"|'([^']+)'", item)]
    if quoted:
        return quoted
    listed = re.search(r"\(([^()]+)\)\s*$", item)
    if listed:
        names = [part.strip() for part in re.split(r",|\band\b", listed.group(1)) if part.strip()]
        if names and all(re.fullmatch(r"[A-Za-z_][\w.]*", name) and re.search(r"[_.]|[a-z][A-Z]", name) for name in names):
            return names
    term = _term(item)
    return [term] if term else []


_PATH_IN_TEXT = re.compile(r"`([^`\s]+/[^`\s]+)`|(?<![\w/.])((?:\.{1,2}/|/)?[\w.@\[\]-]+(?:/[\w.@\[\]-]+)+\.\w{1,6})\b")


def _named_path(item: str) -> str | None:
    """A file path an item names ("File exists at src/components/X.tsx"), or None."""
    found = _PATH_IN_TEXT.search(item)
    return (found.group(1) or found.group(2)) if found else None


def _find_text(term: str, lesson: Lesson) -> int | None:
    index = lesson.text.find(term)
    if index < 0:
        index = lesson.text.lower().find(term.lower())
    return None if index < 0 else lesson.line_of(index)


def _diagrams(lesson: Lesson) -> list[int]:
    doc = lesson.doc
    lines = [doc.source.position(f.start).line + 1 for f in doc.fences if f.lang.lower() == "mermaid"]
    diagram_names = {n.local for imp in doc.imports if "diagram" in imp.source.lower() for n in imp.names}
    lines += [doc.source.position(e.start).line + 1 for e in doc.jsx if e.name in diagram_names or e.name.endswith("Diagram")]
    return sorted(lines)


# -- the checks ----------------------------------------------------------------------------


class Verifier:
    def __init__(self, root: str):
        self.root = Path(root)
        self.lessons: dict[str, Lesson | None] = {}

    def outside(self, rel: str) -> bool:
        """A path that leaves the project root (absolute, or `..` past it): never read."""
        full = os.path.normpath(os.path.join(os.path.abspath(self.root), rel))
        return not (full + os.sep).startswith(os.path.abspath(self.root) + os.sep)

    def lesson(self, rel: str) -> Lesson | None:
        if rel not in self.lessons:
            path = self.root / rel
            try:
                self.lessons[rel] = Lesson(path) if not self.outside(rel) and path.is_file() else None
            except (OSError, ValueError):  # a name too long for the file system, a NUL in it
                self.lessons[rel] = None
        return self.lessons[rel]

    def content(self, rel: str) -> tuple[Lesson | None, str]:
        """The lesson to read for content checks: the planned path, or where a file of
        that name is now when it moved (exactly one candidate).  The second value says
        which, for the evidence."""
        lesson = self.lesson(rel)
        if lesson is not None:
            return lesson, ""
        elsewhere = _find_elsewhere(self.root, rel)
        if len(elsewhere) == 1:
            moved = self.lesson(elsewhere[0])
            if moved is not None:
                return moved, f" (planned at {rel}, checked at {elsewhere[0]})"
        return None, ""

    def missing(self, rel: str) -> str:
        if self.outside(rel):
            return f"{rel} is outside the project root ({self.root}); it is not read"
        elsewhere = _find_elsewhere(self.root, rel)
        if elsewhere:
            return f"{rel} does not exist; a file of that name is now at {', '.join(elsewhere)}"
        return f"{rel} does not exist"

    def verify(self, plan: Plan) -> list[Check]:
        name = plan.path
        checks: list[Check] = []
        if plan.error:
            return [Check(name, "artifact", name, "fail", plan.error)]
        must = plan.meta.get("must_haves") or {}
        if not isinstance(must, dict):
            checks.append(Check(name, "artifact", "must_haves", "fail",
                                f"`must_haves` is a {yaml_type_name(must)}, not a mapping of `truths`, `artifacts` and `key_links`"))
            must = {}
        for section in ("artifacts", "key_links"):
            value = must.get(section)
            if value is not None and not isinstance(value, list):
                # (held-out h106: `artifacts: 5` stopped the command with an internal error)
                checks.append(Check(name, "artifact", f"must_haves.{section}", "fail",
                                    f"`must_haves.{section}` is a {yaml_type_name(value)}, not a list: nothing in it is checked"))
        artifacts = must.get("artifacts") if isinstance(must.get("artifacts"), list) else []
        files = [str(f) for f in _as_list(plan.meta.get("files_modified"))]
        truths = must.get("truths")
        for truth in _as_list(truths):
            if isinstance(truth, str) and truth.strip():
                # A statement about what the lesson teaches: for a person to judge, listed so it is not lost.
                checks.append(Check(name, "truth", truth.strip(), "manual", "a statement to judge by reading the lesson"))
        for artifact in artifacts:
            if isinstance(artifact, dict) and artifact.get("path"):
                checks.extend(self.artifact(name, artifact))
                files.append(str(artifact["path"]))
        for link in must.get("key_links") if isinstance(must.get("key_links"), list) else []:
            if isinstance(link, dict):
                checks.append(self.key_link(name, link, files))
        for task in plan.tasks:
            lesson_files = [f for f in task.files if f.endswith((".mdx", ".md"))]
            for rel in lesson_files[:1]:
                checks.extend(self.frontmatter(name, task, rel))
                checks.extend(self.sections(name, task, rel))
            for item in task.verify:
                checks.append(self.verify_item(name, item, lesson_files))
        return checks

    def artifact(self, plan: str, artifact: dict) -> list[Check]:
        rel = str(artifact["path"])
        if not _looks_like_path(rel) and not _is_file(self.root / rel) and not self.outside(rel):
            return [Check(plan, "artifact", rel, "manual", "not a file path (a description of the artifact): for a person to check")]
        if not self.outside(rel) and _is_dir(self.root / rel):
            return self.folder_artifact(plan, rel, artifact)
        lesson, moved = self.content(rel)
        if lesson is None:
            return [Check(plan, "artifact", rel, "fail", self.missing(rel))]
        if moved:
            # The lesson moved since the plan was written (the one file of that name): the other
            # checks read it there, and so does this one, saying so.
            where = os.path.relpath(lesson.path, self.root)
            checks = [Check(plan, "artifact", rel, "pass", f"{rel} is not there; the one file of that name is at {where}, "
                                                           "checked there")]
        else:
            checks = [Check(plan, "artifact", rel, "pass", f"{rel} exists")]
        if artifact.get("min_lines") is not None:
            count = len(lesson.lines) - (1 if lesson.text.endswith("\n") else 0)
            wanted = _whole_number(artifact["min_lines"])
            if wanted is None:
                checks.append(Check(plan, "artifact", f"{rel} min_lines", "manual",
                                    f"min_lines {artifact['min_lines']!r} is not a number of lines; the file has {count}"))
            else:
                checks.append(Check(plan, "artifact", f"{rel} min_lines {wanted}", "pass" if count >= wanted else "fail",
                                    f"{count} lines"))
        contains = artifact.get("contains")
        for term in contains if isinstance(contains, list) else ([contains] if contains else []):
            line = _find_text(str(term), lesson)
            checks.append(
                Check(plan, "artifact", f"{rel} contains {term!r}", "pass" if line else "fail",
                      f"line {line}" if line else f"{term!r} not found")
            )
        return checks

    def folder_artifact(self, plan: str, rel: str, artifact: dict) -> list[Check]:
        """A planned folder (``src/components/diagrams/``): it exists; ``contains`` is
        searched in the text of the files below it."""
        folder = self.root / rel
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        checks = [Check(plan, "artifact", rel, "pass", f"{rel} is a folder with {len(files)} file{'s' if len(files) != 1 else ''}")]
        contains = artifact.get("contains")
        for term in contains if isinstance(contains, list) else ([contains] if contains else []):
            found = None
            for path in files:
                try:
                    text = path.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                index = text.find(str(term))
                if index >= 0:
                    found = f"{path.relative_to(self.root).as_posix()}:{text.count(chr(10), 0, index) + 1}"
                    break
            # For a folder, `contains` often describes the files ("React components")
            # rather than quoting them: not finding the words is for a person to judge.
            checks.append(Check(plan, "artifact", f"{rel} contains {term!r}", "pass" if found else "manual",
                                f"at {found}" if found else f"the words are in none of the {len(files)} files below {rel}; "
                                "check whether the folder holds what they describe"))
        return checks

    def key_link(self, plan: str, link: dict, files: list[str]) -> Check:
        source = str(link.get("from") or "")
        raw_pattern = link.get("pattern")
        pattern = raw_pattern if isinstance(raw_pattern, str) else ""
        target = f"{source} -> {link.get('to', '')} ({pattern})"
        if not pattern.strip():
            what = "no pattern" if raw_pattern is None or raw_pattern == "" else f"a pattern that is not text ({raw_pattern!r})"
            return Check(plan, "key_link", target, "manual", f"the link has {what}: nothing to search for")
        if not source:
            return Check(plan, "key_link", target, "manual", "the link names no file (`from`)")
        if not _looks_like_path(source) and not _is_file(self.root / source) and not any(
                os.path.basename(f) == source for f in files):
            return Check(plan, "key_link", target, "manual",
                         f"`{source}` names no file (a description or an alias of a lesson): for a person to check")
        if self.outside(source.split("*", 1)[0].split("?", 1)[0].split("[", 1)[0] or "."):
            return Check(plan, "key_link", target, "fail", self.missing(source))
        if any(ch in source for ch in "*?["):
            try:
                globbed = [p for p in self.root.glob(source) if p.is_file()]
            except (NotImplementedError, ValueError, OSError):
                globbed = []
            exact = self.root / source
            if not globbed and _is_file(exact):
                globbed = [exact]  # (a name with brackets in it: `[...slug].astro`)
            matches = sorted(str(p.relative_to(self.root)) for p in globbed)
            if not matches:
                return Check(plan, "key_link", target, "fail", f"no file matches {source}")
            results = [(rel, match_pattern(pattern, self.lesson(rel))) for rel in matches]
            passed = [(rel, r) for rel, r in results if r[0] == "pass"]
            if passed:
                return Check(plan, "key_link", target, "pass", "; ".join(f"{rel}: {r[1]}" for rel, r in passed[:5]))
            return Check(plan, "key_link", target, "fail", f"none of {len(matches)} files matching {source} matches")
        candidates = [f for f in files if f == source or os.path.basename(f) == os.path.basename(source)]
        rel = candidates[0] if candidates else source
        lesson, moved = self.content(rel)
        if lesson is None:
            return Check(plan, "key_link", target, "fail", self.missing(rel))
        status, evidence = match_pattern(pattern, lesson)
        return Check(plan, "key_link", target, status, f"{rel}: {evidence}{moved}")

    def frontmatter(self, plan: str, task: Task, rel: str) -> list[Check]:
        block = re.search(r"\*\*Frontmatter:?\*\*:?\s*\n((?:\s*[-*]\s+[A-Za-z]\w*\s*:.*\n?)+)", task.action)
        if not block:
            return []
        lesson, moved = self.content(rel)
        checks = []
        expected: dict[str, Any] = {}
        for line in block.group(1).splitlines():
            item = re.match(r"\s*[-*]\s+([A-Za-z]\w*)\s*:\s*(.*)$", line)
            if not item:
                continue
            try:
                expected[item.group(1)] = yaml.safe_load(item.group(2)) if item.group(2).strip() else None
            except yaml.YAMLError:
                expected[item.group(1)] = item.group(2).strip()
        if lesson is None:
            return [Check(plan, "frontmatter", f"{rel}: {key}", "fail", self.missing(rel)) for key in expected]
        fm = lesson.doc.frontmatter
        data = fm.data if fm is not None and isinstance(fm.data, dict) else {}
        for key, value in expected.items():
            if key not in data:
                checks.append(Check(plan, "frontmatter", f"{rel}: {key}", "fail", f"the lesson has no `{key}`{moved}"))
                continue
            actual = data[key]
            line = lesson.line_of(fm.keys[key].value_start) if fm and key in fm.keys else 1
            same = actual == value or str(actual) == str(value)
            checks.append(
                Check(plan, "frontmatter", f"{rel}: {key}", "pass" if same else "fail",
                      f"line {line}: {actual!r}" + ("" if same else f", plan says {value!r}") + moved)
            )
        return checks

    def sections(self, plan: str, task: Task, rel: str) -> list[Check]:
        block = re.search(r"\*\*Content structure[^*]*\*\*:?\s*\n(.*?)(?=\n\*\*[A-Z][^*]*\*\*:?\s*\n|\Z)", task.action, re.S)
        if not block:
            return []
        wanted = [
            (m.group(1).strip(), int(m.group(2)) if m.group(2) else None)
            for m in re.finditer(r"^\s*\d+\.\s+\*\*(.+?)\*\*\s*(?:\(~?\s*(\d+)\s*words?\))?", block.group(1), re.M)
        ]
        if not wanted:
            return []
        lesson, moved = self.content(rel)
        if lesson is None:
            return [Check(plan, "section", f"{rel}: {title}", "fail", self.missing(rel)) for title, _ in wanted]
        headings = lesson.doc.headings
        checks = []
        last_index = -1
        for title, words in wanted:
            index = _match_heading(title, headings)
            if index is None:
                if _other_language(title, headings):
                    checks.append(Check(plan, "section", f"{rel}: {title}", "manual",
                                        f"no heading with these words; the lesson's headings are in Russian and the plan's "
                                        f"title in English, so whether a section covers it is for a person to read{moved}"))
                else:
                    checks.append(Check(plan, "section", f"{rel}: {title}", "fail", f"no heading with this text{moved}"))
                continue
            heading = headings[index]
            count = _section_words(lesson, headings, index)
            order = "in order" if index > last_index else f"out of order (after the heading on line {headings[last_index].line + 1})"
            status = "pass" if index > last_index else "fail"
            last_index = max(last_index, index)
            length = f"; {count} words" + (f" (plan: ~{words})" if words else "")
            checks.append(
                Check(plan, "section", f"{rel}: {title}", status, f"line {heading.line + 1}: {heading.text!r}, {order}{length}{moved}",
                      {"words": count, "planned_words": words})
            )
        return checks

    def verify_item(self, plan: str, item: str, lesson_files: list[str]) -> Check:
        lessons = []
        for rel in lesson_files:
            lesson, moved = self.content(rel)
            lessons.append((rel + moved if lesson is not None and moved else rel, lesson))
        low = item.lower()
        grep = self.grep_item(plan, item)
        if grep is not None:
            return grep
        if not lessons:
            return Check(plan, "verify", item, "manual", "no lesson file in this task")
        missing = [rel for rel, lesson in lessons if lesson is None]
        present = [(rel, lesson) for rel, lesson in lessons if lesson is not None]
        lines_wanted = re.search(r"(\d+)\+?\s+lines", low)
        named = _named_path(item)
        if named is not None and re.search(r"\bexists?\b", low):
            # "File exists at src/…": that file, not the task's.
            if self.outside(named):
                return Check(plan, "verify", item, "fail", self.missing(named))
            found = _is_file(self.root / named) or _is_dir(self.root / named)
            return Check(plan, "verify", item, "pass" if found else "fail", f"{named} exists" if found else self.missing(named))
        if re.match(r"^(?:the )?(?:file exists|files? exist|both .*exist|all .*files? exist)", low):
            absent = [rel for rel in lesson_files if self.lesson(rel) is None]
            return Check(plan, "verify", item, "fail" if absent else "pass",
                         "; ".join(self.missing(m) for m in absent) or f"{', '.join(lesson_files)} exist")
        if missing:
            return Check(plan, "verify", item, "fail", "; ".join(self.missing(m) for m in missing))
        if lines_wanted and "line" in low:
            wanted = int(lines_wanted.group(1))
            counts = {rel: len(lesson.lines) for rel, lesson in present}
            ok = all(count >= wanted for count in counts.values())
            return Check(plan, "verify", item, "pass" if ok else "fail", ", ".join(f"{rel}: {c} lines" for rel, c in counts.items()))
        if ("mermaid" in low or "diagram" in low) and not re.search(r"\bimports?\b|\bremoved?\b|\bno longer\b|\bfrom ['\"`]", low):
            number = re.search(r"(\d+)\+?\s+(?:mermaid|diagram)", low)
            wanted = int(number.group(1)) if number else 1
            if re.search(r"returns (?:0\b|empty|no\b|nothing)|\b(?:no|zero) mermaid", low):
                counts = {rel: len([f for f in lesson.doc.fences if f.lang.lower() == "mermaid"]) for rel, lesson in present}
                ok = all(c == 0 for c in counts.values())
                return Check(plan, "verify", item, "pass" if ok else "fail", ", ".join(f"{rel}: {c} mermaid fences" for rel, c in counts.items()))
            found = {rel: _diagrams(lesson) for rel, lesson in present}
            ok = all(len(lines) >= wanted for lines in found.values())
            return Check(plan, "verify", item, "pass" if ok else "fail",
                         "; ".join(f"{rel}: diagrams on lines {lines}" if lines else f"{rel}: no diagram" for rel, lines in found.items()))
        imported = re.search(r"\bimports?\b.*?\bfrom\s+[`'\"]([^`'\"]+)[`'\"]", item)
        if imported is not None and not re.search(r"^\W*(?:no|zero)\b|\bremoved?\b|\bno longer\b", low):
            # "Each MDX file has import from '../diagrams/module5'": an import of that module in each lesson.
            source = imported.group(1)
            lines = {rel: [lesson.doc.source.position(imp.start).line + 1 for imp in lesson.doc.imports if imp.source == source]
                     for rel, lesson in present}
            return Check(plan, "verify", item, "pass" if all(lines.values()) else "fail", "; ".join(
                f"{rel}: imported on line {found[0]}" if found else f"{rel}: no import from {source!r}"
                for rel, found in lines.items()))
        if "frontmatter" in low and ("required" in low or "valid" in low or "all" in low):
            return self._rules(plan, item, present, ["FM001", "FM002"])
        if "language tag" in low or "code blocks use" in low:
            return self._rules(plan, item, present, ["FNC001", "FNC002"])
        if re.match(r"(?i)^\s*(?:contains|includes|has)\b", item) or low.endswith(" present"):
            terms = _terms(item if not low.endswith(" present") else item[: -len(" present")])
            if terms:
                # Every term the item names must be there ("Contains `a` and `b`").
                results = {(rel, term): _find_text(term, lesson) for rel, lesson in present for term in terms}
                ok = all(results.values())
                return Check(plan, "verify", item, "pass" if ok else "fail", "; ".join(
                    f"{rel}: {term!r} on line {line}" if line else f"{rel}: {term!r} not found"
                    for (rel, term), line in results.items()))
        reason = "no mechanical check for this item"
        if "russian" in low and "english" in low:
            reason = "language policy: needs the LNG rules, which mdxlint does not have yet"
        elif "npm run build" in low or "typescript" in low or "tsc" in low:
            reason = "needs the site's own build; mdxlint's MDX rules cover only part of it"
        return Check(plan, "verify", item, "manual", reason)

    def grep_item(self, plan: str, item: str) -> Check | None:
        """An item that is a `grep` command (`grep -r "Mermaid" src/content/course/01-module-1/`), run
        as grep would run it, and judged by what the item expects: no match where it says so ("No …",
        "Zero …", "returns no results", "returns 0"), a match otherwise.  None for other items and for
        commands read otherwise (pipes, counts other than 0, options not followed here)."""
        found = _GREP.search(item)
        if found is None:
            return None
        try:
            words = shlex.split(found.group(1))
        except ValueError:
            return None
        options, operands = set(), []
        for word in words[1:]:
            if word.startswith("-") and len(word) > 1 and not operands:
                if not re.fullmatch(r"-[rRqncEiFwlsH]+", word):
                    return None
                options.update(word[1:])
            else:
                operands.append(word)
        low = item.lower()
        after = item[found.end():].lower()
        count = re.search(r"returns (\d+)", after)
        if len(operands) < 2 or (count and count.group(1) != "0"):
            return None
        expect_none = bool(re.search(r"^\W*(?:\d+\.\s*)?(?:no|zero|none)\b", low) or re.search(
            r"returns (?:0\b|no\b|nothing|empty)|no (?:results|matches)", after))
        pattern, paths = operands[0], operands[1:]
        try:
            if "F" in options:
                regex = re.compile(re.escape(pattern), re.I if "i" in options else 0)
            else:
                regex = re.compile(pattern if "E" in options else _basic_regex(pattern), re.I if "i" in options else 0)
        except re.error:
            return None
        if "w" in options:
            regex = re.compile(rf"(?<!\w)(?:{regex.pattern})(?!\w)", regex.flags)
        files: list[Path] = []
        for raw in paths:
            rel = self._project_path(raw)
            if rel is None:
                return None
            matched = sorted(self.root.glob(rel)) if any(ch in rel for ch in "*?[") else [self.root / rel]
            for path in matched:
                if _is_dir(path):
                    if not options & {"r", "R"}:
                        return None
                    files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
                elif _is_file(path):
                    files.append(path)
        if not files:
            return Check(plan, "verify", item, "fail", f"grep finds no file at {' '.join(paths)}")
        hits = []
        for path in files:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for number, line in enumerate(text.split("\n"), 1):
                if regex.search(line):
                    hits.append(f"{path.relative_to(self.root).as_posix()}:{number}")
        shown = ", ".join(hits[:5]) + (f" and {len(hits) - 5} more" if len(hits) > 5 else "")
        if expect_none:
            return Check(plan, "verify", item, "fail" if hits else "pass",
                         f"grep matches {len(hits)} line{'s' if len(hits) != 1 else ''}: {shown}" if hits
                         else f"grep matches no line in {len(files)} file{'s' if len(files) != 1 else ''}")
        return Check(plan, "verify", item, "pass" if hits else "fail",
                     f"grep matches {shown}" if hits else f"grep matches no line in {len(files)} file{'s' if len(files) != 1 else ''}")

    def _project_path(self, raw: str) -> str | None:
        """A path of a command, relative to the root: as written, or an absolute path from the
        author's machine by its part that exists under the root ("/Users/…/src/content/x.mdx")."""
        if not os.path.isabs(raw):
            return None if self.outside(raw) else raw
        parts = Path(raw).parts[1:]
        for start in range(len(parts)):
            rel = "/".join(parts[start:])
            if rel and not any(ch in rel for ch in "*?[") and (_is_file(self.root / rel) or _is_dir(self.root / rel)):
                return rel
        return None

    def _rules(self, plan: str, item: str, present, codes: list[str]) -> Check:
        from mdxlint.api import lint_paths
        from mdxlint.project.settings import Settings

        run = lint_paths([str(lesson.path) for _, lesson in present], Settings(select=codes), use_cache=False)
        if run.diagnostics:
            evidence = "; ".join(f"{Path(d.path).name}:{d.line}: {d.code} {d.message}" for d in run.diagnostics[:5])
            return Check(plan, "verify", item, "fail", evidence)
        return Check(plan, "verify", item, "pass", f"{', '.join(codes)}: no findings")


def _normal(text: str) -> str:
    return slugify(re.sub(r"[`*_]", "", text)).strip("-")


def _match_heading(title: str, headings) -> int | None:
    """The heading a planned section title names: the same words, the title's words within the
    heading's ("Setup" in "GCP Setup Guide"), or a heading of two or more of the title's words in
    a row ("Cloud SQL" for "Cloud SQL setup"; a one-word heading only when it is the title's first
    word of five letters or more), whole words only ("Go" is no "Google")."""
    wanted = _normal(title)
    for index, heading in enumerate(headings):
        if _normal(heading.text) == wanted:
            return index
    wanted_words = wanted.split("-") if wanted else []
    for index, heading in enumerate(headings):
        have = _normal(heading.text)
        if not wanted_words or not have:
            continue
        have_words = have.split("-")
        if _run_in(wanted_words, have_words):
            return index
        if _run_in(have_words, wanted_words) and (
                len(have_words) >= 2 or (have_words[0] == wanted_words[0] and len(have_words[0]) >= 5)):
            return index
    return None


def _run_in(run: list[str], words: list[str]) -> bool:
    """Whether ``run`` stands in ``words`` as consecutive words."""
    return any(words[start : start + len(run)] == run for start in range(len(words) - len(run) + 1))


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def _other_language(title: str, headings) -> bool:
    """A title in Latin script against headings mostly in Cyrillic: the lesson is written in
    another language than its plan, and a title is matched by reading, not by its words."""
    if _CYRILLIC.search(title) or not _LATIN.search(title) or not headings:
        return False
    cyrillic = sum(1 for heading in headings if _CYRILLIC.search(heading.text))
    return cyrillic * 2 > len(headings)


def _section_words(lesson: Lesson, headings, index: int) -> int:
    heading = headings[index]
    end = len(lesson.text)
    for other in headings[index + 1 :]:
        if other.level <= heading.level:
            end = other.start
            break
    words = 0
    for block in lesson.doc.prose:
        if heading.end <= block.start < end and block.kind != "heading":
            words += len(re.findall(r"\w+", block.text))
    return words


class PlanUsageError(Exception):
    """No plan to check: a folder without plans, or a named file that is not a plan."""


def verify_paths(paths: list[str], root: str | None) -> list[Check]:
    plans: list[tuple[str, bool]] = []  # (path, named on the command line)
    for raw in paths:
        path = Path(raw)
        if _is_dir(path):
            found = [str(p) for p in sorted(path.rglob("*PLAN*.md"))]
            found += [str(p) for p in sorted(path.rglob("*.txt")) if "PLAN" not in p.name]
            if not found:
                raise PlanUsageError(f"{raw}: no plan below this folder (plans are *PLAN*.md or .txt files)")
            plans.extend((plan, False) for plan in found)
        else:
            plans.append((raw, True))
    checks: list[Check] = []
    verifiers: dict[str, Verifier] = {}
    for plan_path, named in plans:
        plan_root = root or _root_for_plan(plan_path)
        verifier = verifiers.setdefault(plan_root, Verifier(plan_root))
        found = verifier.verify(read_plan(plan_path))
        if named and not found:
            raise PlanUsageError(f"{plan_path}: not a plan (no must_haves, tasks or verify steps to check)")
        checks.extend(found)
    return checks


def _root_for_plan(plan_path: str) -> str:
    path = Path(os.path.abspath(plan_path)).parent
    for folder in (path, *path.parents):
        if (folder / ".planning").is_dir() or (folder / "src" / "content").is_dir():
            return str(folder)
    return os.getcwd()
