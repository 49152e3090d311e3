# expect: none
# spark: runs
from pyspark.sql import functions as F

# Regions, offsets in each form Java reads, Java's short IDs and UTC/GMT/UT prefixes.
events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING").select(F.to_timestamp("ts").alias("ts"))
zones = ["Europe/Moscow", "Asia/Kolkata", "Etc/GMT+3", "W-SU", "EST5EDT", "UTC", "GMT", "UT", "Z", "+3", "+3:00",
         "+03:00", "-0530", "+03:00:00", "UTC+3", "GMT+03:00", "UT-12", "GMT0", "EST", "PST", "IST", "CET", "Zulu"]
events.select(*[F.from_utc_timestamp("ts", zone).alias(f"z{i}") for i, zone in enumerate(zones)]).collect()
events.select(F.from_utc_timestamp("ts", "Europe/Moscow"), F.to_utc_timestamp("ts", "+18:00")).collect()
spark.conf.set("spark.sql.session.timeZone", "+3:00")
spark.conf.set("spark.sql.session.timeZone", "UTC")
