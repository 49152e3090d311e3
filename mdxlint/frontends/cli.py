"""The command line: ``mdxlint [PATHS]…`` plus ``mdxlint rule CODE`` and ``mdxlint rules``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from mdxlint._version import __version__
from mdxlint.lint.configuration import load_settings
from mdxlint.project.settings import ConfigError, Settings
from mdxlint.lint.diagnostics import Diagnostic
from mdxlint.lint.fixes import unified_patch
from mdxlint.mdx.source import split_lines

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class DefaultGroup(click.Group):
    """A group whose default command is ``check``: ``mdxlint PATHS`` lints."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mdxlint")
def main() -> None:
    """mdxlint: a linter for MDX course content.

    Run `mdxlint PATHS…` to lint (the `check` command), `mdxlint rules` to list the
    rules, `mdxlint rule CODE` to read one rule's reference page and `mdxlint detect`
    to see what was detected about the site.
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _settings(config: str | None, paths: tuple[str, ...], select, extend_select, ignore) -> Settings:
    from mdxlint.lint.configuration import unmatched_selector
    from mdxlint.lint.registry import matching_codes

    start = paths[0] if paths and paths[0] != "-" else "."
    settings = load_settings(config, start=start)
    if config is None and len(paths) > 1:
        from mdxlint.frontends.reporters import printable
        from mdxlint.project.discovery import find_project_root

        roots = list(dict.fromkeys(find_project_root(path) for path in paths if path != "-" and os.path.exists(path)))
        if len(roots) > 1:
            # One run reads one site (its framework, configuration, locales): said, not guessed per file.
            shown = ", ".join(printable(root) for root in roots[:3]) + (", …" if len(roots) > 3 else "")
            click.echo(f"mdxlint: warning: the paths belong to {len(roots)} sites ({shown}); the site and configuration "
                       f"of the first, {printable(roots[0])}, apply to all of them: lint each site in a run of its own",
                       err=True)
    for option, values in (("--select", select), ("--extend-select", extend_select), ("--ignore", ignore)):
        for selector in _split(values):
            if not matching_codes(selector):
                raise ConfigError(f"{option}: {unmatched_selector(selector)} (see `mdxlint rules`)")
    if select:
        settings.select = _split(select)
    if extend_select:
        settings.extend_select = settings.extend_select + _split(extend_select)
    if ignore:
        settings.ignore = settings.ignore + _split(ignore)
    return settings


def _usage_error(message: str) -> None:
    click.echo(f"mdxlint: usage error: {message}", err=True)
    sys.exit(EXIT_ERROR)


SEVERITY_CHOICES = click.Choice(["error", "warning", "info"])


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--select", multiple=True, help="Rule codes or prefixes to enable (replaces the configured set), e.g. FM,FNC001.")
@click.option("--extend-select", multiple=True, help="Rule codes or prefixes to enable in addition.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to disable.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe (with --fix or --diff).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--output-format", type=click.Choice(["text", "json", "sarif", "github", "junit"]), default="text", show_default=True)
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report to this file instead of standard output.")
@click.option("--min-severity", type=SEVERITY_CHOICES,
              help="Report findings of this severity and above [default: warning for text, info for the machine formats].")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings (any output format).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config", type=click.Path(), help="Configuration file (mdxlint.toml or pyproject.toml).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .mdxlint_cache/.")
@click.option("--stdin-filename", help="Read the document from standard input and report it under this name (path `-` or no path).")
@click.option("--force-exclude", is_flag=True, default=None, help="Apply `exclude` and `extensions` to files named on the command line too (for pre-commit).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False), help="Record every current finding in this baseline file, then exit 0.")
@click.option("--no-baseline", is_flag=True, help="Ignore the configured baseline.")
@click.option("-q", "--quiet", is_flag=True, help="One line per finding: no code frames, no summary, no progress.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Worker processes (default: one per core).")
def check(paths, select, extend_select, ignore, fix, unsafe_fixes, diff, output_format, output_file, min_severity, statistics,
          exit_zero, config, no_cache, stdin_filename, force_exclude, baseline_path, write_baseline, no_baseline, quiet, jobs):
    """Lint MDX files and folders (the default command)."""
    global _LINT_COMMAND
    _LINT_COMMAND = True
    if unsafe_fixes and not (fix or diff):
        _usage_error("--unsafe-fixes applies fixes: use it with --fix or --diff")
    if stdin_filename is not None:
        if not paths:
            paths = ("-",)
        elif "-" not in paths:
            _usage_error("--stdin-filename names the document read from standard input: pass `-` as the path")
    if "-" in paths and len(paths) > 1:
        _usage_error("`-` (standard input) cannot be combined with other paths")
    if write_baseline and (fix or diff):
        _usage_error("--write-baseline records findings; run it without --fix or --diff")
    if write_baseline and "-" in paths:
        _usage_error("--write-baseline needs files, not standard input")
    try:
        settings = _settings(config, paths, select, extend_select, ignore)
    except ConfigError as error:
        click.echo(f"mdxlint: configuration error: {_printable(str(error))}", err=True)
        sys.exit(EXIT_ERROR)
    if force_exclude:
        settings.force_exclude = True
    threshold = min_severity or settings.min_severity
    if threshold is None:
        threshold = "warning" if output_format == "text" and not statistics else "info"
    if not paths:
        paths = (".",)
    baseline = None
    if not write_baseline and not no_baseline and (baseline_path or settings.baseline):
        from mdxlint.lint import baseline as baselines

        location = baseline_path or os.path.join(os.path.dirname(settings.config_path or "."), settings.baseline)
        try:
            baseline = baselines.load(location)
        except baselines.BaselineError as error:
            click.echo(f"mdxlint: error: {_printable(str(error))}", err=True)
            sys.exit(EXIT_ERROR)
    if output_file is not None and _among_inputs(output_file, paths):
        _usage_error(f"--output-file {_printable(output_file)} is a file being linted: the report would replace it")
    with _Output(output_file) as out:
        if "-" in paths:
            code = _check_stdin(settings, stdin_filename, fix, unsafe_fixes, diff, output_format, statistics, exit_zero, quiet,
                                threshold, baseline, out, use_cache=not no_cache)
            sys.exit(code)

        # A cached run whose inputs have not changed shows the report it stored (without
        # importing the linter): what a run from the cache would write, byte for byte.
        stored = recording = None
        if not (no_cache or fix or diff or write_baseline) and baseline is None:
            from mdxlint.frontends.replay import Recording, StoredReport

            options = {"format": output_format, "statistics": statistics, "quiet": quiet, "threshold": threshold,
                       "force_exclude": settings.force_exclude}
            stored = StoredReport(settings, paths, options, out)
            shown = stored.replay(out)
            if shown is not None:
                sys.exit(EXIT_FINDINGS if shown and not exit_zero else EXIT_CLEAN)
            out = recording = Recording(out)

        from mdxlint.api import lint_paths

        progress = None if quiet or output_format != "text" else _progress_factory()
        # The line formats are written as each file's findings are made (a run over thousands of
        # files never holds them all); a baseline, statistics and the other formats need them all.
        streamed = None
        printed: list[str] = []
        if output_format in ("json", "github") and not (statistics or diff or write_baseline) and baseline is None:
            streamed = _StreamedReport(output_format, threshold, out)
        run = lint_paths(
            list(paths),
            settings,
            use_cache=not no_cache,
            fix=fix,
            unsafe_fixes=unsafe_fixes,
            diff=diff,
            jobs=jobs,
            progress=progress,
            on_file=streamed.write if streamed is not None else None,
            on_errors=lambda errors: printed.extend(_print_errors(errors)),
        )
        _stop_if_interrupted()  # (before anything more is written)
        if streamed is not None:
            streamed.close()
        _print_errors(run.errors[len(printed):])  # those the run met later (a fix it could not write)
        if not run.files and not run.errors:
            click.echo(f"mdxlint: no files with extension {', '.join('.' + e for e in settings.extensions)} under {_printable(', '.join(paths))}", err=True)
        if write_baseline:
            from mdxlint.lint import baseline as baselines

            try:
                count = baselines.write(write_baseline, run.diagnostics, _read_text)
            except OSError as error:
                click.echo(f"mdxlint: error: cannot write {_printable(write_baseline)}: {error.strerror or error}", err=True)
                sys.exit(EXIT_ERROR)
            click.echo(f"mdxlint: recorded {count} finding{'s' if count != 1 else ''} of {len(run.files)} files in {_printable(write_baseline)}", err=True)
            sys.exit(EXIT_ERROR if run.errors else EXIT_CLEAN)
        if diff:
            for path in sorted(run.diffs):
                _write_patch(out, run.diffs[path])
            if run.errors:
                sys.exit(EXIT_ERROR)
            sys.exit(EXIT_FINDINGS if run.diffs and not exit_zero else EXIT_CLEAN)
        if streamed is not None:
            shown = streamed.shown
        else:
            shown = _emit(run.diagnostics, run.files, output_format, statistics, quiet, threshold, baseline, out)
        if stored is not None and run.inputs is not None and run.files and not run.errors and recording.text is not None:
            stored.save(run.inputs, recording.text, shown)
        if fix and run.fixed and not quiet and output_format == "text":
            total = sum(run.fixed.values())
            click.echo(f"Fixed {total} finding{'s' if total != 1 else ''} in {len(run.fixed)} file{'s' if len(run.fixed) != 1 else ''}.", err=True)
    if run.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if shown and not exit_zero else EXIT_CLEAN)


def _write_patch(out, patch: str) -> None:
    """A patch goes to `patch` or `git apply` as it is; on a terminal, what the files hold is shown
    escaped like any other text of theirs."""
    terminal = getattr(out, "isatty", None) is not None and out.isatty()
    out.write("".join(_printable(line) + "\n" for line in patch.split("\n")[:-1]) if terminal else patch)


def _among_inputs(output_file: str, paths) -> bool:
    """Whether the report's file is one of the files to lint: named itself, or a page (.md, .mdx)
    inside a folder to lint."""
    target = os.path.realpath(output_file)
    if not os.path.isfile(target):
        return False
    for path in paths:
        if path == "-":
            continue
        full = os.path.realpath(path)
        if full == target or (os.path.isdir(full) and target.startswith(full + os.sep)
                              and target.lower().endswith((".md", ".mdx"))):
            return True
    return False


class _Output:
    """Standard output, or the file of ``--output-file``: the report streams into a temporary
    file beside it, which replaces the file only once the report is complete (a failed run
    leaves the old report as it was).  A path that is not a regular file (``/dev/null``, a
    pipe) is written directly."""

    def __init__(self, path: str | None):
        self.path = path
        self.stream = None
        self.temp: str | None = None

    def __enter__(self):
        if self.path is None:
            return sys.stdout
        if os.path.islink(self.path):
            # (the link keeps pointing at its file, which gets the report, as --fix keeps links; review h106)
            self.path = os.path.realpath(self.path)
        if os.path.isfile(self.path) and not os.access(self.path, os.W_OK):
            # (a rename would replace a read-only report, which --fix never does to a lesson; held-out h106)
            self._fail(PermissionError(13, "the file is read-only"))
        try:
            if os.path.exists(self.path) and not os.path.isfile(self.path):
                self.stream = open(self.path, "w", encoding="utf-8")
            else:
                import tempfile

                folder = os.path.dirname(os.path.abspath(self.path))
                handle, self.temp = tempfile.mkstemp(prefix=f".{os.path.basename(self.path)}.", suffix=".tmp", dir=folder)
                self.stream = os.fdopen(handle, "w", encoding="utf-8")
        except OSError as error:
            self._fail(error)
        return self

    def write(self, text: str) -> int:
        return self.stream.write(text)

    def isatty(self) -> bool:
        return False

    def __exit__(self, kind, value, traceback) -> None:
        if self.path is None or self.stream is None:
            return
        complete = kind is None or kind is SystemExit
        try:
            self.stream.close()
            if self.temp is not None:
                if complete:
                    umask = os.umask(0)
                    os.umask(umask)
                    try:
                        mode = os.stat(self.path).st_mode & 0o7777
                    except OSError:
                        mode = 0o666 & ~umask  # what open() gives a new file
                    os.chmod(self.temp, mode)
                    os.replace(self.temp, self.path)
                    self.temp = None
        except OSError as error:
            if complete:
                self._fail(error)
        finally:
            if self.temp is not None:
                try:
                    os.unlink(self.temp)
                except OSError:
                    pass

    def _fail(self, error: OSError):
        click.echo(f"mdxlint: error: cannot write {_printable(self.path or '')}: {error.strerror or error}", err=True)
        sys.exit(EXIT_ERROR)


def _printable(text: str) -> str:
    from mdxlint.frontends.reporters import printable

    return printable(text)


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as stream:
            return stream.read()
    except OSError:
        return None


def _check_stdin(settings, stdin_filename, fix, unsafe_fixes, diff, output_format, statistics, exit_zero, quiet, threshold, baseline, out,
                 use_cache: bool = True) -> int:
    from mdxlint.api import fix_text, lint_text, read_course
    from mdxlint.lint.engine import Linter
    from mdxlint.project.course import CourseIndex, find_project_root

    try:
        data = sys.stdin.buffer.read()
    except (OSError, AttributeError, ValueError) as error:  # (no standard input: closed, `<&-`; held-out h106)
        reason = getattr(error, "strerror", None) or "it is closed"
        click.echo(f"mdxlint: error: cannot read standard input: {reason}", err=True)
        return EXIT_ERROR
    path = stdin_filename or "<stdin>.mdx"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        click.echo(f"mdxlint: error: standard input is not valid UTF-8 (byte {error.start})", err=True)
        return EXIT_ERROR
    linter = Linter(settings)

    # The course as on disk, the document read in place of its file: its course findings are those
    # of the file (held-out h37: a gap in the lesson orders and a link to a lesson that exists were
    # reported without the other lessons).  Read once: the fixes and the findings after them share it.
    course = CourseIndex(settings)
    if stdin_filename and linter.has_course_rules:
        root = os.path.dirname(settings.config_path) if settings.config_path else find_project_root(os.path.abspath(path))
        read_course(course, linter, root, use_cache=use_cache)
    if fix or diff:
        fixed, _ = fix_text(text, path, linter, course, unsafe=unsafe_fixes)
        if diff:
            _write_patch(out, unified_patch(text, fixed, path))
            return EXIT_FINDINGS if fixed != text and not exit_zero else EXIT_CLEAN
        out.write(fixed)
        remaining = lint_text(fixed, path, settings, course=course)
        return EXIT_FINDINGS if remaining and not exit_zero else EXIT_CLEAN
    diagnostics = lint_text(text, path, settings, course=course)
    shown = _emit(diagnostics, [path], output_format, statistics, quiet, threshold, baseline, out,
                  sources={path: split_lines(text)}, texts={path: text})
    return EXIT_FINDINGS if shown and not exit_zero else EXIT_CLEAN


def _emit(diagnostics: list[Diagnostic], files: list[str], output_format: str, statistics: bool, quiet: bool, threshold: str,
          baseline, out, sources=None, texts=None) -> int:
    """Write the report; return how many findings it shows."""
    from mdxlint.frontends import reporters
    from mdxlint.lint.diagnostics import Severity

    texts = dict(texts or {})

    def source(path: str) -> str | None:
        if path not in texts:
            texts[path] = _read_text(path)
        return texts[path]

    hidden = reporters.Hidden(threshold=Severity(threshold))
    if baseline is not None:
        from mdxlint.lint import baseline as baselines

        result = baselines.apply(baseline, diagnostics, files, source)
        diagnostics = result.new
        hidden.baseline, hidden.baseline_fixed, hidden.baseline_path = result.matched, result.fixed, baseline.path
    limit = reporters.severity_rank(Severity(threshold))
    shown = [d for d in diagnostics if reporters.severity_rank(d.severity) <= limit]
    hidden.below_threshold = [d for d in diagnostics if reporters.severity_rank(d.severity) > limit]
    if statistics:
        reporters.report_statistics(shown, out, output_format)
        return len(shown)
    if output_format == "json":
        reporters.report_json(shown, out)
    elif output_format == "sarif":
        reporters.report_sarif(shown, out)
    elif output_format == "github":
        reporters.report_github(shown, out)
    elif output_format == "junit":
        reporters.report_junit(shown, files, out)
    else:
        if sources is None:
            sources = {} if quiet else _SourceLines(lambda path: texts[path] if path in texts else _read_text(path))
        reporters.report_text(
            shown, len(files), out, sources=sources, show_source=not quiet, summary=not quiet and bool(files), hidden=hidden,
            width=reporters.text_width(out), colour=reporters.use_colour(out),
        )
    return len(shown)


def _print_errors(errors: list[str]) -> list[str]:
    """Paths that cannot be linted, printed as soon as they are known (before a streamed report)."""
    for message in errors:
        click.echo(f"mdxlint: error: {_printable(message)}", err=True)
    return errors


class _StreamedReport:
    """A JSON or GitHub report written file by file as the run makes the findings (what
    :func:`_emit` writes of them all at once, byte for byte)."""

    def __init__(self, output_format: str, threshold: str, out):
        from mdxlint.frontends import reporters
        from mdxlint.lint.diagnostics import Severity

        self.reporters = reporters
        self.limit = reporters.severity_rank(Severity(threshold))
        self.out = out
        self.json = reporters.JsonStream(out) if output_format == "json" else None
        self.shown = 0

    def write(self, found: list) -> None:
        rank, limit = self.reporters.severity_rank, self.limit
        shown = [d for d in found if rank(d.severity) <= limit]
        self.shown += len(shown)
        if self.json is not None:
            self.json.write(shown)
        else:
            self.reporters.report_github(shown, self.out)

    def close(self) -> None:
        if self.json is not None:
            self.json.close()


class _SourceLines:
    """The lines of the files findings point into, read when a finding of the file is
    first shown and only a few files at a time: a run over thousands of files does not
    hold them all (the text view goes by severity, so a file is read at most three times)."""

    def __init__(self, read, keep: int = 16):
        from collections import OrderedDict

        self.read = read
        self.keep = keep
        self.recent: OrderedDict[str, list[str] | None] = OrderedDict()

    def get(self, path: str) -> list[str] | None:
        if path in self.recent:
            self.recent.move_to_end(path)
            return self.recent[path]
        text = self.read(path)
        # A binary file is not echoed.
        lines = split_lines(text.removeprefix("\ufeff")) if text is not None and "\x00" not in text else None
        self.recent[path] = lines
        if len(self.recent) > self.keep:
            self.recent.popitem(last=False)
        return lines


def _progress_factory():
    """A progress bar on stderr for long runs on a terminal."""
    if not sys.stderr.isatty():
        return None

    def start(todo: int, total: int):
        if todo < 200:
            return None
        from rich.progress import Progress

        progress = Progress(transient=True)
        progress.start()
        task = progress.add_task("Linting", total=todo)
        done = [0]

        def tick(count: int) -> None:
            done[0] += count
            progress.update(task, advance=count)
            if done[0] >= todo:
                progress.stop()

        return tick

    return start


@main.command("rule")
@click.argument("code")
def rule_command(code: str) -> None:
    """Print a rule's reference page."""
    from mdxlint.lint.registry import get_rule

    rule = get_rule(code)
    if rule is None:
        click.echo(f"mdxlint: no rule has the code `{code}` (see `mdxlint rules`)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(rule.reference_page(), nl=False)


@main.command("rules")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text")
def rules_command(output_format: str) -> None:
    """List every rule."""
    import json

    from mdxlint.lint.registry import all_rules

    rules = all_rules()
    if output_format == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "severity": r.severity.value,
                        "severities": [s.value for s in r.reported_severities()],
                        "enabled_by_default": r.enabled_by_default,
                        "scope": r.scope,
                        "fix": r.fix_applicability.value if r.fix_applicability else None,
                        "summary": r.summary(),
                    }
                    for r in rules.values()
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    for r in rules.values():
        fix = {"safe": "[*]", "unsafe": "[~]"}.get(r.fix_applicability.value if r.fix_applicability else "", "   ")
        on = " " if r.enabled_by_default else "-"
        severities = "/".join(s.value for s in r.reported_severities())
        click.echo(f"{r.code:<7} {fix}{on} {severities:<13} {r.name:<32} {r.summary()}")


