# expect: none
# spark: runs
from pyspark.sql import Window
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "u", 10)], "id INT, op STRING, lsn BIGINT")
by_id = Window.partitionBy("id")
changes.withColumn("total", F.sum("lsn").over(by_id)).collect()
changes.withColumn("n", F.row_number().over(by_id.orderBy("lsn"))).collect()
changes.withColumn("n", F.rank().over(Window.orderBy("lsn"))).collect()
