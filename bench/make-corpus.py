#!/usr/bin/env python3
"""National benchmark corpus: N local governments made from the example organisations.

    python3 bench/make-corpus.py OUT [--orgs 7850] [--seed 1] [--examples content]

OUT gets content/, site-config/ (site.toml from the repository and an oit.toml for the corpus)
and themes/, a site `prongsai build --site OUT` builds, plus OUT/corpus.json: what was made and,
for the benchmark, a project to edit and a report round no organisation has yet.

Each organisation is a copy of one example organisation with its own name, kind (อบต.,
เทศบาลตำบล, เทศบาลเมือง, เทศบาลนคร, in roughly the country's proportions), province (the 76
provinces; กรุงเทพมหานคร is listed but is itself one local government, with no อบต. or เทศบาล
inside it), a synthesised district, budgets and report rounds. The output depends only on the
seed and N, and organisation i depends only on the seed and organisations before it, so the first
200 organisations of the national corpus are the 200-organisation corpus.

Content stays valid and honest:
- every amount of a copy (plan-table cells, printed totals, report budgets and disbursements, and
  "<amount> บาท" in text) is multiplied by one factor per organisation, exactly in satang, in the
  digits and separators it was written with; so a printed total that matched its items still
  matches, one that did not still does not, and the checks warn exactly where the example does;
- the example's own name, short name, mayor's title, district and province are replaced in every
  file, so a correction ("เชิงน้อย" printed, the name corrected) still corrects the name;
- added report rounds are what `prongsai new report` writes (every project due that year, its
  budget cell) with statuses drawn at random, or left out (not stated); no disbursed amount,
  period or result is made up: they stay empty, which the format reads as not stated.
Standard library only (Python 3.11: tomllib).
"""

import argparse
import json
import os
import random
import re
import shutil
import sys
import time
import tomllib
from fractions import Fraction
from pathlib import Path

# The 77 provinces (76 and กรุงเทพมหานคร), Thai name and the romanisation used in slugs.
PROVINCES = [
    ("กรุงเทพมหานคร", "bangkok"), ("กระบี่", "krabi"), ("กาญจนบุรี", "kanchanaburi"),
    ("กาฬสินธุ์", "kalasin"), ("กำแพงเพชร", "kamphaeng-phet"), ("ขอนแก่น", "khon-kaen"),
    ("จันทบุรี", "chanthaburi"), ("ฉะเชิงเทรา", "chachoengsao"), ("ชลบุรี", "chon-buri"),
    ("ชัยนาท", "chai-nat"), ("ชัยภูมิ", "chaiyaphum"), ("ชุมพร", "chumphon"),
    ("เชียงราย", "chiang-rai"), ("เชียงใหม่", "chiang-mai"), ("ตรัง", "trang"), ("ตราด", "trat"),
    ("ตาก", "tak"), ("นครนายก", "nakhon-nayok"), ("นครปฐม", "nakhon-pathom"),
    ("นครพนม", "nakhon-phanom"), ("นครราชสีมา", "nakhon-ratchasima"),
    ("นครศรีธรรมราช", "nakhon-si-thammarat"), ("นครสวรรค์", "nakhon-sawan"),
    ("นนทบุรี", "nonthaburi"), ("นราธิวาส", "narathiwat"), ("น่าน", "nan"),
    ("บึงกาฬ", "bueng-kan"), ("บุรีรัมย์", "buri-ram"), ("ปทุมธานี", "pathum-thani"),
    ("ประจวบคีรีขันธ์", "prachuap-khiri-khan"), ("ปราจีนบุรี", "prachin-buri"),
    ("ปัตตานี", "pattani"), ("พระนครศรีอยุธยา", "phra-nakhon-si-ayutthaya"),
    ("พะเยา", "phayao"), ("พังงา", "phang-nga"), ("พัทลุง", "phatthalung"),
    ("พิจิตร", "phichit"), ("พิษณุโลก", "phitsanulok"), ("เพชรบุรี", "phetchaburi"),
    ("เพชรบูรณ์", "phetchabun"), ("แพร่", "phrae"), ("ภูเก็ต", "phuket"),
    ("มหาสารคาม", "maha-sarakham"), ("มุกดาหาร", "mukdahan"), ("แม่ฮ่องสอน", "mae-hong-son"),
    ("ยโสธร", "yasothon"), ("ยะลา", "yala"), ("ร้อยเอ็ด", "roi-et"), ("ระนอง", "ranong"),
    ("ระยอง", "rayong"), ("ราชบุรี", "ratchaburi"), ("ลพบุรี", "lop-buri"),
    ("ลำปาง", "lampang"), ("ลำพูน", "lamphun"), ("เลย", "loei"), ("ศรีสะเกษ", "si-sa-ket"),
    ("สกลนคร", "sakon-nakhon"), ("สงขลา", "songkhla"), ("สตูล", "satun"),
    ("สมุทรปราการ", "samut-prakan"), ("สมุทรสงคราม", "samut-songkhram"),
    ("สมุทรสาคร", "samut-sakhon"), ("สระแก้ว", "sa-kaeo"), ("สระบุรี", "saraburi"),
    ("สิงห์บุรี", "sing-buri"), ("สุโขทัย", "sukhothai"), ("สุพรรณบุรี", "suphan-buri"),
    ("สุราษฎร์ธานี", "surat-thani"), ("สุรินทร์", "surin"), ("หนองคาย", "nong-khai"),
    ("หนองบัวลำภู", "nong-bua-lam-phu"), ("อ่างทอง", "ang-thong"),
    ("อำนาจเจริญ", "amnat-charoen"), ("อุดรธานี", "udon-thani"), ("อุตรดิตถ์", "uttaradit"),
    ("อุทัยธานี", "uthai-thani"), ("อุบลราชธานี", "ubon-ratchathani"),
]
assert len(PROVINCES) == 77 and len({p for p, _ in PROVINCES}) == 77

