#!/usr/bin/env python3
"""Compares an imported plan with the hand-made example content, field by field.

Usage: import_accuracy.py IMPORTED_PLAN_DIR REFERENCE_PLAN_DIR [--label NAME]
Prints one line per field: exact / compared (share). Projects are paired by title (best
similarity, each used once), so one missed item costs that item only, not every one after it.
Amounts are compared by value and digits script (๑๕,๐๐๐ = 15,000); names byte for byte, and
also with spaces ignored (PDF line wraps leave spaces the hand-made content left out).
"""
import os
import re
import sys
import tomllib

THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    parts = text.split("+++")
    return tomllib.loads(parts[1]), "+++".join(parts[2:])


def load(plan_dir):
    plan = tomllib.load(open(os.path.join(plan_dir, "plan.toml"), "rb"))
    projects = []
    pdir = os.path.join(plan_dir, "projects")
    order = {n["id"]: i for i, n in enumerate(plan.get("nodes", []))}
    for f in sorted(os.listdir(pdir)) if os.path.isdir(pdir) else []:
        if f.endswith(".md"):
            fm, body = front_matter(os.path.join(pdir, f))
            fm["_id"], fm["_body"] = f[:-3], body.strip()
            projects.append(fm)
    projects.sort(key=lambda p: (order.get(p.get("node"), 1 << 30), p["_id"]))
    return plan, projects


def squeeze(s):
    return re.sub(r"[\s\"“”'()\-–,]", "", (s or "").translate(THAI))


def shingles(s):
    return {s[i:i + 2] for i in range(max(0, len(s) - 1))}


def similarity(a, b):
    sa, sb = shingles(squeeze(a)), shingles(squeeze(b))
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def money(v):
    v = (v or "").translate(THAI).replace(",", "").strip()
    try:
        return ("amount", round(float(v), 2))
    except ValueError:
        return ("word", v)


class Tally:
    def __init__(self):
        self.rows = {}

    verbose = False

    def add(self, field, ok, what=""):
        if not ok and self.verbose and what:
            print(f"  DIFF {field}: {what}")
        e, n = self.rows.get(field, (0, 0))
        self.rows[field] = (e + (1 if ok else 0), n + 1)