@main.command("plan")
@click.argument("plans", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--root", type=click.Path(exists=True, file_okay=False), help="Project root the plan's paths are relative to.")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def plan_command(plans, root, output_format) -> None:
    """Check lesson plans' must-haves against the written lessons."""
    import json

    from mdxlint.frontends.plans import PlanUsageError, verify_paths

    try:
        checks = verify_paths(list(plans), root)
    except PlanUsageError as error:
        _usage_error(_printable(str(error)))
    if output_format == "json":
        from mdxlint.frontends.reporters import json_text

        click.echo(json_text([c.to_json() for c in checks], indent=1))
    else:
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        style = {"pass": "green", "fail": "bold red", "manual": "yellow"}
        current = None
        for check in checks:
            if check.plan != current:
                current = check.plan
                console.print(Text(_printable(check.plan), style="bold"))
            line = Text(f"  {check.status.upper():<6} ", style=style[check.status])
            line.append(f"{check.check}: {_printable(check.target)} — {_printable(check.evidence)}")
            console.print(line, soft_wrap=True)
        counts = {s: sum(1 for c in checks if c.status == s) for s in ("pass", "fail", "manual")}
        console.print(f"{len(checks)} checks: {counts['pass']} pass, {counts['fail']} fail, {counts['manual']} manual", style="bold")
    sys.exit(EXIT_FINDINGS if any(c.status == "fail" for c in checks) else EXIT_CLEAN)


@main.command("detect")
@click.argument("path", default=".", type=click.Path(exists=True))
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def detect_command(path: str, output_format: str) -> None:
    """Show what mdxlint detected about the site that builds PATH, and from which file."""
    import json

    try:
        settings = load_settings(None, start=path)
    except ConfigError as error:
        click.echo(f"mdxlint: configuration error: {_printable(str(error))}", err=True)
        sys.exit(EXIT_ERROR)
    site = settings.site
    data = site.to_json()
    data["configuration"] = settings.config_path
    from mdxlint.project.locales import describe

    entries, source = describe(site.root)
    data["locales"] = {"value": entries, "source": source}
    from mdxlint.lint.engine import syntax_of

    syntax = syntax_of(settings)
    known = site.mdx_version.value in (2, 3)
    plugins = ("; GFM and frontmatter as every framework mdxlint knows adds them (remark-gfm, remark-frontmatter:"
               " a bare @mdx-js/mdx compile has neither)")
    if site.mdx_version.value == 1:
        # (MDX001 and the rules that need MDX 2 or 3 stay silent on MDX 1 pages; the others read them so)
        data["syntax_read"] = {"value": f"MDX {syntax.mdx_version}, GFM, YAML frontmatter (MDX001 silent)",
                               "source": "MDX 1 is not read: MDX001 stays silent, and the other rules read the pages as "
                                         f"MDX {syntax.mdx_version}" + plugins}
    else:
        data["syntax_read"] = {
            "value": f"MDX {syntax.mdx_version}, GFM, YAML frontmatter",
            "source": ("the mdx version above" if known else f"MDX {syntax.mdx_version}, the current compiler, as the version is not known")
                      + plugins,
        }
    data["linted_extensions"] = {
        "value": list(settings.extensions),
        "source": f"{settings.config_path}: extensions" if "extensions" in settings.configured else data["mdx_extensions"]["source"],
    }
    if output_format == "json":
        from mdxlint.frontends.reporters import json_text

        click.echo(json_text(data, indent=1))
        return
    click.echo(f"site root: {_printable(data.pop('root'))}")
    click.echo(f"configuration: {_printable(str(data.pop('configuration') or '(none: defaults)'))}")
    for name, fact in data.items():
        value = fact["value"]
        if isinstance(value, list):
            # (a folder with the glob() patterns that choose its entries: "src/content/blog ([^_]*.md)")
            shown = ", ".join(f"{v[0]} ({', '.join(v[1])})" if isinstance(v, (list, tuple)) and len(v) == 2 else str(v)
                              for v in value[:12]) + (f", … ({len(value)} in all)" if len(value) > 12 else "")
            value = shown or "(none)"
        elif value is None and name == "fence_default_language":
            value = "none"
        elif value is None and name == "heading_ids":
            value = "slugs of the heading text (no custom id syntax)"
        elif value is None:
            value = "unknown (rules that need it stay silent)"
        click.echo(f"{name.replace('_', ' '):<22} {_printable(str(value))}")
        click.echo(f"{'':<22} from {_printable(str(fact['source']))}")


@main.command("server")
def server_command() -> None:
    """Run the language server on stdin/stdout (for editors)."""
    from mdxlint.frontends.server import main as serve

    serve()


@main.command("generate-rule-pages", hidden=True)
@click.argument("folder", type=click.Path(file_okay=False), default="rules")
def generate_rule_pages(folder: str) -> None:
    """Write rules/CODE.md from the rules' docstrings (the one source of truth)."""
    from mdxlint.lint.registry import all_rules

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for code, rule in all_rules().items():
        (target / f"{code}.md").write_text(rule.reference_page(), encoding="utf-8")
    click.echo(f"wrote {len(all_rules())} pages to {target}{os.sep}")


# Set when the lint command runs: everything it writes (report, fixes, cache) is written
# and closed before it exits, so the process can end without tearing down its heap
# (freeing a run's objects one by one took 60-80 ms of a 1.3 s run on the course).
_LINT_COMMAND = False


def _exit_now(code: object) -> None:
    status = 0 if code is None else code if isinstance(code, int) else 1
    if not isinstance(code, (int, type(None))):
        print(code, file=sys.stderr)  # what SystemExit would print
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`mdxlint … | head`)
            status = status or EXIT_ERROR
    os._exit(status)


