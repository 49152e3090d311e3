# expect: SPK053
# spark: raises
with open("/tmp/mdxlint-oracle-connect.log", "w", encoding="utf-8") as log:
    log.write("INFO Starting task\nERROR Task failed\n")
lines = spark.read.text("/tmp/mdxlint-oracle-connect.log")
lines.select("line").show()
