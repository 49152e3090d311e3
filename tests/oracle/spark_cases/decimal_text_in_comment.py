# expect: none
# spark: runs
# A column's comment and a name in backticks hold no type.
payments = spark.createDataFrame([], "amount DECIMAL(10,2) COMMENT 'was decimal(3,5) before 2024', `dec(1,2)` INT")
payments.show()
