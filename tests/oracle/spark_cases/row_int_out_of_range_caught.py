# expect: none
# spark: runs
try:
    spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms INT")
except ValueError as error:
    print("refused:", error)
