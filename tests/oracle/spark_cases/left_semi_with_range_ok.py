# expect: none
# spark: runs
from pyspark.sql.functions import expr

orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .selectExpr("value AS order_id", "timestamp AS paid_at").withWatermark("paid_at", "5 seconds"))
paid = orders.join(payments, expr("value = order_id AND paid_at BETWEEN timestamp AND timestamp + INTERVAL 5 SECONDS"), "left_semi")
query = paid.writeStream.format("console").start()
