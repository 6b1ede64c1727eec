"""``python -m graph`` runs the actorgraph command."""
from .cli import main

main()
