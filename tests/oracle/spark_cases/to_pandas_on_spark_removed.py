# expect: SPK021
# spark: raises
numbers = spark.range(5)
pandas_frame = numbers.to_pandas_on_spark()
