"""What Debezium and Kafka Connect do with a connector configuration, by version.

Two sources: ``data/debezium-catalog.json`` (generated from the reference property
catalogs by ``scripts/build_debezium_catalog.py``: every PostgreSQL and MySQL
connector key per release, with type, enum values and default) and the tables below,
written from the fact sheet (Debezium, Debezium Server and Kafka sources at their
release tags): renamed keys, enum values added or deprecated between catalog
releases, SMT and predicate options, REST shapes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache


def parse_version(text: str) -> tuple[int, int, int]:
    """``2.6`` -> (2, 6, 0); ``2.7.x`` (a page that names the minor release only, as an image tag
    does: its latest patch) -> (2, 7, 999); ``HEAD`` sorts after every release."""
    if text.upper() == "HEAD":
        return (99, 0, 0)
    parts = [int(part) for part in re.findall(r"\d+", text)[:3]]
    while len(parts) < 3:
        parts.append(999 if text.endswith(".x") and len(parts) == 2 else 0)
    return tuple(parts)  # type: ignore[return-value]


def version_text(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


@lru_cache(maxsize=1)
def catalog() -> dict:
    from importlib import resources

    return json.loads(resources.files("mdxlint.data").joinpath("debezium-catalog.json").read_text(encoding="utf-8"))


# -- renamed and removed keys (fact sheet §5) ----------------------------------------------

@dataclass(frozen=True)
class Removed:
    replacement: str | None
    removed_in: str
    note: str = ""
    connector: str | None = None  # None: both
    # Other connectors than PostgreSQL and MySQL, by a word of their class (`sqlserver`, `mongodb`):
    # the key is reported only in their configs.
    connector_class: str | None = None
    replacement_required: bool = False  # the connector refuses a config without the replacement


REMOVED_KEYS: dict[str, Removed] = {
    "database.server.name": Removed("topic.prefix", "2.0.0", replacement_required=True),
    "database.dbname": Removed("database.names", "2.0.0", "the SQL Server connector reads its databases from "
                               "`database.names`", connector_class="sqlserver", replacement_required=True),
    "mongodb.name": Removed("topic.prefix", "2.0.0", connector_class="mongodb", replacement_required=True),
    "database.history": Removed("schema.history.internal", "2.0.0"),
    "table.whitelist": Removed("table.include.list", "2.0.0"),
    "table.blacklist": Removed("table.exclude.list", "2.0.0"),
    "database.whitelist": Removed("database.include.list", "2.0.0"),
    "database.blacklist": Removed("database.exclude.list", "2.0.0"),
    "schema.whitelist": Removed("schema.include.list", "2.0.0"),
    "schema.blacklist": Removed("schema.exclude.list", "2.0.0"),
    "column.whitelist": Removed("column.include.list", "2.0.0"),
    "column.blacklist": Removed("column.exclude.list", "2.0.0"),
    "transaction.topic": Removed("topic.transaction", "2.0.0"),
    "heartbeat.topics.prefix": Removed(
        "topic.heartbeat.prefix", "2.0.0", "the heartbeat topic comes from `topic.heartbeat.prefix` since 2.0"
    ),
    "toasted.value.placeholder": Removed("unavailable.value.placeholder", "2.0.0", connector="pg"),
    "truncate.handling.mode": Removed(None, "2.0.0", "truncate events are controlled with `skipped.operations`", "pg"),
    "source.struct.version": Removed(None, "2.0.0"),
    "gtid.new.channel.position": Removed(None, "2.0.0", connector="mysql"),
    "sanitize.field.names": Removed("field.name.adjustment.mode", "2.2.0"),
    "snapshot.custom.class": Removed("snapshot.mode.custom.name", "2.6.0", connector="pg"),
    "snapshot.new.tables": Removed(None, "2.7.0", "use incremental snapshots", "mysql"),
    "database.history.store.only.monitored.tables.ddl": Removed("schema.history.internal.store.only.captured.tables.ddl", "2.0.0"),
}
REMOVED_PREFIXES = {"database.history.": ("schema.history.internal.", "2.0.0")}
NEVER_EXISTED_PREFIXES = {"database.history.internal.": "schema.history.internal."}
# Classes renamed in 2.0.0 (values of schema.history.internal).
RENAMED_CLASSES = {
    "io.debezium.relational.history.KafkaDatabaseHistory": "io.debezium.storage.kafka.history.KafkaSchemaHistory",
    "io.debezium.relational.history.FileDatabaseHistory": "io.debezium.storage.file.history.FileSchemaHistory",
}


# -- enum values between catalog releases (fact sheet §2, §3, §5) --------------------------

@dataclass(frozen=True)
class ValueChange:
    connector: str  # "pg", "mysql" or "*"
    key: str
    value: str
    added: str | None = None
    removed: str | None = None
    deprecated: str | None = None
    replacement: str | None = None
    note: str = ""


VALUE_CHANGES = [
    ValueChange(
        "mysql", "time.precision.mode", "adaptive", removed="0.0.1", replacement="adaptive_time_microseconds",
        note="MySQL's validateTimePrecisionMode says \"The 'adaptive' time.precision.mode is no longer supported\"",
    ),
    ValueChange("pg", "snapshot.mode", "no_data", added="2.6.0"),
    ValueChange("pg", "snapshot.mode", "when_needed", added="2.6.0"),
    ValueChange("pg", "snapshot.mode", "configuration_based", added="2.6.0"),
    ValueChange("pg", "snapshot.mode", "never", deprecated="2.6.0", removed="3.3.0", replacement="no_data"),
    ValueChange("pg", "snapshot.mode", "exported", removed="2.0.0", replacement="initial"),
    ValueChange("mysql", "snapshot.mode", "no_data", added="2.6.0"),
    ValueChange("mysql", "snapshot.mode", "recovery", added="2.6.0"),
    ValueChange("mysql", "snapshot.mode", "always", added="2.6.0"),
    ValueChange("mysql", "snapshot.mode", "configuration_based", added="2.6.0"),
    ValueChange("mysql", "snapshot.mode", "custom", added="2.6.0"),
    ValueChange("mysql", "snapshot.mode", "schema_only", deprecated="2.6.0", removed="3.3.0", replacement="no_data"),
    ValueChange("mysql", "snapshot.mode", "schema_only_recovery", deprecated="2.6.0", removed="3.3.0", replacement="recovery"),
    ValueChange("mysql", "snapshot.mode", "never", removed="3.6.0", replacement="no_data"),
    ValueChange("mysql", "snapshot.locking.mode", "custom", added="2.6.0"),
    ValueChange("mysql", "snapshot.locking.mode", "minimal_percona_no_table_locks", added="3.1.0"),
    ValueChange("pg", "publication.autocreate.mode", "no_tables", added="3.0.0"),
    ValueChange("*", "time.precision.mode", "isostring", added="3.1.0"),
    ValueChange("*", "time.precision.mode", "microseconds", added="3.1.0"),
    ValueChange("*", "time.precision.mode", "nanoseconds", added="3.1.0"),
    ValueChange("pg", "plugin.name", "wal2json", removed="2.0.0", replacement="pgoutput"),
    ValueChange("pg", "plugin.name", "wal2json_streaming", removed="2.0.0", replacement="pgoutput"),
    ValueChange("pg", "plugin.name", "wal2json_rds", removed="2.0.0", replacement="pgoutput"),
    ValueChange("pg", "plugin.name", "wal2json_rds_streaming", removed="2.0.0", replacement="pgoutput"),
]
# Keys that exist for a connector only from a version on (between catalog releases).
# Keys a connector gained in a release the catalog does not hold (read.only: DBZ-7917, Debezium 2.7.0).
KEYS_ADDED = {("pg", "snapshot.locking.mode"): "2.6.0", ("pg", "snapshot.isolation.mode"): "3.0.0", ("pg", "read.only"): "2.7.0"}

REQUIRED = {
    "pg": ["topic.prefix", "database.hostname", "database.user", "database.dbname"],
    "mysql": ["topic.prefix", "database.hostname", "database.user", "database.server.id"],
}
KAFKA_HISTORY_REQUIRED = ["schema.history.internal.kafka.topic", "schema.history.internal.kafka.bootstrap.servers"]
KAFKA_HISTORY = "io.debezium.storage.kafka.history.KafkaSchemaHistory"
# Debezium 1.x: the logical name was `database.server.name`, the history `database.history.*`, and
# MySQL's server id had a random default (MySqlConnectorConfig::randomServerId).
REQUIRED_1X = {
    "pg": ["database.server.name", "database.hostname", "database.user", "database.dbname"],
    "mysql": ["database.server.name", "database.hostname", "database.user"],
}
KAFKA_HISTORY_REQUIRED_1X = ["database.history.kafka.topic", "database.history.kafka.bootstrap.servers"]
KAFKA_HISTORY_1X = "io.debezium.relational.history.KafkaDatabaseHistory"


def required_keys(connector: str, version: str, value) -> list[str]:
    """The keys a complete config of ``connector`` must set in ``version``; ``value(key)`` reads
    the config (which history store it names)."""
    if parse_version(version) < (2, 0, 0):
        required = list(REQUIRED_1X[connector])
        if connector == "mysql" and value("database.history") in (None, KAFKA_HISTORY_1X):
            required += KAFKA_HISTORY_REQUIRED_1X
        return required
    required = list(REQUIRED[connector])
    if connector == "mysql" and value("schema.history.internal") in (None, KAFKA_HISTORY):
        required += KAFKA_HISTORY_REQUIRED
    return required

# Keys Kafka Connect itself reads (fact sheet §6.1), and prefixes passed through.
CONNECT_KEYS = {
    "name", "connector.class", "tasks.max", "tasks.max.enforce", "key.converter", "value.converter", "header.converter",
    "transforms", "predicates", "config.action.reload", "errors.retry.timeout", "errors.retry.delay.max.ms",
    "errors.tolerance", "errors.log.enable", "errors.log.include.messages", "topic.creation.groups",
    "exactly.once.support", "transaction.boundary", "transaction.boundary.interval.ms", "offsets.storage.topic",
    "topics", "topics.regex", "errors.deadletterqueue.topic.name", "errors.deadletterqueue.topic.replication.factor",
    "errors.deadletterqueue.context.headers.enable", "schema.history.internal",
}
PASS_THROUGH_PREFIXES = (
    "key.converter.", "value.converter.", "header.converter.", "transforms.", "predicates.", "producer.override.",
    "consumer.override.", "admin.override.", "topic.creation.", "driver.", "database.", "schema.history.internal.",
    "signal.", "notification.", "column.mask.", "column.truncate.", "snapshot.select.statement.overrides.",
    "snapshot.mode.configuration.based.", "offset.storage.", "errors.",
)

# -- SMTs and predicates (fact sheet §7) ------------------------------------------------------------


@dataclass(frozen=True)
class Smt:
    options: frozenset[str]
    required: frozenset[str] = frozenset()
    deprecated: tuple[tuple[str, str, str, str], ...] = ()  # (option, deprecated in, removed in, replacement)
    added: tuple[tuple[str, str], ...] = ()  # (option, added in)
    kafka_added: tuple[tuple[str, str], ...] = ()  # Kafka's own SMTs: (option, the Kafka release that added it)


def _smt(options: str, required: str = "", deprecated=(), added=()) -> Smt:
    return Smt(frozenset(options.split()), frozenset(required.split()), tuple(deprecated), tuple(added))


def _kafka_smt(options: str, required: str = "") -> Smt:
    """One of Kafka's SMTs: `replace.null.with.default` came with Kafka 3.8 (KIP-1040), and so did
    ExtractField's `field.syntax.version` (KIP-821)."""
    later = tuple((name, "3.8") for name in ("replace.null.with.default", "field.syntax.version") if name in options.split())
    return Smt(frozenset(options.split()), frozenset(required.split()), kafka_added=later)


