#!/usr/bin/env python3
"""render_native.py - the multi-system heatmap corpus drawn by R, gnuplot and Octave.

For every figure below it writes GoldenImages/systems/<system>/NAME.png and
NAME.truth.json (shared/docs/figure-json.md plus the keys family, case, notes,
render).  Systems: ggplot2, baser, lattice, pheatmap (R), gnuplot, octave.

The truth comes from what the renderer is told to draw: the data matrix (or its
band midpoints for stepped scales, or the printed numbers for annotated cells),
the explicit tick/label lists, the colour-scale ends.  Only grid.box is measured
from pixels, on a probe render of the same script with the tile area painted
magenta on top.  Every figure is then self-checked: the median colour at each
cell centre must match the colour the renderer reports (R, Octave) or the
palette formula (gnuplot) for that cell, within 14/255.

    python3 GoldenImages/systems/render_native.py                 # all
    python3 GoldenImages/systems/render_native.py --only 'gnuplot/*'
    python3 GoldenImages/systems/render_native.py --list
    python3 GoldenImages/systems/render_native.py --any-version   # skip the pin check
"""
import argparse
import fnmatch
import json
import math
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import heatlib as H  # noqa: E402  (read-only: probe_box, check_cells, save_png, pattern)
from native import renderers as R  # noqa: E402
from native import specs as S  # noqa: E402

PINNED = {
    "R": "4.2.2",
    "ggplot2": "3.4.1",
    "lattice": "0.20.45",
    "pheatmap": "1.0.12",
    "gnuplot": "5.4 patchlevel 4",
    "octave": "7.3.0",
}
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
MAGENTA = "#ff00ff"


# ----------------------------------------------------------------------------- versions

def run(cmd, timeout=180, stdin=None):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=ENV,
                       input=stdin)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {(p.stderr or p.stdout)[-1500:]}")
    return p


def versions():
    """Installed versions of every renderer, in the shape of PINNED."""
    v = {}
    r = run(["Rscript", "-e", 'cat(paste(R.version$major, R.version$minor, sep="."), '
             'sapply(c("ggplot2","lattice","pheatmap"), function(p) '
             'as.character(packageVersion(p))), sep="\\n")']).stdout.split()
    v["R"], v["ggplot2"], v["lattice"], v["pheatmap"] = r[0], r[1], r[2].replace("-", "."), r[3]
    g = run(["gnuplot", "--version"]).stdout.strip()
    v["gnuplot"] = re.sub(r"^gnuplot\s+", "", g)
    o = run(["octave-cli", "--version"]).stdout.splitlines()[0]
    v["octave"] = o.split()[-1]
    return v


# ----------------------------------------------------------------------------- truth

def rsig(v, sig=6):
    return H.rsig(v, sig)


def truth_for(spec, png, box, vers):
    """The contract-shaped truth of one figure, from its spec and measured box."""
    W, Hh = Image.open(png).size
    T = spec["truth"]
    rows, cols = T.shape
    cb = {"label": spec.get("clabel"), "orientation": spec["orient"],
          "min": rsig(spec["vmin"]), "max": rsig(spec["vmax"]), "scale": spec["scale"],
          "colormap": spec.get("cmap_name"),
          "ticks": sorted(({"text": t, "value": rsig(v)} for t, v in spec["cticks"]),
                          key=lambda d: d["value"])}
    if spec.get("bins"):
        cb["bins"] = [{"from": rsig(a), "to": rsig(b)} for a, b in spec["bins"]]
    keys = ("R", "ggplot2") if spec["system"] == "ggplot2" else \
        ("R", spec["system"]) if spec["system"] in ("lattice", "pheatmap") else \
        ("R",) if spec["system"] == "baser" else (spec["system"],)
    return {
        "schema": "figscribe/heatmap@1",
        "image": {"file": os.path.basename(png), "width": W, "height": Hh},
        "title": H.collapse(spec.get("title")),
        "xAxis": {"label": H.collapse(spec.get("xlabel")), "ticks": ticks(spec["xticks"])},
        "yAxis": {"label": H.collapse(spec.get("ylabel")), "ticks": ticks(spec["yticks"])},
        "colorbar": cb,
        "grid": {"rows": rows, "columns": cols,
                 "box": {k: round(float(v), 1) for k, v in box.items()}},
        "values": [[None if not math.isfinite(v) else rsig(v) for v in row] for row in T],
        "warnings": [],
        "family": spec["system"],
        "case": spec["case"],
        "notes": spec["notes"],
        "render": dict({k: vers[k] for k in keys}, size=[W, Hh],
                       **({"res": spec["res"]} if spec.get("res") else {})),
    }


