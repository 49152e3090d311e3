# expect: none
# spark: runs
import os
with_name = os.environ.get("WITH_NAME", "1") == "1"
if with_name:
    s2 = "id INT, name STRING"
else:
    s2 = "id INT"
spark.createDataFrame([(1, "a")], s2).show()
import os
from pyspark.sql import functions as F
df = spark.createDataFrame([("k", 1)], "k STRING, x INT")
if os.environ.get("MODERN", "1") == "1":
    flag_type = "boolean"
else:
    flag_type = "bool"
df.select(F.col("x").cast(flag_type).alias("f")).show()
import os
from pyspark.sql import functions as F
raw = spark.createDataFrame([("k", '{"id": 1}', "a,b")], "k STRING, after STRING, tags STRING")
if os.environ.get("PARSE", "1") == "1":
    df = raw.withColumn("after", F.from_json("after", "id INT")).withColumn("tags", F.split("tags", ","))
else:
    df = raw
df.select("after.id", F.explode("tags")).show()
