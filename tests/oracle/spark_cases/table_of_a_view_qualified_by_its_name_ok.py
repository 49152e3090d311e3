# expect: none
# spark: runs
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("mdxlint_changes_v")
spark.table("mdxlint_changes_v").select("mdxlint_changes_v.id").collect()
