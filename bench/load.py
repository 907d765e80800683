"""The load benchmark, `make bench`: a small and a large site served by gunicorn, measured by
wrk, uncached and cached, with the ratios taken in the same run.

For each size: a fresh database (SQLite, or PostgreSQL when DATABASE_URL names a server) is
migrated and filled by `manage.py generate_content`; bench.probe finds the addresses to measure
and counts their SQL queries; then for the page cache off and on (KARTU_PAGE_CACHE=0/1),
gunicorn (two workers, production settings) serves the site on 127.0.0.1 while wrk measures
each address after a short warm-up. The report is printed and written to
bench/results/<time>.md and .json.

    .venv/bin/python -m bench.load [--quick] [--keep] [--reuse] [--reference]

Knobs from the environment: BENCH_SECONDS (per address, default 4), BENCH_NEWS,
BENCH_MEMBERS, BENCH_PROJECTS (the large site), BENCH_CONNECTIONS (default 8), BENCH_LOCALES
(passed to generate_content as --locales), BENCH_COMMON_WORD and BENCH_RARE_WORD (search),
BENCH_NOTE (a sentence for the report: what was special about this run).
"""

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime

from bench import machine, report
from bench.server import Gunicorn, status_of, warm
from bench.sites import (
    BUILDERS,
    RESULTS,
    WORK,
    BenchError,
    Database,
    SiteSpec,
    build,
    check_builder,
    collect_static,
    probe,
    site_env,
)
from bench.wrk import WrkError, run_wrk, version, wrk_path

BUDGET_MINUTES = 15
NOT_FOUND_PAGE = "404"


def env_int(name, default):
    return int(os.environ.get(name) or default)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 200 news, 1 s per address"
    )
    parser.add_argument("--keep", action="store_true", help="keep the built sites afterwards")
    parser.add_argument(
        "--reuse", action="store_true", help="measure sites kept by --keep again (and keep them)"
    )
    parser.add_argument("--builder", choices=BUILDERS, default="generate_content")
    parser.add_argument("--seed", default="1", help="generate_content's --seed")
    parser.add_argument(
        "--reference", action="store_true", help="also write bench/results/reference.*"
    )
    args = parser.parse_args(argv)
    args.seconds = env_int("BENCH_SECONDS", 1 if args.quick else 4)
    args.connections = env_int("BENCH_CONNECTIONS", 8)
    large = (200, 50, 10) if args.quick else (10_000, 1_000, 200)
    args.specs = [
        SiteSpec("small", 10, 10, 2 if args.quick else 10),
        SiteSpec(
            "large",
            env_int("BENCH_NEWS", large[0]),
            env_int("BENCH_MEMBERS", large[1]),
            env_int("BENCH_PROJECTS", large[2]),
        ),
    ]
    return args


def postgres_url():
    """DATABASE_URL when it names a PostgreSQL server (each size gets a database of its own
    there), "" for SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else ""


def measure_site(database, cache, args, run_id, log_dir):
    """Probe the site, then serve it and measure every address; the rows and the probe."""
    prefix = f"kartu-bench-{run_id}-{database.spec.name}"
    found = probe(database, cache, prefix)
    env = site_env(database, page_cache=cache, cache_prefix=prefix)
    log_path = log_dir / f"gunicorn-{database.spec.name}-{report.cache_label(cache)}.log"
    rows = []
    urls = found["urls"]
    with Gunicorn(env, log_path) as server:
        for page, path in [(report.FLOOR_AT_START, urls[report.FLOOR]), *urls.items()]:
            expected = 404 if page == NOT_FOUND_PAGE else 200
            status = status_of(server.port, path)
            if status != expected:
                raise BenchError(
                    f"{path} answered {status}, not {expected} ({database.spec.name} site, "
                    f"{report.cache_label(cache)}):\n{server.log_tail()}"
                )
            warm(server.port, path)
            row = run_wrk(server.base_url + path, args.seconds, connections=args.connections)
            bad = row["socket_errors"] + (
                row["status_errors"] if expected == 200 else row["requests"] - row["status_errors"]
            )
            row.update(
                page=page,
                size=database.spec.name,
                cache=cache,
                path=path,
                queries=found["pages"].get(page, found["pages"][report.FLOOR])["queries"],
                unexpected=bad,
            )
            rows.append(row)
            print(report.progress_line(row), flush=True)
    return rows, found


def run(args):
    started = datetime.now(UTC)
    clock = time.monotonic()
    run_id = started.strftime("%Y%m%d-%H%M%S")
    log_dir = WORK / "logs" / run_id
    log_dir.mkdir(parents=True, exist_ok=True)
    base_url = postgres_url()
    databases = [Database(spec, base_url) for spec in args.specs]
    setup = (
        f"gunicorn with 2 sync workers and production settings on 127.0.0.1; wrk -t2 "
        f"-c{args.connections} for {args.seconds} s per address after a warm-up. "
        f"wrk and the server share the machine's {os.cpu_count()} cores, so requests/s are a "
        f"floor, and latencies include waiting for a free worker. Cached: KARTU_PAGE_CACHE=1."
    )
    print(setup, flush=True)
    description = machine.describe(version(), databases[0].engine)
    rows, sites = [], {}
    try:
        for database in databases:
            spec = database.spec
            begun = time.monotonic()
            if args.reuse and database.is_built():
                print(f"{spec.name}: reusing {database.url}", flush=True)
            else:
                print(f"{spec.name}: building {spec} with {args.builder} ...", flush=True)
                build(
                    database, args.builder, args.seed, os.environ.get("BENCH_LOCALES", ""), log_dir
                )
            build_s = time.monotonic() - begun
            print(f"{spec.name}: ready in {build_s:.0f} s", flush=True)
            if database is databases[0]:
                collect_static(database)
                description["database"] = database.server_version()
            for cache in (False, True):
                measured, found = measure_site(database, cache, args, run_id, log_dir)
                rows += measured
            sites[spec.name] = {"builder": args.builder, "build_s": build_s, **found}
    finally:
        if not (args.keep or args.reuse):
            for database in databases:
                database.drop()
    description["load_after"] = machine.load_average()
    ratios = report.compute_ratios(rows)
    return {
        "started": started.strftime("%Y-%m-%d %H:%M UTC"),
        "note": os.environ.get("BENCH_NOTE", ""),
        "run_id": run_id,
        "elapsed_s": time.monotonic() - clock,
        "setup": {"note": setup, "seconds": args.seconds, "connections": args.connections},
        "machine": description,
        "sites": sites,
        "rows": rows,
        "ratios": ratios,
        "targets": report.check_targets(rows, ratios),
    }


def write(result, names):
    RESULTS.mkdir(parents=True, exist_ok=True)
    markdown = report.render_markdown(result)
    for name in names:
        (RESULTS / f"{name}.md").write_text(markdown, encoding="utf-8")
        (RESULTS / f"{name}.json").write_text(
            json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return markdown


def main(argv=None):
    args = parse_args(argv)
    try:
        wrk_path()
        check_builder(args.builder)
        result = run(args)
    except (BenchError, WrkError) as error:
        print(f"make bench: {error}", file=sys.stderr)
        return 1
    names = [result["run_id"]] + (["reference"] if args.reference else [])
    print("\n" + write(result, names))
    print(f"Written: bench/results/{result['run_id']}.md and .json")
    minutes = result["elapsed_s"] / 60
    if minutes > BUDGET_MINUTES:
        print(f"!! The run took {minutes:.1f} min, over the {BUDGET_MINUTES} min budget.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
