# expect: SPK056
# spark: raises
employees = spark.createDataFrame([(1, None, "CEO"), (2, 1, "CTO")], "id INT, manager_id INT, title STRING")
employees.join(employees, employees.manager_id == employees.id).select("title").show()