SMTS: dict[str, Smt] = {
    "io.debezium.transforms.ExtractNewRecordState": _smt(
        "delete.tombstone.handling.mode drop.tombstones delete.handling.mode route.by.field add.fields add.fields.prefix "
        "add.headers add.headers.prefix drop.fields.header.name drop.fields.from.key drop.fields.keep.schema.compatible "
        "replace.null.with.default",
        deprecated=(
            ("drop.tombstones", "2.5.0", "3.2.0", "delete.tombstone.handling.mode"),
            ("delete.handling.mode", "2.5.0", "3.2.0", "delete.tombstone.handling.mode"),
        ),
        added=(("delete.tombstone.handling.mode", "2.5.0"), ("replace.null.with.default", "3.0.0")),
    ),
    "io.debezium.transforms.outbox.EventRouter": _smt(
        "table.field.event.id table.field.event.key table.field.event.type table.field.event.timestamp "
        "table.field.event.payload table.field.event.schema.version table.fields.additional.placement "
        "table.fields.additional.error.on.missing table.field.additional.missing table.expand.json.payload "
        "table.json.payload.null.behavior table.op.invalid.behavior route.by.field route.topic.regex "
        "route.topic.replacement route.tombstone.on.empty.payload "
        # the tracing options: EventRouterDelegate configures ActivateTracingSpan with its own config
        "tracing.span.context.field tracing.operation.name tracing.with.context.field.only",
        added=(("table.field.additional.missing", "3.6.0"),),
        deprecated=(("table.fields.additional.error.on.missing", "3.6.0", "3.6.0", "table.field.additional.missing"),),
    ),
    "io.debezium.transforms.ByLogicalTableRouter": _smt(
        "topic.regex topic.replacement key.enforce.uniqueness key.field.name key.field.regex key.field.replacement "
        "schema.name.adjustment.mode logical.table.cache.size",
        "topic.regex topic.replacement",
    ),
    "io.debezium.transforms.Filter": _smt("language condition topic.regex null.handling.mode", "language condition"),
    "io.debezium.transforms.ContentBasedRouter": _smt(
        "language topic.expression topic.regex null.handling.mode", "language topic.expression"
    ),
    "org.apache.kafka.connect.transforms.MaskField": _kafka_smt("fields replacement replace.null.with.default", "fields"),
    "org.apache.kafka.connect.transforms.ReplaceField": _kafka_smt("exclude include renames replace.null.with.default blacklist whitelist"),
    "org.apache.kafka.connect.transforms.RegexRouter": _kafka_smt("regex replacement", "regex replacement"),
    "org.apache.kafka.connect.transforms.InsertField": _kafka_smt(
        "topic.field partition.field offset.field timestamp.field static.field static.value replace.null.with.default"
    ),
    "org.apache.kafka.connect.transforms.ValueToKey": _kafka_smt("fields replace.null.with.default", "fields"),
    "org.apache.kafka.connect.transforms.ExtractField": _kafka_smt("field replace.null.with.default field.syntax.version", "field"),
    "org.apache.kafka.connect.transforms.Cast": _kafka_smt("spec replace.null.with.default", "spec"),
    "org.apache.kafka.connect.transforms.TimestampConverter": _kafka_smt(
        "field target.type format unix.precision replace.null.with.default", "target.type"
    ),
    "org.apache.kafka.connect.transforms.HeaderFrom": _kafka_smt("fields headers operation replace.null.with.default", "fields headers operation"),
    "org.apache.kafka.connect.transforms.InsertHeader": _kafka_smt("header value.literal", "header value.literal"),
    "org.apache.kafka.connect.transforms.DropHeaders": _kafka_smt("headers", "headers"),
    "org.apache.kafka.connect.transforms.Flatten": _kafka_smt("delimiter"),
    "org.apache.kafka.connect.transforms.HoistField": _kafka_smt("field", "field"),
    "org.apache.kafka.connect.transforms.SetSchemaMetadata": _kafka_smt("schema.name schema.version replace.null.with.default"),
    "org.apache.kafka.connect.transforms.TimestampRouter": _kafka_smt("topic.format timestamp.format"),
    "org.apache.kafka.connect.transforms.Filter": _kafka_smt(""),
}
TRANSFORM_IMPLICIT = {"type", "predicate", "negate"}
PREDICATES: dict[str, Smt] = {
    "org.apache.kafka.connect.transforms.predicates.TopicNameMatches": _smt("pattern", "pattern"),
    "org.apache.kafka.connect.transforms.predicates.HasHeaderKey": _smt("name", "name"),
    "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone": _smt(""),
}


