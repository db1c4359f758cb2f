"""heatlib.py - shared helpers for FigScribe's golden images and evaluation sets.

Draws one heatmap "spec" with one of five renderers and returns the PNG plus a
truth dict in the shape of shared/docs/figure-json.md.  The truth comes from
the data and the settings handed to the renderer (matrix, colour-scale ends,
label strings, tick positions), read back from the renderer where it offers it:

  mpl / seaborn  matplotlib artists after fig.canvas.draw() (texts, ticks, box)
  plotnine       the same (plotnine draws with matplotlib)
  vega           vl_convert.vegalite_to_scenegraph (rect marks, texts, legend)
  gnuplot        GPVAL_TERM_* after plotting (plot border = tile area)
  r              R ggplot2; tile area measured from a probe render

Every grid.box is cross-checked against a "probe" render (same figure, tiles
drawn pure magenta) and every cell's colour is compared with the colour the
renderer says it drew (check_cells).  A spec is a dict; see render.py.
"""
import json
import math
import os
import subprocess
import tempfile

import numpy as np
from PIL import Image

SCHEMA = "figscribe/heatmap@1"
MAGENTA = "#ff00ff"


# ----------------------------------------------------------------------------- small utils

def rsig(v, sig=6):
    v = float(v)
    if v == 0 or not math.isfinite(v):
        return 0.0 if v == 0 else v
    return float(f"{v:.{sig}g}")


def collapse(s):
    if s is None:
        return None
    s = " ".join(str(s).split())
    return s or None


