# expect: SPK075
# spark: raises
ports = spark.createDataFrame([(1, [5432, 40000])], "id INT, ports ARRAY<SMALLINT>")
