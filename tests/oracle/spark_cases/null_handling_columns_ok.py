# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", None, 10.0), (2, "d", "b@x.io", None)], "id INT, op STRING, email STRING, balance DOUBLE")
changes.na.fill({"BALANCE": 0.0, "email": "n/a"}).show()
changes.fillna({"balance": 0.0}, subset=["nosuch"]).show()
changes.fillna(0.0, subset="balance").dropna("any", None, ["email"]).show()
changes.na.drop(how="all", subset=("Email", "balance")).show()
changes.replace({"d": "delete"}, subset=["op"]).na.replace("c", "create", "op").show()
