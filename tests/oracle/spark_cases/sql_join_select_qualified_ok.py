# expect: none
# spark: runs
spark.createDataFrame([(1, "c", 10)], "id INT, op STRING, amount INT").createOrReplaceTempView("qual_a")
spark.createDataFrame([(1, "u")], "id INT, op STRING").createOrReplaceTempView("qual_b")
spark.sql("SELECT qual_a.id, qual_a.op, amount FROM qual_a JOIN qual_b ON qual_a.id = qual_b.id").show()
spark.sql("SELECT id, amount FROM qual_a JOIN qual_b USING (id)").show()
spark.sql("SELECT id, op FROM qual_a LEFT SEMI JOIN qual_b ON qual_a.id = qual_b.id").show()
spark.sql("SELECT x.id, y.op AS op2 FROM qual_a x JOIN qual_b y ON x.id = y.id").show()
spark.sql("SELECT * FROM qual_a JOIN qual_b ON qual_a.id = qual_b.id").show()
spark.sql("SELECT count(*) AS n, max(amount) AS most FROM qual_a JOIN qual_b ON qual_a.id = qual_b.id").show()
