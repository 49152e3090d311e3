# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"deleted": true}',)], "value STRING")
flags = raw.withColumn("p", F.from_json("value", "deleted bool"))
flags.show()
