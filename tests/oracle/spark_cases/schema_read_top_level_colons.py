# expect: SPK092
# spark: raises
reader = spark.read.schema("id: INT, op: STRING")
