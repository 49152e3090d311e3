"""Debezium / Kafka Connect configuration rules (DBZ001-DBZ013)."""

from __future__ import annotations

from collections import Counter

from conftest import FIXTURES
from mdxlint import lint_paths, lint_text
from mdxlint.lint.configuration import settings_from_table
from mdxlint.project.settings import Settings

DBZ = Settings(select=["DBZ"])


def codes(text: str, settings: Settings = DBZ) -> list[tuple[str, str]]:
    return [(d.code, d.severity.value) for d in lint_text(text, "a.mdx", settings)]


def fence(body: str, lang: str = "json", meta: str = "") -> str:
    return f"```{lang}{' ' + meta if meta else ''}\n{body}\n```\n"


def test_correct_configs_stay_silent():
    text = (FIXTURES / "debezium" / "correct-configs.mdx").read_text(encoding="utf-8")
    assert lint_text(text, "a.mdx", DBZ) == []


def test_version_switch():
    pg = fence('"plugin.name": "pgoutput",\n"snapshot.mode": "no_data"')
    assert codes(pg) == [("DBZ003", "error")]
    assert codes(pg, settings_from_table({"select": ["DBZ"], "debezium": {"version": "2.6"}})) == []
    never = fence('"plugin.name": "pgoutput",\n"snapshot.mode": "never"')
    assert codes(never) == [("DBZ004", "info")]
    assert codes(never, settings_from_table({"select": ["DBZ"], "debezium": {"version": "2.6.2"}})) == [("DBZ004", "warning")]
    assert codes(never, settings_from_table({"select": ["DBZ"], "debezium": {"version": "3.3"}})) == [("DBZ003", "error")]
    smt = fence('"transforms": "unwrap",\n"transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",\n"transforms.unwrap.drop.tombstones": "false"')
    assert codes(smt) == [("DBZ009", "warning")]
    assert codes(smt, settings_from_table({"select": ["DBZ"], "debezium": {"version": "3.2"}})) == [("DBZ009", "error")]
    assert codes(smt, settings_from_table({"select": ["DBZ"], "debezium": {"version": "2.4"}})) == []


def test_removed_keys_and_required():
    full = '{\n"connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n"database.hostname": "pg",\n"database.user": "u",\n"database.dbname": "d",\n"database.server.name": "shop"\n}'
    found = lint_text(fence(full), "a.mdx", DBZ)
    assert [(d.code, d.severity.value, d.line) for d in found] == [("DBZ001", "error", 7)]
    assert "topic.prefix" in found[0].message and found[0].fix is not None
    excerpt = fence('"database.server.name": "shop",\n"table.whitelist": "public.orders"')
    assert codes(excerpt) == [("DBZ001", "warning"), ("DBZ001", "warning")]
    history = fence('"database.history.internal.kafka.topic": "h"')
    assert codes(history) == [("DBZ001", "error")]
    missing = fence('{\n"connector.class": "io.debezium.connector.mysql.MySqlConnector",\n"database.hostname": "m",\n"database.user": "u",\n"topic.prefix": "t"\n}')
    found = lint_text(missing, "a.mdx", DBZ)
    assert [d.code for d in found] == ["DBZ002"] and "database.server.id" in found[0].message
    assert "schema.history.internal.kafka.topic" in found[0].message


def test_types_tasks_signals_other_connector():
    assert codes(fence('"plugin.name": "pgoutput",\n"slot.drop.on.stop": "yes"')) == [("DBZ006", "error")]
    assert codes(fence('"topic.prefix": "shop orders"')) == [("DBZ006", "error")]
    assert codes(fence('"topic.prefix": "${env:PREFIX}"')) == []
    assert codes(fence('"max.batch.size": "4096",\n"max.queue.size": "2048"')) == [("DBZ006", "error")]
    assert codes(fence('"plugin.name": "pgoutput",\n"tasks.max": "3"')) == [("DBZ007", "warning")]
    assert codes(fence('"database.server.id": "1",\n"tasks.max": "3"')) == [("DBZ007", "error")]
    assert codes(fence('"signal.kafka.topic": "s"')) == [("DBZ008", "error")]
    assert codes(fence('"plugin.name": "pgoutput",\n"slot.name": "s",\n"database.server.id": "1"')) == [("DBZ005", "error")]