# Place-name parts (Thai, romanised): names are a head and one or two tails.
HEADS = [("บ้าน", "ban"), ("หนอง", "nong"), ("โคก", "khok"), ("ทุ่ง", "thung"), ("ห้วย", "huai"),
         ("นา", "na"), ("คลอง", "khlong"), ("บาง", "bang"), ("ดอน", "don"), ("วัง", "wang"),
         ("ท่า", "tha"), ("สระ", "sa"), ("หัว", "hua"), ("เขา", "khao"), ("ลำ", "lam"),
         ("บึง", "bueng"), ("ป่า", "pa"), ("แม่", "mae"), ("เวียง", "wiang"), ("ศรี", "si"),
         ("โนน", "non"), ("กุด", "kut"), ("ดง", "dong"), ("สัน", "san"), ("โพน", "phon"),
         ("ไร่", "rai"), ("เนิน", "noen"), ("ปาก", "pak")]
TAILS = [("ทอง", "thong"), ("ใหญ่", "yai"), ("น้อย", "noi"), ("แก้ว", "kaeo"), ("งาม", "ngam"),
         ("สูง", "sung"), ("ยาว", "yao"), ("ใหม่", "mai"), ("เก่า", "kao"), ("กลาง", "klang"),
         ("หลวง", "luang"), ("ไทร", "sai"), ("บัว", "bua"), ("จันทร์", "chan"), ("ดี", "di"),
         ("สว่าง", "sawang"), ("เจริญ", "charoen"), ("พัฒนา", "phatthana"), ("ขาม", "kham"),
         ("แดง", "daeng"), ("เหนือ", "nuea"), ("ใต้", "tai"), ("ม่วง", "muang"),
         ("สำโรง", "samrong"), ("ตาล", "tan"), ("มะขาม", "makham"), ("สะแก", "sakae"),
         ("ยาง", "yang"), ("ไผ่", "phai"), ("โพธิ์", "pho"), ("เตย", "toei"),
         ("กระทุ่ม", "krathum"), ("ศิลา", "sila"), ("คำ", "kham"), ("ตะเคียน", "takhian"),
         ("มะค่า", "makha"), ("สามัคคี", "samakkhi"), ("ชุมแสง", "chum-saeng")]

# Kind: (name prefix, short prefix, mayor's title prefix, slug prefix, weight ~ the country's
# 2020s counts: some 5,300 อบต., 2,250 เทศบาลตำบล, 195 เทศบาลเมือง, 30 เทศบาลนคร), and the range
# of the budget factor, in quarters (a city's plan holds more money than a subdistrict's).
KINDS = [
    ("องค์การบริหารส่วนตำบล", "อบต.", "นายกองค์การบริหารส่วนตำบล", "sao", 5300, (2, 8)),
    ("เทศบาลตำบล", "ทต.", "นายกเทศมนตรีตำบล", "tt", 2250, (3, 12)),
    ("เทศบาลเมือง", "ทม.", "นายกเทศมนตรีเมือง", "tm", 195, (8, 24)),
    ("เทศบาลนคร", "ทน.", "นายกเทศมนตรีนคร", "tn", 30, (16, 60)),
]
STATUSES = ["รอรายงาน", "ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ",
            "ไม่สามารถดำเนินการได้", None]  # None: left out (not stated)
