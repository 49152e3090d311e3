# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-01-01", "2024-02-01", 1.0, 2.0, "a", "b")], "d STRING, e STRING, x DOUBLE, y DOUBLE, s STRING, t STRING")
df.select(F.date_add("d", 7), F.datediff("e", "d"), F.months_between("e", "d"), F.coalesce("x", "y"), F.greatest("x", "y"),
          F.concat("s", "t"), F.concat_ws("-", "s", "t"), F.array("s", "t"), F.struct("s", "t"), F.pow("x", "y"),
          F.nanvl("x", "y"), F.ifnull("x", "y"), F.add_months("d", 1)).show()
