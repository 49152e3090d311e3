# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([('[1, 2]',)], "value STRING")
raw.select(F.from_json("value", "array<integr>").alias("ids")).show()
