# expect: none
# spark: runs
from datetime import date, datetime
days = spark.createDataFrame([("c", date.today()), ("u", datetime.now())], "op STRING, d DATE")
days.show()
stamps = spark.createDataFrame([("c", datetime.utcnow(), datetime.today())], "op STRING, ts TIMESTAMP, ts2 TIMESTAMP")
stamps.show()
