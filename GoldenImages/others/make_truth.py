#!/usr/bin/env python3
"""make_truth.py - write every NAME.truth.json of GoldenImages/others from committed inputs.

    python3 GoldenImages/others/make_truth.py            # all
    python3 GoldenImages/others/make_truth.py --check    # exit 1 when a file would change
    python3 GoldenImages/others/make_truth.py --table    # the table of README.md

The PNGs are copied byte for byte from public repositories (see README.md and
sources.json); this script never reads them. Every truth value comes from the code and
data that generated the picture:

- plotly.js 1.39.3 image-test baselines: the mock JSON (test/image/mocks/NAME.json, copied to
  plotly/mocks/) is run through a re-implementation of the few plotly.js rules that decide
  what the figure shows (src/traces/heatmap/calc.js + clean_2d_array.js,
  src/components/colorscale/calc.js, src/plots/cartesian/axes.js: prepTicks, autoTicks,
  tickFirst, autoTickRound, numFormat).  See `plotly_truth`.
- the others: see the functions named in FIGURES.

Python 3 standard library only.
"""
import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MINUS = "\u2212"


# ---------------------------------------------------------------- JS number helpers

def js_str(v):
    """JavaScript String(number) for the numbers met here (no exponent forms)."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e21:
        return str(int(v))
    s = repr(v)
    if "e" in s:
        raise ValueError(f"exponent form {s} not handled")
    return s


def js_log10(x):
    return math.log(x) / math.log(10)


# ---------------------------------------------------------------- plotly.js 1.39.3 rules

def pl_is_numeric(v):
    """fast-isnumeric: numbers, and strings that parse as finite numbers."""
    if isinstance(v, bool) or v is None:
        return False
    if isinstance(v, (int, float)):
        return math.isfinite(v)
    if isinstance(v, str):
        s = v.strip()
        if not s:
            return False
        try:
            return math.isfinite(float(s))
        except ValueError:
            return False
    return False


def pl_round_up(val, arr):
    """Lib.roundUp (not reversed): binary search, the first entry > val (or the last)."""
    low, high, c = 0, len(arr) - 1, 0
    while low < high and c < 100:
        c += 1
        mid = (low + high) // 2
        if arr[mid] <= val:
            low = mid + 1
        else:
            high = mid
    return arr[low]


def pl_auto_dtick(rough):
    """axes.autoTicks for a linear axis."""
    base = math.pow(10, math.floor(math.log(rough) / math.log(10)))
    return base * pl_round_up(rough / base, [2, 5, 10])


def pl_nt(length, is_y, nticks=0):
    if nticks:
        return nticks
    min_px = 40 if is_y else 80
    return min(max(length / min_px, 4), 9) + 1


def pl_tick_mode(spec):
    """plotly.js's tick mode of an axis or colour bar: tickmode, else the old autotick
    flag, else linear when a dtick is given."""
    mode = spec.get("tickmode")
    if mode is None and "autotick" in spec:
        mode = "auto" if spec["autotick"] else "linear"
    if mode is None:
        mode = "linear" if spec.get("dtick") else "auto"
    return mode


def pl_linear_dtick(span, lengths, is_y, nticks=0):
    """dtick chosen by prepTicks; `lengths` is the range of axis lengths in px the figure
    can have (colour-bar auto-margins shrink the plot by an amount this script does not
    model): the choice must be the same over the whole range, else we refuse."""
    got = {pl_auto_dtick(span / pl_nt(L, is_y, nticks)) for L in lengths}
    if len(got) != 1:
        raise ValueError(f"auto dtick depends on the axis length: {sorted(got)}")
    return got.pop()


def pl_tick_round(dtick, rng):
    """autoTickRound for a linear axis: (tickround, tickexponent)."""
    tickround = 2 - math.floor(math.log(dtick) / math.log(10) + 0.01)
    maxend = max(abs(rng[0]), abs(rng[1]))
    rangeexp = math.floor(math.log(maxend) / math.log(10) + 0.01)
    exponent = 0
    if abs(rangeexp) > 3:
        exponent = 3 * round_js((rangeexp - 1) / 3)  # exponentformat 'B' (SI) default
    return tickround, exponent


def round_js(x):
    return math.floor(x + 0.5)


SI = {3: "k", 6: "M", 9: "B", -3: "m", -6: "\u03bc"}


def pl_num_format(v, tickround, exponent, fmt="B"):
    """numFormat without tickformat / separators."""
    neg = v < 0
    e = math.pow(10, -tickround) / 2
    if fmt == "none":
        exponent = 0
    v = abs(v)
    if v < e:
        s = "0"
        neg = False
    else:
        v += e
        if exponent:
            v *= math.pow(10, -exponent)
            tickround += exponent
        if tickround == 0:
            s = str(math.floor(v))
        elif tickround < 0:
            s = str(round_js(v))
            s = s[:len(s) + tickround]
            s += "0" * (-tickround)
        else:
            s = js_str(v)
            dp = s.find(".") + 1
            if dp:
                s = s[:dp + tickround]
                # .replace(/\.?0+$/, '')
                import re
                s = re.sub(r"\.?0+$", "", s)
    if exponent and fmt != "hide":
        if fmt in ("B", "SI"):
            s += SI[exponent]
        else:
            raise ValueError("exponent format not handled")
    return (MINUS + s) if neg else s


def pl_linear_ticks(rng, dtick, tick0=0.0, fmt="B"):
    """calcTicks for a linear axis: list of (value, text)."""
    axrev = rng[1] < rng[0]
    r0 = rng[0] * 1.0001 - rng[1] * 0.0001
    end = rng[1] * 1.0001 - rng[0] * 0.0001
    sround = math.floor if axrev else math.ceil
    x = sround((r0 - tick0) / dtick) * dtick + tick0
    vals = []
    while (x >= end) if axrev else (x <= end):
        vals.append(x)
        x = x + (-dtick if axrev else dtick)
    tickround, exponent = pl_tick_round(dtick, rng)
    # formatLinear: no exponent on zero when every tick shows one (showexponent 'all')
    return [(v, pl_num_format(v, tickround, exponent, "hide" if abs(v / dtick) < 1e-6 else fmt))
            for v in vals]


def plotly_truth(spec):
    """Truth for a plotly.js single-heatmap mock.

    spec: name, mock (file under plotly/mocks), width/height (image size, for lengths),
    plus optional overrides documented where used."""
    mock = json.load(open(os.path.join(HERE, "plotly", "mocks", spec["mock"] + ".json")))
    traces = mock["data"]
    assert len(traces) == 1 and traces[0].get("type") == "heatmap", "one heatmap trace"
    tr = traces[0]
    lay = mock.get("layout", {})
    for bad in ("zsmooth", "transpose", "xtype", "ytype"):
        assert not tr.get(bad), f"{bad} not handled"

    # --- z (clean2dArray): numbers and numeric strings; anything else is a gap (null)
    zin = tr["z"]
    if not isinstance(zin[0], list):  # columnar x/y/z (convertColumnData)
        xs = sorted({float(v) for v in tr["x"]})
        ys = sorted({float(v) for v in tr["y"]})
        grid = [[None] * len(xs) for _ in ys]
        for xv, yv, zv in zip(tr["x"], tr["y"], zin):
            grid[ys.index(float(yv))][xs.index(float(xv))] = zv
        zin = grid
        xcent, ycent = xs, ys
        xcat = ycat = None
    else:
        xcent = tr.get("x")
        ycent = tr.get("y")
        xcat = xcent if xcent and not all(pl_is_numeric(v) for v in xcent) else None
        ycat = ycent if ycent and not all(pl_is_numeric(v) for v in ycent) else None
        if xcent and not xcat:
            xcent = [float(v) for v in xcent]
        if ycent and not ycat:
            ycent = [float(v) for v in ycent]
    z = [[float(v) if pl_is_numeric(v) else None for v in row] for row in zin]
    ncol = max(len(r) for r in z)
    nrow = len(z)
    z = [r + [None] * (ncol - len(r)) for r in z]

    # --- colour scale ends (colorscale/calc.js)
    finite = [v for r in z for v in r if v is not None]
    zmin, zmax = tr.get("zmin"), tr.get("zmax")
    valid = pl_is_numeric(zmin) and pl_is_numeric(zmax) and zmin < zmax
    zauto = tr.get("zauto", not valid)
    if zauto is not False or zmin is None:
        zmin = min(finite)
    if zauto is not False or zmax is None:
        zmax = max(finite)
    if zmin == zmax:
        zmin, zmax = zmin - 0.5, zmax + 0.5

    # --- cell edges along each axis, in data units, and the axis ranges
    def edges(cent, v0, dv, n):
        if cent and len(cent) == n:  # centres: must be evenly spaced for the contract
            d = [cent[i + 1] - cent[i] for i in range(n - 1)]
            if d and max(d) - min(d) > 1e-9 * max(abs(x) for x in d):
                raise ValueError("uneven cells")
            step = d[0] if d else 1.0
            return cent[0] - step / 2, step
        assert not cent, "edge arrays not handled"
        return v0 - dv / 2, dv

    x_lo, xstep = (-0.5, 1.0) if xcat else edges(xcent, tr.get("x0") or 0, tr.get("dx") or 1, ncol)
    y_lo, ystep = (-0.5, 1.0) if ycat else edges(ycent, tr.get("y0") or 0, tr.get("dy") or 1, nrow)
    xax, yax = lay.get("xaxis", {}), lay.get("yaxis", {})

    def axis_range(ax, lo, step, n):
        auto_rng = [lo, lo + step * n]
        given = ax.get("range")
        autorange = ax.get("autorange", not (isinstance(given, list) and len(given) == 2))
        if autorange == "reversed":
            return auto_rng[::-1]
        if autorange:
            if given and given[1] < given[0]:  # getAutoRange keeps a reversed direction
                return auto_rng[::-1]
            return auto_rng
        return [float(given[0]), float(given[1])]

    xr = axis_range(xax, x_lo, xstep, ncol)
    yr = axis_range(yax, y_lo, ystep, nrow)
    assert xr[0] < xr[1], "reversed x not handled"
    yrev = yr[1] < yr[0]

    # displayed rows: y increases upwards unless the axis is reversed
    values = z[::-1] if not yrev else z

    # --- ticks
    W, H = spec["width"], spec["height"]
    m = {"l": 80, "r": 80, "t": 100, "b": 80}
    m.update({k: v for k, v in lay.get("margin", {}).items() if k in m})
    plot_w, plot_h = W - m["l"] - m["r"], H - m["t"] - m["b"]

    def ticks_for(ax, rng, cats, lo, step, n, is_y, length):
        if ax.get("showticklabels") is False:
            return []
        dom = ax.get("domain", [0, 1])
        length = length * (dom[1] - dom[0])
        # the colour bar's auto-margin shrinks the plot width by an unmodelled amount
        lengths = [length * f for f in ((0.75, 0.8, 0.85, 0.9, 0.95, 1.0) if not is_y
                                        else (0.9, 0.95, 1.0))]
        if cats:
            rough = {math.ceil(max(abs(rng[1] - rng[0]) / (L / 15), 1)) for L in lengths}
            assert len(rough) == 1, "category dtick depends on the length"
            dt = rough.pop()
            out = [(float(i), str(c)) for i, c in enumerate(cats) if i % dt == 0]
        else:
            mode = pl_tick_mode(ax)
            if mode == "auto":
                dt = pl_linear_dtick(abs(rng[1] - rng[0]), lengths, is_y, ax.get("nticks") or 0)
                t0 = 0.0
            elif mode == "linear":
                dt = float(ax.get("dtick", 1))
                t0 = float(ax.get("tick0", 0))
            else:
                raise ValueError("tickmode " + mode)
            out = pl_linear_ticks(rng, dt, t0, ax.get("exponentformat", "B"))
        res = []
        for v, text in out:
            pos = (v - lo) / step - 0.5  # column index of value v (cell centres at integers)
            if is_y:
                pos = (n - 1) - pos if not yrev else pos
            res.append({"text": text, "position": round(pos, 6) + 0.0})
        return res

    xt = ticks_for(xax, xr, xcat, x_lo, xstep, ncol, False, plot_w)
    yt = ticks_for(yax, yr, ycat, y_lo, ystep, nrow, True, plot_h)

    # --- colour bar
    cb = tr.get("colorbar", {})
    ctext = []
    if "tickvals" in cb:
        for v, t in zip(cb["tickvals"], cb.get("ticktext", [])):
            if zmin <= v <= zmax:
                ctext.append({"text": t, "value": float(v)})
    else:
        mode = pl_tick_mode(cb)
        try:
            if mode == "linear":
                dt, t0 = float(cb["dtick"]), float(cb.get("tick0", 0))
            else:  # colour bar axis: a y axis of about the plot height (len 1, minus pads)
                dt = pl_linear_dtick(zmax - zmin, [plot_h * f for f in (0.85, 0.9, 0.95, 1.0)],
                                     True, cb.get("nticks") or 0)
                t0 = 0.0
            ctext = [{"text": t, "value": v}
                     for v, t in pl_linear_ticks([zmin, zmax], dt, t0,
                                                 cb.get("exponentformat", "B"))]
        except ValueError:
            ctext = None

    def title(t):
        if isinstance(t, dict):
            t = t.get("text")
        return t if t else None  # empty / absent titles are not drawn in a static image

    scl = tr.get("colorscale", tr.get("scl"))
    if tr.get("autocolorscale"):
        scl = "RdBu" if zmin * zmax < 0 else ("Reds" if zmin >= 0 else "Blues")
    if scl is None:
        scl = "RdBu"  # plotly.js 1.x default colorscale (its own RdBu, not matplotlib's)
    if scl == "YIGnBu":  # plot_api/helpers.js cleanData fixes this typo
        scl = "YlGnBu"
    if scl == "YIOrRd":
        scl = "YlOrRd"
    colormap = {"Viridis": "viridis", "Cividis": "cividis"}.get(scl) if isinstance(scl, str) \
        and not tr.get("reversescale") else None

    truth = {
        "schema": "figscribe/heatmap@1",
        "image": {"file": spec["name"] + ".png", "width": W, "height": H},
        "title": title(lay.get("title")),
        "xAxis": {"label": title(xax.get("title")), "ticks": xt},
        "yAxis": {"label": title(yax.get("title")), "ticks": yt},
        "colorbar": {
            "label": title(cb.get("title")),
            "orientation": "vertical",
            "min": zmin, "max": zmax, "scale": "linear",
            "colormap": colormap,
        },
        "grid": {"rows": nrow, "columns": ncol},
        "values": values,
        "warnings": [],
    }
    if ctext is not None:
        truth["colorbar"]["ticks"] = ctext
    truth["colorscale"] = scl if isinstance(scl, str) else "custom"
    if tr.get("reversescale"):
        truth["colorscale"] += " (reversed)"
    return truth


# ---------------------------------------------------------------- mlxtend (matplotlib matshow)

def matshow_ticks(n):
    """Axes.matshow's default locator, MaxNLocator(nbins=9, steps=[1, 2, 5, 10],
    integer=True), on the limits -0.5 .. n-0.5 (ScalarFormatter prints the integers)."""
    from matplotlib.ticker import MaxNLocator
    vals = MaxNLocator(nbins=9, steps=[1, 2, 5, 10], integer=True).tick_values(-0.5, n - 0.5)
    return [float(v) for v in vals if -0.5 <= v <= n - 0.5]


def mlxtend_truth(spec):
    """Truth for the mlxtend documentation figures (plot_confusion_matrix / heatmap), from
    the cell inputs in mlxtend/data/inputs.json and the mlxtend source of the day
    (mlxtend/plotting/plot_confusion_matrix.py at 709a37c3, heatmap.py at 63f080c9).

    Both call ax.matshow(matrix, cmap) with the default (auto) norm, so the colour scale
    runs from the matrix's min to its max; rows are drawn top-down in matrix order."""
    import numpy as np
    inp = json.load(open(os.path.join(HERE, "mlxtend", "data", "inputs.json")))
    kind = spec["fn"]
    xlabel = ylabel = None
    xt = yt = None
    printed = None
    clim = None
    if kind == "confmat":
        conf = np.array(inp[spec["matrix"]])
        normed = conf.astype("float") / conf.sum(axis=1)[:, np.newaxis]
        shown = normed if spec.get("show_normed") else conf  # what matshow gets
        if spec.get("show_normed"):   # show_absolute=False: the cell prints format(x, ".2f")
            printed = [[float(format(v, ".2f")) for v in row] for row in normed]
        else:                          # the cell prints format(int, "d")
            printed = [[float(v) for v in row] for row in conf]
        xlabel, ylabel = "predicted label", "true label"
        names = inp[spec["names"]] if spec.get("names") else None
    elif kind == "heatmap_random":
        np.random.seed(inp["random_seed"])
        shown = np.random.random(tuple(inp["random_shape"]))
        if spec.get("cell_values"):   # cell_fmt ".2f"
            printed = [[float(format(v, ".2f")) for v in row] for row in shown]
        names = None
    elif kind == "heatmap_housing":
        data = np.array([[float(x) for x in line.split()] for line in
                         open(os.path.join(HERE, "mlxtend", "data", "housing.data.txt"))
                         if line.strip()])
        cols = inp["housing_cols_shown"]
        idx = [inp["housing_columns"].index(c) for c in cols]
        shown = np.corrcoef(data[:, idx].T)
        printed = [[float(format(v, ".2f")) for v in row] for row in shown]
        names = cols
        clim = (-1.0, 1.0)   # the cell calls im.set_clim(-1, 1)
    else:
        raise ValueError(kind)
    nrow, ncol = shown.shape
    if names is not None:
        xt = [{"text": str(t), "position": float(i)} for i, t in enumerate(names)]
        yt = [{"text": str(t), "position": float(i)} for i, t in enumerate(names)]
    else:
        xt = [{"text": str(int(v)), "position": v} for v in matshow_ticks(ncol)]
        yt = [{"text": str(int(v)), "position": v} for v in matshow_ticks(nrow)]
    vmin, vmax = (float(shown.min()), float(shown.max())) if clim is None else clim
    if printed is not None:
        values = printed
    else:
        values = [[float(f"{v:.4g}") for v in row] for row in shown]
    return {
        "schema": "figscribe/heatmap@1",
        "image": {"file": spec["name"] + ".png", "width": spec["width"],
                  "height": spec["height"]},
        "title": None,
        "xAxis": {"label": xlabel, "ticks": xt},
        "yAxis": {"label": ylabel, "ticks": yt},
        "colorbar": {"label": None, "orientation": "vertical", "min": vmin, "max": vmax,
                     "scale": "linear", "colormap": spec["cmap"]},
        "grid": {"rows": nrow, "columns": ncol},
        "values": values,
        "warnings": [],
        "colorbar_drawn": spec["colorbar"],
    }


