"""The desktop window: everything that imports Qt lives in this package.

One controller holds the immutable editing state; widgets follow it and the
preview pipeline; every edit is an undo command; engine work runs on a worker
and comes back by signal. ``app.main`` starts it.

The engine the first preview needs is imported here, before any module of the
package imports PySide6: once loaded, PySide6's import hook reads the source of
every module imported after it (looking for "PySide6"), which for the engine's
few hundred modules costs ~150 ms of start-up; ``feature_hook`` then switches
that scan off for the window's own modules too.
"""

from importlib import import_module

ENGINE = (
    "designer.gui.catalogue",  # templates, regions, printers, approvals (no Qt)
    "designer.production",  # layout, drawing, PDF/X
    "designer.render.preview",  # PDFium
)
for _module in ENGINE:
    import_module(_module)

from designer.gui.feature_hook import quiet_feature_hook  # noqa: E402 - after the engine, above

quiet_feature_hook()
