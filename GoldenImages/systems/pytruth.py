"""pytruth.py - truth extraction and self-checks for render_python.py.

Every truth field comes from the data handed to the renderer and from what the
renderer reports it drew (matplotlib artists, Vega's scenegraph, Plotly's SVG
export); pixels are only read by the checks, never to make the truth.

  truth_dict      the figure-json contract plus family / case / notes / render
  from_mpl        matplotlib (and seaborn, plotnine) axes -> box, ticks, texts
  check_mpl_text  no text off the canvas, no overlapping tick labels
  check_cells     median colour in each cell == the colour the renderer drew
"""
import math
import os
import sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import heatlib as H  # noqa: E402  (read-only: small utilities and the cell check)

SCHEMA = "figscribe/heatmap@1"
MINUS = "\u2212"
collapse = H.collapse
rsig = H.rsig


# ----------------------------------------------------------------------------- values

def band_index(bounds, v):
    """Index of the band [bounds[i], bounds[i+1]) holding v (the last band is closed)."""
    i = int(np.searchsorted(bounds, v, side="right")) - 1
    return min(max(i, 0), len(bounds) - 2)


def truth_values(M, bounds=None):
    """Contract values for the displayed matrix M (row 0 = top).  With `bounds`
    (a discrete scale) each cell is the midpoint of its band."""
    out = []
    for row in M:
        o = []
        for v in row:
            if v is None or not math.isfinite(v):
                o.append(None)
            elif bounds is not None:
                i = band_index(bounds, v)
                o.append(rsig((bounds[i] + bounds[i + 1]) / 2))
            else:
                o.append(rsig(v))
        out.append(o)
    return out


def bins_json(bounds):
    return [{"from": rsig(a), "to": rsig(b)} for a, b in zip(bounds[:-1], bounds[1:])]


def parse_number(text):
    """The number a printed cell or tick label shows: '−1.5' -> -1.5, '45%' -> 45,
    '2.4 t' -> 2.4."""
    s = text.replace(MINUS, "-").strip()
    num = ""
    for ch in s:
        if ch.isdigit() or ch in "+-.eE" and (ch not in "eE" or num):
            num += ch
        elif num:
            break
    return float(num)


# ----------------------------------------------------------------------------- truth

def truth_dict(spec, png, box, M, xticks, yticks, cbar, texts, render_info, bounds=None,
               values=None):
    """The contract object.  cbar: dict(orientation, min, max, scale, colormap, ticks)."""
    W, Hh = Image.open(png).size
    for lst in (xticks, yticks):
        for d in lst:
            d["text"] = collapse(d["text"])
            d["position"] = round(float(d["position"]), 3) + 0.0  # no -0.0
        lst.sort(key=lambda d: d["position"])
    cticks = sorted(({"text": collapse(t["text"]), "value": rsig(t["value"])}
                     for t in cbar["ticks"]), key=lambda d: d["value"])
    colorbar = {"label": collapse(texts.get("clabel")), "orientation": cbar["orientation"],
                "min": rsig(cbar["min"]), "max": rsig(cbar["max"]), "scale": cbar["scale"],
                "colormap": cbar.get("colormap"), "ticks": cticks}
    if bounds is not None:
        colorbar["bins"] = bins_json(bounds)
    rows, cols = len(M), len(M[0])
    return {
        "schema": SCHEMA,
        "image": {"file": os.path.basename(png), "width": W, "height": Hh},
        "title": collapse(texts.get("title")),
        "xAxis": {"label": collapse(texts.get("xlabel")), "ticks": xticks},
        "yAxis": {"label": collapse(texts.get("ylabel")), "ticks": yticks},
        "colorbar": colorbar,
        "grid": {"rows": rows, "columns": cols,
                 "box": {k: round(float(box[k]), 2) for k in ("x", "y", "width", "height")}},
        "values": values if values is not None else truth_values(M, bounds),
        "warnings": [],
        "family": spec["system"],
        "case": spec["case"],
        "notes": spec["notes"],
        "render": render_info,
    }


# ----------------------------------------------------------------------------- matplotlib

def mpl_box(ax, fig, x_left, x_right, y_top, y_bottom):
    """Pixel rectangle (top-left origin) of the data rectangle given in data units."""
    Hp = fig.canvas.get_width_height(physical=True)[1]
    a = ax.transData.transform((x_left, y_top))
    b = ax.transData.transform((x_right, y_bottom))
    if not (b[0] > a[0] and a[1] > b[1]):
        raise RuntimeError(f"data rectangle not upright on screen: {a} {b}")
    return {"x": float(a[0]), "y": float(Hp - a[1]), "width": float(b[0] - a[0]),
            "height": float(a[1] - b[1])}


def _tick_labels(tick):
    out = []
    if tick.label1.get_visible():
        out.append(tick.label1)
    if tick.label2.get_visible():
        out.append(tick.label2)
    return [lab for lab in out if collapse(lab.get_text())]


