# expect: SPK062
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "c", False)], "id INT, op STRING, deleted BOOLEAN")
live = events.filter(not events.deleted)
live.show()