# ---------------------------------------------------------------- ggcorrplot (R ggplot2)

def ggcorrplot_truth(spec):
    """Truth for the ggcorrplot README figures, from ggcorrplot/data/derived.json (made by
    ggcorrplot/derive.R from data/mtcars.csv) and R/ggcorrplot.R at 731717b:

    .build_corr_df reorders by hclust when hc.order, rounds (digits = 2: a no-op on the
    README's round(cor(mtcars), 1)), sets the diagonal to NA unless type = "full", keeps
    the lower (row > column) or upper triangle, and melts with na.rm = TRUE: Var1 (x) is
    the row name, Var2 (y) the column name, both factors in matrix order. ggplot2's
    discrete scales drop levels with no tile, so a triangle shows n-1 names per axis; y
    runs upwards. The fill scale is scale_fill_gradient2(limit = c(-1, 1), name = "Corr")."""
    d = json.load(open(os.path.join(HERE, "ggcorrplot", "data", "derived.json")))
    names, corr = d["names"], d["corr"]
    n = len(names)
    order = [i - 1 for i in d["hc_order"]] if spec.get("hc_order") else list(range(n))
    typ = spec.get("type", "full")
    show_diag = typ == "full"

    def kept(i, j):  # indices in the reordered matrix
        if i == j:
            return show_diag
        return typ == "full" or (typ == "lower" and i > j) or (typ == "upper" and i < j)

    xs = [i for i in range(n) if any(kept(i, j) for j in range(n))]
    ys = [j for j in range(n) if any(kept(i, j) for i in range(n))]
    rows = ys[::-1]  # top row first
    values = [[corr[order[i]][order[j]] if kept(i, j) else None for i in xs] for j in rows]
    return {
        "schema": "figscribe/heatmap@1",
        "image": {"file": spec["name"] + ".png", "width": spec["width"],
                  "height": spec["height"]},
        "title": None,
        "xAxis": {"label": None, "ticks": [{"text": names[order[i]], "position": float(c)}
                                           for c, i in enumerate(xs)]},
        "yAxis": {"label": None, "ticks": [{"text": names[order[j]], "position": float(r)}
                                           for r, j in enumerate(rows)]},
        "colorbar": {"label": "Corr", "orientation": "vertical", "min": -1.0, "max": 1.0,
                     "scale": "linear", "colormap": None},
        "grid": {"rows": len(rows), "columns": len(xs)},
        "values": values,
        "warnings": [],
    }


