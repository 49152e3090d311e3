# expect: SPK072
# spark: raises
rows = [(1, 100.0),
        (2, 99)]
orders = spark.createDataFrame(rows, "id INT, amount DOUBLE")
