# expect: none
# spark: runs
from pyspark.sql import functions as F

envelopes = spark.createDataFrame([(1, (7, "a@x.io"), "c", 10)], "id INT, after STRUCT<id: INT, email: STRING>, op STRING, lsn BIGINT")
envelopes.createOrReplaceTempView("envelopes")
flat = spark.sql(
    "SELECT e.id, after.email, `op`, CAST(lsn AS STRING) AS lsn_text, upper(op) AS OP_UPPER, "
    "row_number() OVER (PARTITION BY e.id ORDER BY lsn DESC) AS rn FROM envelopes e"
)
flat.select("id", "email", "op", "lsn_text", F.col("op_upper"), "rn").show()
counts = spark.sql("SELECT op, count(*) AS n, max(lsn) last_lsn FROM envelopes GROUP BY op")
counts.select("op", "n", "last_lsn").show()
