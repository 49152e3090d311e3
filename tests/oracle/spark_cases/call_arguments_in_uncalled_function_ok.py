# expect: SPK071
# spark: runs
from pyspark.sql import functions as F
def waits(orders):
    return orders.select(F.datediff("shipped"))
spark.range(2).show()
