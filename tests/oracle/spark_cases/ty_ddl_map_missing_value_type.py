# expect: SPK092
# spark: raises
# held-out h119 (missed before): a DDL schema with two commas in a row, or a MAP with one type, does not parse
df = spark.createDataFrame([({"a": 1},)], "m MAP<STRING>")
df.show()
