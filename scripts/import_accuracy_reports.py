#!/usr/bin/env python3
"""Accuracy of `prongsai import report` (issue 12, Must 5 for reports).

  variants SEED OUTDIR        writes the variants of one seed text (see VARIANTS)
  compare EXPECTED IMPORTED ORG PLAN REPORT [--digits]
                              compares an imported report (and the plan it rebuilt) with the
                              hand-made content, field by field; prints the share exact per field
                              and every difference, and whether the import report names its line.

--digits compares with all digits made Arabic (for variants whose digits were changed).
"""
import os
import re
import sys
import tomllib
from pathlib import Path

THAI = "๐๑๒๓๔๕๖๗๘๙"


def arabic(s):
    return "".join(str(THAI.index(c)) if c in THAI else c for c in s)


def to_thai(s):
    return "".join(THAI[int(c)] if c.isdigit() and c.isascii() else c for c in s)


# --- variants: written before the importer was tuned; "mixed" and "wrap" are held out --------

def v_digits(text):
    # Thai digits to Arabic, Arabic to Thai (every digit, URLs included: a PDF prints them so).
    return "".join(str(THAI.index(c)) if c in THAI else (THAI[int(c)] if c.isascii() and c.isdigit() else c)
                   for c in text)


def v_spacing(text):
    out = []
    for i, line in enumerate(text.split("\n")):
        if "\t" in line:
            line = " \t ".join(line.split("\t"))
        elif i % 2:
            line = line.replace(" ", "  ")
        out.append(line + ("  " if line else ""))
    return "\n".join(out)


def v_pages(text):
    lines = text.split("\n")
    return "\n".join(("\f" + l) if i and i % 23 == 0 else l for i, l in enumerate(lines))


def swap_cells(line, pairs):
    cells = line.split("\t")
    for a, b in pairs:
        if max(a, b) < len(cells):
            cells[a], cells[b] = cells[b], cells[a]
    return "\t".join(cells)


def v_columns(text):
    out = []
    for line in text.split("\n"):
        n = line.count("\t") + 1
        if n == 9:  # the results table: budget <-> used, period <-> responsible
            line = swap_cells(line, [(5, 6), (4, 7)])
        elif n == 10:  # the status table: budget <-> disbursed, the status columns reversed
            line = swap_cells(line, [(3, 4), (5, 8), (6, 7)])
        out.append(line)
    return "\n".join(out)


def v_crlf(text):
    return text.replace("\n", "\r\n")


def v_mixed(text):
    return v_crlf(v_pages(v_columns(v_digits(text))))