def smt_for(class_name: str, table: dict[str, Smt]) -> Smt | None:
    base = class_name.split("$")[0].strip()
    return table.get(base)


# -- Debezium Server sinks (fact sheet §8) ----------------------------------------------------------

SERVER_SINKS_254 = {
    "eventhubs", "http", "infinispan", "kafka", "kinesis", "nats-jetstream", "nats-streaming", "pravega", "pubsub",
    "pubsublite", "pulsar", "rabbitmq", "rabbitmqstream", "redis", "rocketmq", "sqs",
}
PUBSUB_OPTIONS_254 = {
    "project.id", "ordering.enabled", "null.key", "batch.delay.threshold.ms", "batch.element.count.threshold",
    "batch.request.byte.threshold", "flowcontrol.enabled", "flowcontrol.max.outstanding.messages",
    "flowcontrol.max.outstanding.bytes", "retry.total.timeout.ms", "retry.max.rpc.timeout.ms", "retry.initial.delay.ms",
    "retry.delay.multiplier", "retry.max.delay.ms", "retry.initial.rpc.timeout.ms", "retry.rpc.timeout.multiplier",
    "wait.message.delivery.timeout.ms", "address",
}
PUBSUB_ADDED = {"ordering.key": "2.7.0", "region": "3.1.0", "concurrency.threads": "3.1.0",
                "compression.threshold.bytes": "3.1.0", "channel.shutdown.timeout.ms": "3.1.0"}


