# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
renamed = changes.withColumnRenamed("op", "operation")
renamed.filter(changes.op == "c").orderBy(changes.op).collect()
changes.filter("id > 0").select(changes.op).collect()
changes.groupBy("op").count().select(changes.op).collect()
other = spark.createDataFrame([(1, "x")], "id INT, name STRING")
changes.join(other, changes.id == other.id).select(changes.op, other.name).collect()
