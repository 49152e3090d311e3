# expect: SPK031
# spark: raises
from pyspark.sql.functions import col, collect_list, window
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "1 second")
report = (events.groupBy(window("timestamp", "2 seconds")).agg(collect_list("value").alias("values"))
          .select(col("window.start").alias("start"), "values"))
query = (report.writeStream.format("csv")
         .option("path", "out/values")
         .option("checkpointLocation", "chk/values")
         .start())
