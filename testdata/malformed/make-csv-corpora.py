#!/usr/bin/env python3
"""Writes the malformed-input corpora for batch screening and customer CSV imports (batch-csv/, customer-csv/).

Each folder gets one file per case and cases.tsv with what the tests expect of it:
  refused=TEXT       the file is refused whole, with a message holding TEXT (and the line where one is named)
  screened=N / kept=N  rows screened (batch) or customers kept (customers)
  bad=LINE:TEXT      the row on LINE is skipped with a reason holding TEXT (each bad row is listed; no others)
  warn=LINE:TEXT     the row on LINE is kept with a warning holding TEXT (each warned row is listed; no others)
Run from this folder: python3 make-csv-corpora.py (the output is committed; rerunning rewrites it unchanged)."""
import os, random

NAMES = ["Ri Won Ho", "Kim Chol Nam", "Ordinary Bakery Ltd", "Peter O'Brien", "Song Man Ok", "Maria Schmidt",
         "Korea Mining Development Trading Corporation", "Jean Dupont", "Ali Hassan", "Chen Wei", "Olga Ivanova", "Tom Baker"]

def rows(n, start=1, sep=","):
    return [sep.join([f"{start + i}", NAMES[i % len(NAMES)], "person", "", ""]) for i in range(n)]

def write(folder, cases):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    with open(os.path.join(folder, "cases.tsv"), "w", encoding="utf-8") as manifest:
        manifest.write("# file\texpectations (see ../make-csv-corpora.py)\n")
        for number, (name, content, expect) in enumerate(cases, 1):
            file = f"{number:02d}-{name}.csv"
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            with open(os.path.join(folder, file), "wb") as out:
                out.write(data)
            manifest.write(file + "\t" + "\t".join(expect) + "\n")

