# expect: SPK072
# spark: runs
def legacy_orders():
    return spark.createDataFrame([(1, 100)], "id INT, amount DOUBLE")
spark.createDataFrame([(1, 100.0)], "id INT, amount DOUBLE").show()
