"""The region contact file: load and check it, import a council's CSV, write it back.

This module is the public face; the work is done in the ``region`` package, one job a module:

* ``region.schema``: the strict input models, and validation errors as problems
* ``region.build``: checked input to ``Region`` values, and whole-record checks
* ``region.directory``: ``RegionDirectory``, the regions of one file as loaded
* ``region.file``: ``load_regions`` (errors name the line), and ``editing``, the
  lock every edit holds from read to write
* ``region.record_hash``: a record as flat text fields, and the hash a PDF's trace names
* ``region.csv_import``: the all-or-nothing CSV import
* ``region.yaml_write``: writing a directory back as YAML
"""

from __future__ import annotations

from designer.io.region.csv_import import CSV_COLUMNS, import_regions_csv
from designer.io.region.directory import RegionDirectory
from designer.io.region.file import load_regions
from designer.io.region.yaml_write import dump_regions_yaml

__all__ = [
    "CSV_COLUMNS",
    "RegionDirectory",
    "dump_regions_yaml",
    "import_regions_csv",
    "load_regions",
]
