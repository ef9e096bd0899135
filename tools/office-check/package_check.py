#!/usr/bin/env python3
"""Checks that an OPC package (.docx, .xlsx) is consistent, independently of huibao's writers.

Usage: package_check.py FILE

Checks, with the standard library only (zipfile, xml.etree):
- the zip has no duplicate entry and no directory entry, and every name is a relative path;
- every XML part ([Content_Types].xml, .rels, *.xml and parts typed ...xml) is well-formed;
- [Content_Types].xml gives every part a content type (a Default by extension or an
  Override by part name), and every Override names a part that exists;
- every relationship in every .rels part has a unique Id and a target that exists in the zip
  (TargetMode="External" skipped), and a .rels part belongs to a part that exists;
- every attribute in the relationships namespace (r:id, r:embed, r:link, ...) used in a part
  resolves in that part's own .rels.

Prints one line per problem and exits 1 on any; prints "ok: N parts" and exits 0 otherwise.
"""

import posixpath
import sys
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

CONTENT_TYPES = "[Content_Types].xml"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R_ATTR_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def rels_source(rels_name):
    """The part a .rels part describes ('' for the package's own _rels/.rels), or None."""
    folder, base = posixpath.split(rels_name)
    if posixpath.basename(folder) != "_rels" or not base.endswith(".rels"):
        return None
    parent = posixpath.dirname(folder)
    source = base[: -len(".rels")]
    return posixpath.join(parent, source) if source else ""


def rels_name_of(part):
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve(source, target):
    """A relationship target as a zip entry name (None when it leaves the package)."""
    target = urllib.parse.unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        path = posixpath.normpath(target.lstrip("/"))
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(source), target))
    if path.startswith("../") or path == "..":
        return None
    return path


def is_xml_part(name, content_type):
    lower = name.lower()
    return (
        lower.endswith(".xml")
        or lower.endswith(".rels")
        or (content_type or "").endswith("xml")
    )


def check(path):
    problems = []
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        return [f"{path}: not a zip file ({error})"], 0
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        seen = set()
        for name in names:
            if name in seen:
                problems.append(f"duplicate zip entry: {name}")
            seen.add(name)
            if name.endswith("/"):
                problems.append(f"directory entry in the package: {name}")
            if name.startswith("/") or "\\" in name or ".." in name.split("/"):
                problems.append(f"entry name is not a relative part name: {name}")
        parts = [name for name in dict.fromkeys(names) if not name.endswith("/")]
        lower_parts = {name.lower(): name for name in parts}

        def read(name):
            return archive.read(name)

        # Content types.
        defaults, overrides = {}, {}
        if CONTENT_TYPES not in parts:
            problems.append(f"missing {CONTENT_TYPES}")
        else:
            try:
                types = ET.fromstring(read(CONTENT_TYPES))
            except ET.ParseError as error:
                problems.append(f"{CONTENT_TYPES}: not well-formed XML ({error})")
                types = None
            if types is not None:
                for default in types.iter(CT_NS + "Default"):
                    extension = (default.get("Extension") or "").lower()
                    if extension in defaults:
                        problems.append(f"{CONTENT_TYPES}: two Defaults for extension {extension}")
                    defaults[extension] = default.get("ContentType")
                for override in types.iter(CT_NS + "Override"):
                    part_name = override.get("PartName") or ""
                    key = part_name.lstrip("/").lower()
                    if key in overrides:
                        problems.append(f"{CONTENT_TYPES}: two Overrides for {part_name}")
                    overrides[key] = override.get("ContentType")
                    if not part_name.startswith("/"):
                        problems.append(f"{CONTENT_TYPES}: Override PartName {part_name} does not start with /")
                    if key not in lower_parts:
                        problems.append(f"{CONTENT_TYPES}: Override for a part that does not exist: {part_name}")

        content_types = {}
        for name in parts:
            if name == CONTENT_TYPES:
                continue
            base = posixpath.basename(name)
            extension = base.rsplit(".", 1)[1].lower() if "." in base else ""
            content_type = overrides.get(name.lower()) or defaults.get(extension)
            if not content_type:
                problems.append(f"no content type for part {name} (no Override, no Default for .{extension})")
            content_types[name] = content_type

        # Well-formed XML (every entry, duplicates too; the last well-formed one of a name is kept).
        trees = {}
        for info in infos:
            name = info.filename
            if name == CONTENT_TYPES or name.endswith("/") or not is_xml_part(name, content_types.get(name)):
                continue
            try:
                trees[name] = ET.fromstring(archive.read(info))
            except ET.ParseError as error:
                problems.append(f"{name}: not well-formed XML ({error})")

        # Relationships.
        ids_by_source = {}
        if "_rels/.rels" not in parts:
            problems.append("missing the package relationships _rels/.rels")
        for name in parts:
            source = rels_source(name)
            if source is None:
                continue
            if source and source not in parts:
                problems.append(f"{name}: relationships of a part that does not exist ({source})")
            tree = trees.get(name)
            if tree is None:
                continue
            ids = ids_by_source.setdefault(source, set())
            for rel in tree.iter(REL_NS + "Relationship"):
                rel_id, target = rel.get("Id"), rel.get("Target")
                if not rel_id:
                    problems.append(f"{name}: a relationship without Id")
                elif rel_id in ids:
                    problems.append(f"{name}: duplicate relationship Id {rel_id}")
                ids.add(rel_id)
                if rel.get("TargetMode") == "External":
                    continue
                if not target:
                    problems.append(f"{name}: relationship {rel_id} without Target")
                    continue
                resolved = resolve(source, target)
                if resolved is None or resolved not in parts:
                    problems.append(f"{name}: relationship {rel_id} targets a missing part: {target}")

        # Relationship ids used in parts.
        for name, tree in sorted(trees.items()):
            if rels_source(name) is not None:
                continue
            known = ids_by_source.get(name, set())
            for element in tree.iter():
                for attribute, value in element.attrib.items():
                    if attribute.startswith(R_ATTR_NS) and value not in known:
                        local = attribute[len(R_ATTR_NS):]
                        problems.append(
                            f"{name}: r:{local}=\"{value}\" does not resolve in {rels_name_of(name)}"
                        )
        return problems, len(parts)


def main(argv):
    if len(argv) != 2:
        print("usage: package_check.py FILE", file=sys.stderr)
        return 2
    problems, count = check(argv[1])
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ok: {count} parts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