def test_transforms_and_predicates():
    undeclared = fence('"transforms": "a",\n"transforms.a.type": "org.apache.kafka.connect.transforms.Flatten",\n"transforms.b.type": "org.apache.kafka.connect.transforms.Flatten"')
    assert codes(undeclared) == [("DBZ010", "warning")]
    missing_predicate = fence('"transforms": "a",\n"transforms.a.type": "org.apache.kafka.connect.transforms.Flatten",\n"transforms.a.predicate": "p",\n"predicates": "q",\n"predicates.q.type": "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone"')
    assert codes(missing_predicate) == [("DBZ010", "error")]
    negate = fence('"transforms": "a",\n"transforms.a.type": "org.apache.kafka.connect.transforms.Flatten",\n"transforms.a.predicate": "p",\n"predicates": "p",\n"predicates.p.type": "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone",\n"predicates.p.negate": "true"')
    found = lint_text(negate, "a.mdx", DBZ)
    assert [d.code for d in found] == ["DBZ011"] and found[0].fix.edits[0].content == "transforms.a.negate"
    unknown = fence('"transforms": "m",\n"transforms.m.type": "org.apache.kafka.connect.transforms.MaskField$Value",\n"transforms.m.fields": "email",\n"transforms.m.mask": "x"')
    assert codes(unknown) == [("DBZ009", "warning")]


def test_rest_calls():
    put_wrapper = fence("curl -X PUT -H 'Content-Type: application/json' localhost:8083/connectors/c/config -d '{\"name\": \"c\", \"config\": {\"connector.class\": \"x.PostgresConnector\"}}'", "bash")
    assert ("DBZ012", "error") in codes(put_wrapper)
    no_type = fence("curl -X POST localhost:8083/connectors -d @connector.json", "bash")
    assert codes(no_type) == [("DBZ012", "error")]
    patch = fence("curl -X PATCH -H 'Content-Type: application/json' localhost:8083/connectors/c/config -d '{\"snapshot.mode\": \"initial\"}'", "bash")
    assert codes(patch) == [("DBZ012", "error")]
    assert codes(patch, settings_from_table({"select": ["DBZ"], "debezium": {"kafka-version": "3.8"}})) == []
    heredoc = fence("curl -X POST -H 'Content-Type: application/json' localhost:8083/connectors -d @- <<EOF\n{\"snapshot.mode\": \"initial\", \"database.server.name\": \"x\"}\nEOF", "bash")
    assert ("DBZ012", "error") in codes(heredoc) and ("DBZ001", "warning") in codes(heredoc)


def test_counter_examples_are_skipped():
    body = '"database.server.name": "x"'
    assert codes(fence(body, meta="counter-example")) == []
    assert codes("{/* mdxlint-counter-example */}\n" + fence(body)) == []
    assert codes(fence(body)) == [("DBZ001", "warning")]


def test_debezium_server_and_positions():
    text = "Текст\n\n" + fence("debezium.sink.type=pubsub\ndebezium.sink.pubsub.region=eu\ndebezium.source.database.server.name=x", "properties")
    found = lint_text(text, "a.mdx", DBZ)
    assert [(d.code, d.line, d.column) for d in found] == [("DBZ013", 5, 1), ("DBZ001", 6, 17)]


def test_real_course(corpus):
    run = lint_paths([str(corpus / "src" / "content")], Settings(select=["DBZ"]), use_cache=False)
    found = Counter(d.code for d in run.diagnostics)
    assert found["DBZ011"] >= 4  # every predicate negate
    assert found["DBZ001"] >= 40
    pg_values = [d for d in run.diagnostics if d.code == "DBZ003" and "PostgreSQL" in d.message]
    assert len(pg_values) >= 5
    assert not [d for d in run.diagnostics if d.code.startswith("INT")]


