# expect: none
# spark: runs
# planted: none (string methods of Python values and pandas columns beside Column methods)
from pyspark.sql import functions as F

customers = spark.createDataFrame([(1, "Ada"), (2, "Bo")], "id BIGINT, name STRING")
print(customers.rdd.map(lambda row: row["name"].upper()).collect())
print([row["name"].lower() for row in customers.collect()])
print(customers.first()["name"].title())
pdf = customers.toPandas()
print(pdf["name"].str.upper().tolist())
customers.filter(F.col("name").startswith("A") & F.col("id").isNotNull()).select(F.col("name").substr(1, 2)).show()