def ticks(lst):
    out = [{"text": H.collapse(t), "position": round(float(p), 4)} for t, p in lst]
    return sorted(out, key=lambda d: d["position"])


# ----------------------------------------------------------------------------- one figure

def check_bands(spec, expected):
    """A stepped scale must paint one colour per band: the truth's band midpoints and
    the renderer's cell colours must correspond one to one."""
    seen = {}
    for (r, c), mid in np.ndenumerate(spec["truth"]):
        if expected[r][c] is not None and math.isfinite(mid):
            seen.setdefault(float(mid), set()).add(tuple(expected[r][c]))
    colours = [next(iter(s)) for s in seen.values()]
    if any(len(s) != 1 for s in seen.values()) or len(set(colours)) != len(colours):
        raise RuntimeError(f"{spec['name']}: band midpoints and drawn colours disagree: {seen}")


def render_one(spec, vers, out_dir):
    png = os.path.join(out_dir, spec["name"] + ".png")
    with tempfile.TemporaryDirectory() as td:
        probe = os.path.join(td, "probe.png")
        R.RENDER[spec["system"]](spec, probe, td, probe=True)
        box = H.probe_box(probe)
        raw = os.path.join(td, "fig.png")
        expected = R.RENDER[spec["system"]](spec, raw, td, probe=False)
        H.save_png(raw, png)
    rows, cols = spec["truth"].shape
    for r in range(rows):  # no colour is expected where the truth has no value
        for c in range(cols):
            if not math.isfinite(spec["truth"][r, c]):
                expected[r][c] = None
    if spec["scale"] == "discrete":
        check_bands(spec, expected)
    worst, probs = H.check_cells(png, box, rows, cols, expected, tol=14.0,
                                 annot=spec.get("annot", False))
    if probs:
        raise RuntimeError(f"{spec['name']}: {len(probs)} cells off, e.g. {probs[:3]}")
    truth = truth_for(spec, png, box, vers)
    with open(os.path.join(out_dir, spec["name"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth, worst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", help="GLOB on system/NAME (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the figures and exit")
    ap.add_argument("--any-version", action="store_true",
                    help="render even when the renderer versions differ from the pinned ones")
    a = ap.parse_args()
    specs = S.all_specs()
    chosen = [s for s in specs if not a.only or
              any(fnmatch.fnmatch(f"{s['system']}/{s['name']}", g) for g in a.only)]
    if a.list:
        for s in chosen:
            print(f"{s['system'] + '/' + s['name']:44} {s['case']:10} {s['notes']}")
        return 0
    try:
        vers = versions()
    except (OSError, RuntimeError) as e:
        print(f"render_native: cannot run a renderer: {e}", file=sys.stderr)
        return 2
    bad = {k: (vers.get(k), v) for k, v in PINNED.items() if vers.get(k) != v}
    if bad and not a.any_version:
        for k, (got, want) in bad.items():
            print(f"render_native: {k} is {got}, pinned {want}", file=sys.stderr)
        print("render_native: refusing to render with other versions (use --any-version)",
              file=sys.stderr)
        return 2
    failed = 0
    for s in chosen:
        out_dir = os.path.join(HERE, s["system"])
        os.makedirs(out_dir, exist_ok=True)
        try:
            truth, worst = render_one(s, vers, out_dir)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            failed += 1
            print(f"FAIL {s['system']}/{s['name']}: {e}", file=sys.stderr)
            continue
        g = truth["grid"]
        print(f"{s['system'] + '/' + s['name']:44} {g['rows']}x{g['columns']:<4} "
              f"{s['case']:9} check {worst:5.1f} "
              f"{os.path.getsize(os.path.join(out_dir, s['name'] + '.png')) // 1024} KB")
    print(f"{len(chosen) - failed} rendered, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
