import re

from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document, SyntaxProblem
from mdxlint.lint.rule import Applicability, Rule, RuleContext
from mdxlint.mdx.syntax import after_flow_jsx

_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]*)>")
_LAST_COMMENT_END: list = [None, -1]  # (the text, where its last `-->` stands): one page at a time


def _last_comment_end(text: str) -> int:
    if _LAST_COMMENT_END[0] is not text:
        _LAST_COMMENT_END[:] = [text, text.rfind("-->")]
    return _LAST_COMMENT_END[1]
# The first line of an unresolved merge conflict, as git writes it.
_CONFLICT_MARKER = re.compile(r"<{7}(?:[ \t][^\n]*)?\r?(?:\n|$)")
_CONFLICT_MESSAGE = (
    "an unresolved merge conflict (`<<<<<<<`): the compiler reads its `<` as the start of a JSX tag; keep one "
    "version of the text and delete the `<<<<<<<`, `=======` and `>>>>>>>` lines"
)


_LINK_TEXT_SPECIAL = re.compile(r"[\\`*_\[\]{}<>&!~|]")
_DESTINATION_SPECIAL = re.compile(r"[\\()&<>]")

class CompilerRejects(Rule):
    r"""The MDX compiler would reject this file, and the site build would fail.

    ## What it does
    Reads the file the way the MDX 3 compiler (`@mdx-js/mdx`, used by
    `@astrojs/mdx`) does and reports where it would stop: a `<` that cannot start a
    JSX tag (`<5`, `<=`), unclosed or mismatched tags, a closing tag with no opener,
    invalid attribute syntax, `{…}` that is not one JavaScript expression, HTML
    comments, autolinks, `import`/`export` blocks that do not parse, and lines that
    lose their list or block quote prefix in the middle of a tag or expression.

    The compiler stops at its first error, so the first problem is always reported;
    others are reported too when they are certain to fail on their own (a `<` before
    a digit, an HTML comment, an autolink), so that one `--fix` repairs them all.

    An unresolved merge conflict (a `<<<<<<<` line) is reported once, with no fix.

    Fixes (safe): `<` before a digit or punctuation in text becomes `&lt;`;
    `<!-- x -->` becomes `{/* x */}`; a `{` that is never closed becomes `\{`.

    ## Why is this bad
    One such character fails the whole site build, not just the lesson: MDX reads
    `<` as the start of a JSX tag and `{` as the start of a JavaScript expression.

    ## Example
    ```mdx
    Задержка репликации обычно <1 секунды.
    ```

    ## Use instead
    ```mdx
    Задержка репликации обычно &lt;1 секунды.
    ```
    """

    code = "MDX001"
    name = "mdx-compiler-rejects"
    severity = Severity.ERROR
    fix_applicability = Applicability.SAFE

    def check(self, doc: Document, ctx: RuleContext) -> None:
        site = ctx.settings.site
        if site is not None and site.mdx_version.value == 1:
            return  # MDX 1 (Docusaurus 2) has other rules; mdxlint reads MDX 2 and 3
        problems = doc.syntax_problems
        if not problems:
            return
        first = problems[0]
        reported: set[int] = set()
        conflicts: set[int] = set()  # lines of merge conflict markers already reported
        for problem in problems:
            certain = self._certain(doc, problem)
            if problem is not first and certain is None:
                continue
            if problem is not first and 0 <= first.start < problem.start <= first.offset:
                continue  # inside the construct where the compiler stops (an unclosed `{/*` runs over it): its text
            if problem.offset in reported:
                continue
            reported.add(problem.offset)
            marker = self._conflict_marker(doc, problem)
            if marker is not None:
                # One finding for the line, not one for each of its `<`; and no fix: escaping the
                # marker would publish the conflict, both versions of the text.
                if marker not in conflicts:
                    conflicts.add(marker)
                    ctx.report(problem.offset, problem.offset + 1, _CONFLICT_MESSAGE)
                continue
            self._report(doc, ctx, problem, certain)

    @staticmethod
    def _conflict_marker(doc: Document, problem: SyntaxProblem) -> int | None:
        """The start of the merge conflict marker line (`<<<<<<< HEAD`) a problem is on, or None."""
        text = doc.text
        line_start = text.rfind("\n", 0, problem.offset) + 1
        return line_start if _CONFLICT_MARKER.match(text, line_start) else None

    @staticmethod
    def _certain(doc: Document, problem: SyntaxProblem) -> str | None:
        """The kind of a problem that fails on its own wherever it stands, or None."""
        text = doc.text
        lt = problem.start
        if lt < 0 or problem.phase > 2 or text[lt : lt + 1] != "<":
            return None
        if text.startswith("<!--", lt):
            return "comment"
        if _AUTOLINK.match(text, lt):
            return "autolink"
        if problem.offset == lt + 1 and "cannot start with it" in problem.message:
            return "less-than"
        return None

    def _report(self, doc: Document, ctx: RuleContext, problem: SyntaxProblem, certain: str | None) -> None:
        text = doc.text
        offset = problem.offset
        lt = problem.start
        end = min(offset + 1, len(text))
        message = problem.message
        fix = None
        if lt >= 0 and text[lt : lt + 1] == "<" and problem.phase <= 2:
            # (no `-->` after it: not searched for, which made a page of many `<!--` quadratic)
            comment = _HTML_COMMENT.match(text, lt) if _last_comment_end(text) >= lt + 4 else None
            autolink = _AUTOLINK.match(text, lt)
            if text.startswith("<!--", lt):
                message = "HTML comments `<!-- … -->` do not exist in MDX (the compiler reads `<` as a JSX tag); write `{/* … */}`"
                site = ctx.settings.site
                if site is not None and site.html_comments.value and after_flow_jsx(text, lt):
                    # (the site reads comments, but not after a tag or expression on the same line:
                    # MDX's block-level JSX reads the `<!` first)
                    message = ("after a JSX tag or expression on the same line an HTML comment is read as a tag, "
                               "and `<!` cannot start one; write `{/* … */}` or put the comment on a line of its own")
                if comment and "*/" not in comment.group(1):
                    fix = Fix.replace(lt, comment.end(), "{/*" + comment.group(1) + "*/}", message="turn into an MDX comment")
                # (at the compiler's place, the `!` it cannot read as a tag name; the fix takes the whole comment)
                ctx.report(max(lt, offset), comment.end() if comment else max(end, offset + 1), message, fix)
                return
            if autolink:
                message = (
                    "autolinks `<https://…>` do not exist in MDX (the compiler reads `<` as a JSX tag); "
                    "write the URL bare or as `[text](url)`"
                )
                url = autolink.group(1)
                # An autolink shows its address as written: in a link's text and destination, the
                # characters Markdown or MDX would read are escaped (`)` ends the destination, `*`
                # makes emphasis, `{` an expression, `&amp;` a character reference).
                text = _LINK_TEXT_SPECIAL.sub(r"\\\g<0>", url)
                destination = _DESTINATION_SPECIAL.sub(r"\\\g<0>", url)
                fix = Fix.replace(lt, autolink.end(), f"[{text}]({destination})", message="turn into a Markdown link")
                ctx.report(max(lt, min(offset, autolink.end() - 1)), autolink.end(), message, fix)
                return
            if certain == "less-than":
                fix = Fix.replace(lt, lt + 1, "&lt;", message="escape `<` as `&lt;`")
                ctx.report(max(lt, offset), max(lt, offset) + 1, message, fix)  # (the character after `<`, as the compiler)
                return
        brace = problem.start
        if "is never closed" in message and brace >= 0 and text[brace : brace + 1] == "{":
            where = doc.source.position(brace)
            message = message.replace("this `{`", f"the `{{` at {where.line + 1}:{where.column + 1}", 1)
            if problem.phase == 2:  # a brace in prose: escaping it keeps the text as written
                fix = Fix.replace(brace, brace + 1, "\\{", message="escape `{` as `\\{`")
        ctx.report(offset, max(end, offset), message, fix)
