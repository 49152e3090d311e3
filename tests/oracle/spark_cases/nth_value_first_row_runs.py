# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window
df = spark.range(3)
df.select(F.nth_value("id", 1).over(Window.orderBy("id"))).collect()
