# expect: SPK065
# spark: raises
changes = spark.createDataFrame(
    [(1, "c", {"id": 1})],
    "id INT, op STRNG, after STRUCT<id: INT>",
)
changes.show()
