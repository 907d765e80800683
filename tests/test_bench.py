"""The load benchmark's own parts (bench/): reading wrk's output, the ratios and targets of
the report, the floor's URL conf and finding the addresses to measure in a site. The
benchmark itself (`make bench`) runs servers for minutes and is never part of the suite."""

import pytest
from django.test import override_settings
from django.urls import Resolver404, resolve

from bench.probe import discover
from bench.report import check_targets, compute_ratios, render_markdown
from bench.wrk import WrkError, parse_summary
from tests import factories

# What wrk 4.1.0 (Debian) printed for a home page with bench/summary.lua, 2 threads, 8
# connections, 3 seconds.
WRK_OUTPUT = """\
Running 3s test @ http://127.0.0.1:37353/lt/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   484.89ms   93.58ms 555.16ms   89.13%
    Req/Sec    10.82      6.85    20.00     57.14%
  Latency Distribution
     50%  507.89ms
     75%  532.78ms
     90%  550.68ms
     99%  555.16ms
  46 requests in 3.02s, 1.09MB read
Requests/sec:     15.23
Transfer/sec:    369.86KB
BENCH-SUMMARY {"requests": 46, "duration_us": 3021129, "bytes": 1144204, "errors": \
{"connect": 0, "read": 0, "write": 0, "status": 0, "timeout": 0}, "latency_us": \
{"p50": 507894, "p95": 552021, "p99": 555158, "max": 555158, "mean": 484886.0}}
"""

# The same for a 404 page, a second long, with two requests timed out.
WRK_OUTPUT_404 = """\
Running 1s test @ http://127.0.0.1:37353/lt/bench-no-such-page/
  66 requests in 1.00s, 1.50MB read
  Socket errors: connect 0, read 0, write 0, timeout 2
  Non-2xx or 3xx responses: 66
Requests/sec:     66.00
BENCH-SUMMARY {"requests": 66, "duration_us": 1000000, "bytes": 1500000, "errors": \
{"connect": 0, "read": 0, "write": 0, "status": 66, "timeout": 2}, "latency_us": \
{"p50": 240953, "p95": 274001, "p99": 282639, "max": 282639, "mean": 200000.0}}
"""


def test_wrk_summary_gives_requests_per_second_and_latency_percentiles_in_ms():
    measured = parse_summary(WRK_OUTPUT)

    assert measured["requests"] == 46
    assert measured["requests_per_s"] == pytest.approx(46 / 3.021129)
    assert (measured["p50_ms"], measured["p95_ms"], measured["p99_ms"]) == (
        pytest.approx(507.894),
        pytest.approx(552.021),
        pytest.approx(555.158),
    )


def test_wrk_summary_counts_error_statuses_apart_from_socket_errors():
    measured = parse_summary(WRK_OUTPUT_404)

    assert (measured["status_errors"], measured["socket_errors"]) == (66, 2)


def test_wrk_run_without_a_finished_request_has_no_latency():
    output = WRK_OUTPUT.replace('"requests": 46', '"requests": 0')

    measured = parse_summary(output)

    assert (measured["requests_per_s"], measured["p50_ms"], measured["p99_ms"]) == (0, None, None)


def test_wrk_output_without_the_summary_line_is_an_error():
    with pytest.raises(WrkError, match="no summary line"):
        parse_summary("unable to connect to 127.0.0.1:8000 Connection refused\n")


def row(page, size, cache, requests_per_s, p95_ms=10.0):
    return {
        "page": page,
        "size": size,
        "cache": cache,
        "requests_per_s": requests_per_s,
        "p50_ms": 5.0,
        "p95_ms": p95_ms,
        "p99_ms": 20.0,
        "queries": 10,
        "unexpected": 0,
    }


# The news index: 40 req/s small, 30 large uncached; 400 and 390 cached; the floor 1000.
ROWS = [
    row("news index", "small", False, 40.0),
    row("news index", "large", False, 30.0),
    row("news index", "small", True, 400.0),
    row("news index", "large", True, 390.0),
    row("floor", "small", False, 1000.0),
    row("floor", "large", False, 1000.0),
    row("floor", "small", True, 1000.0),
    row("floor", "large", True, 1000.0),
]


def test_ratios_are_large_over_small_page_over_floor_and_cached_over_uncached():
    ratios = compute_ratios(ROWS)

    assert ratios["large_vs_small"]["news index"] == {
        "uncached": pytest.approx(0.75),
        "cached": pytest.approx(0.975),
    }
    assert ratios["vs_floor"]["news index"] == {
        "small uncached": pytest.approx(0.04),
        "small cached": pytest.approx(0.4),
        "large uncached": pytest.approx(0.03),
        "large cached": pytest.approx(0.39),
    }
    assert ratios["cached_vs_uncached"]["news index"] == {
        "small": pytest.approx(10.0),
        "large": pytest.approx(13.0),
    }


