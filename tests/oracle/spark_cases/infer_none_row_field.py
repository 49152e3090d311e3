# expect: SPK083
# spark: raises
# planted: a Row field that is None in every row, no schema
from pyspark.sql import Row

deletes = spark.createDataFrame([Row(id=1, op="d", after=None), Row(id=2, op="d", after=None)])
deletes.show()
