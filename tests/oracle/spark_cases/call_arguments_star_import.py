# expect: SPK071
# spark: raises
# planted: count() without its column, imported with a star import
from pyspark.sql.functions import *

spark.range(3).select(count()).show()
