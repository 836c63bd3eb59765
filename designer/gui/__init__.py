"""The desktop window: everything that imports Qt lives in this package.

One controller holds the immutable editing state; widgets follow it and the
preview pipeline; every edit is an undo command; engine work runs on a worker
and comes back by signal. ``app.main`` starts it.
"""
