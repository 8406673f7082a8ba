"""The bundled sample export (tickets.csv), installed as ``topicscope._sample``. See README.md here."""
