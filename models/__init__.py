"""Shipped model artifacts, installed as ``topicscope._models``. See README.md here for how each is rebuilt."""