def cmap_hex(name, n=33):
    import matplotlib
    cm = matplotlib.colormaps[name]
    out = []
    for i in range(n):
        r, g, b, _ = cm(i / (n - 1))
        out.append("#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255)))
    return out


def lut_rgb(name, n=1024):
    import matplotlib
    cm = matplotlib.colormaps[name]
    return (np.array([cm(i / (n - 1))[:3] for i in range(n)]) * 255.0)


def matrix(spec):
    return np.array([[np.nan if v is None else float(v) for v in row] for row in spec["M"]])


def values_json(M):
    return [[None if not math.isfinite(v) else rsig(v) for v in row] for row in M]


def hex_rgb(h):
    h = h.strip()
    if h.startswith("rgb("):
        return tuple(float(x) for x in h[4:-1].split(","))
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


# ----------------------------------------------------------------------------- truth

def truth_dict(spec, png_path, box, xt=None, yt=None, ct=None, texts=None):
    """Contract-shaped truth.  xt/yt/ct override the spec's tick lists when the
    renderer reported them; texts overrides title/labels."""
    W, H = Image.open(png_path).size
    M = matrix(spec)
    t = dict(title=spec.get("title"), xlabel=spec.get("xlabel"), ylabel=spec.get("ylabel"),
             clabel=spec.get("clabel"))
    if texts:
        t.update(texts)
    xt = xt if xt is not None else [{"text": a, "position": float(p)} for a, p in spec["xticks"]]
    yt = yt if yt is not None else [{"text": a, "position": float(p)} for a, p in spec["yticks"]]
    ct = ct if ct is not None else [{"text": a, "value": rsig(v)} for a, v in spec["cticks"]]
    for lst in (xt, yt):
        for d in lst:
            d["text"] = collapse(d["text"])
            d["position"] = round(float(d["position"]), 4)
        lst.sort(key=lambda d: d["position"])
    ct.sort(key=lambda d: d["value"])
    return {
        "schema": SCHEMA,
        "image": {"file": os.path.basename(png_path), "width": W, "height": H},
        "title": collapse(t["title"]),
        "xAxis": {"label": collapse(t["xlabel"]), "ticks": xt},
        "yAxis": {"label": collapse(t["ylabel"]), "ticks": yt},
        "colorbar": {"label": collapse(t["clabel"]), "orientation": spec["orient"],
                     "min": rsig(spec["vmin"]), "max": rsig(spec["vmax"]), "scale": "linear",
                     "colormap": spec.get("cmap_name", spec.get("cmap")), "ticks": ct},
        "grid": {"rows": M.shape[0], "columns": M.shape[1],
                 "box": {k: round(float(v), 1) for k, v in box.items()}},
        "values": values_json(M),
        "warnings": [],
    }


# ----------------------------------------------------------------------------- checks

def probe_box(png_path):
    """Pixel rectangle of the largest magenta blob (the tiles of a probe render):
    a pixel counts when it is nearer to magenta than half way to its background."""
    from scipy import ndimage
    a = np.asarray(Image.open(png_path).convert("RGB")).astype(float)
    d = np.abs(a - np.array([255, 0, 255])).sum(axis=2)
    mask = d < 160
    lab, n = ndimage.label(mask)
    if n == 0:
        raise RuntimeError(f"{png_path}: no magenta in probe")
    sizes = ndimage.sum(mask, lab, range(1, n + 1))
    k = int(np.argmax(sizes)) + 1
    ys, xs = np.where(lab == k)
    x0, x1, y0, y1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1
    # sub-pixel edges from the anti-aliased coverage of the edge pixels, read on
    # the middle row / column: coverage = 1 - distance to magenta / distance of the
    # background (two pixels outside) to magenta
    a2 = a.astype(float)
    mag = np.array([255.0, 0.0, 255.0])

    def cov(px, bg):
        db = np.abs(bg - mag).sum()
        if db < 60:
            return 1.0
        return float(np.clip(1 - np.abs(px - mag).sum() / db, 0, 1))

    ym, xm = (y0 + y1) // 2, (x0 + x1) // 2
    Hh, Ww = a.shape[:2]

    def edge(lo_px, lo_out, bg):
        # lo_px: the first pixel inside, lo_out: the one before it (outside)
        return (1 - cov(lo_px, bg)) - (cov(lo_out, bg) if lo_out is not None else 0)

    left = x0 + edge(a2[ym, x0], a2[ym, x0 - 1] if x0 > 0 else None, a2[ym, max(0, x0 - 3)])
    right = x1 - edge(a2[ym, x1 - 1], a2[ym, x1] if x1 < Ww else None, a2[ym, min(Ww - 1, x1 + 2)])
    top = y0 + edge(a2[y0, xm], a2[y0 - 1, xm] if y0 > 0 else None, a2[max(0, y0 - 3), xm])
    bot = y1 - edge(a2[y1 - 1, xm], a2[y1, xm] if y1 < Hh else None, a2[min(Hh - 1, y1 + 2), xm])
    return {"x": round(float(left), 2), "y": round(float(top), 2),
            "width": round(float(right - left), 2), "height": round(float(bot - top), 2)}


def box_close(a, b, tol=1.01):
    return all(abs(a[k] - b[k]) <= tol for k in ("x", "y", "width", "height"))


def check_cells(png_path, box, rows, cols, expected, tol=12.0, annot=False):
    """expected[r][c]: the (r, g, b) 0..255 the renderer drew in that cell, or None
    for a null cell (then the cell must not match its neighbours' colour scale -
    we only require it to differ from the expected colours around it by being
    flat).  Returns (worst colour distance, list of problems)."""
    a = np.asarray(Image.open(png_path).convert("RGB")).astype(float)
    cw, ch = box["width"] / cols, box["height"] / rows
    worst, probs = 0.0, []
    for r in range(rows):
        for c in range(cols):
            x0 = box["x"] + (c + 0.3) * cw
            x1 = box["x"] + (c + 0.7) * cw
            y0 = box["y"] + (r + 0.3) * ch
            y1 = box["y"] + (r + 0.7) * ch
            xs = slice(int(math.floor(x0)), max(int(math.floor(x0)) + 1, int(math.ceil(x1))))
            ys = slice(int(math.floor(y0)), max(int(math.floor(y0)) + 1, int(math.ceil(y1))))
            patch = a[ys, xs].reshape(-1, 3)
            if annot:  # keep the half of the pixels nearest to the median (skip text)
                med = np.median(patch, axis=0)
                dd = np.abs(patch - med).sum(axis=1)
                patch = patch[dd <= np.median(dd)]
            got = np.median(patch, axis=0)
            exp = expected[r][c]
            if exp is None:
                continue
            dist = float(np.abs(got - np.array(exp, dtype=float)).max())
            worst = max(worst, dist)
            if dist > tol:
                probs.append(f"cell {r},{c}: got {got.round()} want {exp}")
    return worst, probs


def expected_from_cmap(spec, lut_name=None):
    import matplotlib
    cm = matplotlib.colormaps[lut_name or spec["cmap"]]
    M = matrix(spec)
    span = spec["vmax"] - spec["vmin"]
    out = []
    for row in M:
        o = []
        for v in row:
            if not math.isfinite(v):
                o.append(None)
            else:
                t = min(1.0, max(0.0, (v - spec["vmin"]) / span))
                o.append(tuple(round(x * 255) for x in cm(t)[:3]))
        out.append(o)
    return out


def save_png(src, dst, mode="RGB"):
    im = Image.open(src)
    if mode == "RGB" and im.mode != "RGB":
        if im.mode in ("RGBA", "LA", "P"):
            im = im.convert("RGBA")
            bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
            bg.alpha_composite(im)
            im = bg
        im = im.convert("RGB")
    im.save(dst, format="PNG", optimize=True)


# ============================================================================= matplotlib

def render_mpl(spec, out_png):
    """matplotlib imshow or seaborn.heatmap.  spec["kind"]: "imshow" | "seaborn"."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    M = matrix(spec)
    rows, cols = M.shape
    W, H = spec["size"]
    dpi = spec.get("dpi", 100)
    plt.rcParams.update({"font.family": "DejaVu Sans", "font.size": spec.get("font", 10)})
    cmap = matplotlib.colormaps[spec["cmap"]].copy()
    if spec.get("bad"):
        cmap.set_bad(spec["bad"])
    fig = plt.figure(figsize=(W / dpi, H / dpi), dpi=dpi)
    ax = fig.add_subplot(111)
    orient = spec["orient"]
    if spec["kind"] == "seaborn":
        import seaborn as sns
        kw = dict(cmap=cmap, vmin=spec["vmin"], vmax=spec["vmax"], ax=ax,
                  linewidths=spec.get("linewidths", 0), linecolor="white",
                  annot=spec.get("annot", False), square=spec.get("square", False),
                  cbar_kws={"orientation": orient, "label": spec.get("clabel") or ""},
                  xticklabels=True, yticklabels=True)
        if spec.get("annot"):
            kw["fmt"] = spec.get("fmt", ".2f")
            kw["annot_kws"] = {"size": spec.get("annot_size", 9)}
        data = np.ma.masked_invalid(M)
        sns.heatmap(data, mask=~np.isfinite(M), **kw)
        cbar = ax.collections[0].colorbar
        mappable = ax.collections[0]
        # seaborn puts ticks at c + 0.5; set our labels there
        ax.set_xticks([p + 0.5 for _, p in spec["xticks"]])
        ax.set_xticklabels([t for t, _ in spec["xticks"]])
        ax.set_yticks([p + 0.5 for _, p in spec["yticks"]])
        ax.set_yticklabels([t for t, _ in spec["yticks"]])
        x_first, x_last, y_first, y_last = 0, cols, 0, rows
    else:
        im = ax.imshow(np.ma.masked_invalid(M), cmap=cmap, vmin=spec["vmin"], vmax=spec["vmax"],
                       interpolation="nearest", aspect=spec.get("aspect", "auto"))
        mappable = im
        cbar = fig.colorbar(im, ax=ax, orientation=orient,
                            # Below the axes, clear of the x label (the default pad hides it).
                            **({"fraction": 0.08, "pad": 0.4} if orient == "horizontal" else {}))
        if spec.get("clabel"):
            cbar.set_label(spec["clabel"])
        ax.set_xticks([p for _, p in spec["xticks"]])
        ax.set_xticklabels([t for t, _ in spec["xticks"]])
        ax.set_yticks([p for _, p in spec["yticks"]])
        ax.set_yticklabels([t for t, _ in spec["yticks"]])
        x_first, x_last, y_first, y_last = -0.5, cols - 0.5, -0.5, rows - 0.5
    if spec.get("cticks"):
        cbar.set_ticks([v for _, v in spec["cticks"]])
        cbar.set_ticklabels([t for t, _ in spec["cticks"]])
    rot = spec.get("xrot", 0)
    plt.setp(ax.get_xticklabels(), rotation=rot,
             ha="right" if rot and rot != 90 else "center",
             rotation_mode="anchor" if rot and rot != 90 else "default")
    plt.setp(ax.get_yticklabels(), rotation=0)
    ax.set_xlabel(spec.get("xlabel") or "")
    ax.set_ylabel(spec.get("ylabel") or "")
    if spec.get("title"):
        ax.set_title(spec["title"])
    fig.tight_layout()
    fig.canvas.draw()

    Wp, Hp = fig.canvas.get_width_height(physical=True)
    to_px = ax.transData.transform
    tl = to_px((x_first, y_first))
    br = to_px((x_last, y_last))
    if tl[1] < br[1]:
        raise RuntimeError("y axis not inverted: top row is not row 0")
    box = {"x": float(tl[0]), "y": float(Hp - tl[1]), "width": float(br[0] - tl[0]),
           "height": float(tl[1] - br[1])}

    def ticks(axis, horizontal):
        out = []
        for t in axis._update_ticks():
            if not t.get_visible() or not collapse(t.label1.get_text()):
                continue
            xy = t.tick1line.get_transform().transform(t.tick1line.get_xydata()[0])
            if horizontal:
                pos = (xy[0] - tl[0]) / box["width"] * cols - 0.5
            else:
                pos = (tl[1] - xy[1]) / box["height"] * rows - 0.5
            out.append({"text": collapse(t.label1.get_text()), "position": pos})
        return out

    xt, yt = ticks(ax.xaxis, True), ticks(ax.yaxis, False)
    for got, want in ((xt, spec["xticks"]), (yt, spec["yticks"])):
        if len(got) != len(want):
            raise RuntimeError(f"{len(got)} ticks drawn, {len(want)} wanted")
        for g, (wt, wp) in zip(sorted(got, key=lambda d: d["position"]), want):
            if g["text"] != collapse(wt) or abs(g["position"] - wp) > 0.02:
                raise RuntimeError(f"tick {g} != {(wt, wp)}")
            g["position"] = float(wp)
    vmin, vmax = float(mappable.norm.vmin), float(mappable.norm.vmax)
    ct = []
    for t in cbar.long_axis._update_ticks():
        v = float(t.get_loc())
        if vmin - 1e-9 <= v <= vmax + 1e-9 and collapse(t.label1.get_text()):
            ct.append({"text": collapse(t.label1.get_text()), "value": rsig(v)})
    texts = {"title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
             "clabel": cbar.long_axis.get_label().get_text()}
    buf = np.asarray(fig.canvas.buffer_rgba()).copy()
    plt.close(fig)
    Image.fromarray(buf).convert("RGB").save(out_png, format="PNG", optimize=True)
    spec = dict(spec, vmin=vmin, vmax=vmax)
    truth = truth_dict(spec, out_png, box, xt, yt, ct, texts)
    expected = expected_from_cmap(spec)
    return truth, expected, {"box_source": "matplotlib transData (exact)",
                             "matplotlib": matplotlib.__version__}


# ============================================================================= plotnine

def render_plotnine(spec, out_png, probe=False):
    import matplotlib
    matplotlib.use("Agg")
    import pandas as pd
    import plotnine as p9
    M = matrix(spec)
    rows, cols = M.shape
    recs = [{"x": c, "y": r, "v": M[r, c]} for r in range(rows) for c in range(cols)]
    df = pd.DataFrame(recs)
    if spec.get("drop_nan", True):
        df = df[np.isfinite(df["v"])]
    limits = (spec["vmin"], spec["vmax"])
    br = [v for _, v in spec["cticks"]]
    lb = [t for t, _ in spec["cticks"]]
    if probe:
        fill = p9.scale_fill_gradient(low=MAGENTA, high=MAGENTA, limits=limits, breaks=br,
                                      labels=lb, name=spec.get("clabel") or "")
    elif spec.get("gradient"):
        lo, hi = spec["gradient"]
        fill = p9.scale_fill_gradient(low=lo, high=hi, limits=limits, breaks=br, labels=lb,
                                      name=spec.get("clabel") or "")
    else:
        fill = p9.scale_fill_gradientn(colors=cmap_hex(spec["cmap"]), limits=limits,
                                       breaks=br, labels=lb, name=spec.get("clabel") or "")
    exp = spec.get("expand", True)
    xs = p9.scale_x_continuous(breaks=[p for _, p in spec["xticks"]],
                               labels=[t for t, _ in spec["xticks"]],
                               **({} if exp else {"expand": (0, 0)}))
    ys = p9.scale_y_reverse(breaks=[p for _, p in spec["yticks"]],
                            labels=[t for t, _ in spec["yticks"]],
                            **({} if exp else {"expand": (0, 0)}))
    W, H = spec["size"]
    dpi = spec.get("dpi", 100)
    rot = spec.get("xrot", 0)
    theme = {"gray": p9.theme_gray, "bw": p9.theme_bw}[spec.get("theme", "gray")]
    th = theme(base_family="DejaVu Sans", base_size=spec.get("font", 10)) + \
        p9.theme(figure_size=(W / dpi, H / dpi), dpi=dpi,
                 axis_text_x=p9.element_text(rotation=rot, ha="right" if rot else "center",
                                             va="top"))
    if spec["orient"] == "horizontal":
        th = th + p9.theme(legend_position="bottom", legend_direction="horizontal",
                           legend_key_width=spec.get("legend_len", 150))
    else:
        th = th + p9.theme(legend_key_height=spec.get("legend_len", 120))
    p = (p9.ggplot(df, p9.aes("x", "y", fill="v")) + p9.geom_tile() + fill + xs + ys +
         p9.labs(title=spec.get("title") or "", x=spec.get("xlabel") or "",
                 y=spec.get("ylabel") or "") + th)
    fig = p.draw()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    if not hasattr(fig.canvas, "buffer_rgba"):
        FigureCanvasAgg(fig)
    fig.canvas.draw()
    ax = fig.axes[0]
    Wp, Hp = fig.canvas.get_width_height(physical=True)
    # scale_y_reverse: the axes hold -y
    tl = ax.transData.transform((-0.5, 0.5))
    brp = ax.transData.transform((cols - 0.5, -(rows - 0.5)))
    if brp[1] > tl[1]:
        raise RuntimeError("plotnine y not reversed")
    box = {"x": float(tl[0]), "y": float(Hp - tl[1]), "width": float(brp[0] - tl[0]),
           "height": float(tl[1] - brp[1])}
    # drawn tick labels
    got_x = [(collapse(t.get_text()), t.get_position()[0]) for t in ax.get_xticklabels()
             if collapse(t.get_text())]
    got_y = [(collapse(t.get_text()), t.get_position()[1]) for t in ax.get_yticklabels()
             if collapse(t.get_text())]
    for got, want, sgn in ((got_x, spec["xticks"], 1), (got_y, spec["yticks"], -1)):
        gs = sorted((t, sgn * p) for t, p in got)
        ws = sorted((collapse(t), p) for t, p in want)
        if [g[0] for g in gs] != [w[0] for w in ws] or \
                any(abs(g[1] - w[1]) > 1e-6 for g, w in zip(gs, ws)):
            raise RuntimeError(f"plotnine ticks {gs} != {ws}")
    # the colours plotnine gave each tile
    coll = [c for c in ax.collections if len(c.get_facecolors()) == len(df)]
    fcs = coll[0].get_facecolors() if coll else None
    expected = [[None] * cols for _ in range(rows)]
    if fcs is not None:
        for (x, y), fc in zip(df[["x", "y"]].itertuples(index=False), fcs):
            expected[int(y)][int(x)] = tuple(round(v * 255) for v in fc[:3])
    buf = np.asarray(fig.canvas.buffer_rgba()).copy()
    import matplotlib.pyplot as plt
    plt.close(fig)
    Image.fromarray(buf).convert("RGB").save(out_png, format="PNG", optimize=True)
    truth = truth_dict(spec, out_png, box, texts={"title": spec.get("title") or None})
    return truth, expected, {"box_source": "matplotlib transData of plotnine axes (exact)",
                             "plotnine": p9.__version__}


# ============================================================================= Vega-Lite

def vega_spec(spec, probe=False):
    M = matrix(spec)
    rows, cols = M.shape
    vals = [{"c": c, "r": r, "v": (None if not math.isfinite(M[r, c]) else float(M[r, c]))}
            for r in range(rows) for c in range(cols)]
    vals = [d for d in vals if d["v"] is not None]
    xlab = {int(p): t for t, p in spec["xticks"]}
    ylab = {int(p): t for t, p in spec["yticks"]}
    for t, p in spec["xticks"] + spec["yticks"]:
        if p != int(p):
            raise ValueError("vega ordinal axes take integer tick positions only")

    def lexpr(d):
        return "{" + ",".join(f"'{k}': {json.dumps(v)}" for k, v in d.items()) + "}[datum.value]"

    scale = {"domain": [spec["vmin"], spec["vmax"]], "nice": False, "zero": False,
             "clamp": True}
    if probe:
        scale["range"] = [MAGENTA, MAGENTA]
    elif spec.get("scheme"):
        scale["scheme"] = spec["scheme"]
    else:
        scale["range"] = cmap_hex(spec["cmap"], 17)
        scale["interpolate"] = "rgb"
    legend = {"values": [v for _, v in spec["cticks"]],
              "labelExpr": lexpr({js_num(v): t for t, v in spec["cticks"]}).replace(
                  "[datum.value]", "[''+datum.value]"),
              "title": spec.get("clabel"), "direction": spec["orient"],
              "gradientLength": spec.get("legend_len", 200)}
    if spec["orient"] == "horizontal":
        legend["orient"] = spec.get("legend_orient", "bottom")
    rot = spec.get("xrot", 0)
    width, height = spec["plot_size"]
    vl = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": width, "height": height, "background": "white",
        "data": {"values": vals}, "mark": {"type": "rect"},
        "encoding": {
            "x": {"field": "c", "type": "ordinal", "title": spec.get("xlabel"),
                  "scale": {"domain": list(range(cols))},
                  "axis": {"values": sorted(xlab), "labelExpr": lexpr(xlab).replace(
                      "[datum.value]", "[''+datum.value]"), "labelAngle": -rot if rot else 0,
                      "labelLimit": 400}},
            "y": {"field": "r", "type": "ordinal", "title": spec.get("ylabel"),
                  "scale": {"domain": list(range(rows))},
                  "axis": {"values": sorted(ylab), "labelExpr": lexpr(ylab).replace(
                      "[datum.value]", "[''+datum.value]"), "labelLimit": 400}},
            "color": {"field": "v", "type": "quantitative", "scale": scale, "legend": legend},
        },
        "config": {"font": "DejaVu Sans", "axis": {"labelFontSize": spec.get("font", 11),
                                                    "titleFontSize": spec.get("font", 11) + 1},
                   "legend": {"labelFontSize": spec.get("font", 11),
                              "titleFontSize": spec.get("font", 11)},
                   "view": {"stroke": None}},
    }
    if spec.get("title"):
        vl["title"] = spec["title"]
    if probe:  # the axis domain lines lie over the first tile column: hide them
        vl["config"]["axis"]["domain"] = False
    return vl


def js_num(v):
    """A number as JavaScript's String(v) writes it (for the common cases)."""
    v = float(v)
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def _walk(node, ox, oy, out):
    if isinstance(node, dict) and "marktype" in node:
        for it in node.get("items", []):
            x, y = ox + it.get("x", 0), oy + it.get("y", 0)
            out.append((node["marktype"], node.get("role"), x, y, it))
            _walk(it, x, y, out)
    elif isinstance(node, dict):
        for it in node.get("items", []):
            _walk(it, ox, oy, out)


def render_vega(spec, out_png, scale=1):
    import vl_convert as vlc
    vl = vega_spec(spec)
    M = matrix(spec)
    rows, cols = M.shape
    sg = vlc.vegalite_to_scenegraph(vl)
    items = []
    _walk(sg["scenegraph"], sg["origin"][0], sg["origin"][1], items)
    rects = [(x, y, it) for mt, role, x, y, it in items if mt == "rect" and role == "mark"]
    xs0 = min(x for x, _, _ in rects)
    ys0 = min(y for _, y, _ in rects)
    xs1 = max(x + it["width"] for x, _, it in rects)
    ys1 = max(y + it["height"] for _, y, it in rects)
    box = {"x": xs0 * scale, "y": ys0 * scale, "width": (xs1 - xs0) * scale,
           "height": (ys1 - ys0) * scale}
    cw, ch = (xs1 - xs0) / cols, (ys1 - ys0) / rows
    expected = [[None] * cols for _ in range(rows)]
    for x, y, it in rects:
        c = round((x - xs0) / cw)
        r = round((y - ys0) / ch)
        expected[r][c] = hex_rgb(it["fill"])
    # texts as drawn
    def texts(role):
        return [(it.get("text"), x, y, it) for mt, rl, x, y, it in items
                if mt == "text" and rl == role]
    labels = texts("axis-label")
    ticks_x, ticks_y = [], []
    for txt, x, y, it in labels:
        if it.get("align") == "right" and it.get("angle", 0) == 0 and x < xs0:
            pos = (y - ys0) / ch - 0.5 + 0.5 / ch  # label y is 0.5 px above the tick
            ticks_y.append({"text": txt, "position": pos})
        else:
            pos = (x - xs0) / cw - 0.5 + 0.5 / cw
            ticks_x.append({"text": txt, "position": pos})
    for got, want in ((ticks_x, spec["xticks"]), (ticks_y, spec["yticks"])):
        g = sorted(got, key=lambda d: d["position"])
        if [d["text"] for d in g] != [collapse(t) for t, _ in want] or \
                any(abs(d["position"] - p) > 0.05 for d, (_, p) in zip(g, want)):
            raise RuntimeError(f"vega ticks {g} != {want}")
        for d, (_, p) in zip(g, want):
            d["position"] = float(p)
    leg = texts("legend-label")
    if sorted(t for t, *_ in leg) != sorted(t for t, _ in spec["cticks"]):
        raise RuntimeError(f"vega legend labels {[t for t, *_ in leg]} != {spec['cticks']}")
    title = [t for t, *_ in texts("title-text")]
    axt = texts("axis-title")
    lt = [t for t, *_ in texts("legend-title")]
    xt_title = [t for t, x, y, it in axt if it.get("angle", 0) == 0]
    yt_title = [t for t, x, y, it in axt if it.get("angle", 0) != 0]
    got_texts = {"title": title[0] if title else None,
                 "xlabel": xt_title[0] if xt_title else None,
                 "ylabel": yt_title[0] if yt_title else None,
                 "clabel": lt[0] if lt else None}
    for k, key in (("title", "title"), ("xlabel", "xlabel"), ("ylabel", "ylabel"),
                   ("clabel", "clabel")):
        if collapse(got_texts[k]) != collapse(spec.get(key)):
            raise RuntimeError(f"vega {k}: drawn {got_texts[k]!r}, spec {spec.get(key)!r}")
    with open(out_png + ".tmp", "wb") as f:
        f.write(vlc.vegalite_to_png(vl, scale=scale))
    save_png(out_png + ".tmp", out_png)
    os.remove(out_png + ".tmp")
    # probe render to confirm the scenegraph -> pixel mapping
    with tempfile.TemporaryDirectory() as td:
        pp = os.path.join(td, "probe.png")
        with open(pp, "wb") as f:
            f.write(vlc.vegalite_to_png(vega_spec(dict(spec, M=[[0.0] * cols] * rows),
                                                  probe=True), scale=scale))
        pb = probe_box(pp)
    if not box_close(box, pb, 0.6 * scale):
        raise RuntimeError(f"vega box {box} but probe {pb}")
    truth = truth_dict(spec, out_png, box, ticks_x, ticks_y)
    return truth, expected, {"box_source": "Vega scenegraph rect marks (exact), probe-checked",
                             "vega": vlc.get_vega_version(),
                             "vega_lite": vlc.get_vegalite_versions()[-1],
                             "vl_convert": vlc.__version__}


# ============================================================================= gnuplot

def gnuplot_script(spec, out_png, probe=False):
    M = matrix(spec)
    rows, cols = M.shape
    W, H = spec["size"]
    q = lambda s: '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'  # noqa: E731
    L = [f'set terminal pngcairo size {W},{H} font "DejaVu Sans,{spec.get("font", 10)}" '
         f'noenhanced background "#ffffff"',
         "set encoding utf8", f"set output {q(out_png)}",
         f"set xrange [-0.5:{cols - 0.5}]", f"set yrange [{rows - 0.5}:-0.5]",
         f"set cbrange [{spec['vmin']!r}:{spec['vmax']!r}]", "set tics out nomirror",
         "set border lw 1"]
    if spec.get("title"):
        L.append(f"set title {q(spec['title'])}")
    if spec.get("xlabel"):
        L.append(f"set xlabel {q(spec['xlabel'])}")
    if spec.get("ylabel"):
        L.append(f"set ylabel {q(spec['ylabel'])}")
    if spec.get("clabel"):
        L.append(f"set cblabel {q(spec['clabel'])}")
    rot = spec.get("xrot", 0)
    rs = f" rotate by {rot} right" if rot else ""
    L.append(f"set xtics ({', '.join(f'{q(t)} {p!r}' for t, p in spec['xticks'])}){rs}")
    L.append(f"set ytics ({', '.join(f'{q(t)} {p!r}' for t, p in spec['yticks'])})")
    L.append(f"set cbtics ({', '.join(f'{q(t)} {v!r}' for t, v in spec['cticks'])})")
    if probe:
        L.append('set palette defined (0 "#ff00ff", 1 "#ff00ff")')
    else:
        hx = cmap_hex(spec["cmap"], 65)
        L.append("set palette defined (" + ", ".join(f'{i} "{h}"' for i, h in enumerate(hx)) + ")")
    for k in ("lmargin", "rmargin", "tmargin", "bmargin"):
        if spec.get(k) is not None:
            L.append(f"set {k} at screen {spec[k]}")
    if spec["orient"] == "horizontal":
        ox, oy, sx, sy = spec.get("cbox", (0.15, 0.06, 0.7, 0.035))
        L.append(f"set colorbox horizontal user origin screen {ox},{oy} size screen {sx},{sy}")
    L.append("set datafile missing 'NaN'")
    L.append("plot '-' matrix with image" + (" pixels" if spec.get("pixels") else "") +
             " notitle")
    for row in M:
        L.append(" ".join("NaN" if not math.isfinite(v) else repr(float(v)) for v in row))
    L.append("e")
    L.append('print sprintf("%.4f %.4f %.4f %.4f", GPVAL_TERM_XMIN, GPVAL_TERM_XMAX, '
             'GPVAL_TERM_YMIN, GPVAL_TERM_YMAX)')
    return "\n".join(L) + "\n"


def run_gnuplot(script):
    with tempfile.NamedTemporaryFile("w", suffix=".gp", delete=False) as f:
        f.write(script)
        fn = f.name
    try:
        p = subprocess.run(["gnuplot", fn], capture_output=True, text=True, timeout=60)
    finally:
        os.remove(fn)
    if p.returncode != 0:
        raise RuntimeError("gnuplot: " + p.stderr[-500:])
    return p.stderr  # print writes to stderr


def render_gnuplot(spec, out_png):
    M = matrix(spec)
    rows, cols = M.shape
    W, H = spec["size"]
    tmp = out_png + ".tmp.png"
    err = run_gnuplot(gnuplot_script(spec, tmp))
    nums = [float(x) for x in err.strip().splitlines()[-1].split()]
    x0, x1, y0, y1 = nums
    # cairo terminals report pixels with y from the bottom edge
    border = {"x": x0, "y": H - y1, "width": x1 - x0, "height": y1 - y0}
    save_png(tmp, out_png)
    os.remove(tmp)
    # the image itself sits about half a pixel from the border line's coordinates:
    # measure it on a probe render without the border, tiles in magenta
    with tempfile.TemporaryDirectory() as td:
        pp = os.path.join(td, "probe.png")
        sc = gnuplot_script(dict(spec, M=[[spec["vmin"]] * cols] * rows), pp, True)
        run_gnuplot(sc.replace("set border lw 1", "unset border"))
        box = probe_box(pp)
    if not box_close(box, border, 1.0):
        raise RuntimeError(f"gnuplot border {border} but probe {box}")
    # palette defined by 65 stops of the matplotlib colormap, linear in RGB between them
    expected = expected_from_cmap(spec)
    v = subprocess.run(["gnuplot", "--version"], capture_output=True, text=True).stdout.strip()
    return truth_dict(spec, out_png, box), expected, {
        "box_source": "measured: image extent on a border-less probe render (sub-pixel "
                      "coverage), within 1 px of GPVAL_TERM_* plot border",
        "gnuplot": v}


# ============================================================================= R ggplot2

def r_script(spec, out_png, csv_out, probe=False):
    M = matrix(spec)
    rows, cols = M.shape
    W, H = spec["size"]
    res = spec.get("dpi", 96)
    s = lambda x: "NULL" if x is None else json.dumps(str(x), ensure_ascii=False)  # noqa: E731
    num = lambda xs: "c(" + ", ".join(repr(float(x)) for x in xs) + ")"  # noqa: E731
    strs = lambda xs: "c(" + ", ".join(s(x) for x in xs) + ")"  # noqa: E731
    vals = ", ".join("NA" if not math.isfinite(v) else repr(float(v)) for v in M.ravel())
    if probe:
        fill = (f'scale_fill_gradient(low="{MAGENTA}", high="{MAGENTA}", '
                f'limits=c({spec["vmin"]!r},{spec["vmax"]!r}), na.value="{MAGENTA}", ')
    elif spec.get("r_fill") == "viridis":
        fill = (f'scale_fill_viridis_c(option="{spec.get("viridis_option", "D")}", '
                f'limits=c({spec["vmin"]!r},{spec["vmax"]!r}), ')
    else:
        fill = (f'scale_fill_gradientn(colours={strs(cmap_hex(spec["cmap"]))}, '
                f'limits=c({spec["vmin"]!r},{spec["vmax"]!r}), ')
    fill += (f'breaks={num([v for _, v in spec["cticks"]])}, '
             f'labels={strs([t for t, _ in spec["cticks"]])}, name={s(spec.get("clabel") or "")})')
    exp = "" if spec.get("expand", True) else ", expand=c(0,0)"
    rot = spec.get("xrot", 0)
    axis_x = (f'element_text(angle={rot}, hjust=1, vjust={0.5 if rot == 90 else 1})'
              if rot else "element_text()")
    leg_len = spec.get("legend_len", 10)
    if spec["orient"] == "horizontal":
        guide = (f'guides(fill=guide_colourbar(direction="horizontal", title.position="top", '
                 f'barwidth=unit({leg_len},"lines")))')
        legend_pos = 'theme(legend.position="bottom")'
    else:
        guide = f'guides(fill=guide_colourbar(barheight=unit({leg_len},"lines")))'
        legend_pos = "theme()"
    title = spec.get("title")
    return f"""
suppressMessages(library(ggplot2))
d <- expand.grid(x=0:{cols - 1}, y=0:{rows - 1})
d$v <- c({vals})
p <- ggplot(d, aes(x, y, fill=v)) + geom_tile() +
  {fill} +
  scale_x_continuous(breaks={num([p for _, p in spec["xticks"]])}, labels={strs([t for t, _ in spec["xticks"]])}{exp}) +
  scale_y_reverse(breaks={num([p for _, p in spec["yticks"]])}, labels={strs([t for t, _ in spec["yticks"]])}{exp}) +
  labs(title={s(title) if title else "NULL"}, x={s(spec.get("xlabel")) if spec.get("xlabel") else "NULL"}, y={s(spec.get("ylabel")) if spec.get("ylabel") else "NULL"}) +
  {guide} + theme_grey(base_size={spec.get("font", 11)}, base_family="DejaVu Sans") + {legend_pos} +
  theme(axis.text.x={axis_x})
png({s(out_png)}, width={W}, height={H}, res={res}, type="cairo")
print(p)
invisible(dev.off())
b <- ggplot_build(p)$data[[1]]
write.csv(b[, c("x", "y", "fill")], {s(csv_out)}, row.names=FALSE)
"""


def run_r(script):
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False, encoding="utf-8") as f:
        f.write(script)
        fn = f.name
    try:
        p = subprocess.run(["Rscript", fn], capture_output=True, text=True, timeout=120)
    finally:
        os.remove(fn)
    if p.returncode != 0:
        raise RuntimeError("R: " + p.stderr[-800:])
    return p.stderr


