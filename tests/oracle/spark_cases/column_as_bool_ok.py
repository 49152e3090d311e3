# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "c"), (2, None)], "id INT, op STRING")
condition = (F.col("op") == "c") & (F.col("id") > 0)
flag = condition is not None and "op" in events.columns
if flag and not events.isStreaming:
    events.filter(condition | ~F.col("op").isNull()).show()
rows = [row for row in events.collect() if row["op"] == "c" and row["id"] > 0]
label = F.when(F.col("op").isNull(), "unknown").otherwise(F.col("op"))
events.select(label.alias("op")).show()


def upsert(batch_df, batch_id):
    if batch_df.isEmpty() or batch_id < 0:
        return
    batch_df.filter(batch_df.op == "c").show()


upsert(events, 1)