# -- enumerations of connectors the catalog does not hold -----------------------------------------

# (name, the connector class's mark, key, every value any release accepts, {value: removed in}):
# read from the connectors' sources (MongoDbConnectorConfig.CaptureMode, OracleConnectorConfig
# .SnapshotMode, JdbcSinkConnectorConfig's InsertMode, PrimaryKeyMode and SchemaEvolutionMode).
# A value outside the set is refused by every release; one removed, from that release on.
OTHER_ENUMS: tuple[tuple[str, str, str, frozenset[str], dict[str, str]], ...] = (
    ("MongoDB", "mongodb", "capture.mode",
     frozenset({"oplog", "change_streams", "change_streams_update_full", "change_streams_with_pre_image",
                "change_streams_update_full_with_pre_image"}), {"oplog": "2.0.0"}),
    ("Oracle", "oracle", "snapshot.mode",
     frozenset({"always", "initial", "initial_only", "schema_only", "schema_only_recovery", "no_data", "recovery",
                "when_needed", "configuration_based", "custom"}), {}),
    ("JDBC sink", "jdbc.jdbcsinkconnector", "schema.evolution", frozenset({"none", "basic"}), {}),
    ("JDBC sink", "jdbc.jdbcsinkconnector", "insert.mode", frozenset({"insert", "upsert", "update"}), {}),
    ("JDBC sink", "jdbc.jdbcsinkconnector", "primary.key.mode", frozenset({"none", "kafka", "record_key", "record_value"}), {}),
)


