# expect: SPK064
# spark: raises
from pyspark.sql import Window
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 10, 5), (1, 11, 7)], "id INT, lsn BIGINT, amount INT")
totals = changes.withColumn("rank", F.dense_rank().over(
    Window.partitionBy("id").orderBy("lsn").rangeBetween(Window.unboundedPreceding, Window.currentRow)))
totals.show()
