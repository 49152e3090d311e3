# expect: SPK078
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window
changes = spark.createDataFrame([(1, 10, "c"), (1, 11, "u")], "id INT, lsn INT, op STRING")
latest = changes.where(F.row_number().over(Window.partitionBy("id").orderBy(F.desc("lsn"))) == 1)
