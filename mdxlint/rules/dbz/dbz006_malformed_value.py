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
    63), and that `max.queue.size` is larger than `max.batch.size` (in a full source
    connector config, one not written has its default: 8192 and 2048). Values written
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
            self._queue_and_batch(unit, ctx)

    @staticmethod
    def _queue_and_batch(unit, ctx: RuleContext) -> None:
        """`max.queue.size` must be larger than `max.batch.size`; in a full source connector config,
        one left out has its default (CommonConnectorConfig: 8192 and 2048), which Debezium checks too."""
        queue, batch = unit.entries.get("max.queue.size"), unit.entries.get("max.batch.size")
        numbers = [entry.text.strip() if entry else None for entry in (queue, batch)]
        if any(number is not None and not re.fullmatch(r"\d+", number) for number in numbers) or numbers == [None, None]:
            return
        if None in numbers:
            source = unit.full and (unit.connector_class or "").startswith("io.debezium.connector.") \
                and ".jdbc." not in unit.connector_class
            if not source:
                return  # an excerpt: the config it is taken from may set the other
        queue_size = int(numbers[0]) if numbers[0] is not None else _DEFAULT_QUEUE
        batch_size = int(numbers[1]) if numbers[1] is not None else _DEFAULT_BATCH
        if queue_size > batch_size:
            return
        shown = (f"`max.queue.size={queue_size}`" + (" (its default)" if queue is None else "")
                 + f" must be larger than `max.batch.size={batch_size}`" + (" (its default)" if batch is None else ""))
        written = queue or batch
        ctx.report(written.value_start, written.value_end,
                   f"{shown}: Debezium rejects it (\"Must be larger than the maximum batch size\")")


# CommonConnectorConfig.DEFAULT_MAX_QUEUE_SIZE and DEFAULT_MAX_BATCH_SIZE
_DEFAULT_QUEUE, _DEFAULT_BATCH = 8192, 2048
