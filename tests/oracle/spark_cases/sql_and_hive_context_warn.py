# expect: SPK021
# spark: runs
# observe: future_warning
from pyspark.sql import HiveContext, SQLContext

legacy = SQLContext(spark.sparkContext)
hive = HiveContext(spark.sparkContext)
