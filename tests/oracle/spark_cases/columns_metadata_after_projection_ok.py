# expect: none
# spark: runs
from pyspark.sql import functions as F
with open("e.json", "w") as fh:
    fh.write('{"id": 1}\n')
df = spark.read.schema("id INT").json("e.json")
out = df.select("id").select("id", "_metadata")
