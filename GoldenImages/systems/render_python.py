#!/usr/bin/env python3
"""render_python.py - the multi-system heatmap corpus, Python renderers.

Writes GoldenImages/systems/<system>/NAME.png + NAME.truth.json for the systems
matplotlib, seaborn, plotnine, vegalite and plotly.  The truth comes from the
data handed to the renderer and from what the renderer reports it drew (see
pytruth.py and README.md); every figure is then checked against its own PNG
(cell colours, text on the canvas, tick labels apart).

    python3 GoldenImages/systems/render_python.py                 # all
    python3 GoldenImages/systems/render_python.py --only 'mpl_*'  # some
    python3 GoldenImages/systems/render_python.py --list          # what each tests

Pinned: matplotlib==3.11.2 seaborn==0.13.2 pandas==3.1.1 pillow==13.0.0
plotnine==0.15.9 vl-convert-python==1.9.0.post1 plotly==7.1.0 kaleido==1.5.1
(with Debian 12's chromium), numpy, scipy; fonts-dejavu-core, fonts-liberation.
"""
import argparse
import fnmatch
import json
import math
import os
import sys
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pytruth as T  # noqa: E402
from pytruth import H  # noqa: E402

PINNED = {"matplotlib": "3.11.2", "seaborn": "0.13.2", "pandas": "3.1.1", "PIL": "13.0.0",
          "plotnine": "0.15.9", "vl_convert": "1.9.0", "plotly": "7.1.0"}
MINUS = T.MINUS
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
GENES = ["BRCA1", "TP53", "EGFR", "MYC", "KRAS", "PTEN", "AKT1", "CDK4", "RB1", "APC"]


def seed(name):
    return zlib.crc32(name.encode())


def data(name, rows, cols, lo, hi, kind="smooth", sig=4, nan=0.0):
    """The seeded matrix (row 0 = top as displayed), NaN at a fraction `nan` of cells."""
    M = H.pattern(seed(name), rows, cols, kind, lo, hi, sig=sig)
    if nan:
        rng = np.random.default_rng(seed(name) + 1)
        M = np.where(rng.uniform(size=M.shape) < nan, np.nan, M)
    return M


def labels(prefix, n, start=1, width=0):
    return [f"{prefix}{i:0{width}d}" if width else f"{prefix}{i}" for i in range(start, start + n)]


def check_versions():
    import importlib
    bad = []
    for mod, want in PINNED.items():
        try:
            got = importlib.import_module(mod).__version__
        except Exception:  # noqa: BLE001 - a missing renderer is reported below
            got = None
        if got is None or not str(got).startswith(want):
            bad.append(f"{mod} {got} (want {want})")
    return bad


# ============================================================================= matplotlib / seaborn

