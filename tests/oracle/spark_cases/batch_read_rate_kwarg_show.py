# expect: SPK051
# spark: raises
events = spark.read.load(format="rate")
events.show()
