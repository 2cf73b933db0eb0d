#!/usr/bin/env python3
"""Writes variants of the seed plan texts, to check the importer is not tuned to their bytes.

Usage: import_variants.py SEEDS_DIR OUT_DIR
These were written before the importer was tuned on the seeds and are kept apart from that
tuning (a held-out check); each is compared with the same example content as its seed:
  001-arabic-pages   every digit Arabic, a page break (form feed) every 60 lines
  001-pdf-spelling   sara am decomposed (nikhahit + sara aa) and a space before mai tho, as
                     PDF extraction leaves them: the importer must repair and record them
  000-dashes         Arabic digits, "-" budget cells printed as "–" and "ไม่ใช้งบประมาณ" as "ไม่ใช้งบ"
"""
import glob
import os
import sys

THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def seed(d, n):
    return open(glob.glob(os.path.join(d, n + "_*.txt"))[0], encoding="utf-8").read()


def main():
    seeds, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    s001, s000 = seed(seeds, "001"), seed(seeds, "000")
    lines = s001.translate(THAI).split("\n")
    paged = "\n".join(("\f" + l) if i and i % 60 == 0 else l for i, l in enumerate(lines))
    variants = {
        "001-arabic-pages": paged,
        "001-pdf-spelling": s001.replace("ำ", "\u0e4d\u0e32").replace("ป้อง", "ป \u0e49อง"),
        "000-dashes": "\n".join(
            "\t".join("–" if c.strip() == "-" else c.replace("ไม่ใช้งบประมาณ", "ไม่ใช้งบ")
                      for c in l.split("\t")) for l in s000.translate(THAI).split("\n")),
    }
    for name, text in variants.items():
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
