# expect: SPK064
# spark: raises
import sys

from pyspark.sql import Window
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 10, 5), (1, 11, 7)], "id INT, lsn BIGINT, amount INT")
running = Window.partitionBy("id").orderBy("lsn").rowsBetween(-sys.maxsize, 0)
with_previous = changes.withColumn("previous", F.lag("amount").over(running))
with_previous.show()
