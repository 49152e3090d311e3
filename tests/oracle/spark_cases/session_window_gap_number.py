# expect: SPK066
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").load()
sessions = events.groupBy(F.session_window("timestamp", 30)).count()
