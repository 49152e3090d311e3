"""The real MDX compiler (@mdx-js/mdx 3, and 2 for sites that pin it) as a test oracle.

Installed with npm into a cache folder on first use; one long-lived Node process
compiles documents sent as JSON lines, so thousands of documents take seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

CACHE = Path(os.environ.get("MDXLINT_ORACLE_CACHE", Path.home() / ".cache" / "mdxlint-oracle"))
PACKAGE = "@mdx-js/mdx@3"

SERVER = r"""
import {compile} from '@mdx-js/mdx';
import readline from 'node:readline';
const plugins = process.argv.includes('--gfm') ? [(await import('remark-gfm')).default] : [];
const rl = readline.createInterface({input: process.stdin});
for await (const line of rl) {
  const src = JSON.parse(line);
  let out;
  try { await compile(src, {remarkPlugins: plugins}); out = {ok: true}; }
  catch (e) {
    const place = e.place && e.place.start ? e.place.start : e.place;
    out = {ok: false, line: e.line ?? (place && place.line) ?? null,
           column: e.column ?? (place && place.column) ?? null, reason: String(e.reason ?? e.message)};
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
"""


class Unavailable(Exception):
    pass


def ensure_installed(version: int = 3, gfm: bool = False) -> Path:
    """The compiler's folder; with ``gfm``, remark-gfm beside it (what every framework runs)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        raise Unavailable("node and npm are not on PATH")
    packages = [f"@mdx-js/mdx@{version}"] + (["remark-gfm@4" if version >= 3 else "remark-gfm@3"] if gfm else [])
    folder = CACHE / (f"mdx{version}-gfm" if gfm else f"mdx{version}")
    marker = folder / "node_modules" / ("remark-gfm" if gfm else "@mdx-js/mdx") / "package.json"
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"name": "mdxlint-oracle", "private": true, "type": "module"}\n')
        result = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", *packages],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0 or not marker.exists():
            raise Unavailable(f"npm install {' '.join(packages)} failed: {result.stderr[-500:]}")
    (folder / "server.mjs").write_text(SERVER)
    return folder


class Compiler:
    def __init__(self, version: int = 3, gfm: bool = False) -> None:
        self.version = version
        folder = ensure_installed(version, gfm)
        self.process = subprocess.Popen(
            ["node", "server.mjs", *(["--gfm"] if gfm else [])],
            cwd=folder,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def compile(self, source: str) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(source) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the MDX compiler process died")
        return json.loads(line)

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)
