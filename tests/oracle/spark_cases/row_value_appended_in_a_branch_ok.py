# expect: none
# spark: runs
import os
rows = [(1, 5.0)]
if os.environ.get("MDXLINT_NEVER_SET_VARIABLE"):
    rows.append((2, 7))
orders = spark.createDataFrame(rows, "order_id INT, amount DOUBLE")
