"""The console entry point: a Ctrl-C from the first instant ends the run as one later does."""

import os
import signal
import sys


def _interrupted_early(signum, frame) -> None:
    # (the command line is still being imported: nothing is written yet, nothing to clean up)
    try:
        sys.stderr.write("mdxlint: interrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(130)


def run() -> None:
    """Hold Ctrl-C to the command line's answer (`mdxlint: interrupted`, exit 130) while its
    modules are imported, which takes a tenth of a second (a Ctrl-C then printed Python's
    KeyboardInterrupt traceback), then hand over to it (`cli.run` sets its own handler)."""
    try:
        signal.signal(signal.SIGINT, _interrupted_early)
    except (ValueError, OSError):  # (not the main thread, or no signals here)
        pass
    from mdxlint.frontends.cli import run as run_cli

    run_cli()
