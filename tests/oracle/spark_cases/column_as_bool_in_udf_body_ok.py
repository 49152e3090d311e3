# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.functions import udf

orders = spark.createDataFrame([(1, "a", 10), (2, None, 3)], "id INT, name STRING, amount INT")


@udf("string")
def bucket(amount, name):
    if amount and amount > 5:
        return "big"
    if not name:
        return "none"
    return "small" if 0 < amount <= 5 else "zero"


@F.udf(returnType="boolean")
def is_named(name):
    return name is not None and len(name) > 0


orders.select(bucket(F.col("amount"), F.col("name")).alias("b"), is_named("name").alias("named")).show()
same = orders.amount.__class__.__name__ == "Column" and orders.columns[0] == "id"
