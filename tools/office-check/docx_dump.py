#!/usr/bin/env python3
"""Reads a .docx with python-docx (independent of huibao's writer) and prints it as JSON.

Usage: docx_dump.py FILE

The JSON object (keys in this order):
  paragraphs   [{style, text}] of the body, in order (paragraphs inside tables not included)
  headings     [{level, style, text}]: paragraphs in a built-in heading style (Title is level 0)
  tables       [{style, rows: [[cell text]], header_repeats, borders}]: header_repeats is true
               when the first row has w:tblHeader; borders when the table or its style has
               w:tblBorders
  sections     [{page_width, page_height, orientation, margins: {top, bottom, left, right},
                 header, footer, footer_fields}]: sizes in twips (A4 = 11906 x 16838); header
               and footer are their text; footer_fields the field instructions in the footer
               (complex fields' w:instrText joined, and w:fldSimple), e.g. "PAGE", "NUMPAGES"
  fields       the field instructions in the body, in order (a TOC field shows as "TOC \\o ...")
  toc          true when the body has a TOC field or a table-of-contents content control
  images       [{width_emu, height_emu, width_px, height_px, content_type, bytes}]: inline images
  anchored_images  how many floating (wp:anchor) drawings the body has
  fonts        {style name: {east_asia, ascii, h_ansi, east_asia_effective}} for Normal and the
               heading styles present; *_effective follows basedOn and the document defaults
  core         {title, author}
Exit 1 (and a message on stderr) when python-docx cannot open the file.
"""

import json
import sys

import docx
from docx.image.image import Image
from docx.oxml.ns import qn

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def text_of(element):
    """The visible text of an element: its w:t, tabs and breaks, paragraphs joined by new lines."""
    parts = []
    for paragraph in element.iter(qn("w:p")):
        runs = []
        for node in paragraph.iter():
            if node.tag == qn("w:t"):
                runs.append(node.text or "")
            elif node.tag == qn("w:tab"):
                runs.append("\t")
            elif node.tag in (qn("w:br"), qn("w:cr")):
                runs.append("\n")
        parts.append("".join(runs))
    return "\n".join(parts)


def field_instructions(element):
    """Field instructions in document order: w:fldSimple's w:instr and complex fields'
    w:instrText pieces joined between their begin and separate/end characters."""
    result = []
    current = None
    for node in element.iter():
        if node.tag == qn("w:fldSimple"):
            result.append((node.get(qn("w:instr")) or "").strip())
        elif node.tag == qn("w:fldChar"):
            kind = node.get(qn("w:fldCharType"))
            if kind == "begin":
                current = []
            elif kind in ("separate", "end") and current is not None:
                result.append("".join(current).strip())
                current = None
        elif node.tag == qn("w:instrText") and current is not None:
            current.append(node.text or "")
    return result


def heading_level(style_name):
    if style_name == "Title":
        return 0
    if style_name and style_name.startswith("Heading "):
        try:
            return int(style_name.split(" ", 1)[1])
        except ValueError:
            return None
    return None


def has_borders(table):
    tbl_pr = table._tbl.tblPr
    if tbl_pr is not None and tbl_pr.find(qn("w:tblBorders")) is not None:
        return True
    style = table.style
    while style is not None:
        pr = style.element.find(qn("w:tblPr"))
        if pr is not None and pr.find(qn("w:tblBorders")) is not None:
            return True
        style = style.base_style
    return False


def header_repeats(table):
    rows = table._tbl.findall(qn("w:tr"))
    if not rows:
        return False
    tr_pr = rows[0].find(qn("w:trPr"))
    if tr_pr is None:
        return False
    header = tr_pr.find(qn("w:tblHeader"))
    if header is None:
        return False
    return header.get(qn("w:val"), "true") not in ("false", "0", "off")


def table_rows(table):
    rows = []
    for tr in table._tbl.findall(qn("w:tr")):
        rows.append([text_of(tc) for tc in tr.findall(qn("w:tc"))])
    return rows


def fonts_of(rpr_owner):
    if rpr_owner is None:
        return {}
    rpr = rpr_owner.find(qn("w:rPr")) if rpr_owner.tag != qn("w:rPr") else rpr_owner
    if rpr is None:
        return {}
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        return {}
    return {
        key: fonts.get(qn(attribute))
        for key, attribute in (("east_asia", "w:eastAsia"), ("ascii", "w:ascii"), ("h_ansi", "w:hAnsi"))
        if fonts.get(qn(attribute)) is not None
    }


