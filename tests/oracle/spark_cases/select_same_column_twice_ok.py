# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10)], "id INT, op STRING, lsn BIGINT")
# One column read twice is one attribute twice: reading it by name after is not ambiguous
changes.select("id", "id", "op").select("id").show()
changes.select("*", "op").filter("op = 'c'").show()
changes.select(F.col("lsn"), "lsn").groupBy("lsn").count().show()
changes.select(changes.id, changes["id"], "op").groupBy("id").count().show()
aliased = changes.alias("c")
aliased.select("c.id", "id").filter(aliased.id > 0).select("id").show()
# A union's columns are its first input's, and a cross join with a frame without `id` keeps it one column
twice = changes.select("id", "id")
twice.union(twice).select("id").show()
twice.crossJoin(changes.select("op")).select("id").show()
