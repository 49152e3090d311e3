# expect: SPK099
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window
df = spark.range(3)
df.select(F.ntile(0).over(Window.orderBy("id"))).collect()