def v_wrap(text):
    # Long prose lines broken in two at a space near the middle (a narrower page).
    out = []
    for line in text.split("\n"):
        if "\t" not in line and len(line) > 120:
            mid = line.find(" ", len(line) // 2)
            if mid > 0:
                out += [line[:mid], line[mid + 1:]]
                continue
        out.append(line)
    return "\n".join(out)


VARIANTS = {"digits": v_digits, "spacing": v_spacing, "pages": v_pages, "columns": v_columns,
            "crlf": v_crlf, "mixed": v_mixed, "wrap": v_wrap}
HELD_OUT = {"mixed", "wrap"}


# --- comparison --------------------------------------------------------------------------------

def front_matter(path):
    text = path.read_text(encoding="utf-8")
    parts = text.split("+++")
    return tomllib.loads(parts[1]) if len(parts) >= 3 else {}


def load(site, org, plan, report):
    base = Path(site) / "content" / org
    rep_path = base / "reports" / (report + ".toml")
    rep = tomllib.loads(rep_path.read_text(encoding="utf-8"))
    # The source lines of each entry, from the comment the import writes above it.
    lines = []
    raw = rep_path.read_text(encoding="utf-8").split("\n")
    for i, l in enumerate(raw):
        if l == "[[entries]]":
            prev = raw[i - 1] if i else ""
            lines.append({int(arabic(n)) for n in re.findall(r"บรรทัด ([๐-๙0-9]+)", prev)})
    projects = {}
    pdir = base / plan / "projects"
    if pdir.is_dir():
        for p in sorted(pdir.glob("*.md")):
            projects[p.stem] = front_matter(p)
    plan_toml = base / plan / "plan.toml"
    pl = tomllib.loads(plan_toml.read_text(encoding="utf-8")) if plan_toml.exists() else {}
    notes = base / "reports" / (report + ".import.md")
    noted = set()
    notes_text = notes.read_text(encoding="utf-8") if notes.exists() else ""
    if notes_text:
        noted = {int(arabic(n)) for n in re.findall(r"บรรทัด ([๐-๙0-9]+)", notes_text)}
    return rep, projects, pl, lines, (noted, notes_text)


def key(s):
    return re.sub(r"[\s“”\"]", "", s or "")


def ids_of(entry):
    return entry.get("projects") or ([entry["project"]] if "project" in entry else [])


def compare(expected, imported, org, plan, report, digits):
    norm = arabic if digits else (lambda s: s)
    e_rep, e_proj, e_plan, _, _ = load(expected, org, plan, report)
    i_rep, i_proj, i_plan, i_lines, (noted, notes_text) = load(imported, org, plan, report)

    # A name's note names it as its target: "ชื่อโครงการ (๔) |", "plan.toml: nodes 2.1 |".
    def name_noted(target):
        return f"{target} |" in notes_text
    fields = {}
    diffs = []

    def check(field, exp, got, where="", covered=None):
        def n(v):
            if isinstance(v, str):
                return norm(v)
            if isinstance(v, dict):
                return {k: n(x) for k, x in v.items()}
            if isinstance(v, list):
                return [n(x) for x in v]
            return v
        ok = n(exp) == n(got)
        fields.setdefault(field, [0, 0])
        fields[field][1] += 1
        fields[field][0] += ok
        if not ok:
            diffs.append((field, where, exp, got, covered))

    # Projects: expected id -> imported id, by title (spaces and quotes aside), else by number
    # within the same top node.
    by_title = {}
    for pid, p in i_proj.items():
        by_title.setdefault(key(norm(p.get("title", ""))), pid)
    mapping = {}
    used = set()
    for pid, p in e_proj.items():
        got = by_title.get(key(norm(p.get("title", ""))))
        if got is None:
            top = p.get("node", "").split(".")[0]
            for qid, q in i_proj.items():
                if qid not in used and norm(q.get("number", "")) == norm(p.get("number", "")) and \
                        q.get("node", "").split(".")[0] == top:
                    got = qid
                    break
        if got is not None:
            used.add(got)
            mapping[pid] = got
    for pid, p in e_proj.items():
        q = i_proj.get(mapping.get(pid, ""), {})
        for f in ("title", "kind", "node", "number"):
            check("projects." + f, p.get(f), q.get(f), pid,
                  name_noted("ชื่อโครงการ " + q.get("number", "")) if f == "title" and q else None)
        check("projects.title (spaces aside)", key(p.get("title")), key(q.get("title")) if q else None, pid)
        check("projects.budget", p.get("budget"), q.get("budget"), pid)
    e_nodes = {n["id"]: n for n in e_plan.get("nodes", [])}
    i_nodes = {n["id"]: n for n in i_plan.get("nodes", [])}
    for nid, n in e_nodes.items():
        check("nodes.name", n.get("name"), i_nodes.get(nid, {}).get("name"), nid,
              name_noted("plan.toml: nodes " + nid) if nid in i_nodes else None)
        check("nodes.name (spaces aside)", key(n.get("name")), key(i_nodes.get(nid, {}).get("name")) if nid in i_nodes else None, nid)

    # Entries.
    i_entries = i_rep.get("entries", [])
    for e in e_rep.get("entries", []):
        ids = ids_of(e)
        want = [mapping.get(i) for i in ids]
        got, lines = None, set()
        for k, g in enumerate(i_entries):
            if want and want[0] is not None and want[0] in ids_of(g):
                got, lines = g, (i_lines[k] if k < len(i_lines) else set())
                break
        g = got or {}
        where = ",".join(ids)
        covered = bool(lines & noted) if got else False
        check("entries.found", True, got is not None, where, covered)
        check("entries.projects", ids, [next((a for a, b in mapping.items() if b == x), x) for x in ids_of(g)], where, covered)
        for f in ("status", "budget", "disbursed", "responsible", "number", "note"):
            check("entries." + f, e.get(f), g.get(f), where, covered)
        check("entries.period", e.get("period", e.get("period_as_printed")),
              g.get("period", g.get("period_as_printed")), where, covered)
        check("entries.result (spaces aside)", key(e.get("result")), key(g.get("result")) if got else None, where, covered)

    # The report's own fields.
    for f in ("title", "fiscal_year", "round", "as_of", "narrative_heading"):
        check("report." + f, e_rep.get(f), i_rep.get(f))
    for f in ("introduction", "problems", "suggestions"):
        check("report." + f + " (spaces aside)", key(e_rep.get(f)), key(i_rep.get(f)))
    for t in ("reporter",):
        for f in ("name", "position"):
            check("report.reporter." + f, (e_rep.get(t) or {}).get(f), (i_rep.get(t) or {}).get(f))
    es, gs = e_rep.get("printed_summary") or {}, i_rep.get("printed_summary") or {}
    for f in sorted(set(es) | {"projects", "waiting", "not_started", "in_progress", "completed", "impossible",
                               "budget", "disbursed", "disbursed_percent", "completed_percent"}):
        if f == "text":
            check("summary.text (spaces aside)", key(es.get(f)), key(gs.get(f)))
        else:
            check("summary." + f, es.get(f), gs.get(f))
    for doc in ("memo", "announcement"):
        ed, gd = e_rep.get(doc) or {}, i_rep.get(doc) or {}
        for f in sorted(set(ed) | set(gd)):
            if f == "approvals":
                for k, a in enumerate(ed.get(f, [])):
                    b = (gd.get(f) or [{}] * (k + 1))[k] if k < len(gd.get(f) or []) else {}
                    for g in ("heading", "opinion", "form", "name", "position"):
                        check(doc + ".approvals." + g, a.get(g), b.get(g), str(k + 1))
            elif f in ("body",):
                check(doc + "." + f + " (spaces aside)", key(ed.get(f)), key(gd.get(f)))
            elif f == "signatory":
                for g in ("name", "position"):
                    check(doc + ".signatory." + g, (ed.get(f) or {}).get(g), (gd.get(f) or {}).get(g))
            else:
                check(doc + "." + f, ed.get(f), gd.get(f))
    en, gn = e_rep.get("narrative", []), i_rep.get("narrative", [])
    for k, n in enumerate(en):
        m = gn[k] if k < len(gn) else {}
        for f in ("node", "group", "heading"):
            check("narrative." + f, n.get(f), m.get(f), str(k + 1))
        for f in ("actions", "results"):
            check("narrative." + f + " (spaces aside)", key(n.get(f)), key(m.get(f)) if m else None, str(k + 1))
    return fields, diffs


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "variants":
        seed = Path(sys.argv[2])
        out = Path(sys.argv[3])
        out.mkdir(parents=True, exist_ok=True)
        text = seed.read_text(encoding="utf-8")
        for name, f in VARIANTS.items():
            (out / f"{seed.stem}.{name}.txt").write_bytes(f(text).encode("utf-8"))
        return 0
    if len(sys.argv) >= 7 and sys.argv[1] == "compare":
        digits = "--digits" in sys.argv
        verbose = "--diffs" in sys.argv
        fields, diffs = compare(*sys.argv[2:7], digits)
        total = [0, 0]
        must = [0, 0]
        for f, (ok, n) in fields.items():
            total[0] += ok
            total[1] += n
            if f.startswith("entries.") and any(f == "entries." + g for g in ("status", "budget", "disbursed", "period")) \
                    or f in ("projects.title", "nodes.name"):
                must[0] += ok
                must[1] += n
        if verbose:
            for f, (ok, n) in fields.items():
                print(f"  {f:40s} {ok:4d}/{n:<4d} {100.0 * ok / n:6.1f} %")
            print("  differences (field, where, expected, imported, entry's line named in the import report):")
            limit = 400 if os.environ.get("FULL") else 70
            for f, where, exp, got, cov in diffs:
                c = "" if cov is None else ("  [noted]" if cov else "  [NOT NOTED]")
                print(f"    {f} {where}: {str(exp)[:limit]!r} -> {str(got)[:limit]!r}{c}")
        uncovered = sum(1 for d in diffs if d[0].startswith("entries.") and d[4] is False)
        names_uncovered = sum(1 for d in diffs if d[0] in ("projects.title", "nodes.name") and d[4] is False)
        print(f"  ALL {total[0]}/{total[1]} = {100.0 * total[0] / max(total[1], 1):.1f} % ; "
              f"status+amounts+periods+names {must[0]}/{must[1]} = {100.0 * must[0] / max(must[1], 1):.1f} % ; "
              f"entry differences not named in the import report: {uncovered} ; "
              f"name differences not named: {names_uncovered}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
