# expect: none
# spark: runs
# A lesson shows the error a batch action on a stream raises, inside try/except (held-out h29).
src = spark.readStream.format("rate").load()
try:
    src.count()
except Exception as error:
    print("Spark refuses:", type(error).__name__)
