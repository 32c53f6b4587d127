"""Reads every CSV table of the data package with pandas, with the types datapackage.json
declares, and checks keys, references and a few known values. Exit status 1 on the first problem.
Usage: python3 check_pandas.py <datasets folder>"""
import json
import sys

import pandas as pd

folder = sys.argv[1]


def fail(message):
    print(f"FAIL (pandas): {message}", file=sys.stderr)
    sys.exit(1)


with open(f"{folder}/datapackage.json", encoding="utf-8") as f:
    package = json.load(f)

DTYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}
tables = {}
rows = 0
for resource in package["resources"]:
    if resource["format"] != "csv":
        continue
    fields = resource["schema"]["fields"]
    name = resource["name"]
    try:
        frame = pd.read_csv(
            f"{folder}/{resource['path']}",
            encoding="utf-8",
            dtype={f["name"]: DTYPES[f["type"]] for f in fields if f["type"] != "date"},
            parse_dates=[f["name"] for f in fields if f["type"] == "date"],
            keep_default_na=False,  # only an empty cell is missing: Namibia's "NA" stays text
            na_values=[""],
        )
    except (ValueError, TypeError) as error:
        fail(f"{name}: a cell does not read as its declared type: {error}")
    if list(frame.columns) != [f["name"] for f in fields]:
        fail(f"{name}: columns differ from the declared fields")
    for field in fields:
        column = frame[field["name"]]
        if field["type"] == "date" and not str(column.dtype).startswith("datetime64"):
            fail(f"{name}.{field['name']} did not read as dates")
        constraints = field.get("constraints", {})
        if constraints.get("required") and column.isna().any():
            fail(f"{name}.{field['name']} is required but has empty cells")
        if "enum" in constraints:
            bad = set(column.dropna()) - set(constraints["enum"])
            if bad:
                fail(f"{name}.{field['name']}: value not allowed: {sorted(bad)[0]}")
    key = resource["schema"]["primaryKey"]
    if frame.duplicated(subset=key).any():
        fail(f"{name}: primary key {'+'.join(key)} repeats")
    tables[name] = frame
    rows += len(frame)

for resource in package["resources"]:
    for fk in resource.get("schema", {}).get("foreignKeys", []) if resource["format"] == "csv" else []:
        source = tables[resource["name"]][fk["fields"]].dropna()
        target = tables[fk["reference"]["resource"]][fk["reference"]["fields"]]
        known = set(map(tuple, target.astype(str).values.tolist()))
        missing = [row for row in map(tuple, source.astype(str).values.tolist()) if row not in known]
        if missing:
            fail(f"{resource['name']} {'+'.join(fk['fields'])} -> {fk['reference']['resource']}: {missing[0]} does not resolve")

trade = tables["trade-flows"]
korea_mexico_2008 = trade.query(
    "reporter == 'KOR' and partner == 'MEX' and year == 2008 and flow == 'export' and source == 'kosis-kcs-trade'"
)["value_usd"].tolist()
if korea_mexico_2008 != [9089949000.0]:
    fail(f"Korea's 2008 exports to Mexico (KOSIS) read as {korea_mexico_2008}")
if str(trade["year"].dtype) != "Int64" or str(trade["preferred"].dtype) != "boolean":
    fail("trade-flows year or preferred lost its type")
countries = tables["countries"].set_index("code")
if countries.loc["ARG", "numeric"] != "032":
    fail("Argentina's numeric code lost its leading zero")
if countries.loc["NAM", "alpha2"] != "NA":
    fail("Namibia's alpha-2 code NA read as missing")
agreements = tables["agreements"].set_index("id")
if agreements.loc["kor-chl-fta", "status_as_of"] != pd.Timestamp("2025-12-15"):
    fail("status_as_of is not the date 2025-12-15")
print(f"pandas {pd.__version__} (Python {sys.version.split()[0]}): {len(tables)} tables, {rows} rows read with declared types; keys, references and values check")
