"""CRS: the course graph (prerequisites, order) and links."""
