# expect: SPK031
# spark: raises
from pyspark.sql import functions as F

events = spark.range(3).withColumn("after", F.struct("id"))
events.write.save("out/batch_save_csv_position", "csv", "overwrite")
