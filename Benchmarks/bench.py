#!/usr/bin/env python3
"""FigScribe speed and memory against one plain Tesseract pass over the same images.

For every image, alternately (so both see the same machine load): a cold
`figscribe describe --format json IMAGE` and a plain `tesseract IMAGE - --psm 11`, both
with OMP_THREAD_LIMIT=1 and under /usr/bin/time -v (peak memory). Repeated --runs times;
medians are reported. FigScribe's stage times come from FIGSCRIBE_TIMINGS=1.
Optionally (--batch) the whole set in one `describe --jobs N` call, and (--callgrind IMAGE)
instruction counts of both programs on one image, which do not depend on machine load.

Needs: tesseract-ocr (the CLI, Debian 12: 5.3.0), GNU time (/usr/bin/time), valgrind for
--callgrind. Not part of `swift test`.
"""
import argparse
import glob
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

STAGES = ["decode", "layout", "ocr", "scale", "values", "describe"]
ENV = dict(os.environ, OMP_THREAD_LIMIT="1", FIGSCRIBE_TIMINGS="1")


def timed(cmd, stdin=None):
    """Runs cmd under GNU time; returns (seconds, peak RSS in MB, stderr, status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + cmd, input=stdin,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, text=True)
        seconds = time.perf_counter() - start
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read())
    return seconds, (int(rss.group(1)) / 1024 if rss else float("nan")), p.stderr, p.returncode


def stage_times(stderr):
    m = re.search(r"timings .*?: (.*) ms", stderr)
    if not m:
        return {}
    return {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())}


def images(paths):
    found = []
    for p in paths:
        found += sorted(glob.glob(os.path.join(p, "*.png"))) if os.path.isdir(p) else sorted(glob.glob(p))
    return found


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def callgrind(cmd):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        with open(out) as f:
            for line in f:
                if line.startswith("totals:") or line.startswith("summary:"):
                    return int(line.split()[1])
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="the figscribe binary")
    ap.add_argument("--runs", type=int, default=3, help="alternating runs per image (medians)")
    ap.add_argument("--batch", type=int, metavar="JOBS", help="also time all images in one describe --jobs JOBS call")
    ap.add_argument("--callgrind", metavar="IMAGE", help="also count instructions of both programs on IMAGE")
    ap.add_argument("paths", nargs="+", help="PNG files, globs or folders")
    args = ap.parse_args()

    files = images(args.paths)
    rows = []
    for f in files:
        fs, ts, stages = [], [], {s: [] for s in STAGES}
        f_rss = t_rss = 0.0
        for _ in range(args.runs):
            sec, rss, err, _ = timed([args.bin, "describe", "--format", "json", f])
            fs.append(sec)
            f_rss = max(f_rss, rss)
            for k, v in stage_times(err).items():
                stages.setdefault(k, []).append(v)
            sec, rss, _, _ = timed(["tesseract", f, "-", "--psm", "11"])
            ts.append(sec)
            t_rss = max(t_rss, rss)
        row = dict(image=os.path.basename(f), fig=median(fs), tess=median(ts), fig_rss=f_rss, tess_rss=t_rss,
                   **{s: median(stages[s]) for s in STAGES})
        row["ratio"] = row["fig"] / row["tess"]
        rows.append(row)
        print(f"{row['image']:32} figscribe {1000 * row['fig']:7.0f} ms  tesseract {1000 * row['tess']:6.0f} ms  "
              f"ratio {row['ratio']:.2f}  rss {row['fig_rss']:.0f}/{row['tess_rss']:.0f} MB", file=sys.stderr)

    print("| image | figscribe ms | tesseract ms | ratio | " + " | ".join(STAGES) + " | peak MB (fig / tess) |")
    print("|---|---:|---:|---:|" + "---:|" * len(STAGES) + "---:|")
    for r in rows:
        print(f"| {r['image']} | {1000 * r['fig']:.0f} | {1000 * r['tess']:.0f} | {r['ratio']:.2f} | "
              + " | ".join(f"{r[s]:.0f}" for s in STAGES) + f" | {r['fig_rss']:.0f} / {r['tess_rss']:.0f} |")
    ratios = [r["ratio"] for r in rows]
    worst = max(rows, key=lambda r: r["ratio"])
    print(f"\nimages {len(rows)} · runs {args.runs} · median ratio {median(ratios):.2f} · "
          f"worst {worst['ratio']:.2f} ({worst['image']}) · peak figscribe {max(r['fig_rss'] for r in rows):.0f} MB · "
          f"peak tesseract {max(r['tess_rss'] for r in rows):.0f} MB")

    if args.batch:
        sec, rss, _, status = timed([args.bin, "describe", "--jobs", str(args.batch), "--format", "json"] + files)
        mean_tess = statistics.mean(r["tess"] for r in rows)
        per = sec / len(files)
        print(f"batch --jobs {args.batch}: {len(files)} images in {sec:.1f} s (status {status}) · "
              f"{1000 * per:.0f} ms per image · mean plain tesseract pass {1000 * mean_tess:.0f} ms · "
              f"ratio {per / mean_tess:.2f} · peak {rss:.0f} MB")

    if args.callgrind:
        fig = callgrind([args.bin, "describe", "--format", "json", args.callgrind])
        tess = callgrind(["tesseract", args.callgrind, "-", "--psm", "11"])
        if fig and tess:
            print(f"callgrind {os.path.basename(args.callgrind)}: figscribe {fig / 1e6:.0f} M instructions · "
                  f"tesseract {tess / 1e6:.0f} M · ratio {fig / tess:.2f}")


if __name__ == "__main__":
    main()