# Weights per round: later rounds have more finished.
STATUS_WEIGHTS = {2: [3, 4, 3, 1, 0, 1], 6: [1, 2, 5, 3, 0, 1], 12: [0, 1, 2, 8, 1, 1]}
# Report profiles: the rounds (months) an organisation reports for one fiscal year.
PROFILES = [((), 30), ((6,), 25), ((6, 12), 25), ((2, 6, 12), 10), ((12,), 10)]

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
AMOUNT = re.compile(r"^[0-9][0-9,]*(\.[0-9]{1,2})?$")
LINE_AMOUNTS = re.compile(r"^(\s*(?:budget|disbursed)\s*=)(.*)$", re.M)
QUOTED = re.compile(r'"([^"\n]*)"')
TEXT_AMOUNT = re.compile(r"(?<![0-9๐-๙A,.])([0-9๐-๙][0-9๐-๙,]*(?:\.[0-9๐-๙]{1,2})?)(?=\s*บาท)")
TOKEN = "\x00"


def parse_amount(text):
    """(satang, commas, with_satang, thai) or None when text is not an amount."""
    a = text.translate(ARABIC)
    if not AMOUNT.match(a):
        return None
    baht, _, frac = a.replace(",", "").partition(".")
    return (int(baht) * 100 + int(frac.ljust(2, "0") if frac else 0), "," in a, bool(frac),
            a != text)


def format_amount(satang, commas, with_satang, thai):
    baht, rest = divmod(satang, 100)
    s = f"{baht:,}" if commas else str(baht)
    if with_satang:
        s += f".{rest:02d}"
    return s.translate(THAI) if thai else s


class Template:
    """A seed file with its names and amounts cut out, refilled per organisation."""

    def __init__(self, text, names):
        self.amounts = []
        for key, value in names:  # longest first: the mayor's title holds the full name
            text = text.replace(value, f"{TOKEN}{key}{TOKEN}")

        def cut(m):
            parsed = parse_amount(m.group(1))
            if parsed is None:
                return m.group(0)
            self.amounts.append(parsed)
            return f'"{TOKEN}A{len(self.amounts) - 1}{TOKEN}"'

        def line(m):
            return m.group(1) + QUOTED.sub(cut, m.group(2))

        text = LINE_AMOUNTS.sub(line, text)

        def cut_text(m):
            parsed = parse_amount(m.group(1))
            if parsed is None:
                return m.group(0)
            self.amounts.append(parsed)
            return f"{TOKEN}A{len(self.amounts) - 1}{TOKEN}"

        text = TEXT_AMOUNT.sub(cut_text, text)
        self.parts = text.split(TOKEN)

    def fill(self, values, factor):
        out = self.parts[:]
        for i in range(1, len(out), 2):
            key = out[i]
            if key[0] == "A":
                satang, commas, with_satang, thai = self.amounts[int(key[1:])]
                scaled = satang * factor
                assert scaled.denominator == 1
                out[i] = format_amount(int(scaled), commas, with_satang, thai)
            else:
                out[i] = values[key]
        return "".join(out)


def front_matter(text):
    m = re.match(r"\+\+\+\r?\n(.*?)\r?\n\+\+\+", text, re.S)
    return tomllib.loads(m.group(1)) if m else {}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


