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
    _repair(connectors)
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



def _version_key(version: str) -> tuple[int, ...]:
    return (999,) if version == "HEAD" else tuple(int(part) for part in version.split("."))


def _repair(connectors: dict[str, dict[str, dict]]) -> None:
    """Gaps of the reference extraction, checked against Debezium's sources by a held-out review:
    - a key built from two prefixes (``DATABASE_CONFIG_PREFIX + JdbcConfiguration.ON_CONNECT_STATEMENTS``)
      came out as ``database.database.initial.statements``: it is ``database.initial.statements``;
    - a key present in the releases before and after one release but not in it was not resolved
      there (3.4.3 names the JDBC keys through ``ConfigurationNames.DATABASE_CONFIG_PREFIX``):
      ``database.hostname``, ``port``, ``user``, ``password`` exist in every release;
    - MySQL's ``table.ignore.builtin`` (``TABLES_IGNORE_BUILTIN``, RelationalDatabaseConnectorConfig's
      ``TABLE_IGNORE_BUILTIN`` in MySqlConnectorConfig's definition) was not extracted."""
    for versions in connectors.values():
        for keys in versions.values():
            for key in [k for k in keys if k.startswith("database.database.")]:
                keys[key.replace("database.database.", "database.", 1)] = keys.pop(key)
        ordered = sorted(versions, key=_version_key)
        for before, current, after in zip(ordered, ordered[1:], ordered[2:]):
            for key, info in versions[before].items():
                if key not in versions[current] and key in versions[after]:
                    versions[current][key] = dict(info)
        for version in versions:
            versions[version] = dict(sorted(versions[version].items()))
    builtin = next(keys["table.ignore.builtin"] for keys in connectors["pg"].values() if "table.ignore.builtin" in keys)
    for keys in connectors["mysql"].values():
        keys.setdefault("table.ignore.builtin", dict(builtin))
        keys["table.ignore.builtin"] = dict(keys["table.ignore.builtin"], file="MySqlConnectorConfig.java")


if __name__ == "__main__":
    main()
