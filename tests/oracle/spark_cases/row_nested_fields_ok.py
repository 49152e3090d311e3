# expect: none
# spark: runs
# planted: none (fields of nested Rows, the first one None)
from pyspark.sql import Row

changes = spark.createDataFrame([Row(op="d", after=None), Row(op="c", after=Row(id=1, email="a@x.io"))])
changes.select("op", "after.email", "after.id").show()
