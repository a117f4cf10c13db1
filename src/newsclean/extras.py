"""Optional extras: import a library that only an extra installs, or fail in one line.

WARC input, Parquet output and running on Dask need ``pip install 'newsclean[scale]'``; the
default install never imports them.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import NewscleanError


def need(module: str, feature: str, extra: str = "scale") -> ModuleType:
    """Import ``module`` for ``feature``, or raise a NewscleanError naming the extra."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise NewscleanError(
            f"{feature} needs the optional '{extra}' extra: pip install 'newsclean[{extra}]'"
        ) from None
