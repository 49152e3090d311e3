# expect: none
# spark: runs
# The partitioned file sink is refused at start(); the lesson falls back to the noop sink.
import tempfile
from pyspark.errors import AnalysisException
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
out = events.select("value")
base = tempfile.mkdtemp()
try:
    query = (out.writeStream.format("parquet").partitionBy("day")
             .option("path", base + "/x").option("checkpointLocation", base + "/chk").start())
except AnalysisException:
    query = out.writeStream.format("noop").start()
