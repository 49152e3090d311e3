import re

from mdxlint.analyzers.configs.connect import config_units, is_placeholder
from mdxlint.analyzers.configs.debezium import connector_keys, judged_version
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext



class MalformedValue(Rule):
    """A typed connector setting whose value Debezium cannot read.

    ## What it does
    Checks values of BOOLEAN, INT and LONG settings of the PostgreSQL and MySQL
    connectors (the type comes from the target version's catalog), the character
    set of `topic.prefix` (`[A-Za-z0-9._-]`) and `slot.name` (`[a-z0-9_]`, at most
    63), and that `max.queue.size` is larger than `max.batch.size`. Values written
    as `${file:…}`/`${env:…}` placeholders are skipped.

    ## Why is this bad
    Debezium's validators reject these values ("Either 'true' or 'false' is
    expected", "An integer is expected", "Must be larger than the maximum batch
    size"), and Kafka Connect answers 400.

    ## Example
    ````mdx
    ```json
    "plugin.name": "pgoutput",
    "slot.name": "Debezium-Slot"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "plugin.name": "pgoutput",
    "slot.name": "debezium_slot"
    ```
    ````
    """

    code = "DBZ006"
    name = "malformed-value"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        for unit in config_units(doc):
            keys = connector_keys(unit.connector, version) if unit.connector else {}
            for key, entry in unit.entries.items():
                if isinstance(entry.value, (dict, list)) or entry.value is None:
                    continue
                text = entry.text.strip()
                if is_placeholder(text):
                    continue
                kind = (keys.get(key) or {}).get("type", "")
                problem = None
                if kind == "BOOLEAN" and text.lower() not in ("true", "false"):
                    problem = "Either 'true' or 'false' is expected"
                elif kind in ("INT", "LONG", "SHORT") and not re.fullmatch(r"-?\d+", text):
                    problem = "An integer is expected"
                elif key == "topic.prefix" and not re.fullmatch(r"[A-Za-z0-9._-]+", text):
                    problem = "topic.prefix may only contain letters, digits, `.`, `_` and `-` (validateTopicName)"
                elif key == "slot.name" and unit.connector in (None, "pg") and not re.fullmatch(r"[a-z0-9_]{1,63}", text):
                    problem = "a replication slot name must match [a-z0-9_]{1,63} (validateReplicationSlotName)"
                if problem:
                    ctx.report(entry.value_start, entry.value_end, f"`{key}={text}` is rejected by Debezium {version}: {problem}")
            queue, batch = unit.entries.get("max.queue.size"), unit.entries.get("max.batch.size")
            if queue and batch and re.fullmatch(r"\d+", queue.text.strip()) and re.fullmatch(r"\d+", batch.text.strip()):
                if int(queue.text) <= int(batch.text):
                    ctx.report(
                        queue.value_start,
                        queue.value_end,
                        f"`max.queue.size={queue.text}` must be larger than `max.batch.size={batch.text}`: "
                        "Debezium rejects it (\"Must be larger than the maximum batch size\")",
                    )
