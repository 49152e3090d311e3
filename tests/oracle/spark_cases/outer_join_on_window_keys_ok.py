# expect: none
# spark: runs
from pyspark.sql import functions as F

clicks = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
views = spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value AS v2", "timestamp AS t2")
per_click = clicks.groupBy(F.window("timestamp", "5 seconds").alias("w"), "value").count()
per_view = (views.withWatermark("t2", "5 seconds")
            .groupBy(F.window("t2", "5 seconds").alias("w"), F.col("v2").alias("value")).count()
            .withColumnRenamed("count", "views"))
both = per_click.join(per_view, ["w", "value"], "left_outer")
query = both.writeStream.format("console").start()
