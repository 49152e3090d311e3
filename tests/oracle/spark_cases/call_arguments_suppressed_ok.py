# expect: none
# spark: runs
import contextlib
orders = spark.range(50)
with contextlib.suppress(TypeError):
    orders.limit(10, 20)
orders.limit(10).show()
