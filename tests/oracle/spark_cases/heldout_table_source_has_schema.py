# expect: none
# spark: runs
# planted: none (a streaming read of a catalog table: the catalog gives the schema; held-out site, Delta's docs)
from pyspark.sql import functions as F

spark.createDataFrame([("c", 1), ("u", 1), ("c", 2)], "op STRING, id LONG").write.mode("overwrite").saveAsTable("orders_changes")

changes = spark.readStream.table("orders_changes").withColumn("seen", F.current_timestamp())
query = changes.writeStream.format("console").option("checkpointLocation", "checkpoints/orders_changes").start()
