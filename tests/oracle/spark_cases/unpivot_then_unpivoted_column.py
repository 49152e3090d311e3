# expect: SPK053
# spark: raises
# unpivot keeps the ids and the two columns it names: a column it unpivoted is gone.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, 10.0, "a@x")], "id INT, balance DOUBLE, email STRING")
out = chg.select("id", F.col("balance").cast("string").alias("balance"), "email").unpivot("id", ["balance", "email"], "field", "val").select("email")
