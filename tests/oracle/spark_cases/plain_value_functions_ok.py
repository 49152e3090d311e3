# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, None, "2024-01-05", [3, 1])], "id INT, total DOUBLE, day STRING, xs ARRAY<INT>")
ev.select(
    F.coalesce(F.col("total"), F.lit(0)).alias("total"),
    F.round("total", 2).alias("r"),
    F.date_add("day", 1).alias("next"),
    F.substring("day", 1, 4).alias("year"),
    F.element_at("xs", 1).alias("first"),
    F.array_contains("xs", 3).alias("has"),
    F.lag("id", 1, 0).over(__import__("pyspark.sql.window", fromlist=["Window"]).Window.orderBy("id")).alias("prev"),
    F.when(F.col("id") > 0, 1).otherwise(0).alias("pos"),
).show()
ev.groupBy("day").agg(F.any_value("id", True).alias("any"), F.max_by("id", "total").alias("m")).show()