def render_mpl(spec, png):
    """matplotlib imshow / pcolormesh / matshow, or seaborn.heatmap (kind='seaborn')."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import colors as mcolors
    from matplotlib import ticker
    M = np.array(spec["M"], dtype=float)
    rows, cols = M.shape
    W, Hh = spec["size"]
    dpi = spec.get("dpi", 100)
    style = spec.get("style", "default")
    with plt.style.context(style):
        plt.rcParams.update({"font.family": spec.get("font", "DejaVu Sans"),
                             "font.size": spec.get("fontsize", 10),
                             "axes.unicode_minus": True})
        cmap = matplotlib.colormaps[spec["cmap"]].copy() if isinstance(spec["cmap"], str) \
            else mcolors.ListedColormap(spec["cmap"])
        if spec.get("bad"):
            cmap.set_bad(spec["bad"])
        bounds = spec.get("bounds")
        if spec.get("log"):
            norm = mcolors.LogNorm(vmin=spec["vmin"], vmax=spec["vmax"])
        elif bounds is not None:
            norm = mcolors.BoundaryNorm(bounds, cmap.N)
        else:
            norm = mcolors.Normalize(vmin=spec["vmin"], vmax=spec["vmax"])
        fig = plt.figure(figsize=(W / dpi, Hh / dpi), dpi=dpi, layout="constrained")
        ax = fig.add_subplot(111)
        kind = spec["kind"]
        cb_kw = dict(location=spec.get("cbar_loc", "right"), extend=spec.get("extend", "neither"))
        if bounds is not None:
            cb_kw["spacing"] = spec.get("spacing", "uniform")
        Mm = np.ma.masked_invalid(M)
        if kind == "seaborn":
            import seaborn as sns
            kw = dict(cmap=cmap, norm=norm, ax=ax, linewidths=spec.get("linewidths", 0),
                      linecolor=spec.get("linecolor", "white"), square=spec.get("square", False),
                      cbar_kws={"orientation": spec.get("orientation", "vertical"),
                                "extend": cb_kw["extend"], **({"spacing": cb_kw["spacing"]}
                                                              if bounds is not None else {})},
                      xticklabels=spec.get("xlabels", "auto"),
                      yticklabels=spec.get("ylabels", "auto"))
            if spec.get("annot") is not None:
                kw["annot"] = spec["annot"]
                kw["fmt"] = spec.get("fmt", "")
                kw["annot_kws"] = {"size": spec.get("annot_size", 9)}
            shown = M.astype(int) if spec.get("fmt") == "d" else M  # 'd' needs integers
            sns.heatmap(shown, mask=~np.isfinite(M), **kw)
            mappable = ax.collections[0]
            cbar = mappable.colorbar
            extent = (0, cols, 0, rows)  # x left, x right, y top, y bottom
        elif kind == "pcolormesh":
            mappable = ax.pcolormesh(np.arange(cols + 1), np.arange(rows + 1), Mm, cmap=cmap,
                                     norm=norm, edgecolors=spec.get("edgecolors", "face"),
                                     linewidth=spec.get("linewidth", 0))
            ax.invert_yaxis()
            extent = (0, cols, 0, rows)
            cbar = fig.colorbar(mappable, ax=ax, **cb_kw)
        else:
            mappable = ax.imshow(Mm, cmap=cmap, norm=norm, interpolation="nearest",
                                 aspect=spec.get("aspect", "auto"))
            if kind == "matshow":
                ax.xaxis.tick_top()
            extent = (-0.5, cols - 0.5, -0.5, rows - 0.5)
            cbar = fig.colorbar(mappable, ax=ax, **cb_kw)
        off = 0.5 if kind in ("seaborn", "pcolormesh") else 0.0
        if spec.get("xlabels") is not None and kind != "seaborn":
            xl = spec["xlabels"]
            every = spec.get("xevery", 1)
            ax.set_xticks([i + off for i in range(0, cols, every)], [xl[i] for i in range(0, cols, every)])
        if spec.get("ylabels") is not None and kind != "seaborn":
            yl = spec["ylabels"]
            every = spec.get("yevery", 1)
            ax.set_yticks([i + off for i in range(0, rows, every)], [yl[i] for i in range(0, rows, every)])
        if spec.get("xlim"):
            ax.set_xlim(*spec["xlim"])
        if spec.get("ylim"):
            ax.set_ylim(*spec["ylim"])
        if spec.get("xrot"):
            r = spec["xrot"]
            plt.setp(ax.get_xticklabels(), rotation=r, ha="right" if r % 90 else "center",
                     rotation_mode="anchor" if r % 90 else "default")
        if spec.get("yrot") is not None:
            plt.setp(ax.get_yticklabels(), rotation=spec["yrot"], va="center")
        if spec.get("log"):
            cbar.long_axis.set_major_formatter(ticker.StrMethodFormatter("{x:g}"))
            cbar.long_axis.set_minor_formatter(ticker.NullFormatter())
        if spec.get("cfmt"):
            cbar.long_axis.set_major_formatter(ticker.StrMethodFormatter(spec["cfmt"]))
        if spec.get("cticks") is not None:
            cbar.set_ticks(spec["cticks"])
        if spec.get("clabel"):
            cbar.set_label(spec["clabel"])
        printed = None
        if spec.get("texts") is not None:  # matplotlib ax.text in every finite cell
            printed = spec["texts"]
            for r in range(rows):
                for c in range(cols):
                    if printed[r][c] is not None:
                        ax.text(c + off, r + off, printed[r][c], ha="center", va="center",
                                fontsize=spec.get("annot_size", 9),
                                color=T.contrast_text(mappable.to_rgba(M[r][c])))
        ax.set_xlabel(spec.get("xlabel") or "")
        ax.set_ylabel(spec.get("ylabel") or "")
        if spec.get("title"):
            ax.set_title(spec["title"])
        fig.canvas.draw()
        box = T.mpl_box(ax, fig, extent[0], extent[1], extent[2], extent[3])
        xt = T.mpl_axis_ticks(ax.xaxis, fig, box, cols, True)
        yt = T.mpl_axis_ticks(ax.yaxis, fig, box, rows, False)
        lo, hi = T.cbar_ends(cbar)
        cb = {"orientation": cbar.orientation, "min": lo, "max": hi,
              "scale": "log" if spec.get("log") else ("discrete" if bounds is not None else "linear"),
              "colormap": spec.get("cmap_name", spec["cmap"] if isinstance(spec["cmap"], str) else None),
              "ticks": T.mpl_cbar_ticks(cbar)}
        texts = {"title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
                 "clabel": cbar.long_axis.get_label().get_text()}
        if kind == "seaborn" and spec.get("annot") is not None:
            printed = [[None] * cols for _ in range(rows)]
            for t in ax.texts:  # seaborn's annotation texts, at the cell centres
                x, y = t.get_position()
                printed[int(math.floor(y))][int(math.floor(x))] = t.get_text()
        probs = T.check_mpl_text(fig, [ax.xaxis, ax.yaxis, cbar.long_axis])
        expected = [[None if not math.isfinite(v) else T.rgb255(mappable.to_rgba(v))
                     for v in row] for row in M]
        T.mpl_png(fig, png)
        plt.close(fig)
    values = None
    if printed is not None:
        values = [[None if p is None or not math.isfinite(M[r][c]) else T.parse_number(p)
                   for c, p in enumerate(row)] for r, row in enumerate(printed)]
        for r in range(rows):
            for c in range(cols):
                if values[r][c] is not None and abs(values[r][c] - M[r][c]) > 1e-9 * max(1, abs(M[r][c])):
                    raise RuntimeError(f"cell {r},{c} prints {printed[r][c]!r} but holds {M[r][c]}")
    info = {"renderer": "seaborn" if kind == "seaborn" else f"matplotlib {kind}",
            "matplotlib": matplotlib.__version__, "dpi": dpi, "size_px": [W, Hh], "style": style,
            "font": spec.get("font", "DejaVu Sans")}
    if kind == "seaborn":
        import seaborn as sns
        info["seaborn"] = sns.__version__
    truth = T.truth_dict(spec, png, box, M.tolist(), xt, yt, cb, texts, info, bounds=bounds,
                         values=values)
    return truth, expected, probs, printed is not None


# ============================================================================= specs: matplotlib

def mpl_specs():
    S = []

    def add(name, case, notes, **kw):
        kw.setdefault("kind", "imshow")
        kw.setdefault("size", (640, 480))
        S.append(dict(name=name, system="matplotlib", case=case, notes=notes, **kw))

    styles = ["default", "ggplot", "bmh", "fivethirtyeight", "dark_background",
              "seaborn-v0_8-whitegrid", "seaborn-v0_8-dark", "grayscale", "classic",
              "seaborn-v0_8-paper", "Solarize_Light2", "seaborn-v0_8-talk"]
    cmaps = ["viridis", "magma", "plasma", "cividis", "inferno", "coolwarm", "RdBu_r",
             "YlGnBu", "Spectral", "turbo", "PuOr", "Greens"]
    locs = ["right", "left", "top", "bottom"]
    for i, st in enumerate(styles):
        n = f"mpl_style_{st.replace('seaborn-v0_8-', 'sns_').replace('_', '').lower()}"
        rows, cols = [(6, 9), (10, 14), (8, 8), (12, 20), (5, 12), (9, 7)][i % 6]
        lo, hi = [(0, 1), (-1, 1), (0, 100), (-40, 60), (0.5, 2.5), (-5, 5)][i % 6]
        loc = locs[i % 4]
        add(n, "layout", f"style {st}, colour bar {loc}, {rows}x{cols}",
            style=st, cmap=cmaps[i], vmin=lo, vmax=hi, M=data(n, rows, cols, lo, hi).tolist(),
            cbar_loc=loc, title=f"Style {st}", xlabel="Column", ylabel="Row",
            clabel="value", kind=["imshow", "pcolormesh"][i % 2],
            xlabels=labels("C", cols), ylabels=labels("R", rows),
            xrot=[0, 45, 90][i % 3], dpi=[100, 80, 120][i % 3],
            size=(700, 520) if loc in ("top", "bottom") else (640, 480))
    fonts = [("DejaVu Serif", 11), ("DejaVu Sans Mono", 9), ("Liberation Sans", 12),
             ("Liberation Serif", 10), ("Liberation Mono", 8)]
    units = [("Temperature (°C)", "°C"), ("Thickness (µm)", "µm"), ("Resistance (Ω)", "Ω"),
             ("Salinity (‰)", "‰"), ("Area (m²)", "m²")]
    for i, ((font, fs), (title, unit)) in enumerate(zip(fonts, units)):
        n = f"mpl_font_{font.replace(' ', '').lower()}"
        lo, hi = [(-10, 35), (0, 250), (100, 500), (30, 38), (0, 1.2)][i]
        add(n, "layout", f"font {font} {fs}pt, unit symbol {unit} in title/colour label",
            font=font, fontsize=fs, cmap=cmaps[(i + 3) % len(cmaps)], vmin=lo, vmax=hi,
            M=data(n, 8, 10, lo, hi).tolist(), title=title, xlabel="Site", ylabel="Depth",
            clabel=f"{unit} ± 2σ" if i == 0 else unit,
            xlabels=labels("s", 10, width=2), ylabels=labels("T", 8), dpi=[60, 90, 150, 200, 110][i],
            size=[(480, 360), (600, 450), (900, 700), (1000, 760), (660, 500)][i])
    # grid shapes
    for n, rows, cols, kw in [
            ("mpl_grid_1x24", 1, 24, dict(cbar_loc="bottom", size=(820, 260))),
            ("mpl_grid_18x1", 18, 1, dict(size=(360, 600))),
            ("mpl_grid_60x120", 60, 120, dict(size=(1000, 620), xevery=10, yevery=5)),
            ("mpl_grid_40x40_square", 40, 40, dict(aspect="equal", xevery=5, yevery=5,
                                                    size=(620, 560))),
            ("mpl_grid_2x3", 2, 3, dict(size=(500, 380)))]:
        add(n, "layout", f"{rows}x{cols} grid", M=data(n, rows, cols, 0, 1, "bands").tolist(),
            vmin=0, vmax=1, cmap="viridis", title=f"{rows} × {cols} cells", xlabel="x index",
            ylabel="y index" if cols > 1 else None, clabel="intensity",
            xlabels=[str(i) for i in range(cols)], ylabels=[str(i) for i in range(rows)], **kw)
    n = "mpl_nan_tiles"
    add(n, "layout", "random NaN tiles shown in set_bad grey", M=data(n, 9, 12, 0, 50, nan=0.15).tolist(),
        vmin=0, vmax=50, cmap="YlOrRd", bad="#bdbdbd", title="Missing readings",
        xlabel="Hour", ylabel="Sensor", clabel="PM2.5 (µg/m³)",
        xlabels=[f"{h:02d}" for h in range(12)], ylabels=labels("B", 9))
    n = "mpl_frame_larger"
    add(n, "layout", "imshow inside a larger frame (xlim/ylim beyond the data)",
        M=data(n, 6, 8, -1, 1).tolist(), vmin=-1, vmax=1, cmap="RdBu_r", xlim=(-2.5, 9.5),
        ylim=(7.5, -1.5), title="Data not filling the axes", xlabel="x", ylabel="y",
        clabel="signal", xlabels=[str(i) for i in range(8)], ylabels=[str(i) for i in range(6)])
    n = "mpl_aspect_equal_wide"
    add(n, "layout", "aspect='equal' leaves space around a wide grid", aspect="equal",
        M=data(n, 4, 16, 0, 10).tolist(), vmin=0, vmax=10, cmap="cividis", size=(640, 520),
        title="Equal aspect", xlabel="Week", ylabel="Team", clabel="score",
        xlabels=labels("w", 16), xevery=2, ylabels=labels("Team ", 4))
    n = "mpl_pcolormesh_edges"
    add(n, "layout", "pcolormesh with white edgecolors", kind="pcolormesh", edgecolors="white",
        linewidth=1.5, M=data(n, 7, 7, 0, 1).tolist(), vmin=0, vmax=1, cmap="magma",
        title="Pairwise overlap", xlabel=None, ylabel=None, clabel="Jaccard",
        xlabels=GENES[:7], ylabels=GENES[:7], xrot=45, yrot=45)
    n = "mpl_matshow_top"
    add(n, "layout", "matshow-like: x ticks on top", kind="matshow", M=data(n, 8, 12, 0, 1).tolist(),
        vmin=0, vmax=1, cmap="Blues", title=None, xlabel="Month", ylabel="Year",
        clabel="share", xlabels=MONTHS, ylabels=[str(2016 + i) for i in range(8)])
    n = "mpl_numeric_default_ticks"
    add(n, "layout", "default numeric locator ticks (not every cell labelled)",
        M=data(n, 25, 35, -200, 200, "bands").tolist(), vmin=-200, vmax=200, cmap="PuOr",
        title="Default locator", xlabel="lag", ylabel="channel", clabel="Δ phase (deg)")
    # discrete
    disc = [("uniform", [0, 10, 20, 30, 40, 50], "uniform"),
            ("uneven_uniform", [0, 5, 10, 25, 50, 100], "uniform"),
            ("uneven_proportional", [0, 5, 10, 25, 50, 100], "proportional"),
            ("negative", [-3, -2, -1, 0, 1, 2, 3], "uniform")]
    for i, (tag, b, spacing) in enumerate(disc):
        n = f"mpl_discrete_{tag}"
        add(n, "discrete", f"BoundaryNorm {b}, colorbar spacing={spacing}",
            M=data(n, 8, 10, b[0], b[-1], "smooth").tolist(), bounds=b, spacing=spacing,
            vmin=b[0], vmax=b[-1], cmap=["viridis", "YlOrRd", "plasma", "RdBu_r"][i],
            cbar_loc=["right", "right", "bottom", "left"][i],
            size=(640, 520) if i == 2 else (640, 480),
            title=f"Binned ({tag.replace('_', ' ')})", xlabel="Column", ylabel="Row",
            clabel="class", xlabels=labels("C", 10), ylabels=labels("R", 8))
    n = "mpl_discrete_listed"
    add(n, "discrete", "ListedColormap of 4 colours + BoundaryNorm", cmap=["#1b9e77", "#d95f02", "#7570b3", "#e7298a"],
        bounds=[0, 1, 2, 3, 4], vmin=0, vmax=4, M=data(n, 6, 9, 0, 4).tolist(),
        title="Risk class", xlabel="District", ylabel="Year", clabel="risk",
        xlabels=labels("D", 9), ylabels=[str(2018 + i) for i in range(6)])
    # log
    for i, (lo, hi, loc) in enumerate([(1, 1e4, "right"), (0.1, 100, "bottom"),
                                       (10, 1e5, "left")]):
        n = f"mpl_log_{i + 1}"
        M = np.round(10 ** data(n, 9, 11, math.log10(lo), math.log10(hi)), 3)
        M = np.array([[T.rsig(v, 4) for v in row] for row in M])
        add(n, "log", f"LogNorm {lo}..{hi}, colour bar {loc}", log=True, M=M.tolist(),
            vmin=lo, vmax=hi, cmap=["viridis", "inferno", "cividis"][i], cbar_loc=loc,
            size=(660, 540) if loc == "bottom" else (640, 480),
            title="Counts per bin (log)", xlabel="bin", ylabel="run", clabel="count",
            xlabels=[str(i) for i in range(11)], ylabels=labels("run", 9))
    # ends
    for i, (lo, hi, ext) in enumerate([(-0.37, 1.23, "both"), (3.3, 17.9, "max"),
                                       (-47, 83, "min")]):
        n = f"mpl_ends_{i + 1}"
        add(n, "ends", f"scale {lo}..{hi}, no labels at the ends, extend={ext}", extend=ext,
            M=data(n, 7, 9, lo, hi).tolist(), vmin=lo, vmax=hi,
            cmap=["viridis", "plasma", "coolwarm"][i], cbar_loc=["right", "bottom", "right"][i],
            size=(640, 520) if i == 1 else (640, 480),
            title="Ends without labels", xlabel="x", ylabel="y", clabel="level",
            xlabels=labels("C", 9), ylabels=labels("B", 7))
    # annotated (ax.text)
    for i, (fmtf, unit, lo, hi) in enumerate([("{:.1f}", "", 0, 10), ("{:.0f}", "", 100, 999),
                                              ("{:.1f} t", " t", 0.5, 4.5), ("{:.0f}%", "%", 0, 100)]):
        n = f"mpl_annot_{i + 1}"
        rows, cols = 5, 6
        raw = data(n, rows, cols, lo, hi)
        dec = 1 if ".1f" in fmtf else 0
        M = np.round(raw, dec)
        txt = [[fmtf.format(v).replace("-", MINUS) for v in row] for row in M]
        add(n, "annotated", f"ax.text numbers in every cell, format {fmtf!r}", M=M.tolist(),
            texts=txt, vmin=lo, vmax=hi, cmap=["YlGn", "Oranges", "BuPu", "Greys"][i],
            title="Printed values" + (f" ({unit.strip()})" if unit else ""), xlabel="Column",
            ylabel="Row", clabel=f"value ({unit.strip()})" if unit else "value", cfmt="{x:.0f}%" if unit == "%" else None,
            xlabels=labels("C", cols), ylabels=labels("R", rows), annot_size=10)
    return S


def seaborn_specs():
    S = []

    def add(name, case, notes, **kw):
        kw.setdefault("size", (640, 480))
        kw.setdefault("yrot", 0)
        S.append(dict(name=name, system="seaborn", case=case, notes=notes, kind="seaborn", **kw))

    styles = ["seaborn-v0_8-white", "seaborn-v0_8-darkgrid", "seaborn-v0_8-ticks", "default",
              "ggplot", "seaborn-v0_8-poster", "bmh", "seaborn-v0_8-notebook"]
    cm = ["rocket", "mako", "vlag", "icefire", "crest", "flare", "YlGnBu", "viridis"]
    for i, st in enumerate(styles):
        n = f"sns_layout_{i + 1}"
        rows, cols = [(8, 12), (10, 10), (6, 15), (12, 8), (4, 20), (7, 7), (15, 24), (9, 5)][i]
        lo, hi = [(0, 1), (-2, 2), (0, 300), (-1, 1), (10, 20), (0, 5), (0, 1), (-50, 0)][i]
        horiz = i % 3 == 1
        add(n, "layout", f"seaborn heatmap, style {st}, {rows}x{cols}, "
            f"{'horizontal' if horiz else 'vertical'} colour bar",
            style=st, cmap=cm[i], vmin=lo, vmax=hi, M=data(n, rows, cols, lo, hi, nan=0.08 if i in (2, 6) else 0).tolist(),
            orientation="horizontal" if horiz else "vertical",
            title=["Expression", "Correlation", "Traffic by hour", "Similarity", "Load",
                   "Ratings", "Activity", "Depth (m)"][i],
            xlabel="Sample" if i % 2 == 0 else None, ylabel="Gene" if i % 2 == 0 else None,
            clabel=["z-score", "r", "cars/h", "cos", "kW", "stars", "events", "m"][i],
            xlabels=labels("S", cols) if i != 6 else "auto", ylabels=(GENES + GENES)[:rows] if i % 2 == 0 and rows <= 20 else "auto",
            linewidths=[0, 0.5, 1, 0, 2, 0, 0, 1][i], square=i == 5, xrot=[0, 45, 90][i % 3],
            fontsize=[10, 9, 12, 10, 8, 14, 9, 11][i], dpi=[100, 80, 72, 120, 100, 60, 100, 150][i],
            size=[(640, 480), (620, 560), (700, 420), (560, 600), (820, 380), (900, 760),
                  (800, 600), (900, 800)][i])
    # discrete
    for i, (b, spacing) in enumerate([([0, 20, 40, 60, 80, 100], "uniform"),
                                      ([0, 1, 2, 5, 10, 20], "uniform"),
                                      ([-1, -0.5, -0.2, 0.2, 0.5, 1], "proportional")]):
        n = f"sns_discrete_{i + 1}"
        add(n, "discrete", f"seaborn with BoundaryNorm {b}, spacing={spacing}", bounds=b, spacing=spacing,
            cmap=["mako", "rocket_r", "vlag"][i], vmin=b[0], vmax=b[-1],
            M=data(n, 8, 10, b[0], b[-1]).tolist(), title="Binned scores", xlabel="Item",
            ylabel="Rater", clabel="score band", xlabels=labels("I", 10), ylabels=labels("P", 8))
    # log
    for i, (lo, hi) in enumerate([(1, 1000), (0.01, 10), (100, 1e6)]):
        n = f"sns_log_{i + 1}"
        M = 10 ** data(n, 8, 9, math.log10(lo), math.log10(hi))
        M = np.array([[T.rsig(v, 4) for v in row] for row in M])
        add(n, "log", f"seaborn with LogNorm {lo}..{hi}", log=True, cmap=["magma", "viridis", "rocket"][i],
            vmin=lo, vmax=hi, M=M.tolist(), orientation="horizontal" if i == 1 else "vertical",
            size=(640, 560) if i == 1 else (640, 480),
            title="Reads per sample", xlabel="Sample", ylabel="Locus", clabel="reads",
            xlabels=labels("S", 9), ylabels=labels("L", 8))
    # ends
    for i, (lo, hi) in enumerate([(-0.83, 0.91), (12.5, 47.5), (0.013, 0.087)]):
        n = f"sns_ends_{i + 1}"
        add(n, "ends", f"seaborn, scale {lo}..{hi} with labels short of the ends",
            cmap=["coolwarm", "crest", "YlOrBr"][i], vmin=lo, vmax=hi, extend="both" if i == 0 else "neither",
            M=data(n, 7, 8, lo, hi).tolist(), title="Unlabelled ends", xlabel="Column", ylabel="Row",
            clabel="level", xlabels=labels("C", 8), ylabels=labels("R", 7))
    # annotated
    for i, (fmt, dec, lo, hi, kw) in enumerate([
            (".2f", 2, 0, 1, {}), (".0f", 0, 0, 500, {}), (".1f", 1, -5, 5, {}),
            ("d", 0, 0, 90, {}), ("", 1, 0, 100, {"pct": True}), ("", 1, 0.5, 4.5, {"unit": " t"}),
            (".3f", 3, -1, 1, {"orientation": "horizontal"}), (".1f", 1, 0, 10, {"nan": True})]):
        n = f"sns_annot_{i + 1}"
        rows, cols = [(5, 7), (6, 6), (5, 8), (6, 6), (5, 6), (4, 6), (5, 5), (6, 8)][i]
        M = np.round(data(n, rows, cols, lo, hi, nan=0.12 if kw.get("nan") else 0), dec)
        if kw.get("pct"):
            M = np.round(M, 0)
            annot = [[f"{v:.0f}%" for v in row] for row in M]
        elif kw.get("unit"):
            annot = [[f"{v:.1f}{kw['unit']}" for v in row] for row in M]
        else:
            annot = True
        if fmt == "d":
            M = M.astype(int).astype(float)
        add(n, "annotated", f"seaborn annot fmt={fmt or 'strings'}" +
            (" ('45%' style labels)" if kw.get("pct") else "") + (" ('2.4 t' unit labels)" if kw.get("unit") else ""),
            M=M.tolist(), annot=np.array(annot) if annot is not True else True, fmt=fmt,
            cmap=["Blues", "Greens", "RdBu_r", "Purples", "Oranges", "YlGn", "PiYG", "viridis"][i],
            vmin=lo, vmax=hi, orientation=kw.get("orientation", "vertical"),
            size=(620, 560) if kw.get("orientation") else (640, 480),
            cfmt="{x:.0f}%" if kw.get("pct") else None,
            title=["Share", "Counts", "Change", "Age", "Coverage", "Tonnage", "Correlation", "Scores"][i],
            xlabel="Column", ylabel="Row", clabel=["share", "n", "Δ", "years", "%", "t", "r", "pts"][i],
            xlabels=labels("C", cols), ylabels=labels("R", rows), linewidths=[0, 1, 0.5, 0, 1, 2, 0, 0][i],
            annot_size=10)
    # tiles set apart by wide white edges, printing their numbers
    for i, (lw, rows, cols) in enumerate([(5, 5, 6), (8, 4, 5)]):
        n = f"sns_annot_wide_gaps_{i + 1}"
        M = np.round(data(n, rows, cols, 0, 10), 1)
        add(n, "annotated", f"seaborn annot fmt=.1f, linewidths={lw}: tiles set apart by wide white edges",
            M=M.tolist(), annot=True, fmt=".1f", cmap=["YlGnBu", "magma"][i], vmin=0, vmax=10,
            orientation="vertical", size=(640, 480), cfmt=None, title="Tiles apart", xlabel="Column",
            ylabel="Row", clabel="v", xlabels=labels("C", cols), ylabels=labels("R", rows), linewidths=lw,
            annot_size=10)
    return S


# ============================================================================= plotnine

def stepped_stops(cmap_name, bounds):
    """Colour stops that make a gradient flat inside each band (ggplot2's stepsn idea):
    each band's colour at both of its ends, positions rescaled to 0..1."""
    import matplotlib
    cm = matplotlib.colormaps[cmap_name]
    lo, hi = bounds[0], bounds[-1]
    k = len(bounds) - 1
    cols, vals = [], []
    for i in range(k):
        r, g, b, _ = cm((i + 0.5) / k)
        h = "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))
        a = (bounds[i] - lo) / (hi - lo)
        z = (bounds[i + 1] - lo) / (hi - lo)
        cols += [h, h]
        vals += [a + (1e-9 if i else 0.0), z - (1e-9 if i < k - 1 else 0.0)]
    return cols, vals


def render_plotnine(spec, png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    import plotnine as p9
    M = np.array(spec["M"], dtype=float)
    rows, cols = M.shape
    recs = [{"x": c, "y": r, "v": M[r, c]} for r in range(rows) for c in range(cols)
            if math.isfinite(M[r, c])]
    df = pd.DataFrame(recs)
    lo, hi = spec["vmin"], spec["vmax"]
    bounds = spec.get("bounds")
    cb, cl = list(spec["cbreaks"]), list(spec["clabels"])
    kw = dict(limits=(lo, hi), breaks=cb, labels=cl, name=spec.get("clabel") or "")
    if spec.get("log"):
        kw["trans"] = "log10"
    if bounds is not None:
        hexes, pos = stepped_stops(spec["cmap"], bounds)
        fill = p9.scale_fill_gradientn(colors=hexes, values=pos, **kw)
    elif spec.get("gradient"):
        fill = p9.scale_fill_gradient(low=spec["gradient"][0], high=spec["gradient"][1], **kw)
    else:
        fill = p9.scale_fill_gradientn(colors=H.cmap_hex(spec["cmap"], 33), **kw)
    exp = {} if spec.get("expand", True) else {"expand": (0, 0)}
    xl, yl = spec["xlabels"], spec["ylabels"]
    xe, ye = spec.get("xevery", 1), spec.get("yevery", 1)
    xs = p9.scale_x_continuous(breaks=list(range(0, cols, xe)), labels=[xl[i] for i in range(0, cols, xe)], **exp)
    ys = p9.scale_y_reverse(breaks=list(range(0, rows, ye)), labels=[yl[i] for i in range(0, rows, ye)], **exp)
    W, Hh = spec["size"]
    dpi = spec.get("dpi", 100)
    theme = getattr(p9, "theme_" + spec.get("theme", "gray"))
    rot = spec.get("xrot", 0)
    th = theme(base_family=spec.get("font", "DejaVu Sans"), base_size=spec.get("fontsize", 10)) + \
        p9.theme(figure_size=(W / dpi, Hh / dpi), dpi=dpi,
                 axis_text_x=p9.element_text(rotation=rot, ha="right" if rot else "center"))
    pos = spec.get("legend", "right")
    horiz = pos in ("top", "bottom")
    th = th + p9.theme(legend_position=pos, legend_direction="horizontal" if horiz else "vertical")
    th = th + (p9.theme(legend_key_width=spec.get("legend_len", 160)) if horiz
               else p9.theme(legend_key_height=spec.get("legend_len", 120)))
    p = (p9.ggplot(df, p9.aes("x", "y", fill="v")) + p9.geom_tile() + fill + xs + ys +
         p9.labs(title=spec.get("title") or "", x=spec.get("xlabel") or "",
                 y=spec.get("ylabel") or "") + th)
    if spec.get("texts") is not None:
        cm = matplotlib.colormaps[spec["cmap"]]
        tdf = pd.DataFrame([{"x": c, "y": r, "lab": spec["texts"][r][c],
                             "ink": T.contrast_text(cm((M[r, c] - lo) / (hi - lo)))}
                            for r in range(rows) for c in range(cols) if spec["texts"][r][c] is not None])
        p = p + p9.geom_text(p9.aes("x", "y", label="lab", color="ink"), data=tdf,
                             inherit_aes=False, size=spec.get("annot_size", 9)) + \
            p9.scale_color_identity()
    fig = p.draw()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    if not hasattr(fig.canvas, "buffer_rgba"):
        FigureCanvasAgg(fig)
    fig.canvas.draw()
    ax = fig.axes[0]
    box = T.mpl_box(ax, fig, -0.5, cols - 0.5, 0.5, -(rows - 0.5))
    xt = T.mpl_axis_ticks(ax.xaxis, fig, box, cols, True)
    yt = T.mpl_axis_ticks(ax.yaxis, fig, box, rows, False)
    from matplotlib.text import Text
    drawn = {T.collapse(t.get_text()) for t in fig.findobj(Text) if t.get_visible()}
    for want in cl + [spec.get("title"), spec.get("xlabel"), spec.get("ylabel"), spec.get("clabel")]:
        if want and T.collapse(want) not in drawn:
            raise RuntimeError(f"plotnine did not draw {want!r}")
    probs = T.check_mpl_text(fig, [ax.xaxis, ax.yaxis])
    r = fig.canvas.get_renderer()
    leg = [t.get_window_extent(r) for t in fig.findobj(Text)
           if t.get_visible() and T.collapse(t.get_text()) in cl and t.axes is None]
    probs += [f"legend labels closer than 2 px: {a.bounds} {b.bounds}" for i, a in enumerate(leg)
              for b in leg[i + 1:] if a.padded(1.0).overlaps(b.padded(1.0))]
    coll = [c for c in ax.collections if len(c.get_facecolors()) == len(df)]
    expected = [[None] * cols for _ in range(rows)]
    for (x, y), fc in zip(df[["x", "y"]].itertuples(index=False), coll[0].get_facecolors()):
        expected[int(y)][int(x)] = T.rgb255(fc)
    T.mpl_png(fig, png)
    plt.close(fig)
    cbar = {"orientation": "horizontal" if horiz else "vertical", "min": lo, "max": hi,
            "scale": "log" if spec.get("log") else ("discrete" if bounds is not None else "linear"),
            "colormap": None if spec.get("gradient") else spec["cmap"],
            "ticks": [{"text": t, "value": v} for t, v in zip(cl, cb)]}
    values = None
    if spec.get("texts") is not None:
        values = [[None if t is None else T.parse_number(t) for t in row] for row in spec["texts"]]
    texts = {k: spec.get(k) for k in ("title", "xlabel", "ylabel", "clabel")}
    info = {"renderer": "plotnine geom_tile", "plotnine": p9.__version__,
            "matplotlib": matplotlib.__version__, "dpi": dpi, "size_px": [W, Hh],
            "theme": spec.get("theme", "gray"), "font": spec.get("font", "DejaVu Sans")}
    truth = T.truth_dict(spec, png, box, M.tolist(), xt, yt, cbar, texts, info, bounds=bounds,
                         values=values)
    return truth, expected, probs, spec.get("texts") is not None


def fmt_num(v, fmt, minus="-"):
    t = format(v, fmt)
    if t.startswith("-") and float(t) == 0:
        t = t[1:]
    return t.replace("-", minus)


def plotnine_specs():
    S = []

    def add(name, case, notes, **kw):
        kw.setdefault("size", (640, 480))
        kw.setdefault("cmap", "viridis")
        if "cbreaks" not in kw:
            b = kw.get("bounds") or list(np.linspace(kw["vmin"], kw["vmax"], 5))
            kw["cbreaks"] = [float(x) for x in b]
        if "clabels" not in kw:
            kw["clabels"] = [fmt_num(v, kw.get("cfmt", "g")) for v in kw["cbreaks"]]
        S.append(dict(name=name, system="plotnine", case=case, notes=notes, **kw))

    themes = ["gray", "bw", "minimal", "classic", "dark", "light", "linedraw", "gray", "bw", "minimal"]
    legends = ["right", "left", "top", "bottom"]
    cmaps = ["viridis", "magma", "RdBu_r", "cividis", "plasma", "YlGnBu", "inferno", "Spectral", "PuOr", "Greens"]
    for i, th in enumerate(themes):
        n = f"p9_layout_{th}_{i + 1}"
        rows, cols = [(6, 8), (10, 12), (5, 14), (8, 8), (12, 6), (7, 10), (1, 12), (16, 1), (9, 9), (20, 30)][i]
        lo, hi = [(0, 1), (-1, 1), (0, 100), (-20, 20), (0, 10), (5, 25), (0, 1), (-3, 3), (-50, 50), (0, 1000)][i]
        leg = legends[i % 4]
        add(n, "layout", f"plotnine theme_{th}, legend {leg}, {rows}x{cols}",
            theme=th, legend=leg, cmap=cmaps[i], vmin=lo, vmax=hi,
            M=data(n, rows, cols, lo, hi, nan=0.1 if i in (1, 5) else 0).tolist(),
            cbreaks=[float(x) for x in np.linspace(lo, hi, 5)],
            cfmt=".2f" if hi <= 1 else "g",
            title=["Yield", "Anomaly", "Occupancy (%)", "Shear", "Score", "Temp (°C)", "One row",
                   "One column", "Balance ±", "Requests"][i],
            xlabel="Column", ylabel="Row" if cols > 1 else None, clabel=["t/ha", "σ", "%", "m/s", "pts", "°C", "v", "v", "Δ", "req/s"][i],
            xlabels=labels("C", cols), ylabels=labels("R", rows),
            xevery=5 if cols > 20 else 1, yevery=4 if rows > 12 else 1,
            expand=i % 3 != 0, xrot=[0, 0, 45, 90][i % 4] if cols > 1 else 0,
            fontsize=[10, 9, 11, 12, 10, 8, 10, 10, 11, 9][i],
            dpi=[100, 90, 120, 80, 100, 150, 100, 100, 72, 100][i],
            font=["DejaVu Sans", "DejaVu Serif", "Liberation Sans", "DejaVu Sans", "Liberation Serif",
                  "DejaVu Sans Mono", "DejaVu Sans", "DejaVu Sans", "DejaVu Sans", "Liberation Sans"][i],
            size=[(640, 480), (700, 520), (760, 520), (700, 560), (600, 560), (700, 500),
                  (760, 300), (360, 620), (600, 560), (900, 640)][i])
    n = "p9_layout_default_gradient"
    add(n, "layout", "ggplot default dark-to-light blue gradient (no named colormap)",
        gradient=("#132B43", "#56B1F7"), cmap=None, vmin=0, vmax=8, M=data(n, 7, 9, 0, 8).tolist(),
        title="Default gradient", xlabel="Plot", ylabel="Block", clabel="kg", xlabels=labels("P", 9),
        ylabels=labels("B", 7))
    # discrete: stepped gradients
    for i, b in enumerate([[0, 20, 40, 60, 80, 100], [0, 10, 25, 50, 100], [-2, -1, -0.5, 0, 0.5, 1, 2],
                           [0, 0.25, 0.5, 0.75, 1]]):
        n = f"p9_discrete_{i + 1}"
        add(n, "discrete", f"plotnine stepped gradient (flat bands) with breaks {b}", bounds=b,
            vmin=b[0], vmax=b[-1], cmap=["viridis", "YlOrRd", "RdBu_r", "mako" if False else "cividis"][i],
            M=data(n, 8, 10, b[0], b[-1]).tolist(), legend=["right", "bottom", "right", "left"][i],
            size=(680, 520) if i == 1 else (640, 480), legend_len=300 if i == 1 else 160,
            title="Binned scale", xlabel="Column", ylabel="Row", clabel="band",
            xlabels=labels("C", 10), ylabels=labels("R", 8), theme=["gray", "bw", "minimal", "classic"][i])
    # log
    for i, (lo, hi) in enumerate([(1, 1e4), (0.1, 100), (10, 1e5)]):
        n = f"p9_log_{i + 1}"
        M = 10 ** data(n, 8, 10, math.log10(lo), math.log10(hi))
        M = np.array([[T.rsig(v, 4) for v in row] for row in M])
        br = [10.0 ** k for k in range(int(round(math.log10(lo))), int(round(math.log10(hi))) + 1)]
        add(n, "log", f"plotnine trans='log10' {lo}..{hi}", log=True, vmin=lo, vmax=hi, M=M.tolist(),
            cbreaks=br, clabels=[f"{v:g}" for v in br], cmap=["viridis", "magma", "plasma"][i],
            legend=["right", "bottom", "right"][i], size=(680, 520) if i == 1 else (640, 480),
            title="Abundance (log scale)", xlabel="Sample", ylabel="Taxon", clabel="reads",
            xlabels=labels("S", 10), ylabels=labels("tx", 8, width=2), theme=["bw", "gray", "light"][i])
    # ends
    for i, (lo, hi, br) in enumerate([(0, 1, [0.2, 0.4, 0.6, 0.8]), (-7.5, 12.5, [-5, 0, 5, 10]),
                                      (13, 87, [20, 40, 60, 80])]):
        n = f"p9_ends_{i + 1}"
        add(n, "ends", f"plotnine legend labels stop short of the ends {lo}..{hi}", vmin=lo, vmax=hi,
            cbreaks=[float(x) for x in br], clabels=[fmt_num(v, "g") for v in br],
            cmap=["inferno", "coolwarm", "YlGnBu"][i], M=data(n, 7, 9, lo, hi).tolist(),
            legend=["right", "top", "right"][i], size=(660, 520) if i == 1 else (640, 480),
            title="Unlabelled ends", xlabel="x", ylabel="y", clabel="level",
            xlabels=labels("C", 9), ylabels=labels("R", 7), theme=["gray", "minimal", "bw"][i])
    # annotated
    for i, (fmtf, dec, lo, hi) in enumerate([("{:.1f}", 1, 0, 10), ("{:.0f}", 0, 100, 999),
                                             ("{:.2f}", 2, -1, 1), ("{:.0f}%", 0, 0, 100),
                                             ("{:.1f} t", 1, 0.5, 4.5)]):
        n = f"p9_annot_{i + 1}"
        rows, cols = [(5, 6), (6, 6), (5, 5), (4, 7), (5, 6)][i]
        M = np.round(data(n, rows, cols, lo, hi), dec)
        txt = [[fmtf.format(v) for v in row] for row in M]
        add(n, "annotated", f"plotnine geom_text labels {fmtf!r} in every cell", M=M.tolist(),
            texts=txt, vmin=lo, vmax=hi, cmap=["YlGn", "Oranges", "RdBu_r", "Greys", "BuPu"][i],
            cfmt=".1f" if dec == 2 else "g",
            title="Printed values", xlabel="Column", ylabel="Row", clabel=["v", "n", "r", "%", "t"][i],
            xlabels=labels("C", cols), ylabels=labels("R", rows), theme=["gray", "bw", "minimal", "classic", "light"][i],
            annot_size=9)
    return S


# ============================================================================= Vega-Lite

def _label_expr(mapping):
    return "{" + ",".join(f"'{k}': {json.dumps(v)}" for k, v in mapping.items()) + "}[''+datum.value]"


def vegalite_spec(spec):
    M = np.array(spec["M"], dtype=float)
    rows, cols = M.shape
    vals = [{"c": c, "r": r, "v": float(M[r, c])} for r in range(rows) for c in range(cols)
            if math.isfinite(M[r, c])]
    if spec.get("texts") is not None:
        for d in vals:
            d["lab"] = spec["texts"][d["r"]][d["c"]]
    xl, yl = spec["xlabels"], spec["ylabels"]
    xv = list(range(0, cols, spec.get("xevery", 1)))
    yv = list(range(0, rows, spec.get("yevery", 1)))
    lo, hi = spec["vmin"], spec["vmax"]
    scale = {"domain": [lo, hi], "nice": False, "zero": False}
    if spec.get("scheme"):
        scale["scheme"] = spec["scheme"]
    elif not spec.get("bounds"):  # discrete ranges are set below
        scale["range"] = H.cmap_hex(spec["cmap"], 17)
        scale["interpolate"] = "rgb"
    color = {"field": "v", "type": "quantitative", "scale": scale}
    bounds = spec.get("bounds")
    if spec.get("log"):
        scale["type"] = "log"
    if bounds is not None:
        k = len(bounds) - 1
        if spec.get("vl_bin"):
            color["bin"] = {"extent": [lo, hi], "step": bounds[1] - bounds[0]}
            del color["scale"]["domain"]
        else:
            scale["type"] = "quantize"
        if not spec.get("scheme"):
            import matplotlib
            cm = matplotlib.colormaps[spec["cmap"]]
            scale["range"] = ["#%02x%02x%02x" % tuple(round(x * 255) for x in cm((i + 0.5) / k)[:3])
                              for i in range(k)]
        else:
            scale["count"] = k
    legend = {"title": spec.get("clabel"), "orient": spec.get("legend", "right")}
    if spec.get("legend") in ("top", "bottom"):
        legend["direction"] = "horizontal"
    if spec.get("legend_len"):
        legend["gradientLength"] = spec["legend_len"]
    if spec.get("cvalues") is not None:
        legend["values"] = spec["cvalues"]
    if spec.get("cformat"):
        legend["format"] = spec["cformat"]
    color["legend"] = legend
    rot = spec.get("xrot", 0)
    fs = spec.get("fontsize", 11)
    enc = {
        "x": {"field": "c", "type": "ordinal", "title": spec.get("xlabel"),
              "scale": {"domain": list(range(cols))},
              "axis": {"values": xv, "labelExpr": _label_expr({i: xl[i] for i in xv}),
                       "labelAngle": -rot, "labelLimit": 400}},
        "y": {"field": "r", "type": "ordinal", "title": spec.get("ylabel"),
              "scale": {"domain": list(range(rows))},
              "axis": {"values": yv, "labelExpr": _label_expr({i: yl[i] for i in yv}),
                       "labelLimit": 400}},
    }
    layers = [{"mark": {"type": "rect"}, "encoding": dict(enc, color=color)}]
    if spec.get("texts") is not None:
        mid = (lo + hi) / 2
        layers.append({"mark": {"type": "text", "fontSize": spec.get("annot_size", 11)},
                       "encoding": dict(enc, text={"field": "lab"},
                                        color={"condition": {"test": spec.get("text_test", f"datum.v > {mid}"),
                                                             "value": spec.get("text_hi", "white")},
                                               "value": spec.get("text_lo", "black")})})
    width, height = spec["plot_size"]
    vl = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
          "width": width, "height": height, "background": "white",
          "data": {"values": vals}, "layer": layers,
          "config": {"font": spec.get("font", "DejaVu Sans"),
                     "axis": {"labelFontSize": fs, "titleFontSize": fs + 1},
                     "legend": {"labelFontSize": fs, "titleFontSize": fs},
                     "title": {"fontSize": fs + 3},
                     "view": {"stroke": spec.get("view_stroke")}}}
    if spec.get("title"):
        vl["title"] = spec["title"]
    return vl


def render_vegalite(spec, png):
    import vl_convert as vlc
    M = np.array(spec["M"], dtype=float)
    rows, cols = M.shape
    vl = vegalite_spec(spec)
    sg = vlc.vegalite_to_scenegraph(vl)
    items = []
    H._walk(sg["scenegraph"], sg["origin"][0], sg["origin"][1], items)
    rects = [(x, y, it) for mt, role, x, y, it in items if mt == "rect" and role == "mark"]
    cw, ch = rects[0][2]["width"], rects[0][2]["height"]
    xs0, ys0 = min(x for x, _, _ in rects), min(y for _, y, _ in rects)
    if abs(max(x for x, _, _ in rects) + cw - xs0 - cols * cw) > 0.01 or \
            abs(max(y for _, y, _ in rects) + ch - ys0 - rows * ch) > 0.01:
        raise RuntimeError("a whole edge row or column is missing: box not known from the rects")
    sc = spec.get("scale", 1)
    box = {"x": xs0 * sc, "y": ys0 * sc, "width": cols * cw * sc, "height": rows * ch * sc}
    expected = [[None] * cols for _ in range(rows)]
    for x, y, it in rects:
        expected[round((y - ys0) / ch)][round((x - xs0) / cw)] = H.hex_rgb(it["fill"])

    def texts(role):
        return [(it.get("text"), x, y, it) for mt, rl, x, y, it in items
                if mt == "text" and rl == role and it.get("opacity", 1) > 0 and it.get("text")]
    probs = []
    xt, yt = [], []
    xmap = {spec["xlabels"][i]: i for i in range(0, cols, spec.get("xevery", 1))}
    ymap = {spec["ylabels"][i]: i for i in range(0, rows, spec.get("yevery", 1))}
    for txt, x, y, it in texts("axis-label"):
        if txt in ymap and it.get("angle", 0) == 0 and x < xs0:
            got = (y - ys0 - 0.5) / ch - 0.5
            want = ymap[txt]
            yt.append({"text": txt, "position": float(want)})
        else:
            got = (x - xs0 - 0.5) / cw - 0.5
            want = xmap[txt]
            xt.append({"text": txt, "position": float(want)})
        if abs(got - want) > 0.05:
            probs.append(f"axis label {txt!r} drawn at {got:.3f}, category {want}")
    if not spec.get("xrot"):
        probs += T.centred_label_overlap(
            spec.get("font", "DejaVu Sans"), spec.get("fontsize", 11),
            [(t, x) for t, x, y, it in texts("axis-label") if t in xmap and it.get("angle", 0) == 0
             and y > ys0])
    if len(xt) != len(xmap) or len(yt) != len(ymap):
        probs.append(f"{len(xt)}/{len(xmap)} x and {len(yt)}/{len(ymap)} y labels drawn")
    # legend: labels with their values (the printed number), checked against position
    grad = [(x, y, it) for mt, rl, x, y, it in items if rl in ("legend-gradient", "legend-band")]
    gx0 = min(x for x, _, _ in grad)
    gy0 = min(y for _, y, _ in grad)
    gx1 = max(x + it["width"] for x, _, it in grad)
    gy1 = max(y + it["height"] for _, y, it in grad)
    horiz = (gx1 - gx0) > (gy1 - gy0)
    lo, hi = spec["vmin"], spec["vmax"]
    f = (lambda v: math.log10(v)) if spec.get("log") else (lambda v: v)
    cticks = []
    for txt, x, y, it in texts("legend-label"):
        v = T.parse_number(txt.replace(",", ""))
        frac = (x - gx0) / (gx1 - gx0) if horiz else (gy1 - y) / (gy1 - gy0)
        want = (f(v) - f(lo)) / (f(hi) - f(lo))
        if abs(frac - want) > 0.01:
            probs.append(f"legend label {txt!r} at {frac:.3f} of the bar, value says {want:.3f}")
        cticks.append({"text": txt, "value": v})
    bounds = spec.get("bounds")
    if bounds is not None:  # each cell's colour is the legend band its truth band names
        bands = sorted(grad, key=lambda g: g[0] if horiz else -g[1])
        for r in range(rows):
            for c in range(cols):
                if math.isfinite(M[r, c]):
                    band = H.hex_rgb(bands[T.band_index(bounds, M[r, c])][2]["fill"])
                    if max(abs(a - b) for a, b in zip(band, expected[r][c])) > 1:
                        probs.append(f"cell {r},{c} ({M[r, c]}) not drawn in its band's colour")
    title = [t for t, *_ in texts("title-text")]
    axt = texts("axis-title")
    lt = [t for t, *_ in texts("legend-title")]
    got = {"title": title[0] if title else None,
           "xlabel": next((t for t, x, y, it in axt if it.get("angle", 0) == 0), None),
           "ylabel": next((t for t, x, y, it in axt if it.get("angle", 0) != 0), None),
           "clabel": lt[0] if lt else None}
    for k in got:
        if T.collapse(got[k]) != T.collapse(spec.get(k)):
            probs.append(f"vega {k}: drawn {got[k]!r}, spec {spec.get(k)!r}")
    tmp = png + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(vlc.vegalite_to_png(vl, scale=sc))
    H.save_png(tmp, png)
    os.remove(tmp)
    cbar = {"orientation": "horizontal" if horiz else "vertical", "min": lo, "max": hi,
            "scale": "log" if spec.get("log") else ("discrete" if bounds is not None else "linear"),
            "colormap": spec.get("cmap_name", spec.get("cmap")), "ticks": cticks}
    values = None
    if spec.get("texts") is not None:
        values = [[None if t is None else T.parse_number(t) for t in row] for row in spec["texts"]]
    info = {"renderer": "Vega-Lite via vl-convert", "vl_convert": vlc.__version__,
            "vega": vlc.get_vega_version(), "vega_lite": vlc.get_vegalite_versions()[-1],
            "scale": sc, "plot_size": list(spec["plot_size"]), "font": spec.get("font", "DejaVu Sans")}
    truth = T.truth_dict(spec, png, box, M.tolist(), xt, yt, cbar, got, info, bounds=bounds,
                         values=values)
    return truth, expected, probs, spec.get("texts") is not None


def vegalite_specs():
    S = []

    def add(name, case, notes, **kw):
        kw.setdefault("plot_size", (360, 240))
        S.append(dict(name=name, system="vegalite", case=case, notes=notes, **kw))

    layouts = [
        ("right", "viridis", "viridis", (8, 10), (0, 1), {}),
        ("left", "magma", "magma", (6, 12), (-5, 5), {"xrot": 45}),
        ("top", "inferno", "inferno", (5, 14), (10, 30), {"legend_len": 180}),
        ("bottom", "plasma", "plasma", (9, 12), (-3, 3), {"xrot": 90, "legend_len": 240}),
        ("right", "cividis", "cividis", (20, 30), (0, 500), {"xevery": 5, "yevery": 2, "plot_size": (480, 320)}),
        ("right", "turbo", "turbo", (1, 16), (0, 100), {"plot_size": (480, 40)}),
        ("bottom", "RdBu_r", None, (12, 1), (-1, 1), {"plot_size": (60, 300), "legend_len": 160}),
        ("right", "YlGnBu", None, (7, 7), (0, 50), {"fontsize": 14, "scale": 2, "plot_size": (300, 300)}),
        ("left", "coolwarm", None, (10, 10), (-2, 2), {"font": "DejaVu Serif", "nan": 0.1}),
        ("right", "Spectral", None, (6, 9), (100, 900), {"font": "Liberation Sans", "view_stroke": "#888"}),
        ("top", "viridis", "viridis", (8, 8), (0, 1), {"fontsize": 9, "scale": 1.5}),
        ("right", "plasma", "plasma", (30, 40), (0, 1), {"xevery": 10, "yevery": 5, "plot_size": (560, 360)}),
    ]
    titles = ["Hourly load", "Pressure Δ (hPa)", "Cabin temperature (°C)", "Anomaly ±σ",
              "Requests per minute", "Single row", "Single column", "Density (kg/m²)",
              "Strain (µm/m)", "Resistance (Ω)", "Salinity (‰)", "Large grid"]
    for i, (leg, cmap, scheme, (rows, cols), (lo, hi), kw) in enumerate(layouts):
        n = f"vl_layout_{i + 1}"
        nan = kw.pop("nan", 0)
        add(n, "layout", f"Vega-Lite rect, legend {leg}, {rows}x{cols}" + (f", {kw}" if kw else ""),
            legend=leg, cmap=cmap, scheme=scheme, vmin=lo, vmax=hi,
            M=data(n, rows, cols, lo, hi, nan=nan).tolist(), title=titles[i],
            xlabel="Column", ylabel="Row" if cols > 1 else None,
            clabel=["load", "Δp", "°C", "σ", "req", "%", "r", "kg/m²", "µm/m", "Ω", "‰", "p"][i],
            xlabels=[f"{h:02d}h" for h in range(cols)] if i % 3 == 0 else labels("T", cols),
            ylabels=labels("s", rows, width=2) if i % 2 else labels("B", rows), **kw)
    # discrete
    for i, (b, mode, cmap, scheme) in enumerate([([0, 20, 40, 60, 80, 100], "quantize", "viridis", "viridis"),
                                                 ([-1, -0.5, 0, 0.5, 1], "quantize", "RdBu_r", None),
                                                 ([0, 10, 20, 30, 40, 50, 60], "bin", "YlOrRd", None)]):
        n = f"vl_discrete_{mode}_{i + 1}"
        add(n, "discrete", f"Vega-Lite {mode} colour scale, bands {b}", bounds=b, vl_bin=mode == "bin",
            vmin=b[0], vmax=b[-1], cmap=cmap, scheme=scheme, M=data(n, 8, 10, b[0], b[-1]).tolist(),
            legend=["right", "bottom", "right"][i], title="Binned values", xlabel="Column",
            ylabel="Row", clabel="band", xlabels=labels("C", 10), ylabels=labels("R", 8))
    # log
    for i, (lo, hi) in enumerate([(1, 1000), (0.1, 100), (10, 1e5)]):
        n = f"vl_log_{i + 1}"
        M = 10 ** data(n, 8, 10, math.log10(lo), math.log10(hi))
        M = np.array([[T.rsig(v, 4) for v in row] for row in M])
        dec = [10.0 ** k for k in range(int(round(math.log10(lo))), int(round(math.log10(hi))) + 1)]
        add(n, "log", f"Vega-Lite log colour scale {lo}..{hi}", log=True, vmin=lo, vmax=hi, M=M.tolist(),
            cmap=["viridis", "magma", "plasma"][i], scheme=["viridis", "magma", "plasma"][i],
            cvalues=dec, cformat="~g", legend=["right", "bottom", "right"][i], legend_len=200,
            title="Counts (log)", xlabel="Bin", ylabel="Run", clabel="count",
            xlabels=labels("b", 10), ylabels=labels("run", 8))
    # ends
    for i, (lo, hi, cv) in enumerate([(-0.37, 1.23, None), (3.3, 17.9, None), (0, 1, [0, 1]), (-40, 40, [-40, 40])]):
        n = f"vl_ends_{i + 1}"
        add(n, "ends", f"Vega-Lite gradient {lo}..{hi}, " + ("only end labels" if cv else "labels short of the ends"),
            vmin=lo, vmax=hi, cvalues=cv, cmap=["viridis", "inferno", "cividis", "RdBu_r"][i],
            scheme=["viridis", "inferno", "cividis", None][i], M=data(n, 7, 9, lo, hi).tolist(),
            legend=["right", "bottom", "right", "top"][i], title="Scale ends", xlabel="x", ylabel="y",
            clabel="level", xlabels=labels("C", 9), ylabels=labels("R", 7))
    # annotated
    for i, (fmtf, dec, lo, hi) in enumerate([("{:.1f}", 1, 0, 10), ("{:.0f}", 0, 100, 999),
                                             ("{:.2f}", 2, -1, 1), ("{:.0f}%", 0, 0, 100)]):
        n = f"vl_annot_{i + 1}"
        rows, cols = [(5, 6), (6, 6), (5, 5), (4, 7)][i]
        M = np.round(data(n, rows, cols, lo, hi), dec)
        txt = [[fmtf.format(v).replace("-", MINUS) for v in row] for row in M]
        add(n, "annotated", f"Vega-Lite text layer {fmtf!r} over rect", M=M.tolist(), texts=txt,
            vmin=lo, vmax=hi, cmap=["viridis", "magma", "RdBu_r", "cividis"][i],
            scheme=["viridis", "magma", None, "cividis"][i], plot_size=(360, 280),
            text_hi="black" if i in (0, 1, 3) else "white", text_lo="white" if i in (0, 1, 3) else "black",
            **({"text_test": "abs(datum.v) > 0.5"} if i == 2 else {}),
            title="Printed values", xlabel="Column", ylabel="Row", clabel=["v", "n", "r", "%"][i],
            xlabels=labels("C", cols), ylabels=labels("R", rows))
    return S


# ============================================================================= Plotly

_KALEIDO = []


def plotly_export(fig, fmt):
    """SVG or PNG bytes from kaleido (one Chromium kept for the whole run)."""
    import atexit
    import warnings
    import kaleido
    warnings.filterwarnings("ignore", message="The kopts argument is ignored")
    if not _KALEIDO:
        os.environ.setdefault("BROWSER_PATH", "/usr/bin/chromium")
        kaleido.start_sync_server(silence_warnings=True)
        atexit.register(kaleido.stop_sync_server, silence_warnings=True)
        _KALEIDO.append(True)
    return fig.to_image(format=fmt)


def plotly_colorscale(spec):
    """[[position, 'rgb(...)'], ...]: the matplotlib map in 33 stops, or flat bands."""
    import matplotlib
    cm = matplotlib.colormaps[spec["cmap"]]
    rgb = lambda t: "rgb(%d, %d, %d)" % tuple(round(x * 255) for x in cm(t)[:3])  # noqa: E731
    bounds = spec.get("bounds")
    if bounds is None:
        return [[i / 32, rgb(i / 32)] for i in range(33)]
    lo, hi, k = bounds[0], bounds[-1], len(bounds) - 1
    out = []
    for i in range(k):
        out += [[(bounds[i] - lo) / (hi - lo), rgb((i + 0.5) / k)],
                [(bounds[i + 1] - lo) / (hi - lo), rgb((i + 0.5) / k)]]
    return out


def scale_colour(scale, t):
    """Colour of a plotly colorscale at t in 0..1 (linear in RGB between stops; at a
    repeated stop the upper band wins, as plotly's d3 scale does)."""
    t = min(1.0, max(0.0, t))
    pos = [p for p, _ in scale]
    cols = [H.hex_rgb(c) for _, c in scale]
    j = int(np.searchsorted(pos, t, side="right"))
    if j <= 0:
        return cols[0]
    if j >= len(pos):
        return cols[-1]
    a, b = pos[j - 1], pos[j]
    f = 0.0 if b == a else (t - a) / (b - a)
    return tuple(cols[j - 1][i] + f * (cols[j][i] - cols[j - 1][i]) for i in range(3))


def _svg_walk(el, tx, ty, out):
    import re
    m = re.match(r"\s*translate\(\s*([-\d.e]+)[ ,]*([-\d.e]*)\s*\)", el.get("transform", ""))
    if m:
        tx, ty = tx + float(m.group(1)), ty + float(m.group(2) or 0)
    out.append((el, tx, ty))
    for ch in el:
        _svg_walk(ch, tx, ty, out)


def svg_layout(svg_bytes):
    """What the Plotly SVG says was drawn: the heatmap image rect, its pixels, axis
    tick labels (anchor position), colour-bar tick labels and fill rect, titles."""
    import base64
    import io
    import xml.etree.ElementTree as ET
    from PIL import Image
    root = ET.fromstring(svg_bytes)
    items = []
    _svg_walk(root, 0.0, 0.0, items)
    tag = lambda e: e.tag.split("}")[-1]  # noqa: E731
    classes = lambda e: (e.get("class") or "").split()  # noqa: E731
    text = lambda e: " ".join("".join(e.itertext()).split())  # noqa: E731
    parent_class = {}
    for e, tx, ty in items:
        for ch in e:
            parent_class[ch] = classes(e)
    out = {"xticks": [], "yticks": [], "cticks": [], "cell_texts": []}
    for e, tx, ty in items:
        c = classes(e)
        if tag(e) == "image" and "hm" in parent_class.get(e, []):
            out["image"] = {"x": tx + float(e.get("x")), "y": ty + float(e.get("y")),
                            "width": float(e.get("width")), "height": float(e.get("height"))}
            href = e.get("{http://www.w3.org/1999/xlink}href") or e.get("href")
            out["pixels"] = np.asarray(Image.open(io.BytesIO(base64.b64decode(href.split(",", 1)[1])))
                                       .convert("RGBA"))
        elif tag(e) == "text" and text(e):
            pc = parent_class.get(e, [])
            if "xtick" in pc:
                out["xticks"].append((text(e), tx, ty))
            elif "ytick" in pc:
                out["yticks"].append((text(e), tx, ty))
            elif any(k.endswith("cbtick") or k.endswith("tick") and "cb" in k for k in pc):
                out["cticks"].append((text(e), tx, ty))
            elif "g-gtitle" in pc or "gtitle" in c:
                out["title"] = text(e)
            elif "g-xtitle" in pc or "xtitle" in c:
                out["xlabel"] = text(e)
            elif "g-ytitle" in pc or "ytitle" in c:
                out["ylabel"] = text(e)
            elif "cbtitle" in pc or "cbtitle" in c:
                out["clabel"] = text(e)
            elif "heatmap-label" in pc:
                out["cell_texts"].append(text(e))
        elif tag(e) == "rect" and "cbfill" in c:
            out["cbfill"] = {"x": tx + float(e.get("x")), "y": ty + float(e.get("y")),
                             "width": float(e.get("width")), "height": float(e.get("height"))}
    return out


def render_plotly(spec, png):
    import plotly
    import plotly.graph_objects as go
    M = np.array(spec["M"], dtype=float)
    rows, cols = M.shape
    lo, hi = spec["vmin"], spec["vmax"]
    W, Hh = spec["size"]
    scale = plotly_colorscale(spec)
    horiz = spec.get("cbar_orient", "v") == "h"
    cbar = {"orientation": "h" if horiz else "v", "title": {"text": spec.get("clabel") or ""}}
    if horiz:
        cbar.update(y=-0.32, yanchor="top", len=0.8, thickness=18, title_side="top")
    if spec.get("cticks") is not None:
        cbar.update(tickmode="array", tickvals=spec["cticks"])
    if spec.get("bounds") is not None:
        cbar.update(tickmode="array", tickvals=spec["bounds"])
    if spec.get("ctickformat"):
        cbar["tickformat"] = spec["ctickformat"]
    z = [[None if not math.isfinite(v) else float(v) for v in row] for row in M]
    tr = dict(z=z, x=list(range(cols)), y=list(range(rows)), zmin=lo, zmax=hi, colorscale=scale,
              colorbar=cbar, xgap=spec.get("gap", 0), ygap=spec.get("gap", 0))
    if spec.get("texts") is not None:
        tr.update(text=spec["texts"], texttemplate="%{text}",
                  textfont={"size": spec.get("annot_size", 12)})
    elif spec.get("texttemplate"):
        tr.update(texttemplate=spec["texttemplate"], textfont={"size": spec.get("annot_size", 12)})
    if spec.get("text_auto") is not None:  # plotly.express.imshow(text_auto=...)
        import plotly.express as px
        fig = px.imshow(np.array([[np.nan if v is None else v for v in row] for row in z]),
                        zmin=lo, zmax=hi, color_continuous_scale=scale, text_auto=spec["text_auto"],
                        aspect="auto")
        fig.update_coloraxes(colorbar=cbar)
        fig.update_traces(textfont={"size": spec.get("annot_size", 12)})
    else:
        fig = go.Figure(go.Heatmap(**tr))
    xv = list(range(0, cols, spec.get("xevery", 1)))
    yv = list(range(0, rows, spec.get("yevery", 1)))
    fig.update_layout(
        width=W, height=Hh, template=spec.get("template", "plotly"),
        font={"family": spec.get("font", "DejaVu Sans"), "size": spec.get("fontsize", 12)},
        title={"text": spec.get("title") or ""},
        xaxis={"title": {"text": spec.get("xlabel") or ""}, "tickmode": "array", "tickvals": xv,
               "ticktext": [spec["xlabels"][i] for i in xv], "tickangle": -spec.get("xrot", 0),
               "showgrid": False, "zeroline": False},
        yaxis={"title": {"text": spec.get("ylabel") or ""}, "tickmode": "array", "tickvals": yv,
               "ticktext": [spec["ylabels"][i] for i in yv], "autorange": "reversed",
               "showgrid": False, "zeroline": False},
        margin=spec.get("margin", {"l": 80, "r": 40, "t": 70, "b": 80}))
    svg = svg_layout(plotly_export(fig, "svg"))
    with open(png + ".tmp", "wb") as fh:
        fh.write(plotly_export(fig, "png"))
    H.save_png(png + ".tmp", png)
    os.remove(png + ".tmp")
    box = svg["image"]
    probs = []
    px = svg["pixels"]  # one pixel per cell, or (with gaps) the whole plot area
    ph, pw = px.shape[:2]
    expected = [[None] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if not math.isfinite(M[r, c]):
                continue
            drawn = tuple(float(v) for v in px[int((r + 0.5) * ph / rows), int((c + 0.5) * pw / cols), :3])
            want = scale_colour(scale, (M[r, c] - lo) / (hi - lo))
            if max(abs(a - b) for a, b in zip(drawn, want)) > 3:
                probs.append(f"cell {r},{c}: plotly drew {drawn}, colorscale says {want}")
            expected[r][c] = drawn
    cw, ch = box["width"] / cols, box["height"] / rows
    xt = [{"text": t, "position": (x - box["x"]) / cw - 0.5} for t, x, y in svg["xticks"]]
    yt = [{"text": t, "position": (y - box["y"]) / ch - 0.5} for t, x, y in svg["yticks"]]
    for got, want in ((xt, [(spec["xlabels"][i], i) for i in xv]), (yt, [(spec["ylabels"][i], i) for i in yv])):
        g = sorted(got, key=lambda d: d["position"])
        if [d["text"] for d in g] != [T.collapse(t) for t, _ in want] or \
                any(abs(d["position"] - p) > 0.02 for d, (_, p) in zip(g, want)):
            probs.append(f"plotly ticks {[(d['text'], round(d['position'], 2)) for d in g]} != {want}")
        for d, (_, p) in zip(g, want):
            d["position"] = float(p)
    fill = svg["cbfill"]
    cticks = []
    for t, x, y in svg["cticks"]:
        v = T.parse_number(t.replace(",", ""))
        frac = (x - fill["x"]) / fill["width"] if horiz else (fill["y"] + fill["height"] - y) / fill["height"]
        want = (v - lo) / (hi - lo)
        if abs(frac - want) > 0.01:
            probs.append(f"colour-bar label {t!r} at {frac:.3f} of the bar, value says {want:.3f}")
        cticks.append({"text": t, "value": v})
    got = {k: svg.get(k) for k in ("title", "xlabel", "ylabel", "clabel")}
    for k in got:
        if T.collapse(got[k]) != T.collapse(spec.get(k)):
            probs.append(f"plotly {k}: drawn {got[k]!r}, spec {spec.get(k)!r}")
    values = None
    if spec.get("text_auto") is not None:
        # text_auto prints each cell's own number (d3 format): the data were rounded
        # before plotting, so the printed numbers are the values; check them as a multiset
        values = [[None if not math.isfinite(v) else T.rsig(v) for v in row] for row in M]
        want = sorted(v for row in values for v in row if v is not None)
        got_v = sorted(T.parse_number(t) for t in svg["cell_texts"])
        if len(want) != len(got_v) or any(abs(a - b) > 1e-9 for a, b in zip(want, got_v)):
            probs.append(f"printed numbers {got_v[:5]}… differ from the data {want[:5]}…")
    elif spec.get("texts") is not None or spec.get("texttemplate"):
        printed = spec.get("texts") or [[None if not math.isfinite(v) else
                                         format(v, spec["texttemplate"][4:-1]) for v in row] for row in M]
        values = [[None if t is None else T.parse_number(t) for t in row] for row in printed]
        want_texts = sorted(T.collapse(t).replace(MINUS, "-") for row in printed for t in row if t is not None)
        got_texts = sorted(t.replace(MINUS, "-") for t in svg["cell_texts"])
        if want_texts != got_texts:
            probs.append(f"cell texts drawn {got_texts[:5]}… differ from {want_texts[:5]}…")
    probs += plotly_label_overlap(spec, svg)
    bounds = spec.get("bounds")
    cb = {"orientation": "horizontal" if horiz else "vertical", "min": lo, "max": hi,
          "scale": "discrete" if bounds is not None else "linear", "colormap": spec["cmap"],
          "ticks": cticks}
    import importlib.metadata as md
    info = {"renderer": "plotly go.Heatmap via kaleido", "plotly": plotly.__version__,
            "kaleido": md.version("kaleido"), "template": spec.get("template", "plotly"),
            "size_px": [W, Hh], "font": spec.get("font", "DejaVu Sans")}
    truth = T.truth_dict(spec, png, box, M.tolist(), xt, yt, cb, got, info, bounds=bounds,
                         values=values)
    return truth, expected, probs, values is not None


def plotly_label_overlap(spec, svg):
    """Horizontal x tick labels must not overlap."""
    if spec.get("xrot"):
        return []
    return T.centred_label_overlap(spec.get("font", "DejaVu Sans"), spec.get("fontsize", 12),
                                   [(t, x) for t, x, _ in svg["xticks"]])


def plotly_specs():
    S = []

    def add(name, case, notes, **kw):
        kw.setdefault("size", (640, 480))
        S.append(dict(name=name, system="plotly", case=case, notes=notes, **kw))

    templates = ["plotly", "plotly_white", "simple_white", "ggplot2", "seaborn", "plotly_dark",
                 "presentation", "none", "plotly", "simple_white", "ggplot2", "plotly_white"]
    cmaps = ["viridis", "magma", "RdBu_r", "cividis", "YlGnBu", "plasma", "inferno", "coolwarm",
             "turbo", "Greens", "PuOr", "Blues"]
    for i, tpl in enumerate(templates):
        n = f"plotly_layout_{tpl}_{i + 1}"
        rows, cols = [(8, 10), (6, 12), (10, 10), (5, 14), (12, 8), (7, 9), (6, 6), (20, 30),
                      (1, 15), (15, 1), (9, 12), (40, 60)][i]
        lo, hi = [(0, 1), (-5, 5), (-1, 1), (0, 100), (10, 30), (0, 50), (0, 1), (-2, 2),
                  (0, 10), (-20, 20), (100, 900), (0, 1)][i]
        horiz = i % 3 == 2
        add(n, "layout", f"plotly template {tpl}, {'horizontal' if horiz else 'vertical'} colour bar, {rows}x{cols}",
            template=tpl, cmap=cmaps[i], vmin=lo, vmax=hi, cbar_orient="h" if horiz else "v",
            M=data(n, rows, cols, lo, hi, nan=0.1 if i in (3, 10) else 0).tolist(),
            title=["Hourly load", "Pressure Δ (hPa)", "Correlation ρ", "Occupancy (%)",
                   "Temperature (°C)", "Thickness (µm)", "Share", "Resistance (Ω)", "One row",
                   "One column", "Salinity (‰)", "Large grid"][i],
            xlabel="Column", ylabel="Row" if cols > 1 else None,
            clabel=["load", "Δp", "ρ", "%", "°C", "µm", "share", "Ω", "v", "v", "‰", "p"][i],
            xlabels=[f"{h:02d}h" for h in range(cols)] if i % 4 == 0 else labels("T", cols),
            ylabels=labels("s", rows, width=2) if i % 2 else labels("B", rows),
            xevery=5 if cols > 20 else (2 if cols > 12 else 1), yevery=5 if rows > 20 else (2 if rows > 12 else 1),
            xrot=[0, 45, 0, 90][i % 4] if cols > 1 else 0, gap=1 if i in (2, 6) else 0,
            font=["DejaVu Sans", "DejaVu Serif", "Liberation Sans"][i % 3], fontsize=[12, 11, 14, 10][i % 4],
            size=[(640, 480), (700, 500), (600, 600), (760, 460), (560, 620), (640, 480), (600, 560),
                  (900, 640), (760, 320), (360, 640), (720, 560), (1000, 760)][i])
    # tiles set apart by wide gaps (xgap/ygap), on white and on a coloured plot background
    for i, (tpl, gap, rows, cols) in enumerate([("plotly_white", 6, 6, 8), ("simple_white", 10, 5, 7),
                                                ("plotly", 8, 7, 9), ("ggplot2", 5, 8, 10)]):
        n = f"plotly_gaps_{i + 1}"
        add(n, "layout", f"plotly template {tpl}, tiles {gap} px apart (xgap/ygap), {rows}x{cols}",
            template=tpl, gap=gap, cmap=["viridis", "YlOrRd", "RdBu_r", "cividis"][i],
            vmin=[0, 0, -1, 0][i], vmax=[1, 100, 1, 40][i],
            M=data(n, rows, cols, [0, 0, -1, 0][i], [1, 100, 1, 40][i]).tolist(),
            cbar_orient="h" if i == 3 else "v", title="Tiles apart", xlabel="Column", ylabel="Row",
            clabel="v", xlabels=labels("C", cols), ylabels=labels("R", rows))
    n = "plotly_gaps_annot"
    M = np.round(data(n, 5, 6, 0, 10), 1)
    add(n, "annotated", "plotly heatmap printing its numbers, tiles 8 px apart (xgap/ygap)", M=M.tolist(),
        texttemplate="%{z:.1f}", gap=8, vmin=0, vmax=10, cmap="YlGn", title="Printed values", xlabel="Column",
        ylabel="Row", clabel="v", xlabels=labels("C", 6), ylabels=labels("R", 5), template="plotly_white")
    # discrete (flat-band colorscale)
    for i, b in enumerate([[0, 20, 40, 60, 80, 100], [0, 10, 25, 50, 100], [-1, -0.5, 0, 0.5, 1]]):
        n = f"plotly_discrete_{i + 1}"
        add(n, "discrete", f"plotly colorscale of flat bands {b}, ticks at the boundaries", bounds=b,
            vmin=b[0], vmax=b[-1], cmap=["viridis", "YlOrRd", "RdBu_r"][i], M=data(n, 8, 10, b[0], b[-1]).tolist(),
            cbar_orient="h" if i == 1 else "v", title="Binned values", xlabel="Column", ylabel="Row",
            clabel="band", xlabels=labels("C", 10), ylabels=labels("R", 8),
            template=["plotly", "simple_white", "plotly_white"][i])
    # ends
    for i, (lo, hi, ct) in enumerate([(-0.37, 1.23, None), (3.3, 17.9, None), (0, 1, [0.25, 0.5, 0.75])]):
        n = f"plotly_ends_{i + 1}"
        add(n, "ends", f"plotly colour bar {lo}..{hi} whose labels stop short of the ends", vmin=lo, vmax=hi,
            cticks=ct, cmap=["viridis", "inferno", "cividis"][i], M=data(n, 7, 9, lo, hi).tolist(),
            cbar_orient="h" if i == 1 else "v", title="Scale ends", xlabel="x", ylabel="y", clabel="level",
            xlabels=labels("C", 9), ylabels=labels("R", 7), template=["plotly", "plotly_white", "ggplot2"][i])
    # annotated
    for i, (fmtf, dec, lo, hi, mode) in enumerate([("{:.1f}", 1, 0, 10, "text"), (".0f", 0, 100, 999, "z"),
                                                   (".2f", 2, -1, 1, "z"), ("{:.0f}%", 0, 0, 100, "text"),
                                                   ("{:.1f} t", 1, 0.5, 4.5, "text")]):
        n = f"plotly_annot_{i + 1}"
        rows, cols = [(5, 6), (6, 6), (5, 5), (4, 7), (5, 6)][i]
        M = np.round(data(n, rows, cols, lo, hi), dec)
        kw = {}
        if mode == "text":
            kw["texts"] = [[fmtf.format(v) for v in row] for row in M]
        else:
            kw["texttemplate"] = "%{z:" + fmtf + "}"
        add(n, "annotated", f"plotly heatmap with printed numbers ({mode} {fmtf!r})", M=M.tolist(),
            vmin=lo, vmax=hi, cmap=["YlGn", "Oranges", "RdBu_r", "Greys", "BuPu"][i],
            title="Printed values", xlabel="Column", ylabel="Row", clabel=["v", "n", "r", "%", "t"][i],
            xlabels=labels("C", cols), ylabels=labels("R", rows),
            template=["plotly", "simple_white", "plotly_white", "seaborn", "ggplot2"][i], **kw)
    for i, (ta, dec, lo, hi) in enumerate([(True, 1, 0, 10), (".2f", 2, -1, 1), (True, 0, 0, 500)]):
        n = f"plotly_px_text_auto_{i + 1}"
        rows, cols = [(5, 6), (6, 6), (4, 8)][i]
        M = np.round(data(n, rows, cols, lo, hi), dec)
        add(n, "annotated", f"plotly.express.imshow(text_auto={ta!r}) on data rounded to {dec} decimals",
            M=M.tolist(), text_auto=ta, vmin=lo, vmax=hi, cmap=["viridis", "RdBu_r", "YlOrRd"][i],
            title="px.imshow text_auto", xlabel="Column", ylabel="Row", clabel=None,
            xlabels=labels("C", cols), ylabels=labels("R", rows),
            template=["plotly", "plotly_white", "simple_white"][i], cbar_orient="h" if i == 2 else "v")
    return S


# ============================================================================= driver

def all_specs():
    S = []
    for fn in (mpl_specs, seaborn_specs, plotnine_specs, vegalite_specs, plotly_specs):
        S.extend(fn())
    return S


RENDER = {"matplotlib": render_mpl, "seaborn": render_mpl, "plotnine": render_plotnine,
          "vegalite": render_vegalite, "plotly": render_plotly}


def render_one(spec):
    d = os.path.join(HERE, spec["system"])
    os.makedirs(d, exist_ok=True)
    png = os.path.join(d, spec["name"] + ".png")
    truth, expected, probs, annot = RENDER[spec["system"]](spec, png)
    truth["image"]["file"] = spec["name"] + ".png"
    g = truth["grid"]
    probs = list(probs) + T.check_box_inside(png, g["box"])
    worst, cell_probs = T.check_cells(png, g["box"], truth["values"], expected, annot=annot)
    probs += cell_probs
    truth["render"]["cell_check_worst_rgb"] = worst
    if probs:
        raise RuntimeError(f"{spec['name']}: {len(probs)} problems: {probs[:4]}")
    with open(os.path.join(d, spec["name"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth, worst, os.path.getsize(png)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", help="glob over figure names (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the figures and what they test")
    a = ap.parse_args()
    S = all_specs()
    names = [s["name"] for s in S]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate figure names")
    if a.only:
        S = [s for s in S if any(fnmatch.fnmatch(s["name"], g) for g in a.only)]
    if a.list:
        for s in S:
            print(f"{s['system']:10} {s['name']:34} {s['case']:9} {s['notes']}")
        return 0
    bad = check_versions()
    if bad:
        print("warning: renderer versions differ from the pinned ones: " + "; ".join(bad),
              file=sys.stderr)
    failed = 0
    for s in S:
        try:
            truth, worst, size = render_one(s)
        except Exception as e:  # noqa: BLE001 - report every failing figure, go on
            failed += 1
            print(f"FAIL {s['name']}: {e}", file=sys.stderr)
            continue
        g = truth["grid"]
        print(f"{s['system']:10} {s['name']:34} {g['rows']}x{g['columns']:<4} check {worst:5.1f} "
              f"{size // 1024:4d} KB")
    print(f"{len(S) - failed} rendered, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
