# expect: SPK076
# spark: raises
customers = spark.readStream.schema("id INT, email VARCHAR(255)").json("/tmp/mdxlint-cdc-customers")
