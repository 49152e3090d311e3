# expect: none
# spark: runs
employees = spark.createDataFrame([(1, 2)], ["id", "manager_id"])
employees.join(employees, employees.id == employees.id).show()
employees.join(employees, employees["id"] == employees["id"], "full_outer").show()
employees.join(employees, employees.id.eqNullSafe(employees.id)).show()
