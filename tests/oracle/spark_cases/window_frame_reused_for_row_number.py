# expect: SPK064
# spark: raises
from pyspark.sql import Window
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 10, 5), (1, 11, 7)], "id INT, lsn BIGINT, amount INT")
recent = Window.partitionBy("id").orderBy("lsn").rowsBetween(-2, 0)
ranked = changes.select("id", F.sum("amount").over(recent), F.row_number().over(recent))
ranked.show()
