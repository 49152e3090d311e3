# expect: SPK053
# spark: raises
# planted: a field the nested Row `after` does not have
from pyspark.sql import Row

changes = spark.createDataFrame([Row(op="c", after=Row(id=1, email="a@x.io")), Row(op="d", after=None)])
changes.select("op", "after.mail").show()
