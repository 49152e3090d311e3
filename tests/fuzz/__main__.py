"""``python -m tests.fuzz --count 100000 --seed 1``: a fuzzing campaign on demand."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .campaign import Campaign, corpus_files, documents, minimize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first document index (to resume a campaign)")
    parser.add_argument("--time-limit", type=float, default=None, help="stop after this many seconds")
    parser.add_argument("--timeout", type=float, default=60.0, help="per-document limit in seconds")
    parser.add_argument("--fix-every", type=int, default=7, help="also run the fixes on every Nth document (0: never)")
    parser.add_argument("--out", default="fuzz-failures", help="folder for failing documents")
    parser.add_argument("--minimize", action="store_true", help="shrink each failing document")
    parser.add_argument("--no-corpus", action="store_true", help="grammar-generated documents only")
    args = parser.parse_args(argv)

    sources = [] if args.no_corpus else corpus_files()
    print(f"seed {args.seed}, documents {args.start}..{args.start + args.count - 1}, {len(sources)} corpus files", flush=True)
    campaign = Campaign(fix_every=args.fix_every, timeout=args.timeout)
    out = Path(args.out)
    seen: set[str] = set()

    def on_failure(failure) -> None:
        key = failure.detail.splitlines()[-1][:200] if failure.detail else failure.kind
        print(f"FAIL #{failure.document.index} {failure.document.generator}: {failure.kind}: {failure.detail.splitlines()[-1] if failure.detail else ''}", flush=True)
        if key in seen:
            return
        seen.add(key)
        out.mkdir(parents=True, exist_ok=True)
        stem = out / f"seed{args.seed}-{failure.document.index}"
        stem.with_suffix(".mdx").write_text(failure.document.text, encoding="utf-8")
        stem.with_suffix(".txt").write_text(f"{failure.document.generator}\n{failure.kind}\n{failure.detail}\n", encoding="utf-8")
        if args.minimize:
            def fails(text: str) -> bool:
                doc = type(failure.document)(failure.document.index, failure.document.generator, text, failure.document.suffix)
                return any(f.kind == failure.kind for f in campaign.check(doc))

            small = minimize(failure.document.text, fails)
            stem.with_suffix(".min.mdx").write_text(small, encoding="utf-8")
            print(f"  minimized to {len(small)} chars: {small[:200]!r}", flush=True)

    last = [time.monotonic()]

    def progress(result) -> None:
        if time.monotonic() - last[0] > 30:
            last[0] = time.monotonic()
            print(f"  {result.checked} checked, {len(result.failures)} failures", flush=True)

    result = campaign.run(
        documents(args.seed, args.count, sources, start=args.start), args.time_limit, progress=progress, on_failure=on_failure
    )
    summary = {
        "seed": args.seed,
        "start": args.start,
        "checked": result.checked,
        "by_generator": result.by_generator,
        "internal_errors": result.internal_errors,
        "tracebacks": result.tracebacks,
        "seconds": round(result.seconds, 1),
        "slowest": [round(result.slowest[0], 2), result.slowest[1]],
    }
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
