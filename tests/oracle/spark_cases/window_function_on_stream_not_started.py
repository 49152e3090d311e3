# expect: SPK009
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window
src = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
ranked = src.withColumn("rn", F.row_number().over(Window.partitionBy("value").orderBy("timestamp")))
ranked.printSchema()
