# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
dated = changes.withColumn("day", F.current_date())
dated.write.mode("overwrite").partitionBy("day", "OP").parquet("out/changes_dated")
dated.write.format("json").mode("overwrite").partitionBy(["op"]).save("out/changes_dated_json")
print(spark.read.parquet("out/changes_dated").columns)
