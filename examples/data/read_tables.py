# Read any table of korea-latam's data package with pandas, with the column types it declares.
import json

import pandas as pd

DATA_DIR = "node_modules/korea-latam/datasets"
DTYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}


def read_table(name):
    with open(f"{DATA_DIR}/datapackage.json", encoding="utf-8") as file:
        resource = next(r for r in json.load(file)["resources"] if r["name"] == name)
    fields = resource["schema"]["fields"]
    return pd.read_csv(
        f"{DATA_DIR}/{resource['path']}",
        encoding="utf-8",
        dtype={f["name"]: DTYPES[f["type"]] for f in fields if f["type"] != "date"},
        parse_dates=[f["name"] for f in fields if f["type"] == "date"],
        keep_default_na=False,  # only an empty cell is missing, so Namibia's "NA" stays text
        na_values=[""],
    )


trade = read_table("trade-flows")
mexico = trade.query("reporter == 'KOR' and partner == 'MEX' and flow == 'export' and preferred and year == 2008")
print(f"Korea's exports to Mexico in 2008: {mexico.value_usd.iloc[0]:.0f} US$ ({mexico.source.iloc[0]})")

countries = read_table("countries").set_index("code")
print("Namibia:", countries.loc["NAM", "alpha2"], "| Argentina:", countries.loc["ARG", "numeric"])