# -- the version a page is judged against ----------------------------------------------------------

# What a page installs names its Debezium version: a connector archive or jar
# (debezium-connector-postgres-1.6.1.Final), an image tag (debezium/connect:1.9,
# quay.io/debezium/server:2.5), Maven or Gradle coordinates; so does prose that says which
# release the page uses ("we use Debezium 2.6", "мы используем Debezium 2.6", a full release
# name "Debezium 2.6.2.Final"), not one that only mentions a release ("since Debezium 2.0").
_INSTALLED = re.compile(
    r"(?:\b(?:use|uses|using|install|installs|installing|run|runs|running)|используем|использует|используется|"
    r"установим|устанавливаем|запускаем)\s+Debezium\s+(\d+\.\d+(?:\.\d+)?)(?!\.?\d)"
    r"|Debezium\s+(\d+\.\d+\.\d+)\.Final"
    r"|debezium-connector-[a-z0-9]+-(\d+\.\d+\.\d+)"
    r"|debezium/(?:connect|server|connect-base|debezium-server)[\w-]*:(\d+\.\d+(?:\.\d+)?)"
    r"|io\.debezium:debezium-[\w-]+:(\d+\.\d+\.\d+)"
    r"|<artifactId>debezium-[\w-]+</artifactId>\s*<version>(\d+\.\d+\.\d+)",
    re.I,
)


