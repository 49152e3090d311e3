# expect: SPK069
# spark: raises
changes = spark.createDataFrame(
    [(1, "c"), (2, "u", 1700000000000)],
    "id INT, op STRING",
)
changes.show()
