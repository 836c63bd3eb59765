"""Spare the window the cost of PySide6's ``__feature__`` import hook.

PySide6 lets a module opt into Python-style names (``from __feature__ import
snake_case, true_property``). To know which modules might, its import hook
reads the source of every module imported after PySide6 and searches it for
the word "PySide6": about 0.15 s of the window's start-up here. designer
never uses those features, so the hook is told that no module does; every
Qt name keeps its usual spelling. On a PySide6 without this hook nothing
changes.
"""

from __future__ import annotations

import importlib

import PySide6.QtCore  # noqa: F401 - installs the hook this module quiets


def quiet_feature_hook() -> bool:
    """True when the hook's source scan was switched off."""
    try:
        feature = importlib.import_module("shibokensupport.feature")
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_no_feature)  # noqa: B010 - a private name
    return True


def _uses_no_feature(module: object) -> bool:
    return False