def style_fonts(document):
    styles_element = document.styles.element
    defaults = {}
    doc_defaults = styles_element.find(qn("w:docDefaults"))
    if doc_defaults is not None:
        rpr_default = doc_defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            defaults = fonts_of(rpr_default)
    result = {}
    for style in document.styles:
        name = style.name
        if name != "Normal" and heading_level(name) is None:
            continue
        own = fonts_of(style.element)
        effective = {}
        chain = []
        current = style
        while current is not None and len(chain) < 20:
            chain.append(current)
            current = getattr(current, "base_style", None)
        for key in ("east_asia", "ascii", "h_ansi"):
            value = next((fonts_of(s.element).get(key) for s in chain if fonts_of(s.element).get(key)), None)
            effective[key] = value or defaults.get(key)
        result[name] = {
            "east_asia": own.get("east_asia"),
            "ascii": own.get("ascii"),
            "h_ansi": own.get("h_ansi"),
            "east_asia_effective": effective["east_asia"],
            "ascii_effective": effective["ascii"],
            "h_ansi_effective": effective["h_ansi"],
        }
    return result


def images(document):
    result = []
    for shape in document.inline_shapes:
        entry = {"width_emu": int(shape.width or 0), "height_emu": int(shape.height or 0)}
        blips = shape._inline.xpath(".//a:blip")
        rel_id = blips[0].get(qn("r:embed")) if blips else None
        part = document.part.related_parts.get(rel_id) if rel_id else None
        if part is not None:
            entry["content_type"] = part.content_type
            entry["bytes"] = len(part.blob)
            try:
                image = Image.from_blob(part.blob)
                entry["width_px"], entry["height_px"] = image.px_width, image.px_height
            except Exception:  # an image python-docx cannot size: leave the pixels out
                pass
        result.append(entry)
    return result


def has_toc(body, fields):
    if any(field.split(" ", 1)[0].upper() == "TOC" for field in fields if field):
        return True
    for gallery in body.iter(qn("w:docPartGallery")):
        if (gallery.get(qn("w:val")) or "").lower() == "table of contents":
            return True
    return False


def twips(length):
    return None if length is None else length.twips


def dump(path):
    document = docx.Document(path)
    body = document.element.body
    paragraphs = [{"style": p.style.name if p.style is not None else None, "text": p.text} for p in document.paragraphs]
    headings = []
    for p in paragraphs:
        level = heading_level(p["style"])
        if level is not None:
            headings.append({"level": level, "style": p["style"], "text": p["text"]})
    tables = [
        {
            "style": table.style.name if table.style is not None else None,
            "rows": table_rows(table),
            "header_repeats": header_repeats(table),
            "borders": has_borders(table),
        }
        for table in document.tables
    ]
    sections = []
    for section in document.sections:
        footer = section.footer
        header = section.header
        sections.append(
            {
                "page_width": twips(section.page_width),
                "page_height": twips(section.page_height),
                "orientation": "landscape" if section.orientation == 1 else "portrait",
                "margins": {
                    "top": twips(section.top_margin),
                    "bottom": twips(section.bottom_margin),
                    "left": twips(section.left_margin),
                    "right": twips(section.right_margin),
                },
                "header": "" if header.is_linked_to_previous else text_of(header._element),
                "footer": "" if footer.is_linked_to_previous else text_of(footer._element),
                "footer_fields": [] if footer.is_linked_to_previous else field_instructions(footer._element),
            }
        )
    fields = field_instructions(body)
    return {
        "paragraphs": paragraphs,
        "headings": headings,
        "tables": tables,
        "sections": sections,
        "fields": fields,
        "toc": has_toc(body, fields),
        "images": images(document),
        "anchored_images": len(body.xpath(".//wp:anchor")),
        "fonts": style_fonts(document),
        "core": {"title": document.core_properties.title, "author": document.core_properties.author},
    }


def main(argv):
    if len(argv) != 2:
        print("usage: docx_dump.py FILE", file=sys.stderr)
        return 2
    try:
        result = dump(argv[1])
    except Exception as error:  # python-docx's own message says what it could not read
        print(f"{argv[1]}: python-docx cannot read it: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