# ---------------------------------------------------------------- the figures

PLOTLY_SRC = {
    "repo": "plotly/plotly.js",
    "commit": "1ecef456e418667e1b0378b7c45c8bb9eff94dcd",
    "version": "plotly.js 1.39.3 (tag v1.39.3, 2018-07-25)",
    "copied_from": "zhhz417/plotly.js, a fork whose HEAD is that upstream release commit "
                   "(plotly/plotly.js itself is too big to fetch here)",
    "licence": "MIT",
}


def plotly_fig(mock, case, notes, width=700, height=500, **kw):
    name = "pjs_" + mock.replace("-", "_")
    return dict(kw, name=name, dir="plotly", mock=mock, case=case, notes=notes,
                width=width, height=height, kind="plotly",
                source=dict(PLOTLY_SRC, path=f"test/image/baselines/{mock}.png",
                            data=f"test/image/mocks/{mock}.json"))


SCALES = ["blackbody", "bluered", "cividis", "electric", "greens", "greys", "hot", "jet",
          "picnic", "portland", "rdbu", "viridis", "yignbu", "yiorrd"]

FIGURES = (
    [plotly_fig(s + "_heatmap", "colorscale",
                f"50x50 smooth field, plotly colorscale '{s}', auto ticks") for s in SCALES]
    + [
        plotly_fig("custom_colorscale", "colorscale", "the same 50x50 field, custom 10-stop "
                   "colorscale, no title"),
        plotly_fig("13", "numeric", "20x20 correlation matrix, Picnic-like custom scale, "
                   "Arial, thick light-blue axis lines, ticks every 2", width=600, height=440),
        plotly_fig("16", "categorical", "3x5 day/time categories, custom YlOrRd, two "
                   "'meeting' annotations over cells, no tick marks", width=600, height=350),
        plotly_fig("4", "numeric", "9x41 ragged z (first row 21 long: the rest are gaps), "
                   "x0=2 dx=5 so ticks fall off-centre", width=790, height=390),
        plotly_fig("basic_heatmap", "numeric", "3x3 symmetric, default plotly 1.x scale"),
        plotly_fig("colorbar_enumerated_ticks", "numeric", "3x3 with colour-bar ticks "
                   "given as words (cool, chillax, feisty)", width=400, height=300),
        plotly_fig("heatmap-reverse-autocolorscale", "numeric", "2x3, autocolorscale "
                   "reversed, layout asks 1080x598 but autosize gives the 700x500 page"),
        plotly_fig("heatmap_autocolor_negative", "gaps", "2x3 string z: 4 of 6 cells are "
                   "non-numeric (gaps), autocolorscale Blues, ticks every 0.5"),
        plotly_fig("heatmap_autocolor_positive", "numeric", "2x3 numeric strings, "
                   "autocolorscale Reds, ticks every 0.5"),
        plotly_fig("heatmap_brick_padding", "gaps", "5x5 with xgap 20 / ygap 12 px white "
                   "gaps, x0=y0=0.5 so ticks sit on cell edges", width=400, height=400),
        plotly_fig("heatmap_xyz-gaps-on-sides", "gaps", "columnar x/y/z, 44 of 56 cells, "
                   "tick labels with SI suffix (k)"),
        plotly_fig("labelled_heatmap", "categorical", "3x5 weekday/time-of-day categories"),
        plotly_fig("titles-avoid-labels", "numeric", "3x3 reversed y axis, tick step 0.511, "
                   "80 degree x labels, big y labels, colour-bar title on the right"),
    ]
)