from hypothesis import given as _given, settings as _settings, strategies as _st  # noqa: E402


@_settings(max_examples=2000, deadline=None)
@_given(_st.lists(_st.sampled_from(["a", " ", "'", '"', "\\", "#", "\n", "x", "-d", "{"]), max_size=16).map("".join))
def test_open_quote_agrees_with_shlex(command):
    """The curl reader extends a command to its closing quote without re-running shlex per line."""
    import shlex

    from mdxlint.analyzers.configs.connect import _open_quote

    try:
        shlex.split(command, comments=True)
        refused = False
    except ValueError:
        refused = True
    assert _open_quote(command) == refused


def test_placeholder_values_are_not_judged_against_their_type():
    """`"database.port": "MYSQL_PORT"` is the reader's value to fill in, not a malformed integer."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    config = ('```json\n{\n  "connector.class": "io.debezium.connector.mysql.MySqlConnector",\n'
              '  "database.port": "MYSQL_PORT",\n  "database.ssl.mode": "SSL_MODE",\n  "database.server.id": "{{ id }}",\n'
              '  "snapshot.mode": "sometimes"\n}\n```\n')
    found = [(d.code, d.line) for d in lint_text(config, "a.mdx", Settings(select=["DBZ003", "DBZ006"]))]
    assert found == [("DBZ003", 7)]


def test_the_version_a_page_installs_and_configs_of_other_runtimes():
    """A page that installs another Debezium release (an image tag, a connector archive) is
    judged against that release, or not at all when it is older than the catalog; Debezium
    inside Pulsar IO is not judged; a config names its connector by `task.class` too, and
    `database.dbname` alone (Oracle, SQL Server, Db2 have it) does not make it PostgreSQL's."""
    config = ('```json\n{"connector.class": "io.debezium.connector.postgresql.PostgresConnector", '
              '"database.hostname": "db", "database.server.name": "shop", "plugin.name": "pgoutput"}\n```\n')
    codes = lambda text: [d.code for d in lint_text(text, "a.mdx", DBZ)]  # noqa: E731
    assert "DBZ001" in codes(config)
    assert "DBZ001" not in codes("```bash\ndocker run debezium/connect:1.9\n```\n\n" + config)
    assert codes("Install `debezium-connector-postgres-1.6.1.Final`.\n\n" + config) == []
    assert codes("Deploy it with `pulsar-admin sources create`.\n\n" + config) == []
    both = "```bash\ndocker run debezium/connect:1.9 && docker run debezium/connect:2.5\n```\n\n" + config
    assert "DBZ001" in codes(both)  # two releases compared: the configured one judges
    sqlserver = '```json\n{"task.class": "io.debezium.connector.sqlserver.SqlServerConnectorTask", "snapshot.mode": "schema_only"}\n```\n'
    assert codes(sqlserver) == [] and codes('```json\n{"database.dbname": "ORCLCDB", "snapshot.mode": "schema_only"}\n```\n') == []