def render_r(spec, out_png):
    import csv
    M = matrix(spec)
    rows, cols = M.shape
    with tempfile.TemporaryDirectory() as td:
        tmp, csvp = os.path.join(td, "r.png"), os.path.join(td, "fill.csv")
        run_r(r_script(spec, tmp, csvp))
        save_png(tmp, out_png)
        expected = [[None] * cols for _ in range(rows)]
        with open(csvp) as f:
            for rec in csv.DictReader(f):
                x, y = int(round(float(rec["x"]))), int(round(-float(rec["y"])))
                if rec["fill"] != "NA" and math.isfinite(M[y, x]):
                    expected[y][x] = hex_rgb(rec["fill"])
        pp, pc = os.path.join(td, "probe.png"), os.path.join(td, "probe.csv")
        run_r(r_script(spec, pp, pc, probe=True))
        box = probe_box(pp)
    v = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "ggplot2",'
                        ' as.character(packageVersion("ggplot2")))'],
                       capture_output=True, text=True).stdout.strip()
    return truth_dict(spec, out_png, box), expected, {
        "box_source": "measured: tile area of a probe render (tiles magenta, "
                      "sub-pixel edge coverage)", "R": v}


RENDERERS = {"mpl": render_mpl, "plotnine": render_plotnine, "vega": render_vega,
             "gnuplot": render_gnuplot, "r": render_r}


