# expect: SPK074
# spark: raises
import datetime
from pyspark.sql import functions as F
from pyspark.sql.window import Window
df = spark.createDataFrame([(datetime.date(2024, 1, 1), 1)], "d DATE, v INT")
df.withColumn("s", F.sum("v").over(Window.orderBy("d").rangeBetween(-2, 0))).collect()