def test_held_out_configs_of_2026_12_02():
    """A held-out review of 69 configs against Debezium's sources: keys the catalog missed or
    misspelled, required keys and signal channels of 1.x and 2.1, the outbox router's tracing
    options, a Debezium Server image's own release, SQL Server's and MongoDB's removed keys,
    Strimzi's `spec.class` and `spec.tasksMax`."""
    found = lambda text: sorted({d.code for d in lint_text(text, "a.mdx", DBZ)})  # noqa: E731
    pg = '"connector.class": "io.debezium.connector.postgresql.PostgresConnector"'
    mysql = '"connector.class": "io.debezium.connector.mysql.MySqlConnector"'
    assert "DBZ005" not in found(fence("{" + pg + ', "database.hostname": "db", "database.initial.statements": "SET x = 0"}'))
    assert "DBZ005" not in found(fence("{" + mysql + ', "database.hostname": "db", "table.ignore.builtin": "false"}'))
    legacy = ('{"name": "inventory", "config": {' + mysql + ', "database.hostname": "db", "database.user": "u", '
              '"database.server.name": "shop", "database.history.kafka.topic": "h", '
              '"database.history.kafka.bootstrap.servers": "kafka:9092"}}')
    curl = "```bash\ncurl -X POST -H \"Content-Type: application/json\" localhost:8083/connectors -d '" + legacy + "'\n```\n"
    assert found("```bash\ndocker run debezium/connect:1.9\n```\n\n" + curl) == []
    signals = fence("{" + mysql + ', "database.hostname": "db", "read.only": "true", "signal.kafka.topic": "s"}')
    assert "DBZ008" not in found("```bash\ndocker run quay.io/debezium/connect:2.1\n```\n\n" + signals)
    assert "DBZ008" in found(signals)
    outbox = ('{"transforms": "outbox", "transforms.outbox.type": "io.debezium.transforms.outbox.EventRouter", '
              '"transforms.outbox.tracing.span.context.field": "tracingspancontext"}')
    assert found(fence(outbox)) == []
    server = "debezium.sink.type=pubsub\ndebezium.sink.pubsub.project.id=p\ndebezium.sink.pubsub.region=europe-west1\n"
    assert found("Run `quay.io/debezium/server:3.1`.\n\n" + fence(server, "properties")) == []
    assert found(fence(server, "properties")) == ["DBZ013"]
    sqlserver = '{"connector.class": "io.debezium.connector.sqlserver.SqlServerConnector", "database.dbname": "shop"}'
    pg_dbname = "{" + pg + ', "database.dbname": "shop"}'
    assert "DBZ001" in found(fence(sqlserver)) and "DBZ001" not in found(fence(pg_dbname))
    mongo = '{"connector.class": "io.debezium.connector.mongodb.MongoDbConnector", "mongodb.name": "shop"}'
    assert found(fence(mongo)) == ["DBZ001"]
    strimzi = ("apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: inventory\nspec:\n"
               "  class: io.debezium.connector.mysql.MySqlConnector\n  tasksMax: 2\n  config:\n    database.hostname: db\n")
    assert "DBZ007" in found(fence(strimzi, "yaml"))
    port = fence("{" + mysql + ', "database.hostname": "db", "database.port": "3306x"}')
    assert "DBZ006" in found("Install `debezium-connector-mysql-3.4.3.Final`.\n\n" + port)


def test_held_out_configs_of_2026_12_02_second_round():
    """A JDBC or MongoDB sink in a PostgreSQL or MySQL lesson is no source connector; a fragment in an
    Oracle lesson is not guessed to be MySQL's; Debezium's 3.x images have PATCH …/config (Kafka 3.8);
    a full config's transform may not name a predicate nothing declares; REST methods per endpoint."""
    found = lambda text: sorted({d.code for d in lint_text(text, "a.mdx", DBZ)})  # noqa: E731
    sink = fence('{"connector.class": "io.debezium.connector.jdbc.JdbcSinkConnector", "tasks.max": "4", '
                 '"connection.url": "jdbc:postgresql://db/x", "insert.mode": "upsert"}')
    assert found("---\ntitle: Replicating PostgreSQL with the JDBC sink\n---\n\n" + sink) == []
    oracle = fence('{"log.mining.strategy": "online_catalog", "snapshot.locking.mode": "none", "schema.include.list": "INV"}')
    assert found("---\ntitle: Oracle LogMiner tuning\n---\n\n" + oracle) == []
    patch = ("```bash\ncurl -X PATCH -H \"Content-Type: application/json\" localhost:8083/connectors/x/config "
             "-d '{\"snapshot.mode\": \"when_needed\"}'\n```\n")
    assert found("Run `quay.io/debezium/connect:3.0`.\n\n" + patch) == [] and found(patch) == ["DBZ012"]
    restart = "```bash\ncurl -X PUT \"localhost:8083/connectors/x/restart?includeTasks=true\"\n```\n"
    messages = [d.message for d in lint_text(restart, "a.mdx", DBZ)]
    assert len(messages) == 1 and messages[0].startswith("`PUT /connectors/x/restart`") and "405" in messages[0]
    assert found("```bash\ncurl -X POST localhost:8083/connectors/x/restart\n```\n") == []


