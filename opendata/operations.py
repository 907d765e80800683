"""The list of operations of Reg. (EU) 2021/1060 (CPR) Art. 49(3), one row per project.

The managing authority publishes it; a beneficiary's own list in the same columns saves
everyone retyping. Points (b) (a natural person as beneficiary) and (c) (EMFAF fishing
vessels) do not arise for the projects Kartu holds, and Kartu records no intervention type
(point (n), Art. 73(2)(g)): those columns are left out rather than left empty.
"""

# (the point of Art. 49(3), the column's heading), in the Regulation's order.
COLUMNS = [
    ("a", "Beneficiary's name"),
    ("a", "Other beneficiaries"),
    ("d", "Name of the operation"),
    ("d", "Project number"),
    ("e", "Purpose of the operation and its achievements, expected or achieved"),
    ("f", "Start date"),
    ("g", "Expected or actual date of completion"),
    ("h", "Total cost (EUR)"),
    ("i", "Fund concerned"),
    ("j", "Specific objective concerned"),
    ("k", "Union co-financing rate (%)"),
    ("l", "Country concerned"),
    ("m", "Location of the beneficiary"),
    ("", "Programme"),
    ("", "Website"),
    ("", "Language"),
]
HEADER = [f"({point}) {title}" if point else title for point, title in COLUMNS]


def operation_row(project):
    partners = project["partners"]
    leads = [p for p in partners if p["partner_type"] == "lead"] or partners[:1]
    others = [p for p in partners if p not in leads]
    purpose = "\n\n".join(
        text
        for text in (
            project["project_description"],
            project["expected_achievements"],
            project["actual_achievements"],
        )
        if text
    )
    countries = sorted({p["country"] for p in partners if p["country"]})
    return [
        "; ".join(p["organisation_name"] for p in leads),
        "; ".join(p["organisation_name"] for p in others),
        project["project_name"],
        project["project_id"],
        purpose,
        project["project_start_date"],
        project["project_end_date"],
        project["total_budget"],
        project["contributing_eu_funds"],
        project["priority_specific_objective"],
        project["eu_funding_cofinancing_rate"],
        countries,
        "; ".join(", ".join(filter(None, (p["town"], p["country"]))) for p in leads),
        project["programme_name"],
        project["website"],
        project["language"],
    ]


def operations_sheets(projects, licence_note):
    return [
        ("List of operations", HEADER, [operation_row(project) for project in projects]),
        ("About", ["Note"], [[line] for line in licence_note]),
    ]