class Seed:
    def __init__(self, folder):
        self.slug = folder.name
        org = tomllib.loads((folder / "organisation.toml").read_text("utf-8"))
        self.org = org
        kind = org["kind"]
        assert org["name"].startswith(kind), folder
        self.place = org["name"][len(kind):]
        district = re.search(r"อำเภอ(\S+)", org["address"])
        province = re.search(r"จังหวัด(\S+)", org["address"])
        mayor = next(k[2] for k in KINDS if k[0] == kind)  # the title the text uses, too
        names = [("P", mayor + self.place), ("N", org["name"]),
                 ("S", org["short_name"]),
                 ("D", "อำเภอ" + district.group(1) if district else ""),
                 ("V", "จังหวัด" + province.group(1) if province else ""), ("L", self.place)]
        names = sorted([n for n in names if n[1]], key=lambda n: -len(n[1]))
        self.files = {}  # relative path -> Template (organisation.toml is written anew)
        self.amounts = []
        self.plans = []  # (slug, first_year, last_year, [(id, title, unit, budget)])
        self.reports = set()  # (plan, year, covers-until month index)
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.name == "organisation.toml":
                continue
            rel = path.relative_to(folder).as_posix()
            t = Template(path.read_text("utf-8"), names)
            self.files[rel] = t
            self.amounts += t.amounts
        for plan_toml in sorted(folder.glob("*/plan.toml")):
            plan = tomllib.loads(plan_toml.read_text("utf-8"))
            projects = []
            for p in sorted((plan_toml.parent / "projects").glob("*.md")):
                fm = front_matter(p.read_text("utf-8"))
                projects.append((p.stem, fm.get("title", ""), fm.get("unit") or
                                 fm.get("responsible", ""), fm.get("budget", {})))
            self.plans.append((plan_toml.parent.name, plan["first_year"], plan["last_year"],
                               projects))
        # A plan known only from a report (scope = "report") keeps that report in every copy.
        kept = set()
        for p in folder.glob("*/plan.toml"):
            plan = tomllib.loads(p.read_text("utf-8"))
            kept |= {f"reports/{t['report']}.toml" for t in (plan, plan.get("source", {}))
                     if "report" in t}
        self.droppable = {rel for rel in self.files if rel.startswith("reports/")} - kept
        self.report_meta = {}  # relative path -> (plan, fiscal year, round or None, title)
        for r in sorted(folder.glob("reports/*.toml")):
            rep = tomllib.loads(r.read_text("utf-8"))
            self.report_meta[f"reports/{r.name}"] = (rep["plan"], rep["fiscal_year"],
                                                     rep.get("round"), rep["title"])
            if "round" in rep:
                self.reports.add((rep["plan"], rep["fiscal_year"], rep["round"]))
        self.names = names
        # What corrections say the document printed: a copy's name must differ from them.
        self.printed = set()
        for t in self.files.values():
            self.printed |= set(re.findall(r'^printed = "([^"]*)"', "".join(t.parts), re.M))
        self.form_cache = {}
        self.factors = {}

    def factor(self, quarters):
        """quarters/4 when every amount scales to whole satang (and whole baht where it was
        written without satang); else the nearest whole factor."""
        if quarters not in self.factors:
            f = Fraction(quarters, 4)
            for satang, _, with_satang, _ in self.amounts:
                v = satang * f
                if v.denominator != 1 or (not with_satang and v % 100 != 0):
                    f = Fraction(max(1, round(f)))
                    break
            self.factors[quarters] = f
        return self.factors[quarters]

    def form(self, plan, year, round_):
        """A report form as `prongsai new report` writes it, names and amounts cut out;
        each status is a token S0, S1, … filled per organisation."""
        key = (plan[0], year, round_)
        if key not in self.form_cache:
            y, r = str(year).translate(THAI), str(round_).translate(THAI)
            lines = [
                "# Synthetic benchmark report (bench/make-corpus.py): the entries are what",
                "# `prongsai new report` writes, statuses drawn at random; amounts disbursed,",
                "# periods and results are left empty (not stated).",
                f"plan = {toml_str(plan[0])}", f"fiscal_year = {year}", f"round = {round_}",
                "title = " + toml_str("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต "
                                      f"ประจำปีงบประมาณ พ.ศ. {y} รอบ {r} เดือน"),
                f'as_of = "{TOKEN}Q{TOKEN}"', 'introduction = ""', 'problems = ""',
                'suggestions = ""', "", "[reporter]", 'name = ""', 'position = ""']
            n = 0
            for pid, title, unit, budget in plan[3]:
                cell = budget.get(str(year))
                # is_due: no budget at all, a year not stated, an amount or ไม่ใช้งบประมาณ
                if budget and cell == "-":
                    continue
                lines += ["", "[[entries]]", f"project = {toml_str(pid)}  # {title}",
                          f"{TOKEN}S{n}{TOKEN}", f"budget = {toml_str(cell or '')}",
                          'disbursed = ""', 'period = ""', f"responsible = {toml_str(unit)}",
                          'result = """', '"""', 'note = ""']
                n += 1
            text = "\n".join(lines) + "\n"
            self.form_cache[key] = (Template(text, self.names), n)
            self.amounts += self.form_cache[key][0].amounts
        return self.form_cache[key]


