# expect: none
# spark: runs
import os
import tempfile

from pyspark.sql import functions as F

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "date=2024-03-01"))
with open(os.path.join(root, "date=2024-03-01", "connect.log"), "w", encoding="utf-8") as log:
    log.write("INFO Starting task\nERROR Task failed\n")
# A folder: the partition column `date` is found in its subfolder's name; a file: only `value`
# (with basePath, the partitions above it too).
spark.read.text(root).select("date", "value").show()
spark.read.text(os.path.join(root, "date=2024-03-01", "connect.log")).select(F.split("value", " ")[0].alias("level")).show()
spark.read.option("basePath", root).text(os.path.join(root, "date=2024-03-01", "connect.log")).select("date").show()
