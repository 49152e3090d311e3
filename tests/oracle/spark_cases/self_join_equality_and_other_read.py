# expect: SPK056
# spark: raises
employees = spark.createDataFrame([(1, 2)], ["id", "manager_id"])
employees.join(employees, (employees.id == employees.id) & (employees.manager_id > 0)).show()
