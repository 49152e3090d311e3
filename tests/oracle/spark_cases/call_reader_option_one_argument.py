# expect: SPK071
# spark: raises
rows = spark.read.option("header").csv("missing-folder")
