# expect: none
# spark: runs
from pyspark.sql.types import StructType

schema = StructType().add(field="id", data_type="long").add("op", data_type="string", nullable=False)
events = spark.createDataFrame([(1, "c")], schema)
events.select("id", "op").collect()
