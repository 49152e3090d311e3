import os
import re
from pathlib import Path

from mdxlint.project import probes
from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Option, Rule, RuleContext
from mdxlint.project.schema import Collection, ZodType, check_object, read_collections, read_schema

# Astro 5 keeps the content config beside the content folder; Astro 2–4 inside it.
SCHEMA_FILES = ("src/content.config.ts", "src/content.config.mjs", "src/content.config.js", "src/content/config.ts",
                "src/content/config.mjs", "src/content/config.js")

_FIELD = re.compile(r"^(string|number|boolean|date|any|enum\(([^)]*)\))(\[\])?(\?)?$")


def _check_fields(value) -> str | None:
    if not isinstance(value, dict):
        return "expected a table of key = type"
    for key, kind in value.items():
        if not isinstance(kind, str) or not _FIELD.match(kind.replace(" ", "")):
            return f"`{key}`: expected a type such as string, number, boolean, date, enum(a,b), string[], with `?` when optional"
    return None


def schema_from_fields(fields: dict[str, str]) -> ZodType:
    schema = ZodType(kind="object")
    for key, spec in fields.items():
        match = _FIELD.match(spec.replace(" ", ""))
        assert match
        base = ZodType(kind=match.group(1).split("(")[0])
        if match.group(2) is not None:
            base.values = [v.strip().strip("'\"") for v in match.group(2).split(",") if v.strip()]
        field_type = ZodType(kind="array", items=base) if match.group(3) else base
        field_type.optional = bool(match.group(4))
        schema.fields[key] = field_type
    return schema


