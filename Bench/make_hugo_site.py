#!/usr/bin/env python3
"""The comparison site: the work huibao does on a gen_corpus.py corpus, done by Hugo.

usage: make_hugo_site.py CORPUS_DIR SITE_DIR

Writes a Hugo site (Debian package `hugo`) that mounts the corpus's write-ups as they are and
renders: one page per write-up (its counts linked to their indicators, the body, a word
count); one list page per year and per month folder, and per category (a taxonomy), each
listing its write-ups with a summary; one page per indicator listing the write-ups that
count toward it and their sum; and a home page with every indicator's total and the 20
latest write-ups. Build it with `hugo -s SITE_DIR --quiet -d OUT`.
"""
import os
import re
import shutil
import sys

CONFIG = """baseURL = "/"
languageCode = "zh-cn"
title = "基准"
hasCJKLanguage = true
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]

[taxonomies]
  category = "category"

[[module.mounts]]
  source = "{activities}"
  target = "content/activities"

[[module.mounts]]
  source = "sections"
  target = "content"
"""

LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="/style.css"></head>
<body><nav><a href="/">总览</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    # A write-up: date, category, place, participants, its counts, the body.
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006年1月2日" }} · {{ .Params.category }} · {{ .Params.location }} · {{ .Params.participants }}人</p>
<ul>{{ range $id, $n := .Params.counts }}<li><a href="/indicators/{{ $id }}/">{{ $id }}</a>: {{ $n }}</li>{{ end }}</ul>
{{ .Content }}<p>字数 {{ .WordCount }}</p></article>{{ end }}
""",
    # A year, a month or a category: every write-up under it with a summary.
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} — {{ .Summary | plainify | truncate 60 }}</li>{{ end }}</ul>{{ end }}
""",
    # An indicator: the write-ups that count toward it, and the sum.
    "indicator/single.html": """{{ define "main" }}{{ $id := .Params.indicator }}{{ $sum := 0 }}<h1>{{ .Title }}</h1>
<ul>{{ range where site.RegularPages "Section" "activities" }}{{ $counts := .Params.counts | default dict }}{{ if isset $counts $id }}{{ $sum = add $sum (index $counts $id) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ index $counts $id }}</li>{{ end }}{{ end }}</ul>
<p>合计 {{ $sum }}</p>{{ end }}
""",
    # The home page: every indicator's total, then the latest write-ups.
    "index.html": """{{ define "main" }}<h1>总览</h1>{{ $totals := dict }}
{{ range where site.RegularPages "Section" "activities" }}{{ range $id, $n := .Params.counts }}{{ $totals = merge $totals (dict $id (add (index $totals $id | default 0) $n)) }}{{ end }}{{ end }}
<table>{{ range $id, $total := $totals }}<tr><td><a href="/indicators/{{ $id }}/">{{ $id }}</a></td><td>{{ $total }}</td></tr>{{ end }}</table>
<ul>{{ range first 20 (where site.RegularPages "Section" "activities").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def section(path, title):
    write(os.path.join(path, "_index.md"), f'---\ntitle: "{title}"\n---\n')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, site = os.path.abspath(sys.argv[1]), sys.argv[2]
    activities = os.path.join(corpus, "Content", "activities")
    shutil.rmtree(site, ignore_errors=True)
    write(os.path.join(site, "hugo.toml"), CONFIG.format(activities=activities))
    for name, text in LAYOUTS.items():
        write(os.path.join(site, "layouts", name), text)
    shutil.copy(os.path.join(site, "layouts", "_default", "list.html"),
                os.path.join(site, "layouts", "_default", "term.html"))
    write(os.path.join(site, "static", "style.css"), 'body{font-family:"Noto Sans CJK SC",sans-serif}\n')

    sections = os.path.join(site, "sections")
    section(os.path.join(sections, "activities"), "活动")
    for year in sorted(os.listdir(activities)):
        section(os.path.join(sections, "activities", year), year)
        for month in sorted(os.listdir(os.path.join(activities, year))):
            section(os.path.join(sections, "activities", year, month), f"{year}/{month}")
    section(os.path.join(sections, "indicators"), "指标")
    with open(os.path.join(corpus, "Content", "indicators.yml"), encoding="utf-8") as f:
        ids = re.findall(r"^\s*- id: (\w+)$", f.read(), re.M)
    for i in ids:
        write(os.path.join(sections, "indicators", f"{i}.md"),
              f"---\ntitle: {i}\ntype: indicator\nindicator: {i}\n---\n")


if __name__ == "__main__":
    main()
