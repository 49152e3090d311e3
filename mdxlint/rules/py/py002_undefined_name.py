import os
import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.analyzers.python.notebook import _Names, loose_bindings, notebook
from mdxlint.lint.rule import Option, Rule, RuleContext


# A constant's name the snippet never binds: the value the reader fills in (`f"{HOST}:{SSL_PORT}"`).
_PLACEHOLDER = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")


# Props by which a component shows content from elsewhere on the page: a code file
# (`<CodeExample path="…/job.py">`) or an included snippet (`<PlatformContent includePath="…">`).
_INCLUDE_PROPS = frozenset({"include", "includepath", "snippet", "partial"})
_FILE_PROPS = frozenset({"path", "file", "filepath", "src", "source"})
_CODE_FILE = re.compile(r"\.(?:py|ipynb|pyi)(?:[?#].*)?$")


def _opaque_includes(doc: Document) -> list[int]:
    """Where the page renders code or content that is not in its text, in file order: a
    component with an include prop or a Python file prop, or an imported Markdown partial."""
    partials = {name.local for imp in doc.imports if imp.source.split("?")[0].endswith((".md", ".mdx")) for name in imp.names}
    found = []
    for tag in doc.jsx_tags:
        if tag.kind == "close":
            continue
        if tag.name in partials:
            found.append(tag.start)
            continue
        for attr in tag.attributes:
            name = (attr.name or "").lower()
            if attr.value_kind == "string" and (name in _INCLUDE_PROPS or name in _FILE_PROPS and _CODE_FILE.search(attr.value or "")):
                found.append(tag.start)
                break
    return sorted(found)


class PythonUndefinedName(Rule):
    """A Python fence reads a name that no fence of the lesson defines.

    ## What it does
    Reads the lesson's Python fences top to bottom, like a notebook: names bound by
    an earlier fence (assignments, imports, functions) are known later. Reports
    names that are read before anything binds them and are neither builtins nor
    assumed globals (option `assumed-globals`, default `spark` and `sc`, which PySpark
    shells and notebooks define). A name written in capitals (`HOST`, `SASL_PASSWORD`) is a placeholder for the reader's own value, as
    documentation writes them, and is not reported. A fence with a syntax error is
    skipped (PY001), the others are still read, and the names its lines still bind
    (imports, functions, classes, assignments) count as defined after it. Chain fragments (`.option(...)`
    lines) are read on an unknown frame. After a component that shows code or content
    from elsewhere (a Python file prop such as `path="job.py"`, an `include`/`includePath`
    prop, an imported Markdown partial), names may come from what it shows: nothing is
    reported from there on.

    Fences run one after another only in a course's lessons: on a documentation site
    (Docusaurus, Starlight, Nextra…) a snippet illustrates one step and reads names the
    page only describes, so the rule reads only the pages under the course's
    `content-root` there (option `every-page` reads them all). With no framework detected
    (`mdxlint detect` says `unknown`) every page is read.

    ## Why is this bad
    The code fails with `NameError: name '…' is not defined` when a student runs it —
    typically a function used without its import (`countDistinct` without
    `from pyspark.sql.functions import countDistinct`).

    ## Example
    ````mdx
    ```python
    counts = events.groupBy("customer_id").agg(countDistinct("order_id"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import countDistinct

    events = spark.read.parquet("/data/events")
    counts = events.groupBy("customer_id").agg(countDistinct("order_id"))
    ```
    ````
    """

    code = "PY002"
    name = "python-undefined-name"
    severity = Severity.ERROR
    options = {
        "every-page": Option(False, "Read every page of a detected site, not only the lessons under the course's content-root.", bool),
        "assumed-globals": Option(["spark", "sc"], "Names every lesson may use without defining them (the `spark` session and `sc` context that PySpark shells and notebooks define)."),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        site = ctx.settings.site
        # (a folder with no framework config is no documentation site: its pages are read as lessons)
        if site is not None and site.framework.value != "unknown" and not ctx.options["every-page"]:
            lessons = os.path.abspath(os.path.join(site.root, ctx.settings.course.content_root))
            if not os.path.abspath(doc.path).startswith(lessons + os.sep):
                return  # a documentation page: its snippets are not run one after another
        known: set[str] = set(ctx.options["assumed-globals"])
        includes = _opaque_includes(doc)
        found: list = []
        deferred: list = []
        for item in notebook(doc).fences:
            if includes and includes[0] < item.fence.start:
                # Code a component brought in above this fence may define any name: like a
                # star import, nothing read from here on is reported.
                known.add("*")
            if item.tree is None:
                # PY001 reports it; what its lines still bind is known to the fences after it.
                known |= loose_bindings(item.source)
                continue
            visitor = _Names(known)
            for statement in item.tree.body:
                visitor.visit(statement)
            found.extend((item, node) for node in visitor.undefined)
            deferred.extend((item, node) for node in visitor.deferred)
        # A name a function reads is looked up when it is called: bound at the top level by then
        # (in this fence or a later one), it is defined.
        found.extend((item, node) for item, node in deferred if node.id not in known and "*" not in known)
        reported: set[tuple[int, str]] = set()
        for item, node in sorted(found, key=lambda pair: pair[0].offset(pair[1].lineno, pair[1].col_offset)):
            if (id(item), node.id) in reported or _PLACEHOLDER.fullmatch(node.id):
                continue
            reported.add((id(item), node.id))
            start = item.offset(node.lineno, node.col_offset)
            ctx.report(
                start,
                start + len(node.id),
                f"`{node.id}` is not defined in this or an earlier Python fence, nor imported: running the code "
                f"raises NameError",
            )
