"""``python -m topicscope`` runs the CLI."""

from .cli import main

main()
