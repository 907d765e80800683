"""The load benchmark's arithmetic and its report: ratios taken within one run, the targets
they are held to, and the Markdown table printed and written under bench/results/.

A row is one measurement: {"page", "size", "cache", "requests_per_s", "p50_ms", "p95_ms",
"p99_ms", "queries", "unexpected", ...}; size is "small" or "large", cache True or False.
"""

FLOOR = "floor"
# The floor is measured first and last with each server: a run whose machine changed speed in
# between (other work on shared cores) shows it, and page/floor ratios use the mean of both.
FLOOR_AT_START = "floor, first"
SIZES = ("small", "large")
# The targets the issue sets, as ratios of requests/s (and one latency).
UNCACHED_VS_FLOOR = 0.04
CACHED_VS_FLOOR = 0.5
LARGE_VS_SMALL = 0.8
SEARCH_P95_MS = 100
SCALING_PAGES = (
    "news index",
    "news index, deep page",
    "directory, two facets",
    "search, common word",
    "search, rare word",
)


def cache_label(cache):
    return "cached" if cache else "uncached"


def ratio(numerator, denominator):
    """None unless both were measured (and the denominator is not zero)."""
    return None if numerator is None or not denominator else numerator / denominator


def index_rows(rows):
    return {(row["page"], row["size"], row["cache"]): row for row in rows}


def pages_of(rows):
    return list(dict.fromkeys(row["page"] for row in rows))


def compute_ratios(rows):
    """Requests/s ratios: large/small per page and cache mode, page/floor per size and cache
    mode, cached/uncached per page and size, and the floor's last/first measurement per size
    and cache mode. None where a measurement is missing."""
    by_key = index_rows(rows)

    def rps(page, size, cache):
        row = by_key.get((page, size, cache))
        return row["requests_per_s"] if row else None

    def floor(size, cache):
        measured = [rps(page, size, cache) for page in (FLOOR_AT_START, FLOOR)]
        measured = [value for value in measured if value is not None]
        return sum(measured) / len(measured) if measured else None

    pages = [page for page in pages_of(rows) if page != FLOOR_AT_START]
    return {
        "large_vs_small": {
            page: {
                cache_label(cache): ratio(rps(page, "large", cache), rps(page, "small", cache))
                for cache in (False, True)
            }
            for page in pages
        },
        "vs_floor": {
            page: {
                f"{size} {cache_label(cache)}": ratio(rps(page, size, cache), floor(size, cache))
                for size in SIZES
                for cache in (False, True)
            }
            for page in pages
            if page != FLOOR
        },
        "cached_vs_uncached": {
            page: {size: ratio(rps(page, size, True), rps(page, size, False)) for size in SIZES}
            for page in pages
        },
        "floor_drift": {
            f"{size} {cache_label(cache)}": ratio(
                rps(FLOOR, size, cache), rps(FLOOR_AT_START, size, cache)
            )
            for size in SIZES
            for cache in (False, True)
        },
    }


def check_targets(rows, ratios):
    """Each target of the issue against what this run measured: a list of
    {"target", "page", "where", "value", "met"}, leaving out what was not measured."""
    checks = []

    def check(target, page, where, value, met):
        if value is not None:
            checks.append(
                {"target": target, "page": page, "where": where, "value": value, "met": met(value)}
            )

    for page, values in ratios["vs_floor"].items():
        for size in SIZES:
            check(
                f"uncached ≥ {UNCACHED_VS_FLOOR}× floor",
                page,
                size,
                values[f"{size} uncached"],
                lambda value: value >= UNCACHED_VS_FLOOR,
            )
            check(
                f"cached ≥ {CACHED_VS_FLOOR}× floor",
                page,
                size,
                values[f"{size} cached"],
                lambda value: value >= CACHED_VS_FLOOR,
            )
    for page in SCALING_PAGES:
        check(
            f"large ≥ {LARGE_VS_SMALL}× small",
            page,
            "uncached",
            ratios["large_vs_small"].get(page, {}).get("uncached"),
            lambda value: value >= LARGE_VS_SMALL,
        )
    for row in rows:
        searched = row["page"].startswith("search") and row["p95_ms"] is not None
        if searched and row["size"] == "large" and not row["cache"]:
            check(
                f"p95 < {SEARCH_P95_MS} ms",
                row["page"],
                "large uncached",
                row["p95_ms"],
                lambda value: value < SEARCH_P95_MS,
            )
    return checks


def number(value, digits=2):
    return "–" if value is None else f"{value:.{digits}f}"


def table(header, lines):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(str(cell) for cell in line) + " |" for line in lines]
    return "\n".join(out)


