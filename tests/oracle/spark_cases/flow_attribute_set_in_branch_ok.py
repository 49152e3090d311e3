# expect: none
# spark: runs
# `self.df` narrowed only in a branch that may not run: its columns are not known after it.
import os
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))

class Job:
    def __init__(self, df):
        self.df = df

    def narrow(self, really):
        if really:
            self.df = self.df.select("id")
        return self

out = Job(cdc).narrow(os.environ.get("NARROW") == "1").df.select("op")
