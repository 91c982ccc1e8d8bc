#!/usr/bin/env python3
"""Writes a batch-screening input of N rows (default 100,000) for the end-to-end benchmark.

Rows are the labelled development queries (names as users type them: typos, other scripts, non-listed
names) repeated with a running id, plus generated non-listed person and company names so that most rows,
as in a real customer file, hit nothing.  usage: make-batch.py OUT.csv [N]"""
import csv, random, sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
random.seed(1718)
with open("testdata/eval/names/dev.csv", newline="", encoding="utf-8") as f:
    dev = [r for r in csv.DictReader(f)]
given = ["James", "Maria", "Wei", "Olga", "Ahmed", "Sofia", "Hiroshi", "Fatima", "Lukas", "Chen", "Ana", "Ivan", "Min-jun", "Seo-yeon"]
family = ["Smith", "Garcia", "Wang", "Ivanova", "Hassan", "Rossi", "Tanaka", "Khan", "Muller", "Li", "Silva", "Petrov", "Park", "Choi"]
words = ["Global", "Pacific", "Golden", "Star", "Ocean", "United", "Eastern", "Bright", "Harbour", "Delta", "Summit", "Lotus"]
kinds = ["Trading", "Shipping", "Logistics", "Holdings", "Electronics", "Textiles", "Marine", "Foods"]
forms = ["Ltd", "LLC", "Co., Ltd.", "GmbH", "S.A.", "Corporation", "Pte Ltd"]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "type", "dob", "nationality", "segment"])
    for i in range(n):
        r = random.random()
        if r < 0.3:
            q = dev[i % len(dev)]
            w.writerow([f"r{i}", q["name"], q["type"], q["dob"], q["nationality"], "dev"])
        elif r < 0.7:
            w.writerow([f"r{i}", f"{random.choice(given)} {random.choice(family)}", "person",
                        f"{random.randint(1940, 2005)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}", "", "retail"])
        else:
            w.writerow([f"r{i}", f"{random.choice(words)} {random.choice(words)} {random.choice(kinds)} {random.choice(forms)}",
                        "organization", "", "", "corporate"])