def _near(text: str, word: str, pattern: re.Pattern, before: int) -> list[re.Match]:
    """``pattern``'s matches that start up to ``before`` characters ahead of each place ``word``
    occurs (found by ``str.find``: a page without the word costs one scan in C, not a
    regular-expression attempt at every character)."""
    found: list[re.Match] = []
    lower_first = word[0].lower() + word[1:]
    for spelling in dict.fromkeys((word, lower_first, word.upper())):
        index = text.find(spelling)
        while index >= 0:
            match = pattern.search(text, max(0, index - before), index + len(word) + 160)
            if match is not None and (not found or match.start() != found[-1].start()):
                found.append(match)
            index = text.find(spelling, index + 1)
    return found


# Every match of _INSTALLED holds the word "debezium" (in some case): at its start (`Debezium
# 2.6.2.Final`, `debezium-connector-…`, `debezium/connect:…`), 3 or 12 characters after it
# (`io.debezium:`, `<artifactId>debezium-`), or after a verb (`we use Debezium 2.6`).  So it is
# tried only at those places around each occurrence of the word, not at every character near it
# (pages name Debezium hundreds of times).
_VERB_BEFORE = re.compile(
    r"(?:\b(?:use|uses|using|install|installs|installing|run|runs|running)|используем|использует|используется|"
    r"установим|устанавливаем|запускаем)\s+\Z",
    re.I,
)


def _installs(text: str) -> list[re.Match]:
    """_INSTALLED's matches in ``text``, in order."""
    found: dict[int, re.Match] = {}
    for spelling in ("Debezium", "debezium", "DEBEZIUM"):
        index = text.find(spelling)
        while index >= 0:
            verb = _VERB_BEFORE.search(text, max(0, index - 20), index)
            for start in (verb.start() if verb else -1, index - 12, index - 3, index):
                if start >= 0 and start not in found:
                    match = _INSTALLED.match(text, start)
                    if match is not None:
                        found[start] = match
                        break
            index = text.find(spelling, index + 1)
    return [found[start] for start in sorted(found)]


@lru_cache(maxsize=8)
def installed_version(text: str) -> str | None:
    """The Debezium version a page installs, when what it installs names one (and only one
    minor release: a page that compares two is judged by the configured version)."""
    matches = _installs(text)
    found = [next(group for group in match.groups() if group) for match in matches]
    minors = {parse_version(version)[:2] for version in found}
    return found[0] if len(minors) == 1 else None


# Debezium embedded in another runtime: Apache Pulsar's IO connectors bring their own release
# and map some older keys themselves.
_EMBEDDED = re.compile(r"pulsar-io-debezium|org\.apache\.pulsar\.io\.debezium|pulsar-admin\s+sources?\b|database\.history\.pulsar", re.I)


# The Kafka that each minor release's container images ship (debezium/container-images), from the
# release where the course's checks need it (Kafka 3.5: stop; 3.6: offsets; 3.8: PATCH, SMT options).
IMAGE_KAFKA = {(2, 2): "3.4.0", (2, 3): "3.5.0", (2, 4): "3.5.1", (2, 5): "3.6.1", (2, 6): "3.7.0", (2, 7): "3.7.0",
               (3, 0): "3.8.0", (3, 1): "3.9.0", (3, 2): "4.0.0"}


def connect_kafka(text: str, configured: str) -> tuple[str, str]:
    """(the Kafka of the Kafka Connect a page's configs run on, how that is known): the Kafka of the
    Debezium images the page installs, else the configured `kafka-version`."""
    installed = installed_version(text)
    if installed is None:
        return configured, f"Kafka Connect {configured} (`kafka-version`)"
    minor = parse_version(installed)[:2]
    if minor in IMAGE_KAFKA:
        return IMAGE_KAFKA[minor], f"the Kafka Connect of Debezium {installed}'s images (Kafka {IMAGE_KAFKA[minor]})"
    if minor < min(IMAGE_KAFKA):
        return "3.3", f"the Kafka Connect of Debezium {installed}'s images (before Kafka 3.4)"
    return "4.0", f"the Kafka Connect of Debezium {installed}'s images (Kafka 4.0 or later)"


