# expect: SPK072
# spark: raises
import datetime
changes = spark.createDataFrame([(1, datetime.date(2024, 3, 1))], "id INT, ts TIMESTAMP")