class FrontmatterSchema(Rule):
    """Frontmatter that the content collection's schema rejects.

    ## What it does
    Reads the content collections' schemas from `src/content.config.ts` (Astro 5) or
    `src/content/config.ts` (the zod subset sites use: `z.object`, `z.string`,
    `z.number`, `z.boolean`, `z.enum`, `z.array`, `z.literal`, `z.union`, `z.null`,
    `z.record`, `z.tuple`, `.optional()`, `.nullable()`, `.default()`, `z.coerce.*`
    as JavaScript converts, dates, `.url()`, `.email()`, `.regex()`, `.extend()`,
    `.merge()`, `.pick()`, `.omit()`, schemas kept in variables; Starlight's
    `docsSchema()` with a readable `extend`) and checks every page's frontmatter against
    the schema of the collection whose folder holds it (`src/content/<name>/`, a
    `glob({ base })` loader's folder among the files its `pattern` takes: `**/[^_]*.mdx`
    leaves `_draft.mdx` out; Starlight's `src/content/docs`): required keys,
    types, enum values (listing the allowed ones), the bounds zod checks (`.max(160)` on
    a string counts its UTF-16 characters, `.min`, `.length`, `.int()`, `.positive()` on
    numbers and arrays) and keys the schema does not know (a warning: zod drops them; an
    error for a `.strict()` schema, which fails the build; not for Starlight's docs,
    whose plugins may read any key; nor for `slug`, which Astro reads itself, as a legacy
    collection's slug or a glob() loader's entry id, unless a `.strict()` schema refuses it).
    Values are read as js-yaml reads them, Astro's
    frontmatter parser (YAML 1.2: `yes` is a string, `1e3` a number), and an empty value
    is null, which `.optional()` and `.default()` refuse. Without a `config.ts`, the
    `fields` option gives the schema:

    ```toml
    [tool.mdxlint.rules.FM002]
    fields = { title = "string", order = "number", difficulty = "enum(beginner, advanced)", topics = "string[]", prerequisites = "string[]?" }
    ```

    ## Why is this bad
    Astro validates frontmatter against the schema when it builds: a missing key or
    a wrong type fails the whole build, and an unknown key is silently dropped
    (often a typo such as `estimatedtime`).

    ## Example
    ```mdx
    ---
    title: "Урок"
    order: "третий"
    ---

    Текст.
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    order: 3
    ---

    Текст.
    ```
    """

    code = "FM002"
    name = "frontmatter-schema"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)
    scope = "course"
    options = {
        "fields": Option({}, "Schema to use when the site has no content config: key = type.", dict, check=_check_fields),
        "collection": Option("", "Collection name in config.ts (default: the content folder's name, e.g. `course`)."),
    }

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        collections = self._collections(course, ctx)
        if not collections:
            return
        site = course.settings.site
        astro = site is not None and site.framework.value in ("astro", "starlight")
        for facts in course.targets():
            fm = facts.frontmatter
            if fm is None or fm.error is not None:
                continue  # FM001 reports these
            data = fm.data
            if not isinstance(data, dict):
                if isinstance(data, list) or not astro:
                    continue  # FM001 reports these
                data = {}  # Astro reads empty or scalar frontmatter as `{}`
            schema = self._schema_of(course, collections, facts.path)
            if schema is None:
                continue
            for key_path, problem in check_object(data, schema):
                top = key_path.split(".")[0].split("[")[0]
                entry = fm.keys.get(top)
                if entry is None and "<<" in fm.keys and "unknown key" not in problem:
                    merge = fm.keys["<<"]  # a value that a merge key (`<<: *base`) brings in: there
                    start, end = merge.key_start, merge.value_end
                elif entry is None:
                    start, end = 0, 3
                elif "unknown key" in problem:
                    start, end = entry.key_start, entry.key_end
                else:
                    start, end = entry.value_start, entry.value_end
                    index = re.search(r"\[(\d+)\]", key_path)
                    if index and entry.items and int(index.group(1)) < len(entry.items):
                        start, end = entry.items[int(index.group(1))]
                severity = Severity.WARNING if "unknown key" in problem and ".strict()" not in problem else None
                ctx.report(start, end, f"frontmatter `{key_path}`: {problem}", severity=severity, path=facts.path)

    @staticmethod
    def _schema_of(course: CourseIndex, collections: list[tuple[str, ZodType, Collection | None]], path: str) -> ZodType | None:
        """The schema of the collection whose folder holds ``path`` (the deepest one) among its
        entries (a glob() loader's `pattern` may leave files of its folder out: `[^_]*.md`)."""
        absolute = os.path.abspath(path)
        for folder, schema, collection in collections:
            if absolute.startswith(folder + os.sep):
                if collection is not None and not collection.holds(os.path.relpath(absolute, folder).replace(os.sep, "/")):
                    continue
                return schema
        return None

    def _collections(self, course: CourseIndex, ctx: RuleContext) -> list[tuple[str, ZodType]]:
        """(absolute folder, schema) of the site's content collections, deepest folder first:
        the course's lessons by the `collection` option (default: the content folder's name),
        every other collection of the content config by its own folder."""
        cached = course.__dict__.get("_fm002_collections")
        if cached is not None:
            return cached
        root = Path(course.root)
        text = None
        for name in (course.settings.course.schema_file, *SCHEMA_FILES):
            config = root / name
            if probes.is_file(str(config)):
                text = probes.read_text(str(config))
                if text is None:
                    continue
                break
        found: dict[str, tuple[ZodType, Collection | None]] = {}
        collections = read_collections(text) if text is not None else []
        lessons = ctx.options["collection"] or os.path.basename(course.content_root.rstrip(os.sep))
        for collection in collections:
            if collection.schema is not None and collection.name == lessons:
                found[course.content_root] = (collection.schema, None)
        if course.content_root not in found:
            schema = read_schema(text, lessons) if text is not None and lessons else None
            if schema is None and ctx.options["fields"]:
                schema = schema_from_fields(ctx.options["fields"])
            if schema is not None:
                found[course.content_root] = (schema, None)
        for collection in collections:
            if collection.schema is not None and collection.folder is not None:
                found.setdefault(os.path.normpath(os.path.join(course.root, collection.folder)), (collection.schema, collection))
        result = sorted(((folder, schema, collection) for folder, (schema, collection) in found.items()), key=lambda item: -len(item[0]))
        course.__dict__["_fm002_collections"] = result
        return result