def test_prose_that_says_which_release_the_page_uses():
    """A held-out lesson: "мы используем Debezium 2.6" judges the page against 2.6 (`no_data` exists
    there); a release only mentioned ("начиная с Debezium 2.0") does not."""
    pg = fence('"plugin.name": "pgoutput",\n"snapshot.mode": "no_data"')
    assert codes("В этом уроке мы используем Debezium 2.6.\n\n" + pg) == []
    assert codes("We use Debezium 2.6.2.Final.\n\n" + pg) == []
    assert codes("Начиная с Debezium 2.0 ключи переименованы.\n\n" + pg) == [("DBZ003", "error")]


def test_messages_name_what_the_pages_release_has():
    """DBZ009 lists the options the page's release has (no option added later); DBZ012 does not
    claim a Kafka version a 2.x image may not ship."""
    typo = fence('"transforms": "unwrap",\n"transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",\n'
                 '"transforms.unwrap.drop.tombstone": "false"')
    message = [d.message for d in lint_text("Образ `quay.io/debezium/connect:2.3`.\n\n" + typo, "a.mdx", DBZ)][0]
    assert "in Debezium 2.3.x it has:" in message and "delete.tombstone.handling.mode" not in message
    patch = ("Образ `quay.io/debezium/connect:2.7`.\n\n```bash\ncurl -X PATCH -H 'Content-Type: application/json' "
             "localhost:8083/connectors/inventory/config -d '{\"snapshot.mode\": \"initial\"}'\n```\n")
    rest = [d.message for d in lint_text(patch, "a.mdx", DBZ) if d.code == "DBZ012"]
    assert rest and "Debezium 2.7's images (Kafka 3.7.0)" in rest[0] and "3.6" not in rest[0]


def test_transform_classes_kafka_connect_cannot_load():
    """Held-out: the outbox router outside its package, a predicate Kafka does not have; a class
    of one's own package with a known simple name, and Debezium classes not known here, pass."""
    def config(cls: str, kind: str = "transforms") -> str:
        return fence(f'"{kind}": "a",\n"{kind}.a.type": "{cls}"')

    outbox = [d.message for d in lint_text(config("io.debezium.transforms.EventRouter"), "a.mdx", DBZ) if d.code == "DBZ014"]
    assert outbox and "io.debezium.transforms.outbox.EventRouter" in outbox[0]
    tomb = [d.message for d in lint_text(config("org.apache.kafka.connect.transforms.predicates.IsTombstone", "predicates"),
                                         "a.mdx", DBZ) if d.code == "DBZ014"]
    assert tomb and "RecordIsTombstone" in tomb[0]
    for fine in ("com.example.Filter", "io.debezium.transforms.HeaderToValue", "io.debezium.transforms.outbox.EventRouter",
                 "org.apache.kafka.connect.transforms.ReplaceField$Value"):
        assert [d for d in lint_text(config(fine), "a.mdx", DBZ) if d.code == "DBZ014"] == [], fine


