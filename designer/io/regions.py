"""The region contact file: load and check it, import a council's CSV, write it back.

This module is the public face; the work is done beside it, one job a module:

* ``region_schema``: the strict input models, and validation errors as problems
* ``region_build``: checked input to ``Region`` values, and whole-record checks
* ``region_directory``: ``RegionDirectory``, the regions of one file as loaded
* ``region_file``: ``load_regions`` (errors name the line), and ``editing``, the
  lock every edit holds from read to write
* ``region_hash``: a record as flat text fields, and the hash a PDF's trace names
* ``region_csv``: the all-or-nothing CSV import
* ``region_yaml``: writing a directory back as YAML
"""

from __future__ import annotations

from designer.io.region_csv import CSV_COLUMNS, import_regions_csv
from designer.io.region_directory import RegionDirectory
from designer.io.region_file import load_regions
from designer.io.region_yaml import dump_regions_yaml

__all__ = [
    "CSV_COLUMNS",
    "RegionDirectory",
    "dump_regions_yaml",
    "import_regions_csv",
    "load_regions",
]
