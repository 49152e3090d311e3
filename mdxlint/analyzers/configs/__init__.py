"""JSON/YAML fences, Kafka Connect configs and the Debezium catalog."""