MLX_SRC = {"repo": "rasbt/mlxtend", "commit": "9aadcee334f8b07003246d436cd9135b6d62a6b2",
           "licence": "BSD-3-Clause (LICENSE-BSD3.txt; docs/sources/license.md puts "
                      "computer-generated plots under it)"}


def mlx_fig(png, cell, case, notes, width, height, **kw):
    nb = "plot_confusion_matrix" if png.startswith("plot_confusion") else "heatmap"
    return dict(kw, name="mlx_" + png, dir="mlxtend", kind="mlxtend", case=case,
                notes=notes, width=width, height=height,
                source=dict(MLX_SRC, path=f"docs/sources/user_guide/plotting/{nb}_files/"
                            f"{png}.png",
                            data=f"docs/sources/user_guide/plotting/{nb}.ipynb, code cell "
                                 f"{cell} (its image/png output is this file)"))


FIGURES += [
    mlx_fig("plot_confusion_matrix_9_0", 9, "annotated", "2x2 confusion matrix, counts "
            "printed, Blues, no colour bar (the scale is the data's 1..4)", 259, 262,
            fn="confmat", matrix="binary1", cmap="Blues", colorbar=False),
    mlx_fig("plot_confusion_matrix_10_0", 10, "annotated", "the same at figsize 2x2: a tiny "
            "150x154 image, counts 1..21, no colour bar", 150, 154,
            fn="confmat", matrix="binary2", cmap="Blues", colorbar=False),
    mlx_fig("plot_confusion_matrix_14_0", 14, "annotated", "4x4, row-normalised fractions "
            "printed '.2f', Blues, colour bar 0..1", 309, 266,
            fn="confmat", matrix="multiclass", show_normed=True, cmap="Blues", colorbar=True),
    mlx_fig("plot_confusion_matrix_16_0", 16, "annotated", "as 14 with class names, x labels "
            "at 45 degrees", 337, 288, fn="confmat", matrix="multiclass", show_normed=True,
            names="class_names", cmap="Blues", colorbar=True),
    mlx_fig("plot_confusion_matrix_19_0", 19, "annotated", "4x4 counts, 'summer' colormap, "
            "colour bar 0..2", 316, 266, fn="confmat", matrix="multiclass", cmap="summer",
            colorbar=True),
    mlx_fig("plot_confusion_matrix_21_0", 21, "annotated", "as 19 with every number in black "
            "(fontcolor_threshold=1)", 316, 266, fn="confmat", matrix="multiclass",
            cmap="summer", colorbar=True),
    mlx_fig("plot_confusion_matrix_24_0", 24, "annotated", "7x7 counts 0..1123 with class "
            "names, 45 degree x labels, no colour bar", 308, 299, fn="confmat",
            matrix="cmat", names="cifar_names", cmap="Blues", colorbar=False),
    mlx_fig("heatmap_8_0", 8, "annotated", "20x30 uniform random (np.random.seed(123)), "
            "every value printed '.2f' in white or black, viridis, ticks every 5", 1350, 813,
            fn="heatmap_random", cell_values=True, cmap="viridis", colorbar=True),
    mlx_fig("heatmap_10_0", 10, "numeric", "the same 20x30 random matrix without printed "
            "values", 1350, 813, fn="heatmap_random", cell_values=False, cmap="viridis",
            colorbar=True),
    mlx_fig("heatmap_13_0", 13, "annotated", "5x5 correlation matrix of the Boston housing "
            "columns, printed '.2f' (hyphen-minus), PiYG, clim -1..1, 45 degree x labels",
            539, 445, fn="heatmap_housing", cmap="PiYG", colorbar=True),
]


