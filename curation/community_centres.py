"""The integrated community centres of projects PN3002 and PN4056, named in Cap. IV of the 2022
action plan (000_…txt), transcribed by eye.

Activity 2.3.1 (line 1676, project PN3002): `4 Centre Comunitare Integrate înființate – Bacău,
Moinești, Colonești, Corbasca`; activity 2.3.2 (lines 1691–1696, project PN4056): `9 centre
comunitare funcționale – Berești Bistrița, Faraoani, Podu Turcului, Ștefan Cel Mare, M.Cașin,
Palanca, Plopana, Filipeni, Valea Seacă`. The document gives the place (a UAT name), no address
and no capacity: `location_confidence` is `stated` for the UAT only, and no places are invented.
`M.Cașin` is read as Mănăstirea Cașin (the commune Cașin is a different UAT) and noted.
Notes are Romanian (a user reads them).

Run `python -m curation.community_centres`.
"""

from __future__ import annotations

from curation.common import CURATED, PLAN_2022_DOC, write_csv

COLUMNS = [
    "centre_id", "name_as_printed", "uat_siruta", "project_code", "status", "indicator_id",
    "location_confidence", "source_doc", "source_line", "notes",
]  # fmt: skip
PN3002 = ("PN3002", "înființat", "p22-2.3.1-i2", 1676)  # 1676-1678
PN4056 = ("PN4056", "funcțional", "p22-2.3.2-i1", 1691)  # 1691-1696
# (name as printed, SIRUTA from data/geo/bacau_uat.csv, project, line of the name, note)
CENTRES = [
    ("Bacău", 20297, PN3002, 1677, ""),
    ("Moinești", 20876, PN3002, 1678, ""),
    ("Colonești", 21891, PN3002, 1678, ""),
    ("Corbasca", 21971, PN3002, 1678, ""),
    ("Berești Bistrița", 21249, PN4056, 1692, "tipărit fără cratima din Berești-Bistrița"),
    ("Faraoani", 22460, PN4056, 1693, ""),
    ("Podu Turcului", 24524, PN4056, 1693, ""),
    ("Ștefan Cel Mare", 20670, PN4056, 1694, ""),
    ("M.Cașin", 23449, PN4056, 1694,
     "abrevierea citită ca Mănăstirea Cașin; comuna Cașin (21720) este alt UAT"),
    ("Palanca", 23975, PN4056, 1695, ""),
    ("Plopana", 24427, PN4056, 1695, ""),
    ("Filipeni", 22488, PN4056, 1695, ""),
    ("Valea Seacă", 26083, PN4056, 1696, ""),
]  # fmt: skip


def rows() -> list[dict[str, object]]:
    """One row per centre, in the order printed."""
    out = []
    for k, (name, siruta, (project, status, indicator, _first), line, note) in enumerate(
        CENTRES, start=1
    ):
        out.append(
            {
                "centre_id": f"cc{k:02d}",
                "name_as_printed": name,
                "uat_siruta": siruta,
                "project_code": project,
                "status": status,
                "indicator_id": indicator,
                "location_confidence": "stated",
                "source_doc": PLAN_2022_DOC,
                "source_line": line,
                "notes": note,
            }
        )
    return out


def main() -> None:
    """Write data/curated/community_centres.csv."""
    print(write_csv(CURATED / "community_centres.csv", COLUMNS, rows()), "centres")


if __name__ == "__main__":
    main()
