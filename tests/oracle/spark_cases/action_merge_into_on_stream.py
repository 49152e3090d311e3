# expect: SPK006
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.mergeInto("events_target", F.expr("events_target.value = value")).whenMatched().updateAll().merge()