GCP_SRC = {"repo": "kassambara/ggcorrplot", "commit": "3797a7a63a4d8e2c7d38d1b69ec82d2ea6420057",
           "licence": "GPL-2 (DESCRIPTION)"}


def gcp_fig(png, case, notes, call, width=780, height=750, **kw):
    return dict(kw, name="gcp_README-" + png, dir="ggcorrplot", kind="ggcorrplot",
                case=case, notes=notes, width=width, height=height,
                source=dict(GCP_SRC, path=f"man/figures/README-{png}.png",
                            data="README.Rmd (figures last written in 731717b): "
                                 "corr <- round(cor(mtcars), 1); p.mat <- cor_pmat(mtcars); "
                                 + call))


FIGURES += [
    gcp_fig("basic-1", "categorical", "11x11 correlation tiles in mtcars order, grey "
            "outlines, blue-white-red gradient2, legend 'Corr' -1..1, theme_minimal",
            "ggcorrplot(corr)"),
    gcp_fig("cluster-2", "categorical", "hclust order with three dark cluster rectangles "
            "drawn over the tiles", "ggcorrplot(corr, hc.order = TRUE, hc.rect = 3, "
            "outline.color = 'white')", hc_order=True),
    gcp_fig("triangle-2", "gaps", "upper triangle without the diagonal: 10x10 with the "
            "lower-left half empty (null)", "ggcorrplot(corr, hc.order = TRUE, type = "
            "'upper', outline.color = 'white')", hc_order=True, type="upper"),
    gcp_fig("labels-1", "annotated", "lower triangle with every coefficient printed "
            "(hyphen-minus, one decimal)", "ggcorrplot(corr, hc.order = TRUE, type = "
            "'lower', lab = TRUE)", width=840, height=810, hc_order=True, type="lower"),
    gcp_fig("insig-1", "gaps", "lower triangle, black crosses over the cells whose "
            "correlation is not significant (values still drawn)", "ggcorrplot(corr, "
            "hc.order = TRUE, type = 'lower', p.mat = p.mat)", hc_order=True, type="lower"),
    gcp_fig("colors-1", "gaps", "lower triangle on ggplot2's grey panel (theme_gray), "
            "white outlines, steel-blue/white/orange gradient", "ggcorrplot(corr, hc.order = "
            "TRUE, type = 'lower', outline.color = 'white', ggtheme = ggplot2::theme_gray, "
            "colors = c('#6D9EC1', 'white', '#E46726'))", width=840, height=810,
            hc_order=True, type="lower"),
]


