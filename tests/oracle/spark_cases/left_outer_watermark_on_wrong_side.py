# expect: SPK010
# spark: raises
from pyspark.sql.functions import expr

orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
payments = spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value AS order_id", "timestamp AS paid_at")
joined = orders.join(
    payments,
    expr("value = order_id AND paid_at BETWEEN timestamp AND timestamp + INTERVAL 5 SECONDS"),
    "left_outer",
)
query = joined.writeStream.format("console").start()
