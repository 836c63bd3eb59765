"""Window settings, declared once with their types and defaults.

Only the GUI touches ``QSettings``. The file is an INI file in the user's
config directory (``platformdirs``) on every platform, so it is easy to find,
back up or delete. Lists are stored as JSON text: INI lists of one or zero
entries do not round-trip reliably.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from designer.gui.catalogue import APP_NAME
from designer.gui.controller import Remembered

T = TypeVar("T")

RECENT_LIMIT = 8


class Setting(Generic[T]):
    """One typed key: ``settings.region_id`` reads and writes ``QSettings``."""

    def __init__(self, key: str, default: T, decode: Callable[[Any], T],
                 encode: Callable[[T], Any] = lambda v: v) -> None:
        self.key = key
        self.default = default
        self._decode = decode
        self._encode = encode

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> T | Setting[T]:
        if obj is None:
            return self
        raw = obj.store.value(self.key)
        if raw is None:
            return self.default
        try:
            return self._decode(raw)
        except (TypeError, ValueError):
            return self.default  # a hand-edited or old file must never stop the window

    def __set__(self, obj: Settings, value: T) -> None:
        obj.store.setValue(self.key, self._encode(value))


def _bytes(raw: Any) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    raise TypeError(type(raw))


def _text(raw: Any) -> str:
    return str(raw)


def _bool(raw: Any) -> bool:
    return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")


def _strings(raw: Any) -> list[str]:
    value = json.loads(str(raw))
    if not isinstance(value, list):
        raise TypeError("a list was expected")
    return [str(v) for v in value]


def _json(value: list[str]) -> str:
    return json.dumps(value)


class Settings:
    geometry = Setting("window/geometry", QByteArray(), _bytes)
    window_state = Setting("window/state", QByteArray(), _bytes)
    splitter = Setting("window/splitter", QByteArray(), _bytes)
    template_id = Setting("choice/template", "", _text)
    region_id = Setting("choice/region", "", _text)
    size = Setting("choice/size", "", _text)
    printer_id = Setting("choice/printer", "", _text)
    output_folder = Setting("export/folder", "", _text)
    recent_outputs: Setting[list[str]] = Setting("export/recent", [], _strings, _json)
    overlays: Setting[list[str]] = Setting("preview/overlays", ["trim", "bleed", "folds"],
                                           _strings, _json)
    batch_proof = Setting("batch/proof", False, _bool)
    # the print pack's order details (designer.gui.print_order), offered again next time
    order_quantity = Setting("pack/quantity", "", _text)
    order_stock = Setting("pack/stock", "", _text)
    order_finish = Setting("pack/finish", "", _text)
    order_contact = Setting("pack/contact", "", _text)
    order_notes = Setting("pack/notes", "", _text)

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def remembered(self) -> Remembered:
        values = tuple(self.field_values(self.template_id, self.region_id).items())
        return Remembered(
            template_id=self.template_id,
            region_id=self.region_id,
            size=self.size,
            printer_id=self.printer_id,
            values=values,
        )

    # --- field values, per template and per template and area (issue 10, point 7) ---------
    # Kept on every edit, so quitting (or a crash) loses nothing. The values last used with
    # an area come back with that area; otherwise the template's last values do.

    def field_values(self, template_id: str, region_id: str = "") -> dict[str, str]:
        if not template_id:
            return {}
        keys = [_values_key(template_id, region_id)] if region_id else []
        for key in [*keys, _values_key(template_id)]:
            found = _decode_values(self.store.value(key))
            if found:
                return found
        return {}

    def keep_field_values(self, template_id: str, region_id: str, values: dict[str, str]) -> None:
        text = json.dumps(values, ensure_ascii=False, sort_keys=True)
        self.store.setValue(_values_key(template_id), text)
        if region_id:
            self.store.setValue(_values_key(template_id, region_id), text)

    def add_recent(self, path: Path) -> None:
        entries = [str(path), *(p for p in self.recent_outputs if p != str(path))]
        self.recent_outputs = entries[:RECENT_LIMIT]

    def sync(self) -> None:
        self.store.sync()


def _values_key(template_id: str, region_id: str = "") -> str:
    return f"fields/{template_id}@{region_id}" if region_id else f"fields/{template_id}"


def _decode_values(raw: Any) -> dict[str, str]:
    """A hand-edited or old entry gives nothing rather than stopping the window."""
    if raw is None:
        return {}
    try:
        value = json.loads(str(raw))
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}


def default_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / f"{APP_NAME}.ini"