def render(spec, out_png):
    """Render, check cells against the renderer's own colours; return truth, info."""
    truth, expected, info = RENDERERS[spec["renderer"]](spec, out_png)
    g = truth["grid"]
    worst, probs = check_cells(out_png, g["box"], g["rows"], g["columns"], expected,
                               tol=spec.get("check_tol", 14.0), annot=spec.get("annot", False))
    # data -> colour sanity through the matplotlib LUT of the named colormap
    inv = invert_check(spec, expected)
    info.update(cell_check_worst_rgb=round(worst, 1), cell_problems=probs[:5],
                lut_inversion=inv)
    if probs:
        raise RuntimeError(f"{spec['name']}: {len(probs)} cells off: {probs[:3]}")
    return truth, info


def invert_check(spec, expected):
    name = spec.get("lut") or spec.get("cmap")
    if not name:
        return None
    lut = lut_rgb(name)
    M = matrix(spec)
    span = spec["vmax"] - spec["vmin"]
    errs = []
    for r, row in enumerate(expected):
        for c, e in enumerate(row):
            if e is None or not math.isfinite(M[r, c]):
                continue
            k = int(np.argmin(((lut - np.array(e)) ** 2).sum(axis=1)))
            v = spec["vmin"] + k / (len(lut) - 1) * span
            vt = min(spec["vmax"], max(spec["vmin"], M[r, c]))
            errs.append(abs(v - vt) / span)
    if not errs:
        return None
    return {"mean": round(float(np.mean(errs)), 4), "max": round(float(np.max(errs)), 4)}


