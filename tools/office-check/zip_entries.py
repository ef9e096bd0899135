#!/usr/bin/env python3
"""Reads or writes a zip with Python's zipfile (standard library), independently of huibao's
ZIPFoundation code, for tests that look inside .zip, .docx and .xlsx files.

  zip_entries.py list FILE       prints JSON [{name, directory, data}] in the zip's order;
                                 data is the entry's bytes in base64 ("" for a directory)
  zip_entries.py write OUT JSON  writes the zip OUT from a JSON file of the same shape
                                 (deflated; duplicate names are written as given)
Exit 1 with a message on stderr when the file is not a zip.
"""

import base64
import json
import sys
import warnings
import zipfile


def list_entries(path):
    with zipfile.ZipFile(path) as archive:
        return [
            {
                "name": info.filename,
                "directory": info.is_dir(),
                "data": "" if info.is_dir() else base64.b64encode(archive.read(info)).decode("ascii"),
            }
            for info in archive.infolist()
        ]


def write_entries(path, entries):
    warnings.simplefilter("ignore")  # zipfile warns on a duplicate name; the tests want one
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            info = zipfile.ZipInfo(entry["name"], date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o40755 << 16) | 0x10 if entry.get("directory") else 0o644 << 16
            archive.writestr(info, base64.b64decode(entry.get("data", "")))


def main(argv):
    try:
        if len(argv) == 3 and argv[1] == "list":
            json.dump(list_entries(argv[2]), sys.stdout)
            return 0
        if len(argv) == 4 and argv[1] == "write":
            with open(argv[3], encoding="utf-8") as source:
                write_entries(argv[2], json.load(source))
            return 0
    except (zipfile.BadZipFile, OSError) as error:
        print(f"{argv[2]}: {error}", file=sys.stderr)
        return 1
    print("usage: zip_entries.py list FILE | zip_entries.py write OUT JSON", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
