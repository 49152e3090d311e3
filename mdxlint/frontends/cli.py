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
    rules and `mdxlint rule CODE` to read one rule's reference page.
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _settings(config: str | None, paths: tuple[str, ...], select, extend_select, ignore) -> Settings:
    from mdxlint.lint.registry import matching_codes

    start = paths[0] if paths and paths[0] != "-" else "."
    settings = load_settings(config, start=start)
    for option, values in (("--select", select), ("--extend-select", extend_select), ("--ignore", ignore)):
        for selector in _split(values):
            if not matching_codes(selector):
                raise ConfigError(f"{option}: `{selector}` matches no rule (see `mdxlint rules`)")
    if select:
        settings.select = _split(select)
    if extend_select:
        settings.extend_select = settings.extend_select + _split(extend_select)
    if ignore:
        settings.ignore = settings.ignore + _split(ignore)
    return settings


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--select", multiple=True, help="Rule codes or prefixes to enable (replaces the configured set), e.g. FM,FNC001.")
@click.option("--extend-select", multiple=True, help="Rule codes or prefixes to enable in addition.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to disable.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe (with --fix or --diff).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--output-format", type=click.Choice(["text", "json", "sarif", "github", "junit"]), default="text", show_default=True)
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config", type=click.Path(), help="Configuration file (mdxlint.toml or pyproject.toml).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .mdxlint_cache/.")
@click.option("--stdin-filename", help="The file name to use for input read from `-`.")
@click.option("-q", "--quiet", is_flag=True, help="Print only findings, no summary or progress.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Worker processes (default: one per core).")
def check(paths, select, extend_select, ignore, fix, unsafe_fixes, diff, output_format, statistics, exit_zero, config, no_cache, stdin_filename, quiet, jobs):
    """Lint MDX files and folders (the default command)."""
    try:
        settings = _settings(config, paths, select, extend_select, ignore)
    except ConfigError as error:
        click.echo(f"mdxlint: configuration error: {error}", err=True)
        sys.exit(EXIT_ERROR)
    if not paths:
        paths = (".",)
    if "-" in paths:
        sys.exit(_check_stdin(settings, stdin_filename, fix, unsafe_fixes, diff, output_format, statistics, exit_zero, quiet))

    from mdxlint.api import lint_paths

    progress = None if quiet or output_format != "text" else _progress_factory()
    run = lint_paths(
        list(paths),
        settings,
        use_cache=not no_cache,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        jobs=jobs,
        progress=progress,
    )
    for message in run.errors:
        click.echo(f"mdxlint: error: {message}", err=True)
    if not run.files and not run.errors:
        click.echo(f"mdxlint: no files with extension {', '.join('.' + e for e in settings.extensions)} under {', '.join(paths)}", err=True)
    if diff:
        for path in sorted(run.diffs):
            sys.stdout.write(run.diffs[path])
        if run.errors:
            sys.exit(EXIT_ERROR)
        sys.exit(EXIT_FINDINGS if run.diffs and not exit_zero else EXIT_CLEAN)
    _emit(run.diagnostics, run.files, output_format, statistics, quiet)
    if fix and run.fixed and not quiet and output_format == "text":
        total = sum(run.fixed.values())
        click.echo(f"Fixed {total} finding{'s' if total != 1 else ''} in {len(run.fixed)} file{'s' if len(run.fixed) != 1 else ''}.", err=True)
    if run.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if run.diagnostics and not exit_zero else EXIT_CLEAN)


def _check_stdin(settings, stdin_filename, fix, unsafe_fixes, diff, output_format, statistics, exit_zero, quiet) -> int:
    from mdxlint.api import fix_text, lint_text
    from mdxlint.lint.engine import Linter

    data = sys.stdin.buffer.read()
    path = stdin_filename or "<stdin>.mdx"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        click.echo(f"mdxlint: error: standard input is not valid UTF-8 (byte {error.start})", err=True)
        return EXIT_ERROR
    if fix or diff:
        fixed, _ = fix_text(text, path, Linter(settings), unsafe=unsafe_fixes)
        if diff:
            import difflib

            sys.stdout.write("".join(difflib.unified_diff(text.splitlines(True), fixed.splitlines(True), f"a/{path}", f"b/{path}")))
            return EXIT_FINDINGS if fixed != text and not exit_zero else EXIT_CLEAN
        sys.stdout.write(fixed)
        remaining = lint_text(fixed, path, settings)
        return EXIT_FINDINGS if remaining and not exit_zero else EXIT_CLEAN
    diagnostics = lint_text(text, path, settings)
    _emit(diagnostics, [path], output_format, statistics, quiet, sources={path: text.splitlines()})
    return EXIT_FINDINGS if diagnostics and not exit_zero else EXIT_CLEAN


def _emit(diagnostics: list[Diagnostic], files: list[str], output_format: str, statistics: bool, quiet: bool, sources=None) -> None:
    from mdxlint.frontends import reporters

    out = sys.stdout
    if statistics:
        reporters.report_statistics(diagnostics, out)
        return
    if output_format == "json":
        reporters.report_json(diagnostics, out)
    elif output_format == "sarif":
        reporters.report_sarif(diagnostics, out)
    elif output_format == "github":
        reporters.report_github(diagnostics, out)
    elif output_format == "junit":
        reporters.report_junit(diagnostics, files, out)
    else:
        from rich.console import Console

        console = Console(file=out, highlight=False)
        if sources is None:
            sources = {}
            for path in {d.path for d in diagnostics}:
                try:
                    sources[path] = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
                except OSError:
                    pass
        reporters.report_text(
            diagnostics, len(files), console, sources=sources, show_source=not quiet, summary=not quiet and bool(files)
        )


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
        click.echo(f"{r.code:<7} {fix}{on} {r.severity.value:<8} {r.name:<32} {r.summary()}")


@main.command("plan")
@click.argument("plans", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--root", type=click.Path(exists=True, file_okay=False), help="Project root the plan's paths are relative to.")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def plan_command(plans, root, output_format) -> None:
    """Check lesson plans' must-haves against the written lessons."""
    import json

    from mdxlint.frontends.plans import verify_paths

    checks = verify_paths(list(plans), root)
    if output_format == "json":
        click.echo(json.dumps([c.to_json() for c in checks], ensure_ascii=False, indent=1))
    else:
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        style = {"pass": "green", "fail": "bold red", "manual": "yellow"}
        current = None
        for check in checks:
            if check.plan != current:
                current = check.plan
                console.print(Text(check.plan, style="bold"))
            line = Text(f"  {check.status.upper():<6} ", style=style[check.status])
            line.append(f"{check.check}: {check.target} — {check.evidence}")
            console.print(line, soft_wrap=True)
        counts = {s: sum(1 for c in checks if c.status == s) for s in ("pass", "fail", "manual")}
        console.print(f"{len(checks)} checks: {counts['pass']} pass, {counts['fail']} fail, {counts['manual']} manual", style="bold")
    sys.exit(EXIT_FINDINGS if any(c.status == "fail" for c in checks) else EXIT_CLEAN)


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


def run() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        main(prog_name="mdxlint")
    except KeyboardInterrupt:
        click.echo("mdxlint: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)
    except Exception as error:  # pragma: no cover - last line of defence
        import traceback

        if os.environ.get("MDXLINT_DEBUG"):
            traceback.print_exc()
        click.echo(f"mdxlint: internal error: {type(error).__name__}: {error} (set MDXLINT_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":  # pragma: no cover
    run()
