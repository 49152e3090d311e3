# expect: none
# spark: runs
spark.sql("SELECT parse_json('{\"a\": 1}'):a AS v").collect()
