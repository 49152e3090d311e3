# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.types import StringType
spark.udf.register("op_name", lambda op: {"c": "create"}.get(op, "other"), StringType())
spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION twice(x INT) RETURNS INT RETURN x * 2")
changes = spark.createDataFrame([(1, "c", "2024-01-05", '{"a": 1}', 5.0)], "id INT, op STRING, d STRING, payload STRING, amount DOUBLE")
shaped = changes.selectExpr(
    "id", "OP_NAME(op) AS label", "twice(id) AS doubled", "CAST(amount AS DECIMAL(10, 2)) AS fee", "amount::int AS whole",
    "get_json_object(payload, '$.a') AS a", "dateadd(day, 1, to_date(d)) AS next_day", "IF(id > 1, 'many', 'one') AS size",
    "transform(array(1, 2), x -> x + 1) AS bumped", "nvl2(amount, 1, 0) AS has_amount", "stack(1, id, op) AS (k, v)",
    "IDENTIFIER('op') AS op_again", "current_timestamp() AS loaded_at",
)
shaped.where("id IN (1, 2) AND EXISTS(array(1), x -> x = 1)").show()
changes.groupBy("op").agg(F.expr("percentile_approx(amount, 0.5)").alias("p"), F.expr("count(*) FILTER (WHERE id > 0)").alias("n")).show()