def test_enumerations_of_mongodb_oracle_and_the_jdbc_sink():
    """Held-out: MongoDB's `oplog` capture mode is gone in 2.x; Oracle has no `never` snapshot mode;
    the JDBC sink's schema evolution is `none` or `basic`; their good values pass."""
    def config(cls: str, key: str, value: str) -> str:
        return fence(f'"connector.class": "{cls}",\n"{key}": "{value}"')

    mongo, oracle, jdbc = ("io.debezium.connector.mongodb.MongoDbConnector", "io.debezium.connector.oracle.OracleConnector",
                           "io.debezium.connector.jdbc.JdbcSinkConnector")
    assert codes(config(mongo, "capture.mode", "oplog")) == [("DBZ003", "error")]
    assert codes(config(mongo, "capture.mode", "oplog"), settings_from_table({"select": ["DBZ"], "debezium": {"version": "1.9"}})) == []
    assert codes(config(oracle, "snapshot.mode", "never")) == [("DBZ003", "error")]
    assert codes(config(jdbc, "schema.evolution", "true")) == [("DBZ003", "error")]
    for cls, key, value in ((mongo, "capture.mode", "change_streams_update_full"), (oracle, "snapshot.mode", "no_data"),
                            (jdbc, "insert.mode", "UPSERT"), (jdbc, "primary.key.mode", "record_key")):
        assert [c for c in codes(config(cls, key, value)) if c[0] == "DBZ003"] == [], (key, value)


def test_kafka_schema_history_keys_required_by_other_connectors():
    """Held-out: a SQL Server 2.5 config with only the 1.x `database.history.kafka.*` keys is refused
    (KafkaSchemaHistory requires its topic and servers); MySQL's are DBZ002's, not repeated."""
    def config(cls: str) -> str:
        return fence(f'"connector.class": "{cls}",\n"database.hostname": "db",\n"database.user": "u",\n'
                     '"database.names": "sales",\n"topic.prefix": "t",\n'
                     '"database.history.kafka.bootstrap.servers": "kafka:9092",\n"database.history.kafka.topic": "h"')

    assert codes(config("io.debezium.connector.sqlserver.SqlServerConnector")) == [("DBZ001", "error")] * 2
    mysql = codes(config("io.debezium.connector.mysql.MySqlConnector"))
    assert ("DBZ001", "error") not in mysql and ("DBZ001", "warning") in mysql


def test_held_out_configs_of_2026_12_04():
    """A page that names a minor release ("Debezium 2.7", `connect:2.7`) is judged as its latest
    patch (PostgreSQL's `read.only` is there); a release between two the catalog holds (2.3) accepts
    what either has; curl's grouped options (`-sX PUT`); `max.queue.size` against the default
    `max.batch.size` (and the reverse) in a full source config, not in an excerpt."""
    read_only = fence('{"connector.class": "io.debezium.connector.postgresql.PostgresConnector", "read.only": "true"}')
    assert "DBZ005" not in {d.code for d in lint_text("Мы используем Debezium 2.7.\n\n" + read_only, "a.mdx", DBZ)}
    assert "DBZ005" not in {d.code for d in lint_text("Образ `quay.io/debezium/connect:2.7`.\n\n" + read_only, "a.mdx", DBZ)}
    values = fence('"plugin.name": "pgoutput",\n"binary.handling.mode": "base64-url-safe",\n"database.sslmode": "prefer"')
    assert codes("Мы используем Debezium 2.3.\n\n" + values) == []
    assert codes("Мы используем Debezium 2.3.\n\n" + fence('"plugin.name": "pgoutput",\n"binary.handling.mode": "base32"')) \
        == [("DBZ003", "error")]
    for flags in ("-sX PUT", "-sXPUT", "-isX PUT"):
        assert codes(f"```bash\ncurl {flags} http://localhost:8083/connectors/inventory/pause\n```\n") == [], flags
    assert [c for c, _ in codes("```bash\ncurl -sX GET http://localhost:8083/connectors/inventory/pause\n```\n")] == ["DBZ012"]
    full = ('{"connector.class": "io.debezium.connector.postgresql.PostgresConnector", "database.hostname": "db", '
            '"database.port": "5432", "database.user": "u", "database.password": "p", "database.dbname": "inventory", '
            '"topic.prefix": "app", "plugin.name": "pgoutput", %s}')
    messages = [d.message for d in lint_text(fence(full % '"max.batch.size": "10000"'), "a.mdx", DBZ) if d.code == "DBZ006"]
    assert messages == ['`max.queue.size=8192` (its default) must be larger than `max.batch.size=10000`: Debezium rejects '
                        'it ("Must be larger than the maximum batch size")'], messages
    assert [d.code for d in lint_text(fence(full % '"max.queue.size": "1000"'), "a.mdx", DBZ)] == ["DBZ006"]
    assert [d.code for d in lint_text(fence(full % '"max.queue.size": "20000", "max.batch.size": "10000"'), "a.mdx", DBZ)] == []
    assert codes(fence('"plugin.name": "pgoutput",\n"max.batch.size": "10000"')) == []  # an excerpt


