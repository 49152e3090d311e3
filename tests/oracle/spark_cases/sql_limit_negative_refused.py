# expect: SPK099
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window
df = spark.range(3)
df.createOrReplaceTempView("r"); spark.sql("SELECT * FROM r LIMIT -1").collect()
