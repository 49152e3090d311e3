# expect: SPK021
# spark: runs
# observe: future_warning
numbers = spark.range(5)
numbers.registerTempTable("numbers")
spark.sql("SELECT count(*) FROM numbers").collect()