def common(header, extra_fields):
    """Cases shared by both corpora. extra_fields pads a row to the header's width after id,name,type,dob,nationality."""
    h = header + "\n"
    pad = "," * extra_fields
    def lines(n, start=1, sep=","):
        return "".join(r + (pad.replace(",", sep)) + "\n" for r in rows(n, start, sep))
    ok = lambda n: [f"{'screened' if extra_fields == 0 else 'kept'}={n}"]
    huge = "X" * 100_000
    cases = [
        ("unterminated-quote-mid", h + lines(2) + '3,"Kim Jong Un,person,,' + pad + "\n" + lines(10, 4),
         ok(12) + ["bad=4:never closed"]),
        ("unterminated-quote-last-row", h + lines(5) + '6,"Ri Won Ho,person,,' + pad, ok(5) + ["bad=7:never closed"]),
        ("unterminated-quote-in-id", h + '"1,Ri Won Ho,person,,' + pad + "\n" + lines(3, 2), ok(3) + ["bad=2:never closed"]),
        ("stray-quote-inside-field", h + lines(1) + '2,Ri "Won Ho,person,,' + pad + "\n" + lines(1, 3), ok(2) + ["bad=3:never closed"]),
        ("several-unterminated-quotes", h + "".join(f'{i},"Name {i},person,,{pad}\n' if i % 3 == 0 else f"{i},Name {i},person,,{pad}\n" for i in range(1, 13)),
         ok(8) + [f"bad={i + 1}:never closed" for i in (3, 6, 9, 12)]),
        ("quoted-field-with-separator", h + '1,"Kim, Jong Un",person,,' + pad + "\n" + lines(2, 2), ok(3)),
        ("doubled-quotes", h + '1,"Peter ""Pete"" O\'Brien",person,,' + pad + "\n", ok(1)),
        ("quoted-field-across-lines", h + '1,"Ri\nWon Ho",person,,' + pad + "\n" + lines(2, 2), ok(2) + ["bad=2:never closed", "bad=3:never closed"]),
        ("ragged-short-row", h + lines(1) + "2\n" + lines(1, 3), ok(2) + ["bad=3:field(s) where the header has"]),
        ("ragged-long-row", h + lines(1) + "2,Ri Won Ho,person,,,x,y,z" + pad + "\n", ok(2) + ["warn=3:field(s) where the header has"]),
        ("missing-header", lines(3), ["refused=line 1: the header has no"]),
        ("missing-id-column", "name,type\nRi Won Ho,person\n", ["refused=no 'id' column"]),
        ("missing-name-column", "id,type\n1,person\n", ["refused=no 'name' column"]),
        ("empty-file", "", ["refused=the file is empty"]),
        ("blank-lines-only", "\n\n   \n\r\n", ["refused=the file is empty"]),
        ("header-only", h, ok(0)),
        ("utf8-bom", "\ufeff" + h + lines(3), ok(3)),
        ("bom-and-quoted-header", "\ufeff" + ",".join(f'"{c}"' for c in header.split(",")) + "\n" + lines(2), ok(2)),
        ("utf16-with-bom", ("\ufeff" + h + lines(2)).encode("utf-16-le"), ok(2)),
        ("semicolon-separated", header.replace(",", ";") + "\n" + lines(3, 1, ";"), ok(3)),
        ("tab-separated", header.replace(",", "\t") + "\n" + lines(3, 1, "\t"), ok(3)),
        ("mixed-separators", h + lines(1) + "2;Ri Won Ho;person;;" + pad.replace(",", ";") + "\n" + lines(1, 3), ok(2) + ["bad=3:separator ','"]),
        ("invalid-utf8-in-row", h.encode() + lines(1).encode() + b"2,M\xfcller\xff,person,," + pad.encode() + b"\n" + lines(1, 3).encode(),
         ok(2) + ["bad=3:not valid UTF-8"]),
        ("invalid-utf8-in-header", b"id,n\xe4me\xff\n" + lines(2).encode(), ["refused=line 1: the header cannot be read: the row is not valid UTF-8"]),
        ("nul-in-row", h + lines(1) + "2,Ri\0Won Ho,person,," + pad + "\n" + lines(1, 3), ok(2) + ["bad=3:NUL"]),
        ("binary-junk", bytes(random.Random(12).randrange(256) for _ in range(4096)), ["refused=line 1:"]),
        ("huge-field", h + lines(1) + "2," + huge + ",person,," + pad + "\n" + lines(2, 3), ok(3) + ["bad=3:longer than 65,536 characters"]),
        ("long-name", h + lines(1) + "2," + "Ri Won Ho " * 200 + ",person,," + pad + "\n", ok(1) + ["bad=3:characters (at most 1,000)"]),
        ("long-id", h + lines(1) + "I" * 300 + ",Ri Won Ho,person,," + pad + "\n", ok(1) + ["bad=3:at most 200"]),
        ("empty-id", h + lines(1) + ",Ri Won Ho,person,," + pad + "\n" + lines(1, 3), ok(2) + ["bad=3:id"]),
        ("empty-name", h + lines(1) + "2,,person,," + pad + "\n", ok(1) + ["bad=3:name"]),
        ("whitespace-name", h + "1,   ,person,," + pad + "\n" + lines(1, 2), ok(1) + ["bad=2:name"]),
        ("bad-dob-day", h + "1,Ri Won Ho,person,1974-01-32," + pad + "\n" + lines(1, 2), ok(2) + ["warn=2:1974-01-32"]),
        ("bad-dob-text", h + "1,Ri Won Ho,person,someday," + pad + "\n", ok(1) + ["warn=2:someday"]),
        ("bad-type", h + "1,Ri Won Ho,alien,," + pad + "\n", ok(1) + ["warn=2:alien"]),
        ("bad-nationality", h + "1,Ri Won Ho,person,,Atlantis" + pad + "\n", ok(1) + ["warn=2:Atlantis"]),
        ("every-optional-field-bad", h + "1,Ri Won Ho,alien,1974-13-01,Atlantis" + pad + "\n", ok(1) + ["warn=2:alien", "warn=2:1974-13-01", "warn=2:Atlantis"]),
        ("duplicate-ids", h + "1,Ri Won Ho,person,," + pad + "\n1,Kim Chol Nam,person,," + pad + "\n", ok(2)),
        ("crlf-line-ends", (h + lines(3)).replace("\n", "\r\n"), ok(3)),
        ("cr-line-ends", (h + lines(3)).replace("\n", "\r"), ok(3)),
        ("no-final-line-end", h + lines(3).rstrip("\n"), ok(3)),
        ("header-case-and-spaces", " ID , Name " + header[len("id,name"):] + "\n" + lines(2), ok(2)),
        ("header-unterminated-quote", '"id,name' + header[len("id,name"):] + "\n" + lines(2), ["refused=line 1: the header cannot be read"]),
        ("blank-lines-between-rows", h + lines(1) + "\n   \n" + lines(1, 2) + "\n", ok(2)),
        ("formula-names", h + "1,=HYPERLINK(\"http://x\"),person,," + pad + "\n2,@SUM(1),person,," + pad + "\n", ok(2)),
        ("ctrl-characters", h + "1,Ri\x01Won\x1fHo,person,," + pad + "\n", ok(1)),
    ]
    return cases

here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "batch-csv"), common("id,name,type,dob,nationality", 0))
customer = common("id,name,type,dob,nationality,country,imo,bic", 3)
customer += [
    ("bad-imo", "id,name,type,dob,nationality,country,imo,bic\n1,Some Ship,vessel,,,,12,\n", ["kept=1", "warn=2:IMO"]),
    ("bad-bic", "id,name,type,dob,nationality,country,imo,bic\n1,Some Bank,organization,,,,,XX\n", ["kept=1", "warn=2:BIC"]),
    ("bad-country", "id,name,type,dob,nationality,country,imo,bic\n1,Some Person,person,,,Narnia,,\n", ["kept=1", "warn=2:Narnia"]),
]
write(os.path.join(here, "customer-csv"), customer)
