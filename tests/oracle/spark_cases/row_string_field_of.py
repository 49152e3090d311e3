# expect: SPK053
# spark: raises
# planted: a field read from a Row value that is a string (the JSON is not parsed)
from pyspark.sql import Row

raw = spark.createDataFrame([Row(key="1", value='{"op": "c"}')])
raw.select("value.op").show()
