"""The region contact file's machinery, one job a module (``designer.io.regions`` is its face).

This package imports nothing itself: a render that finds its regions remembered
(``load_cache``) loads ``file`` and ``directory`` only, never the schema, the
phone-number checks or the CSV import.
"""
