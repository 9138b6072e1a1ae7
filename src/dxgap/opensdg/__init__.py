"""Open SDG in and out: the CSV layout of the platform behind many national SDG reporting sites.

- `dxgap import opensdg FILE|DIR --map MAP.yaml -o data/NAME.csv` (`reader.import_opensdg`):
  indicator files in, a dxgap data file out, as the map (`mapping.OpenSdgMap`) says;
- `dxgap export --format opensdg -o DIR` (`writer.export_site`): observations as Open SDG data
  files, each indicator's gaps as its progress status (`writer.PROGRESS_STATUS`), and the map
  that imports the files back.

See docs/formats.md (Open SDG) for the map and the layout.
"""

from dxgap.opensdg.mapping import OpenSdgMap, load_map
from dxgap.opensdg.reader import Imported, import_opensdg, read_opensdg

__all__ = ["Imported", "OpenSdgMap", "import_opensdg", "load_map", "read_opensdg"]
