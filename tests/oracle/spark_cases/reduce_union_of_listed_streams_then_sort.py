# expect: SPK007
# spark: raises
from functools import reduce
from pyspark.sql import DataFrame
import pyspark.sql.functions as F
topics = [spark.readStream.format("rate").load().withColumn("topic", F.lit(t)) for t in ("orders", "customers")]
all_changes = reduce(DataFrame.unionByName, topics).orderBy("timestamp")
query = all_changes.writeStream.format("console").start()
