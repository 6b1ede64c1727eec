"""actorgraph: news text to a knowledge graph of who does what to whom."""

__version__ = "0.1.0"
