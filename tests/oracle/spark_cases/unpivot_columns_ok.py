# expect: none
# spark: runs
# The columns unpivot and melt make, given by keyword or position.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", 10.0, "a@x")], "id INT, op STRING, balance DOUBLE, email STRING")
chg.select("id", F.col("balance").cast("string").alias("balance"), "email").unpivot(["id"], ["balance", "email"], variableColumnName="field", valueColumnName="val").select("id", "field", "val").collect()
chg.select("id", "op").melt("id", None, "k", "v").select("k", "v").collect()
