# expect: SPK099
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window
df = spark.range(3)
df.sample(fraction=1.5).collect()
