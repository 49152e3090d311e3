# expect: SPK051
# spark: raises
events = spark.read.format("rate-micro-batch").option("rowsPerBatch", 10).load()
