# expect: SPK072
# spark: raises
import datetime as dt
events = spark.createDataFrame([("c", dt.datetime.now()), ("u", dt.date.today())], "op STRING, ts TIMESTAMP")