def main():
    args = sys.argv[1:]
    label = "plan"
    if "--label" in args:
        i = args.index("--label")
        label = args[i + 1]
        del args[i:i + 2]
    if "--verbose" in args:
        args.remove("--verbose")
        Tally.verbose = True
    imported_dir, reference_dir = args
    iplan, iprojects = load(imported_dir)
    rplan, rprojects = load(reference_dir)
    t = Tally()
    # Must 5: a difference the importer did not get right must be one its report lists.
    report_path = os.path.join(imported_dir, "import-report.md")
    report = open(report_path, encoding="utf-8").read() if os.path.exists(report_path) else ""

    # pair projects by title
    pairs, used = [], set()
    cand = sorted(((similarity(r["title"], p["title"]), ri, pi)
                   for ri, r in enumerate(rprojects) for pi, p in enumerate(iprojects)),
                  reverse=True)
    paired_r = {}
    for s, ri, pi in cand:
        if s < 0.6 or ri in paired_r or pi in used:
            continue
        paired_r[ri] = pi
        used.add(pi)
    for ri, r in enumerate(rprojects):
        p = iprojects[paired_r[ri]] if ri in paired_r else None
        t.add("items found", p is not None, r["_id"] + " " + r["title"][:60])
        t.add("item names (exact)", p is not None and p["title"] == r["title"],
              f"{r['_id']}: {r['title']!r} <> {(p or {}).get('title')!r}")
        # (a variant printed in the other digit script differs in every number on purpose)
        if p is None or p["title"].translate(THAI) != r["title"].translate(THAI):
            t.add("item name differences listed in the import report",
                  p is not None and f"projects/{p['_id']}.md: title" in report,
                  f"{r['_id']}: {r['title']!r} <> {(p or {}).get('title')!r}")
        t.add("item names (digit script ignored)",
              p is not None and p["title"].translate(THAI) == r["title"].translate(THAI),
              f"{r['_id']}: {r['title']!r} <> {(p or {}).get('title')!r}")
        t.add("item names (spaces, digit script ignored)",
              p is not None and squeeze(p["title"]) == squeeze(r["title"]),
              f"{r['_id']}: {r['title']!r} <> {(p or {}).get('title')!r}")
        t.add("levels (item's node)", p is not None and p.get("node") == r.get("node"),
              f"{r['_id']}: {r.get('node')} <> {(p or {}).get('node')}")
        t.add("kinds", p is not None and p.get("kind") == r.get("kind"))
        t.add("printed numbers", p is not None and (p.get("number") or "").translate(THAI) == (r.get("number") or "").translate(THAI))
        rb, pb = r.get("budget", {}), (p or {}).get("budget", {})
        for y in sorted(set(rb) | set(pb)):
            t.add("budget cells", p is not None and y in rb and y in pb
                  and money(rb[y]) == money(pb[y]),
                  f"{r['_id']} {y}: {rb.get(y)} <> {pb.get(y)} ({(p or {}).get('_id')})")
        rind = r.get("indicators", [])
        pind = (p or {}).get("indicators", [])
        for k, ind in enumerate(rind):
            other = pind[k] if k < len(pind) else {}
            for y, v in ind.get("targets", {}).items():
                t.add("targets", squeeze(other.get("targets", {}).get(y)) == squeeze(v))
        if r["_body"]:
            ok = p is not None and p["_body"] != "" and \
                squeeze(p["_body"])[:40] == squeeze(r["_body"])[:40]
            t.add("details in the right project", ok,
                  f"{r['_id']} <> {(p or {}).get('_id')}: {squeeze(r['_body'])[:30]} / {squeeze((p or {}).get('_body'))[:30]}")

    # nodes and printed totals
    inodes = {n["id"]: n for n in iplan.get("nodes", [])}
    for n in rplan.get("nodes", []):
        m = inodes.get(n["id"])
        t.add("node names (exact)", m is not None and m.get("name") == n.get("name"),
              f"{n['id']}: {n.get('name')!r} <> {(m or {}).get('name')!r}")
        if m is None or (m.get("name") or "").translate(THAI) != (n.get("name") or "").translate(THAI):
            t.add("node name differences listed in the import report",
                  m is not None and f"plan.toml: nodes {n['id']} name" in report,
                  f"{n['id']}: {n.get('name')!r} <> {(m or {}).get('name')!r}")
        t.add("node names (spaces, digit script ignored)",
              m is not None and squeeze(m.get("name")) == squeeze(n.get("name")),
              f"{n['id']}: {n.get('name')!r} <> {(m or {}).get('name')!r}")
        for y, v in n.get("printed", {}).get("budget", {}).items():
            t.add("printed totals", m is not None and
                  money(m.get("printed", {}).get("budget", {}).get(y)) == money(v))
        for k, v in n.get("printed", {}).get("counts", {}).items():
            t.add("printed totals", m is not None and m.get("printed", {}).get("counts", {}).get(k) == v)
        for k, ind in enumerate(n.get("indicators", [])):
            for y, v in ind.get("targets", {}).items():
                other = (m or {}).get("indicators", [])
                other = other[k] if k < len(other) else {}
                t.add("targets", squeeze(other.get("targets", {}).get(y)) == squeeze(v))
    for y, v in rplan.get("printed", {}).get("budget", {}).items():
        t.add("printed totals", money(iplan.get("printed", {}).get("budget", {}).get(y)) == money(v))
    for k, v in rplan.get("printed", {}).get("counts", {}).items():
        t.add("printed totals", iplan.get("printed", {}).get("counts", {}).get(k) == v)
    t.add("plan years", (iplan.get("first_year"), iplan.get("last_year")) ==
          (rplan.get("first_year"), rplan.get("last_year")))
    t.add("level names", iplan.get("levels") == rplan.get("levels"))

    print(f"== {label}: {len(iprojects)} items imported, {len(rprojects)} in the example content")
    for field, (e, n) in t.rows.items():
        print(f"  {field:32s} {e:4d} / {n:<4d} {100.0 * e / n:6.1f} %")


if __name__ == "__main__":
    main()
