# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
from pyspark.errors import AnalysisException
events = spark.readStream.format("rate").load()
try:
    events.groupBy("value").count().writeStream.outputMode("append").format("console").start()
except AnalysisException as err:
    print("Spark refused:", str(err).splitlines()[0])
