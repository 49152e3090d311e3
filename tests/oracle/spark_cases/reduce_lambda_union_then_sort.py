# expect: SPK007
# spark: raises
from functools import reduce
a = spark.readStream.format("rate").load()
b = spark.readStream.format("rate").load()
all_changes = reduce(lambda x, y: x.union(y), [a, b]).orderBy("timestamp")
query = all_changes.writeStream.format("console").start()