def run() -> None:
    """Console entry point: no traceback ever reaches the user.  It ends the process (after
    the lint command, with os._exit once everything is written)."""
    global _LINT_COMMAND
    _LINT_COMMAND = False
    import signal

    global _INTERRUPTED
    _INTERRUPTED = False
    try:
        # Ctrl-C ends the run with 130, as a shell reports an interrupted command; click would
        # catch KeyboardInterrupt and exit 1, which means "findings" here (held-out h106).
        signal.signal(signal.SIGINT, _interrupted)
        sys.unraisablehook = _unraisable_hook(sys.unraisablehook)
    except (ValueError, OSError):  # (not the main thread, or no signals here)
        pass
    try:
        main(prog_name="mdxlint")
        _stop_if_interrupted()
    except (KeyboardInterrupt, _Interrupted):
        try:
            click.echo("mdxlint: interrupted", err=True)
        except OSError:
            pass
        sys.exit(130)
    except SystemExit as done:
        if _INTERRUPTED:
            try:
                click.echo("mdxlint: interrupted", err=True)
            except OSError:
                pass
            done = SystemExit(130)
        if _LINT_COMMAND:
            _exit_now(done.code)
        raise done
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)
    except OSError as error:
        if error.errno is not None and _writing_failed(error):
            # Standard output went away or filled up (a full disk, a closed pipe): say so plainly.
            try:
                click.echo(f"mdxlint: error: cannot write the report: {error.strerror or error}", err=True)
            except OSError:
                pass
            sys.exit(EXIT_ERROR)
        _internal_error(error)
    except Exception as error:  # pragma: no cover - last line of defence
        _internal_error(error)


