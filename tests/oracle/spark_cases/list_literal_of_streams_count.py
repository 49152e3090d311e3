# expect: SPK006
# spark: raises
streams = [spark.readStream.format("rate").load()]
print(streams[0].count())