def mpl_axis_ticks(axis, fig, box, n, horizontal):
    """Drawn, labelled ticks of an axis as contract ticks in cell units."""
    Hp = fig.canvas.get_width_height(physical=True)[1]
    out = []
    for t in axis._update_ticks():
        if not t.get_visible():
            continue
        labs = _tick_labels(t)
        if not labs:
            continue
        line = t.tick1line if t.tick1line.get_visible() else t.tick2line
        xy = line.get_transform().transform(line.get_xydata()[0])
        if horizontal:
            pos = (xy[0] - box["x"]) / box["width"] * n - 0.5
        else:
            pos = ((Hp - xy[1]) - box["y"]) / box["height"] * n - 0.5
        text = labs[0].get_text()
        if "$" in text:
            raise RuntimeError(f"mathtext tick label {text!r}: give a plain formatter")
        out.append({"text": text, "position": pos})
    return out


def mpl_cbar_ticks(cbar):
    """Labelled colour-bar ticks inside the scale (value, text as drawn)."""
    lo, hi = cbar_ends(cbar)
    out = []
    for t in cbar.long_axis._update_ticks():
        v = float(t.get_loc())
        labs = _tick_labels(t)
        if not t.get_visible() or not labs:
            continue
        if not (min(lo, hi) - 1e-9 * abs(hi - lo) <= v <= max(lo, hi) + 1e-9 * abs(hi - lo)):
            continue
        text = labs[0].get_text()
        if "$" in text:
            raise RuntimeError(f"mathtext colour-bar label {text!r}")
        out.append({"text": text, "value": v})
    off = cbar.long_axis.get_offset_text().get_text()
    if collapse(off):
        raise RuntimeError(f"colour bar has an offset text {off!r}")
    return out


def cbar_ends(cbar):
    from matplotlib.colors import BoundaryNorm
    if isinstance(cbar.norm, BoundaryNorm):
        return float(cbar.norm.boundaries[0]), float(cbar.norm.boundaries[-1])
    return float(cbar.norm.vmin), float(cbar.norm.vmax)


def check_mpl_text(fig, axes_list):
    """Every visible text lies on the canvas; tick labels of one axis do not overlap."""
    from matplotlib.text import Text
    r = fig.canvas.get_renderer()
    W, Hh = fig.canvas.get_width_height(physical=True)
    probs = []
    tick_texts, drawn = set(), []
    for a in fig.axes:
        for axis in (a.xaxis, a.yaxis):
            for t in axis.majorTicks + axis.minorTicks:
                tick_texts.update((id(t.label1), id(t.label2)))
            for t in axis._update_ticks():  # only these are drawn
                drawn.extend(_tick_labels(t))
    texts = [t for t in fig.findobj(Text) if id(t) not in tick_texts] + drawn
    for t in texts:
        if not t.get_visible() or not collapse(t.get_text()):
            continue
        bb = t.get_window_extent(r)
        if bb.x0 < -1 or bb.y0 < -1 or bb.x1 > W + 1 or bb.y1 > Hh + 1:
            probs.append(f"text {t.get_text()!r} off the canvas {bb.bounds}")
    for axis in axes_list:
        bbs = []
        for t in axis._update_ticks():
            for lab in _tick_labels(t):
                bbs.append(lab.get_window_extent(r))
        for i in range(len(bbs)):
            for j in range(i + 1, len(bbs)):
                a, b = bbs[i], bbs[j]
                ox = min(a.x1, b.x1) - max(a.x0, b.x0)
                oy = min(a.y1, b.y1) - max(a.y0, b.y0)
                if ox > -1.0 and oy > -1.0:  # closer than 1 px
                    probs.append(f"tick labels overlap on {axis.axis_name}")
    return probs


def mpl_png(fig, png):
    buf = np.asarray(fig.canvas.buffer_rgba()).copy()
    Image.fromarray(buf).convert("RGB").save(png, format="PNG", optimize=True)


def contrast_text(rgba):
    """'white' on dark cells, 'black' on light ones (relative luminance of the cell)."""
    r, g, b = rgba[:3]
    return "white" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 else "black"


def rgb255(rgba):
    return tuple(int(round(float(x) * 255)) for x in rgba[:3])


# ----------------------------------------------------------------------------- checks

def check_cells(png, box, M, expected, annot=False, tol=14.0):
    """Median colour near each cell centre vs the renderer's colour for that cell."""
    rows, cols = len(M), len(M[0])
    worst, probs = H.check_cells(png, box, rows, cols, expected, tol=tol, annot=annot)
    return round(worst, 1), probs


def check_box_inside(png, box):
    W, Hh = Image.open(png).size
    if box["x"] < -0.5 or box["y"] < -0.5 or box["x"] + box["width"] > W + 0.5 or \
            box["y"] + box["height"] > Hh + 0.5:
        return [f"grid box {box} outside the {W}x{Hh} image"]
    return []


FONT_FILES = {"DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
              "Liberation Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"}


def centred_label_overlap(font, size, labels):
    """Overlaps among horizontal labels centred at x: labels = [(text, x)], widths measured
    with the font file the renderer uses."""
    from PIL import ImageFont
    f = ImageFont.truetype(FONT_FILES[font], size)
    return overlap_1d([(t, x - f.getlength(t) / 2, x + f.getlength(t) / 2) for t, x in labels])


def overlap_1d(spans):
    """Pairs of (text, lo, hi) spans along one axis that overlap."""
    s = sorted(spans, key=lambda t: t[1])
    return [f"{a[0]!r} overlaps {b[0]!r}" for a, b in zip(s, s[1:]) if b[1] < a[2] + 1.0]