def test_floor_measured_first_and_last_gives_its_drift_and_the_mean_to_compare_with():
    rows = [*ROWS, row("floor, first", "small", False, 600.0)]  # last: 1000 req/s

    ratios = compute_ratios(rows)

    assert ratios["floor_drift"]["small uncached"] == pytest.approx(1000 / 600)
    assert ratios["vs_floor"]["news index"]["small uncached"] == pytest.approx(40 / 800)
    assert "floor, first" not in ratios["large_vs_small"]


def test_ratio_with_a_side_not_measured_is_missing_not_zero():
    rows = [r for r in ROWS if not (r["page"] == "floor" and r["cache"])]
    rows.append(row("search, rare word", "large", False, 50.0))

    ratios = compute_ratios(rows)

    assert ratios["vs_floor"]["news index"]["small cached"] is None
    assert ratios["large_vs_small"]["search, rare word"]["uncached"] is None


def test_targets_name_each_page_that_misses_them():
    rows = [*ROWS, row("search, rare word", "large", False, 50.0, p95_ms=120.0)]

    missed = {
        (check["target"], check["page"], check["where"])
        for check in check_targets(rows, compute_ratios(rows))
        if not check["met"]
    }

    assert missed == {
        ("uncached ≥ 0.04× floor", "news index", "large"),
        ("cached ≥ 0.5× floor", "news index", "small"),
        ("cached ≥ 0.5× floor", "news index", "large"),
        ("large ≥ 0.8× small", "news index", "uncached"),
        ("p95 < 100 ms", "search, rare word", "large uncached"),
    }


def test_report_shows_each_measurement_and_the_targets_met():
    ratios = compute_ratios(ROWS)
    site = {
        "builder": "generate_content",
        "build_s": 12.0,
        "facts": {"news posts": 10, "search hits": {"linen": 3}},
        "urls": {"news index": "/lt/news/", "floor": "/floor/"},
    }
    run = {
        "started": "2026-11-30 12:00 UTC",
        "elapsed_s": 600.0,
        "setup": {"note": "wrk -t2 -c8."},
        "machine": dict.fromkeys(
            ["cpu", "cores", "os", "python", "django", "wagtail", "gunicorn", "wrk"], "x"
        )
        | {"database": "SQLite 3.40.1", "ram_gb": 24.0, "load_before": "0", "load_after": "1"}
        | {"commit": "abc1234"},
        "sites": {"small": site, "large": site},
        "rows": ROWS,
        "ratios": ratios,
        "targets": check_targets(ROWS, ratios),
    }

    markdown = render_markdown(run)

    assert "| news index | large | uncached | 30.0 | 5.0 | 10.0 | 20.0 | 10 |  |" in markdown
    assert "| news index | `/lt/news/` | `/lt/news/` |" in markdown
    assert "| news index | 0.75 | 0.97 |" in markdown  # 0.975 rounds half to even
    assert "1 of 5 targets met." in markdown


def test_floor_is_served_through_the_middleware_stack_by_the_bench_urls(client):
    with override_settings(ROOT_URLCONF="bench.urls"):
        response = client.get("/floor/")

    assert (response.status_code, response.content) == (200, b"floor")
    assert response.has_header("X-Frame-Options")  # set by a middleware on the way out


def test_production_urls_have_no_floor():
    with pytest.raises(Resolver404):
        resolve("/floor/", urlconf="kartu.urls")


@pytest.mark.django_db
def test_probe_finds_every_page_to_measure_in_the_default_language(site_tree, client):
    sector = factories.CraftSectorFactory(slug="linen")
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    factories.ClusterMemberPageFactory(parent=cluster, craft_sectors=[sector], country="LV")
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, slug="weaving", acronym="WEAVELINK"
    )
    for title in ["Linen fair", "Linen weaving course", "Pottery market"]:
        post = factories.NewsPageFactory(parent=site_tree.news_index, title=title)
        factories.NewsPageProjectFactory(page=post, project=project)

    urls, facts = discover()

    assert urls["directory, two facets"] == "/lt/clusters/?sector=linen&country=LV"
    assert urls["project page"] == "/lt/projects/weaving/"
    assert urls["search, common word"] == "/lt/search/?q=linen"
    assert urls["search, rare word"] == "/lt/search/?q=WEAVELINK"
    assert facts["search hits"] == {"linen": 3, "WEAVELINK": 1}  # linen: the member too
    with override_settings(ROOT_URLCONF="bench.urls"):
        statuses = {page: client.get(url).status_code for page, url in urls.items()}
    assert statuses == {page: 404 if page == "404" else 200 for page in urls}