def build(fig):
    if fig["kind"] == "plotly":
        t = plotly_truth(fig)
    elif fig["kind"] == "ggcorrplot":
        t = ggcorrplot_truth(fig)
    elif fig["kind"] == "mlxtend":
        t = mlxtend_truth(fig)
    else:
        raise ValueError(fig["kind"])
    t["family"] = "others-" + fig["dir"]
    t["case"] = fig["case"]
    t["notes"] = fig["notes"]
    t["source"] = dict(fig["source"], blob=BLOBS[f"{fig['dir']}/{fig['name']}.png"])
    return t


# git blob ids of the PNGs in their source repositories (`git rev-parse COMMIT:PATH`);
# a PNG copied byte for byte has the same id (`git hash-object FILE`), checked below.
BLOBS = json.load(open(os.path.join(HERE, "blobs.json")))


def git_blob_id(path):
    import hashlib
    data = open(path, "rb").read()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--table", action="store_true", help="print README.md's table and stop")
    a = ap.parse_args()
    if a.table:
        print("| file | source repo | path | commit | licence | what generated it |")
        print("|---|---|---|---|---|---|")
        for fig in FIGURES:
            src = fig["source"]
            repo = src["repo"] + (" (via the fork " + src["copied_from"].split(",")[0] + ")"
                                  if src.get("copied_from") else "")
            lic = src["licence"].split(" (")[0]
            print(f"| `{fig['dir']}/{fig['name']}.png` | {repo} | `{src['path']}` | "
                  f"`{src['commit']}` | {lic} | {fig['notes']}; data: {src['data']} |")
        return
    changed = 0
    for fig in FIGURES:
        if a.only and fig["name"] != a.only:
            continue
        t = build(fig)
        png = os.path.join(HERE, fig["dir"], fig["name"] + ".png")
        if git_blob_id(png) != t["source"]["blob"]:
            sys.exit(f"{png}: not the source's bytes (git blob id differs)")
        path = os.path.join(HERE, fig["dir"], fig["name"] + ".truth.json")
        text = json.dumps(t, indent=1, ensure_ascii=False) + "\n"
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            changed += 1
            if not a.check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            print(("would change " if a.check else "wrote ") + os.path.relpath(path, HERE))
    print(f"{len(FIGURES)} figures, {changed} changed")
    sys.exit(1 if a.check and changed else 0)


if __name__ == "__main__":
    main()
