# expect: SPK067
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([('{"id": 1, "deleted": true}',)], "value STRING")
parsed = events.select(F.from_json("value", "id INT, deleted BOOLEAN").alias("e")).select("e.*")
parsed.groupBy("id").sum("deleted").show()
