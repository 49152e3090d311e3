# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"order-id":1,"op":"c"}',)], ["value"])
events = raw.select(F.from_json("value", "`order-id` INT, op STRING").alias("e")).select("e.*")
events.selectExpr("order-id AS order_id").show()
