# expect: SPK061
# spark: raises
from pyspark.sql.types import StructType

schema = StructType().add("id", data_type="bigint")
