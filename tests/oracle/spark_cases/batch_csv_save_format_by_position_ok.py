# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.range(3).withColumn("after", F.struct("id"))
events.write.format("csv").save("out/batch_save_format_position", "json", "overwrite")
