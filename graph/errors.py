"""The library's own exceptions; the CLI turns them into one-line errors."""


class ActorgraphError(Exception):
    """Base class for every error the library raises on purpose."""


class InputError(ActorgraphError):
    """An input file, folder or JSONL line could not be read as an article."""


class DataError(ActorgraphError):
    """A gazetteer or pattern data file is malformed."""


class ModelError(ActorgraphError):
    """No usable spaCy model is installed."""


class FocusError(ActorgraphError):
    """The actor to focus the explorer on is not in the graph."""


class OutputError(ActorgraphError):
    """An output file (a graph, a page, an export) could not be written."""