# ============================================================================= data

def pattern(seed, rows, cols, kind, vmin, vmax, sig=4):
    """A rows x cols matrix inside [vmin, vmax], rounded to `sig` significant digits
    (the rounded numbers are what gets plotted).  kind: smooth | bands | random |
    corr | confusion | ramp."""
    rng = np.random.default_rng(seed)
    span = vmax - vmin
    if kind == "corr":
        k = max(2, rows // 3)
        A = rng.normal(size=(rows, k)) + 0.3 * rng.normal(size=(rows, k))
        X = A @ rng.normal(size=(k, 200)) + rng.normal(size=(rows, 200)) * 0.8
        C = np.corrcoef(X)
        C = np.round(C, 3)
        C = (C + C.T) / 2
        np.fill_diagonal(C, 1.0)
        return np.round(C, 3)
    if kind == "confusion":
        n = rows
        C = rng.integers(0, int(vmax * 0.12), size=(n, n)).astype(float)
        for i in range(n):
            C[i, i] = rng.integers(int(vmax * 0.55), int(vmax * 0.98))
        return C
    yy, xx = np.mgrid[0:rows, 0:cols]
    if kind == "smooth":
        z = np.zeros((rows, cols))
        for _ in range(4):
            cx, cy = rng.uniform(0, cols), rng.uniform(0, rows)
            s = rng.uniform(0.2, 0.5) * max(rows, cols)
            z += rng.uniform(-1, 1) * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * s * s))
        z += 0.15 * rng.normal(size=z.shape)
    elif kind == "bands":
        z = np.sin(xx / max(1, cols) * rng.uniform(4, 9) + rng.uniform(0, 6)) + \
            np.cos(yy / max(1, rows) * rng.uniform(2, 6)) + 0.2 * rng.normal(size=(rows, cols))
    elif kind == "ramp":
        z = xx + yy * cols + 0.0
    else:
        z = rng.uniform(size=(rows, cols))
    z = (z - z.min()) / (z.max() - z.min() + 1e-12)
    z = vmin + span * (0.03 + 0.94 * z)
    return np.array([[float(f"{v:.{sig}g}") for v in row] for row in z])


def fmt_ticks(values, fmt, minus="-"):
    out = []
    for v in values:
        t = format(v, fmt)
        if t.startswith("-") and float(t) == 0:
            t = t[1:]
        out.append((t.replace("-", minus), float(v)))
    return out


def cat_ticks(labels, every=1, offset=0):
    return [(t, float(i)) for i, t in enumerate(labels) if (i - offset) % every == 0]
