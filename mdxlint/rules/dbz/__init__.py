"""DBZ: Debezium and Kafka Connect configs."""
