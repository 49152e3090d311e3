# expect: SPK010
# spark: raises
from pyspark.sql.functions import col, expr

orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
joined = orders.withWatermark("ts", "10 seconds").join(
    payments.withWatermark("paid_at", "10 seconds"), expr("order_id = id AND paid_at >= ts"), "left")
query = joined.writeStream.format("console").start()
