# expect: SPK053
# spark: raises
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("mdxlint_changes_w")
spark.table("mdxlint_changes_w").select("other_v.id").collect()