class Writer:
    """Writes files with few system calls (one mkdir per folder, open-write-close per file):
    at national size the corpus is some 200,000 files."""

    def __init__(self):
        self.made = set()

    def __call__(self, path, data):
        folder = os.path.dirname(path)
        if folder not in self.made:
            os.makedirs(folder, exist_ok=True)
            self.made.add(folder)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        return len(data)


def fill_names(text, seed, values):
    for key, value in seed.names:
        text = text.replace(value, values[key])
    return text


def place_name(rng):
    head = rng.choice(HEADS)
    tails = rng.sample([t for t in TAILS if t[0] != head[0]], 2)
    parts = [head, tails[0]] + ([tails[1]] if rng.random() < 0.25 else [])
    return "".join(p[0] for p in parts), "-".join(p[1] for p in parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--orgs", type=int, default=7850)
    ap.add_argument("--seed", type=int, default=1)
    repo = Path(__file__).resolve().parent.parent
    ap.add_argument("--examples", type=Path, default=repo / "content")
    args = ap.parse_args()
    start = time.monotonic()
    out = args.out
    if out.exists() and any(out.iterdir()):
        sys.exit(f"make-corpus: {out} exists and is not empty; give a new folder")
    seeds = [Seed(f) for f in sorted(args.examples.iterdir()) if (f / "organisation.toml").exists()]
    # District pools per province: อำเภอเมือง<province> and synthesised ones.
    prov_rng = random.Random(f"{args.seed}:districts")
    districts = {}
    for thai, _ in PROVINCES:
        pool = {"เมือง" + thai}
        while len(pool) < prov_rng.randint(8, 25):
            pool.add(place_name(prov_rng)[0])
        districts[thai] = sorted(pool)
    provinces = PROVINCES[1:]  # กรุงเทพมหานคร is one local government of its own kind
    content = out / "content"
    content.mkdir(parents=True)
    slugs, assessments, stats = set(), [], {"kinds": {}, "seeds": {}, "reports": 0, "files": 0,
                                            "bytes": 0, "no_reports": 0}
    bench = None
    write = Writer()
    for i in range(args.orgs):
        rng = random.Random(f"{args.seed}:org:{i}")
        seed = seeds[rng.randrange(len(seeds))]
        kind = rng.choices(KINDS, weights=[k[4] for k in KINDS])[0]
        prov, prov_slug = rng.choice(provinces)
        district = rng.choice(districts[prov])
        place, place_slug = place_name(rng)
        while any(place in printed for printed in seed.printed):
            place, place_slug = place_name(rng)  # a correction of the name would correct nothing
        base = f"{kind[3]}-{place_slug}-{prov_slug}"
        slug, n = base, 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        factor = seed.factor(rng.randint(*kind[5]))
        values = {"N": kind[0] + place, "S": kind[1] + place, "P": kind[2] + place,
                  "L": place, "D": "อำเภอ" + district, "V": "จังหวัด" + prov}
        org_dir = content / slug
        files = {}
        for rel, t in seed.files.items():
            if rel in seed.droppable and rng.random() < 0.3:
                continue  # some copies lack the example's own report
            files[rel] = t.fill(values, factor)
        plan = rng.choice(seed.plans)
        meta = {rel: m for rel, m in seed.report_meta.items() if rel in files}
        profile = rng.choices([p[0] for p in PROFILES], weights=[p[1] for p in PROFILES])[0]
        year = rng.randint(plan[1], plan[2])
        rounds = []
        for round_ in profile:
            if (plan[0], year, round_) in seed.reports:
                continue
            t, entries = seed.form(plan, year, round_)
            y, r = str(year).translate(THAI), str(round_).translate(THAI)
            meta[f"reports/{year}-{round_}.toml"] = (
                plan[0], year, round_, "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต "
                f"ประจำปีงบประมาณ พ.ศ. {y} รอบ {r} เดือน")
            m = 9 + round_  # the month after the round ends, as a count from January of year-1
            vals = dict(values, Q=f"{year - 1 + m // 12}-{m % 12 + 1:02d}-{rng.randint(1, 28):02d}")
            for e in range(entries):
                s = rng.choices(STATUSES, weights=STATUS_WEIGHTS[round_])[0]
                vals[f"S{e}"] = f"status = {toml_str(s)}" if s else "# status not stated"
            files[f"reports/{year}-{round_}.toml"] = t.fill(vals, factor)
            rounds.append(round_)
        exec_ = seed.org.get("executive")
        website = (f"https://www.{place_slug.replace('-', '')}.go.th" if rng.random() < 0.6
                   else "")
        org_lines = [
            f"# Synthetic benchmark organisation (bench/make-corpus.py, seed {args.seed}), "
            f"a copy of the example {seed.slug} with amounts × {factor}.",
            f"name = {toml_str(values['N'])}", f"short_name = {toml_str(values['S'])}",
            f"kind = {toml_str(kind[0])}",
            f"province = {toml_str(prov)}", f"district = {toml_str(district)}",
            f"address = {toml_str('ตำบล' + place + ' ' + values['D'] + ' ' + values['V'])}",
            f"phone = {toml_str(seed.org.get('phone', ''))}", f"website = {toml_str(website)}"]
        if exec_:
            org_lines += ["", "[executive]", f"name = {toml_str(exec_['name'])}",
                          f"position = {toml_str(values['P'])}"]
        files["organisation.toml"] = "\n".join(org_lines) + "\n"
        for rel, text in files.items():
            stats["files"] += 1
            stats["bytes"] += write(f"{org_dir}/{rel}", text.encode("utf-8"))
        if meta:
            items = [{"code": "O36", "title": "แผนปฏิบัติการป้องกันการทุจริต", "evidence": "plan",
                      "plan": plan[0]}]
            for rel, (rep_plan, rep_year, rep_round, title) in sorted(meta.items(), key=lambda m: m[1][1:3]):
                if rep_round is None:
                    continue  # a report by period: OIT items name a round
                items.append({"code": f"O{37 + len(items) - 1}", "title": fill_names(title, seed, values),
                              "evidence": "report", "plan": rep_plan,
                              "fiscal_year": rep_year, "round": rep_round})
            items.append({"code": "ข้อมูลเปิด", "title": "ข้อมูลแผนและผลการดำเนินงาน",
                          "evidence": "data", "plan": plan[0]})
            assessments.append((slug, max(it.get("fiscal_year", 0) for it in items) + 1, items))
        else:
            stats["no_reports"] += 1
            if bench is None and plan[2] > plan[1]:
                # a round nobody reports: the benchmark adds it with `prongsai new report`
                bench = {"org": slug, "plan": f"{slug}/{plan[0]}", "year": plan[1] + 1, "round": 6,
                         "project": f"content/{slug}/{plan[0]}/projects/{plan[3][0][0]}.md"}
        stats["reports"] += len(meta)
        stats["kinds"][kind[1]] = stats["kinds"].get(kind[1], 0) + 1
        stats["seeds"][seed.slug] = stats["seeds"].get(seed.slug, 0) + 1

    config = out / "site-config"
    config.mkdir()
    shutil.copy(repo / "site-config" / "site.toml", config / "site.toml")
    with open(config / "oit.toml", "w", encoding="utf-8") as f:
        f.write("# Synthetic OIT mapping for the benchmark corpus (bench/make-corpus.py).\n")
        for slug, year, items in assessments:
            f.write(f'\n[[assessments]]\norganisation = "{slug}"\nyear = {year}\n')
            for it in items:
                f.write("\n[[assessments.items]]\n")
                for k, v in it.items():
                    f.write(f"{k} = {v if isinstance(v, int) else toml_str(v)}\n")
    shutil.copytree(repo / "themes", out / "themes")
    stats.update(orgs=args.orgs, seed=args.seed, bench=bench, assessments=len(assessments),
                 seconds=round(time.monotonic() - start, 1))
    (out / "corpus.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1) + "\n",
                                     "utf-8")
    print(f"corpus: {args.orgs} organisations ({', '.join(f'{k} {v}' for k, v in stats['kinds'].items())}), "
          f"{stats['files']} files, {stats['bytes'] / 1e6:.0f} MB, {stats['reports']} reports, "
          f"{stats['no_reports']} organisations without one, {len(assessments)} OIT assessments; "
          f"seed {args.seed}, {stats['seconds']} s", file=sys.stderr)


if __name__ == "__main__":
    main()
