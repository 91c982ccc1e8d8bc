#!/usr/bin/env python3
"""Derives data/transliteration/han-readings.tsv from the Unicode Han Database (Unihan_Readings.txt).

Source: Debian package `unicode-data` 15.0.0 (/usr/share/unicode/Unihan_Readings.txt.bz2), Unicode License v3.
Per character: the first Mandarin reading without tone marks (pinyin), and the Korean (Sino-Korean) readings in
Hangul: the common (educational, flag E) reading and, when Unihan marks a different one for personal names (flag N),
that name reading (金 is 금 "gold" but 김 Kim as a surname). A simplified character without a Korean reading takes
that of its traditional form (Unihan_Variants.txt, kTraditionalVariant: 铁 reads as 鐵, 철), because Korean names
written in simplified characters (Chinese sources) are still read in Korean.

usage: scripts/make-han-readings.py [Unihan_Readings.txt(.bz2) [Unihan_Variants.txt(.bz2)]] > data/transliteration/han-readings.tsv
"""
import bz2, sys, unicodedata

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2"
variants_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/unicode/Unihan_Variants.txt.bz2"
opener = bz2.open if path.endswith(".bz2") else open
mandarin, hangul = {}, {}
with opener(path, "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t", 2)
        cp = int(code[2:], 16)
        if field == "kMandarin":
            first = value.split()[0]
            plain = "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))
            mandarin[cp] = plain.replace("ü", "u").lower()
        elif field == "kHangul":
            readings = [item.partition(":")[::2] for item in value.split()]
            common = next((s for s, flags in readings if "E" in flags), readings[0][0])
            name = next((s for s, flags in readings if "N" in flags), common)
            hangul[cp] = (common, name if name != common else "")

traditional = {}
with (bz2.open if variants_path.endswith(".bz2") else open)(variants_path, "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t", 2)
        if field == "kTraditionalVariant":
            traditional[int(code[2:], 16)] = [int(v[2:], 16) for v in value.split()]
for cp, forms in traditional.items():
    if cp not in hangul:
        known = next((hangul[t] for t in forms if t != cp and t in hangul), None)
        if known:
            hangul[cp] = known

print("# code point\tpinyin (toneless)\tSino-Korean reading\tname reading when different. Unihan 15.0 (Unicode License v3); scripts/make-han-readings.py")
for cp in sorted(set(mandarin) | set(hangul)):
    common, name = hangul.get(cp, ("", ""))
    print(f"{cp:X}\t{mandarin.get(cp, '')}\t{common}\t{name}")