def test_held_out_h31_kafka_versions_channels_and_methods():
    """Held-out h31 (278 configs): Kafka's SMTs have `replace.null.with.default` and
    `field.syntax.version` from Kafka 3.8 (Debezium 2.5's images ship 3.6.1): not listed as options
    there, and a warning where used; signal channel names are compared as written; `DELETE …/config`
    is no endpoint; `…/stop` and `…/offsets` exist from Kafka 3.5 and 3.6."""
    image = "```bash\ndocker run quay.io/debezium/connect:2.5\n```\n\n"
    smt = ('```json\n{\n  "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n'
           '  "transforms": "key",\n  "transforms.key.type": "org.apache.kafka.connect.transforms.ValueToKey",\n'
           '  "transforms.key.fields": "id",\n  "transforms.key.field": "id",\n'
           '  "transforms.key.replace.null.with.default": "false"\n}\n```\n')
    found = [d for d in lint_text(image + smt, "a.mdx", Settings(select=["DBZ009"]))]
    messages = sorted(d.message for d in found)
    assert len(messages) == 2 and "it has: fields)" in messages[0] and "Kafka 3.6.1" in messages[0]
    assert "`replace.null.with.default` exists from Kafka 3.8" in messages[1]
    newer = smt.replace('  "transforms.key.field": "id",\n', '')
    assert lint_text(image.replace("2.5", "3.0") + newer, "a.mdx", Settings(select=["DBZ009"])) == []
    signals = ('```json\n{\n  "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n'
               '  "signal.enabled.channels": "source,Kafka",\n  "signal.kafka.topic": "s"\n}\n```\n')
    found = lint_text(signals, "a.mdx", Settings(select=["DBZ008"]))
    assert len(found) == 1 and "`Kafka` is not `kafka`" in found[0].message
    calls = ["```bash\ndocker run quay.io/debezium/connect:2.2\n```\n\n```bash\ncurl -X PUT localhost:8083/connectors/a/stop\n```\n",
             "```bash\ndocker run quay.io/debezium/connect:2.3\n```\n\n```bash\ncurl -X DELETE localhost:8083/connectors/a/offsets\n```\n",
             "```bash\ncurl -X DELETE localhost:8083/connectors/a/config\n```\n",
             "```bash\ndocker run quay.io/debezium/connect:2.5\n```\n\n```bash\ncurl -X DELETE localhost:8083/connectors/a/offsets\n```\n"]
    found = [[d.message for d in lint_text(call, "a.mdx", Settings(select=["DBZ012"]))] for call in calls]
    assert "answers 404" in found[0][0] and "answers 405" in found[1][0] and "405" in found[2][0] and found[3] == []


def test_full_config_listing_a_transform_without_its_type():
    """Held-out h31: Kafka Connect refuses a connector whose `transforms` lists an alias with no
    `.type` (ConnectorConfig.enrich); in an excerpt the type may be set elsewhere."""
    full = ('```json\n{\n  "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n'
            '  "database.hostname": "db",\n  "database.user": "u",\n  "transforms": "unwrap,route",\n'
            '  "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState"\n}\n```\n')
    found = lint_text(full, "a.mdx", Settings(select=["DBZ010"]))
    assert [(d.line, d.severity.value) for d in found] == [(6, "error")] and "`transforms.route.type`" in found[0].message
    excerpt = full.replace('  "database.hostname": "db",\n  "database.user": "u",\n', "")
    assert lint_text(excerpt, "a.mdx", Settings(select=["DBZ010"])) == []
