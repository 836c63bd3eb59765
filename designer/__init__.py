"""designer: approved campaign templates + regional contacts -> print-ready PDFs.

The core (model, io, layout, render, preflight, cli) never imports Qt; only
``designer.gui`` does, so everything but the window runs headless.
"""

__version__ = "0.1.0"