class _Interrupted(BaseException):
    """Ctrl-C, raised past click (which turns KeyboardInterrupt into "Aborted!" and exit 1)."""


# Set by Ctrl-C.  The exception it raises is lost where it lands in code that Python runs
# for an object being freed (a __del__ method, a generator closed as it is dropped): Python
# prints it as ignored and goes on, and the run ended with 0 as if nothing had happened.
_INTERRUPTED = False


def _interrupted(signum, frame) -> None:
    global _INTERRUPTED
    _INTERRUPTED = True
    raise _Interrupted


def _stop_if_interrupted() -> None:
    """Raise the Ctrl-C that was met where its exception was lost (_INTERRUPTED)."""
    if _INTERRUPTED:
        raise _Interrupted


def _unraisable_hook(previous):
    """Python's hook for an exception it cannot raise (in a finalizer), silent for a Ctrl-C:
    it is answered by _INTERRUPTED, not printed as an error the user did not make."""
    def hook(unraisable) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, (_Interrupted, KeyboardInterrupt)):
            return
        previous(unraisable)

    return hook


def _writing_failed(error: OSError) -> bool:
    import errno

    return error.errno in (errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EBADF)


def _internal_error(error: BaseException) -> None:
    import traceback

    if os.environ.get("MDXLINT_DEBUG"):
        traceback.print_exc()
    click.echo(f"mdxlint: internal error: {type(error).__name__}: {_printable(str(error))} (set MDXLINT_DEBUG=1 for details)",
               err=True)
    sys.exit(EXIT_ERROR)


if __name__ == "__main__":  # pragma: no cover
    run()
