# expect: SPK071
# spark: raises
# planted: `startsWith` for startswith
from pyspark.sql import functions as F

customers = spark.createDataFrame([(1, "Ada"), (2, "Bo")], "id BIGINT, name STRING")
customers.filter(F.col("name").startsWith("A")).show()
