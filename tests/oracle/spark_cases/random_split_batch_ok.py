# expect: none
# spark: runs
events = spark.range(1000)
train, test = events.randomSplit([0.8, 0.2], seed=1)
print(train.count() + test.count())