def measurements_table(rows):
    lines = [
        [
            row["page"],
            row["size"],
            cache_label(row["cache"]),
            number(row["requests_per_s"], 1),
            number(row["p50_ms"], 1),
            number(row["p95_ms"], 1),
            number(row["p99_ms"], 1),
            row.get("queries", "–"),
            row["unexpected"] or "",
        ]
        for row in rows
    ]
    header = ["page", "size", "cache", "req/s", "p50 ms", "p95 ms", "p99 ms", "SQL", "errors"]
    return table(header, lines)


def progress_line(row):
    """One measurement as it is taken, on one line."""
    line = (
        f"  {row['size']:<6}{cache_label(row['cache']):<9}{row['page']:<24}"
        f"{row['requests_per_s']:>8.1f} req/s  p50 {number(row['p50_ms'], 1):>7} ms  "
        f"p99 {number(row['p99_ms'], 1):>7} ms  {row['queries']:>3} queries"
    )
    return line + (
        f"  {row['unexpected']} unexpected responses or errors" if row["unexpected"] else ""
    )


def ratio_tables(ratios):
    scale = table(
        ["page", "uncached", "cached"],
        [
            [page, number(values["uncached"]), number(values["cached"])]
            for page, values in ratios["large_vs_small"].items()
        ],
    )
    columns = [f"{size} {cache_label(cache)}" for size in SIZES for cache in (False, True)]
    floor = table(
        ["page", *columns],
        [
            [page, *(number(values[column], 3) for column in columns)]
            for page, values in ratios["vs_floor"].items()
        ],
    )
    cached = table(
        ["page", *SIZES],
        [
            [page, *(number(values[size]) for size in SIZES)]
            for page, values in ratios["cached_vs_uncached"].items()
        ],
    )
    drift = table(
        list(ratios["floor_drift"]),
        [[number(value) for value in ratios["floor_drift"].values()]],
    )
    return "\n\n".join(
        [
            "### Floor, last ÷ first (1.00: the machine kept its speed while a server was "
            "measured; far from 1.00, other work on the machine skews the ratios below)",
            drift,
            "### Large ÷ small (requests/s; 1.00: the page does not slow down with content)",
            scale,
            "### Page ÷ floor (requests/s; the floor: the mean of its first and last runs)",
            floor,
            "### Cached ÷ uncached (requests/s)",
            cached,
        ]
    )


def targets_table(checks):
    lines = [
        [c["target"], c["page"], c["where"], number(c["value"], 3), "yes" if c["met"] else "NO"]
        for c in checks
    ]
    missed = sum(1 for c in checks if not c["met"])
    summary = f"{len(checks) - missed} of {len(checks)} targets met."
    return summary + "\n\n" + table(["target", "page", "where", "measured", "met"], lines)


def site_line(name, site):
    facts = site["facts"]
    counts = ", ".join(f"{value} {what}" for what, value in facts.items() if isinstance(value, int))
    words = ", ".join(
        f"“{word}” ({hits} {'hit' if hits == 1 else 'hits'})"
        for word, hits in facts["search hits"].items()
    )
    return (
        f"- **{name}**: {counts}; built by `{site['builder']}` in {site['build_s']:.0f} s; "
        f"searched for {words}"
    )


def addresses_table(sites):
    """Each page's address on each site (the deep page's number and the search words differ)."""
    names = list(sites)
    pages = list(sites[names[0]]["urls"]) if names else []
    lines = [
        [page, *(f"`{sites[name]['urls'].get(page, '–')}`" for name in names)] for page in pages
    ]
    return table(["page", *names], lines)


def render_markdown(run):
    """The whole report: how it was measured, on what, the measurements, ratios and targets."""
    machine = run["machine"]
    setup = run["setup"]
    sites = "\n".join(site_line(name, site) for name, site in run["sites"].items())
    return f"""# Kartu load benchmark, {run["started"]}

Measured with `make bench` in {run["elapsed_s"] / 60:.1f} min. {setup["note"]}

{run.get("note") or ""}

Machine: {machine["cpu"]}, {machine["cores"]} cores, {machine["ram_gb"]:.0f} GB RAM, \
{machine["os"]}; Python {machine["python"]}, Django {machine["django"]}, Wagtail \
{machine["wagtail"]}, gunicorn {machine["gunicorn"]}, {machine["wrk"]}, {machine["database"]}; \
load average {machine["load_before"]} before, {machine["load_after"]} after; commit \
{machine["commit"]}.

Sites (counts over every language; the pages measured are the default language's):
{sites}

## Addresses

{addresses_table(run["sites"])}

## Measurements

{measurements_table(run["rows"])}

## Ratios

{ratio_tables(run["ratios"])}

## Targets

{targets_table(run["targets"])}
"""