def judged_version(text: str, configured: str) -> str | None:
    """The version a page's configs are judged against: the one it installs, else the
    configured one; None when it installs a release older than the catalog's oldest, or runs
    Debezium inside another runtime (Pulsar IO): then what it accepts is not known."""
    if _near(text, "Pulsar", _EMBEDDED, 30):
        return None
    installed = installed_version(text)
    if installed is None or parse_version(installed)[:2] == parse_version(configured)[:2]:
        return configured  # (an image tag names the minor release only: debezium/connect:2.5)
    oldest = min(catalog()["matrix_tags"], key=parse_version)
    if parse_version(installed)[:2] < parse_version(oldest)[:2]:
        return None
    # `debezium/connect:2.7`, "Debezium 2.7": the minor release, judged as its latest patch
    return installed if len(re.findall(r"\d+", installed)) >= 3 else f"{'.'.join(re.findall(r'[0-9]+', installed)[:2])}.x"


# -- catalog lookups -------------------------------------------------------------------------------


def _nearest(versions: list[str], target: tuple[int, ...]) -> str:
    """The catalog release at or below ``target`` (the oldest when none is)."""
    ordered = sorted(versions, key=parse_version)
    chosen = ordered[0]
    for version in ordered:
        if parse_version(version) <= target:
            chosen = version
    return chosen


@lru_cache(maxsize=64)
def connector_keys(connector: str, version: str) -> dict[str, dict]:
    data = catalog()["connectors"][connector]
    target = parse_version(version)
    base = _nearest([v for v in data if v != "HEAD"], target)
    keys = {key: dict(info) for key, info in data[base].items()}
    later_releases = sorted((v for v in data if v != "HEAD" and parse_version(v) > target), key=parse_version)
    if later_releases and parse_version(base)[:2] != target[:2]:
        # A release between two the catalog holds (2.3, between 1.9.8 and 2.5.4): what it defines is
        # not known one by one, so a key or value either neighbour has is taken for its own (unless
        # KEYS_ADDED and VALUE_CHANGES below date it).
        for key, info in data[later_releases[0]].items():
            if key not in keys:
                keys[key] = dict(info)
            elif info.get("enum") and keys[key].get("enum"):
                keys[key]["enum"] = list(dict.fromkeys([*keys[key]["enum"], *info["enum"]]))
    for (conn, key), added in KEYS_ADDED.items():
        if conn != connector:
            continue
        if parse_version(added) > target:
            keys.pop(key, None)
        elif key not in keys:  # added after the catalog release we start from
            later = [v for v in data if v != "HEAD" and key in data[v]]
            if later:
                keys[key] = dict(data[min(later, key=parse_version)][key])
    for key, info in keys.items():
        if info.get("enum"):
            info["enum"] = allowed_values(connector, key, version, info["enum"], base)
    return keys


def allowed_values(connector: str, key: str, version: str, enum: list[str], base: str) -> list[str]:
    target = parse_version(version)
    values = [v for v in enum]
    for change in VALUE_CHANGES:
        if change.key != key or change.connector not in ("*", connector):
            continue
        if change.added and parse_version(change.added) <= target and change.value not in values:
            values.append(change.value)
        if change.added and parse_version(change.added) > target and change.value in values:
            values.remove(change.value)
        if change.removed and parse_version(change.removed) <= target and change.value in values:
            values.remove(change.value)
    return values


def value_change(connector: str, key: str, value: str) -> ValueChange | None:
    for change in VALUE_CHANGES:
        if change.key == key and change.connector in ("*", connector) and change.value == value.lower():
            return change
    return None


def field_first_version(key: str) -> str | None:
    """The first catalog release that defines a Debezium field, from the presence matrix."""
    field = catalog()["fields"].get(key)
    if not field:
        return None
    for tag, present in zip(catalog()["matrix_tags"], field["present"]):
        if present:
            return tag
    return None
