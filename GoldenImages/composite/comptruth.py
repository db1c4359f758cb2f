"""comptruth.py - shared helpers for the composite corpus (render_python.py, render_r.py).

Builds `figscribe/figure@1` truth objects out of per-panel heatmap objects and runs
the self-checks.  It reuses the single-heatmap helpers of GoldenImages/systems
(pytruth.py, heatlib.py) read-only.
"""
import json
import math
import os
import sys
import zlib

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "systems"))
import pytruth as T  # noqa: E402
from pytruth import H  # noqa: E402

FIGURE_SCHEMA = "figscribe/figure@1"
MINUS = T.MINUS
collapse = T.collapse
rsig = T.rsig
GENES = ["BRCA1", "TP53", "EGFR", "MYC", "KRAS", "PTEN", "AKT1", "CDK4", "RB1", "APC",
         "ATM", "CHEK2", "ERBB2", "PIK3CA", "NRAS", "BRAF", "SMAD4", "CDH1", "VHL", "NF1",
         "IDH1", "JAK2", "KIT", "MET", "ALK", "RET", "FGFR1", "NOTCH1", "STK11", "MLH1"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def seed(name):
    return zlib.crc32(name.encode())


def data(name, rows, cols, lo, hi, kind="smooth", sig=4, salt=""):
    """The seeded matrix for figure `name` (panel `salt`), row 0 = top as displayed."""
    return H.pattern(seed(name + salt), rows, cols, kind, lo, hi, sig=sig)


def labels(prefix, n, start=1, width=0):
    return [f"{prefix}{i:0{width}d}" if width else f"{prefix}{i}" for i in range(start, start + n)]


def panel(box, M, xticks, yticks, cbar, texts, values=None, shared=False, bounds=None, **extra):
    """One heatmap object of the contract (a panel of a figure@1 object)."""
    for lst in (xticks, yticks):
        for d in lst:
            d["text"] = collapse(d["text"])
            d["position"] = round(float(d["position"]), 3) + 0.0
        lst.sort(key=lambda d: d["position"])
    cticks = sorted(({"text": collapse(t["text"]), "value": rsig(t["value"])}
                     for t in cbar["ticks"]), key=lambda d: d["value"])
    colorbar = {"label": collapse(texts.get("clabel")), "orientation": cbar["orientation"],
                "min": rsig(cbar["min"]), "max": rsig(cbar["max"]), "scale": cbar.get("scale", "linear"),
                "colormap": cbar.get("colormap"), "ticks": cticks}
    if shared:
        colorbar["shared"] = True
    rows, cols = len(M), len(M[0])
    p = {"schema": T.SCHEMA,
         "title": collapse(texts.get("title")),
         "xAxis": {"label": collapse(texts.get("xlabel")), "ticks": xticks},
         "yAxis": {"label": collapse(texts.get("ylabel")), "ticks": yticks},
         "colorbar": colorbar,
         "grid": {"rows": rows, "columns": cols,
                  "box": {k: round(float(box[k]), 2) for k in ("x", "y", "width", "height")}},
         "values": values if values is not None else T.truth_values(M, bounds),
         "warnings": []}
    p.update(extra)
    return p


def figure(spec, png, title, panels, render, **extra):
    W, Hh = Image.open(png).size
    t = {"schema": FIGURE_SCHEMA,
         "image": {"file": os.path.basename(png), "width": W, "height": Hh},
         "title": collapse(title), "panels": panels, "warnings": [],
         "family": spec["system"], "case": spec["case"], "notes": spec["notes"]}
    t.update(extra)
    t["render"] = render
    return t


def reading_order(boxes):
    """Sort boxes top to bottom, then left to right within a row of panels."""
    bs = sorted(boxes, key=lambda b: b["y"])
    rows, cur = [], []
    for b in bs:
        if cur and b["y"] > cur[0]["y"] + 0.5 * cur[0]["height"]:
            rows.append(cur)
            cur = []
        cur.append(b)
    if cur:
        rows.append(cur)
    return [b for r in rows for b in sorted(r, key=lambda b: b["x"])]


def probe_blobs(png, min_px=60):
    """Bounding boxes (pixel edges) of the magenta blobs of a probe render, reading order."""
    from scipy import ndimage
    a = np.asarray(Image.open(png).convert("RGB")).astype(float)
    mask = np.abs(a - np.array([255, 0, 255])).sum(axis=2) < 160
    lab, n = ndimage.label(mask)
    out = []
    for k, sl in enumerate(ndimage.find_objects(lab), start=1):
        ys, xs = sl
        if (lab[sl] == k).sum() < min_px:
            continue
        out.append({"x": float(xs.start), "y": float(ys.start),
                    "width": float(xs.stop - xs.start), "height": float(ys.stop - ys.start)})
    return reading_order(out)


def union(boxes):
    x0 = min(b["x"] for b in boxes)
    y0 = min(b["y"] for b in boxes)
    x1 = max(b["x"] + b["width"] for b in boxes)
    y1 = max(b["y"] + b["height"] for b in boxes)
    return {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}


def check_panel(png, box, values, expected, annot=False, tol=14.0):
    rows, cols = len(values), len(values[0])
    worst, probs = H.check_cells(png, box, rows, cols, expected, tol=tol, annot=annot)
    return worst, probs + T.check_box_inside(png, box)


def write_truth(path, truth):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


def fmt_num(v, fmt, minus="-"):
    t = format(v, fmt)
    if t.startswith("-") and float(t) == 0:
        t = t[1:]
    return t.replace("-", minus)
