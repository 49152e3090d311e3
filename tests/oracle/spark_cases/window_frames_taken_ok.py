# expect: none
# spark: runs
from pyspark.sql import Window
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 10, 5), (1, 11, 7)], "id INT, lsn BIGINT, amount INT")
ordered = Window.partitionBy("id").orderBy("lsn")
running = ordered.rowsBetween(Window.unboundedPreceding, Window.currentRow)
ranked = changes.select(
    "id",
    F.row_number().over(running).alias("n"),
    F.rank().over(ordered.rowsBetween(Window.unboundedPreceding, 0)).alias("r"),
    F.cume_dist().over(ordered.rangeBetween(Window.unboundedPreceding, 0)).alias("c"),
    F.sum("amount").over(ordered.rowsBetween(-2, 0)).alias("s"),
    F.lag("amount").over(ordered).alias("previous"),
    F.first("amount").over(ordered.rowsBetween(-1, 1)).alias("f"),
)
ranked.show()
