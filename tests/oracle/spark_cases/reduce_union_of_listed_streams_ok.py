# expect: none
# spark: runs
# wait: 6
from functools import reduce
from pyspark.sql import DataFrame
import pyspark.sql.functions as F
topics = [spark.readStream.format("rate").load().withColumn("topic", F.lit(t)) for t in ("orders", "customers", "items")]
all_changes = reduce(DataFrame.unionByName, topics)
counts = all_changes.groupBy("topic").count()
query = counts.writeStream.outputMode("complete").format("console").start()
