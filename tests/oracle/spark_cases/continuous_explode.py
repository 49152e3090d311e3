# expect: SPK011
# spark: raises
# planted: continuous trigger with explode (Generate)
from pyspark.sql import functions as F

# Stand-in for dbserver1.shop.orders with a JSON array of line items.
orders_topic = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(
    F.to_json(F.struct(
        F.lit("c").alias("op"),
        F.struct(
            F.col("value").alias("id"),
            F.array(F.struct(F.lit("sku-1").alias("sku"), F.lit(2).alias("qty")),
                    F.struct(F.lit("sku-2").alias("sku"), F.lit(1).alias("qty"))).alias("items"),
        ).alias("after"),
    )).alias("value")
)
items_envelope = "op STRING, after STRUCT<id: BIGINT, items: ARRAY<STRUCT<sku: STRING, qty: INT>>>"
parsed = orders_topic.select(F.from_json("value", items_envelope).alias("c"))
items = parsed.select("c.after.id", F.explode("c.after.items").alias("item")).select("id", "item.sku", "item.qty")
query = items.writeStream.format("console").trigger(continuous="2 seconds").start()
