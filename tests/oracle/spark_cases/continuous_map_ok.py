# expect: none
# spark: runs
from pyspark.sql.functions import col

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = (
    events.where(col("value") % 2 == 0)
    .selectExpr("value * 10 AS scaled")
    .writeStream.format("console")
    .trigger(continuous="1 second")
    .start()
)
