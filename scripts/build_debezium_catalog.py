"""Build mdxlint/data/debezium-catalog.json from the reference property catalogs.

    python scripts/build_debezium_catalog.py [REFERENCE_DIR]

REFERENCE_DIR defaults to ../shared/reference/debezium (connector_keysets_by_version.json:
the PostgreSQL and MySQL connector keys per Debezium release with type, enum values and
default; field_presence_matrix.txt: which Debezium field names exist at each of 18
release tags).  mdxlint reads only the generated file; no network at run time.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATRIX_TAGS = [
    "1.9.8", "2.0.0", "2.1.4", "2.2.1", "2.3.7", "2.4.2", "2.5.4", "2.6.2", "2.7.4",
    "3.0.0", "3.0.8", "3.1.3", "3.2.7", "3.3.2", "3.4.3", "3.5.2", "3.6.1", "HEAD",
]
_ROW = re.compile(r"^([X.]{18})\s+(\S+)\s+\[([^\]]*)\]\s*(\S*)\s*(\[[^\]]*\])?")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "debezium"
    keysets = json.loads((source / "connector_keysets_by_version.json").read_text())
    connectors: dict[str, dict[str, dict]] = {"pg": {}, "mysql": {}}
    for tag, by_connector in keysets.items():
        version = tag.removeprefix("v").removesuffix(".Final")
        for connector, keys in by_connector.items():
            connectors[connector][version] = {
                key: {
                    "type": (info["type"] or "").split(":")[0],
                    "enum": info["enum"],
                    "default": info["default"],
                    "file": Path(info["file"]).name,
                }
                for key, info in sorted(keys.items())
                if not info.get("internal")
            }
    presence: dict[str, dict] = {}
    for line in (source / "field_presence_matrix.txt").read_text().splitlines():
        match = _ROW.match(line)
        if not match:
            continue
        marks, key, file, kind, enum = match.groups()
        presence[key] = {
            "present": [mark == "X" for mark in marks],
            "file": file,
            "type": kind.split(":")[0],
            "enum": json.loads(enum.replace("'", '"')) if enum else None,
        }
    catalog = {"matrix_tags": MATRIX_TAGS, "connectors": connectors, "fields": presence}
    target = ROOT / "mdxlint" / "data" / "debezium-catalog.json"
    target.write_text(json.dumps(catalog, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {target} ({target.stat().st_size:,} bytes): {len(presence)} fields, versions {sorted(connectors['pg'])}")


if __name__ == "__main__":
    main()
