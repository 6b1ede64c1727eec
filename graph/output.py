"""Output files written atomically, with the permissions any other new file gets.

A graph, an explorer page or an export is written to a temporary file beside its target and renamed over it
when complete, so a reader never sees half a file and an interrupted run leaves the old one. The temporary
file is created with mode 0666 less the umask, as ``open(path, "w")`` creates a file (``tempfile.mkstemp``
would give 0600), or with the mode of the file it replaces.
"""
from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through ``write(handle)``, atomically (see the module's docstring).

    Raises:
        OutputError: The file cannot be written (a full disk, no permission), in one line naming it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp, fd = _create_beside(path)
    except OSError as exc:
        raise _output_error(path, exc) from None
    try:
        if path.is_file():
            os.chmod(fd, stat.S_IMODE(path.stat().st_mode))
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno is not None:  # the system's, not a store engine's (no errno)
            raise _output_error(path, exc) from None
        raise


def _create_beside(path: Path) -> tuple[Path, int]:
    """A new hidden file beside ``path``, opened for writing, with the umask applied by the system."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue


def _output_error(path: Path, exc: OSError) -> OutputError:
    why = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        return OutputError(f"cannot write {path}: {why}; free some space (the old file, if any, is left as it was)")
    return OutputError(f"cannot write {path}: {why}")
