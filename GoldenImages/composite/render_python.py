#!/usr/bin/env python3
"""render_python.py - composite heatmap figures from the Python renderers.

Writes GoldenImages/composite/<system>/NAME.png + NAME.truth.json (schema
figscribe/figure@1) for seaborn clustermap, matplotlib subplots, heatmaps beside
other charts (matplotlib, seaborn), plotnine facets and Plotly make_subplots.
The truth comes from the data handed to the renderer and from what the renderer
reports it drew (matplotlib artists, seaborn's dendrogram leaf order, Plotly's
SVG export); every panel is then checked against the PNG (cell colours, texts on
the canvas, tick labels apart).

    python3 GoldenImages/composite/render_python.py                 # all
    python3 GoldenImages/composite/render_python.py --only 'cm_*'   # some
    python3 GoldenImages/composite/render_python.py --list          # what each tests

Pinned: matplotlib==3.11.2 seaborn==0.13.2 pandas==3.1.1 pillow==13.0.0
plotnine==0.15.9 plotly==7.1.0 kaleido==1.5.1 (Debian 12 chromium), numpy 2.4.6,
scipy 1.17.1; fonts-dejavu-core, fonts-liberation.
"""
import argparse
import fnmatch
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import comptruth as C  # noqa: E402
from comptruth import T, H  # noqa: E402

PINNED = {"matplotlib": "3.11.2", "seaborn": "0.13.2", "pandas": "3.1.1", "PIL": "13.0.0",
          "plotnine": "0.15.9", "plotly": "7.1.0", "numpy": "2.4.6", "scipy": "1.17.1"}
MINUS = C.MINUS


def check_versions():
    import importlib
    bad = []
    for mod, want in PINNED.items():
        try:
            got = importlib.import_module(mod).__version__
        except Exception:  # noqa: BLE001
            got = None
        if got is None or not str(got).startswith(want):
            bad.append(f"{mod} {got} (want {want})")
    try:
        import importlib.metadata as md
        if md.version("kaleido") != "1.5.1":
            bad.append(f"kaleido {md.version('kaleido')} (want 1.5.1)")
    except Exception:  # noqa: BLE001
        bad.append("kaleido missing")
    return bad


def mpl_setup(spec):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    plt.rcdefaults()
    if spec.get("style", "default") != "default":
        plt.style.use(spec["style"])
    plt.rcParams.update({"font.family": spec.get("font", "DejaVu Sans"),
                         "font.size": spec.get("fontsize", 10), "axes.unicode_minus": True,
                         "figure.dpi": spec.get("dpi", 100), "axes.grid": False})
    return plt


def mpl_info(spec, renderer):
    import matplotlib
    W, Hh = spec["size"]
    info = {"renderer": renderer, "matplotlib": matplotlib.__version__, "dpi": spec.get("dpi", 100),
            "size_px": [W, Hh], "style": spec.get("style", "default"),
            "font": spec.get("font", "DejaVu Sans")}
    if "seaborn" in renderer:
        import seaborn as sns
        info["seaborn"] = sns.__version__
    return info


def mpl_cbar(cbar, cmap_name):
    lo, hi = T.cbar_ends(cbar)
    return {"orientation": cbar.orientation, "min": lo, "max": hi, "scale": "linear",
            "colormap": cmap_name, "ticks": T.mpl_cbar_ticks(cbar)}


def expected_colours(mappable, D):
    return [[None if not math.isfinite(v) else T.rgb255(mappable.to_rgba(v)) for v in row]
            for row in D]


def fill_shared_ticks(panels_ticks, grid_pos):
    """Tick labels drawn once for a column (x) or row (y) of panels with a shared axis
    apply to every panel of that column/row: a panel with no drawn ticks on an axis takes
    the ticks of the panel in its column (x) / row (y) that has them."""
    out = []
    for i, (xt, yt) in enumerate(panels_ticks):
        r, c = grid_pos[i]
        if not xt:
            src = [panels_ticks[j][0] for j, (rr, cc) in enumerate(grid_pos) if cc == c and panels_ticks[j][0]]
            xt = [dict(d) for d in src[0]] if src else []
        if not yt:
            src = [panels_ticks[j][1] for j, (rr, cc) in enumerate(grid_pos) if rr == r and panels_ticks[j][1]]
            yt = [dict(d) for d in src[0]] if src else []
        out.append((xt, yt))
    return out


# ============================================================================= seaborn clustermap

def render_clustermap(spec, png):
    import pandas as pd
    plt = mpl_setup(spec)
    import seaborn as sns
    name = spec["name"]
    rows, cols = spec["shape"]
    M = C.data(name, rows, cols, spec["lo"], spec["hi"], spec.get("kind", "random"),
               sig=3 if spec.get("annot") else 4)
    if spec.get("annot"):
        M = np.round(M, 1)
    df = pd.DataFrame(M, index=spec["rlabels"], columns=spec["clabels"])
    df.index.name = spec.get("ylabel")
    df.columns.name = spec.get("xlabel")
    W, Hh = spec["size"]
    dpi = spec.get("dpi", 100)
    kw = dict(cmap=spec["cmap"], figsize=(W / dpi, Hh / dpi), method=spec.get("method", "average"),
              metric=spec.get("metric", "euclidean"), row_cluster=spec.get("row_cluster", True),
              col_cluster=spec.get("col_cluster", True),
              cbar_kws={"label": spec.get("clabel") or "", "orientation": spec.get("orientation", "vertical")},
              xticklabels=spec.get("xticklabels", "auto"), yticklabels=spec.get("yticklabels", "auto"),
              dendrogram_ratio=spec.get("dratio", 0.2))
    if spec.get("cbar_pos") is not None:
        kw["cbar_pos"] = spec["cbar_pos"]
    for k in ("z_score", "standard_scale", "vmin", "vmax", "center", "linewidths"):
        if spec.get(k) is not None:
            kw[k] = spec[k]
    pal = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]
    if spec.get("row_colors"):
        grp = [pal[i % spec["row_colors"]] for i in range(rows)]
        kw["row_colors"] = pd.Series(grp, index=df.index, name="group")
    if spec.get("col_colors"):
        grp = [pal[(i * 7) % 5 % spec["col_colors"] + 2] for i in range(cols)]
        kw["col_colors"] = pd.Series(grp, index=df.columns, name="batch")
    if spec.get("annot"):
        kw.update(annot=True, fmt=".1f", annot_kws={"size": spec.get("annot_size", 8)})
    g = sns.clustermap(df, **kw)
    fig = g.figure
    if spec.get("title"):
        fig.suptitle(spec["title"], y=spec.get("title_y", 0.995))
    if spec.get("adjust"):
        fig.subplots_adjust(**spec["adjust"])  # moves every gridspec axes, the colour bar's too:
        g.ax_cbar.set_position(spec.get("cbar_pos") or (0.02, 0.8, 0.05, 0.18))  # seaborn's default
    if spec.get("xrot") is not None:
        plt.setp(g.ax_heatmap.get_xticklabels(), rotation=spec["xrot"])
    fig.canvas.draw()
    ax = g.ax_heatmap
    ri = list(g.dendrogram_row.reordered_ind) if g.dendrogram_row is not None else list(range(rows))
    ci = list(g.dendrogram_col.reordered_ind) if g.dendrogram_col is not None else list(range(cols))
    # seaborn 0.13 replaces data2d by its reordered copy (data2d.iloc[yind, xind]) in plot_matrix
    D = g.data2d.to_numpy(dtype=float)
    mappable = ax.collections[0]
    drawn = np.asarray(mappable.get_array(), dtype=float).reshape(rows, cols)
    probs = []
    if not np.allclose(drawn, D, rtol=0, atol=1e-12):
        probs.append("the heatmap's array is not data2d")
    if [str(x) for x in g.data2d.index] != [spec["rlabels"][i] for i in ri] or \
            [str(x) for x in g.data2d.columns] != [spec["clabels"][i] for i in ci]:
        probs.append("data2d is not in the dendrograms' leaf order")
    box = T.mpl_box(ax, fig, 0, cols, 0, rows)
    xt = T.mpl_axis_ticks(ax.xaxis, fig, box, cols, True)
    yt = T.mpl_axis_ticks(ax.yaxis, fig, box, rows, False)
    rl = [spec["rlabels"][i] for i in ri]
    cl = [spec["clabels"][i] for i in ci]
    for tks, want in ((xt, cl), (yt, rl)):
        for d in tks:
            k = round(d["position"])
            if abs(d["position"] - k) > 0.02 or want[k] != d["text"]:
                probs.append(f"tick {d['text']!r} at {d['position']:.2f} is not label {want[k]!r}")
    cbar = mappable.colorbar
    cb = mpl_cbar(cbar, spec["cmap"])
    texts = {"title": None, "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
             "clabel": cbar.long_axis.get_label().get_text()}
    values = None
    if spec.get("annot"):
        printed = [[None] * cols for _ in range(rows)]
        for t in ax.texts:
            x, y = t.get_position()
            printed[int(math.floor(y))][int(math.floor(x))] = t.get_text()
        values = [[T.parse_number(p) for p in row] for row in printed]
        if not np.allclose(np.array(values), D, atol=1e-9):
            probs.append("printed numbers differ from the plotted data")
    probs += T.check_mpl_text(fig, [ax.xaxis, ax.yaxis, cbar.long_axis])
    expected = expected_colours(mappable, D)
    T.mpl_png(fig, png)
    plt.close(fig)
    others = []
    if g.dendrogram_row is not None:
        others.append("row dendrogram (left)")
    if g.dendrogram_col is not None:
        others.append("column dendrogram (top)")
    if spec.get("row_colors"):
        others.append("row_colors side bar 'group'")
    if spec.get("col_colors"):
        others.append("col_colors side bar 'batch'")
    p = C.panel(box, D.tolist(), xt, yt, cb, texts, values=values,
                dendrograms={"rows": g.dendrogram_row is not None,
                             "columns": g.dendrogram_col is not None})
    info = mpl_info(spec, "seaborn clustermap")
    info["row_order"] = ri
    info["col_order"] = ci
    truth = C.figure(spec, png, spec.get("title"), [p], info, others=others)
    return truth, [(box, expected, bool(spec.get("annot")))], probs


def clustermap_specs():
    S = []

    def add(name, notes, **kw):
        kw.setdefault("size", (640, 640))
        S.append(dict(name=name, system="seaborn", case="clustermap", notes=notes, **kw))

    add("cm_basic_8x6", "clustermap 8x6, both dendrograms, gene names x samples, no scaling",
        shape=(8, 6), lo=0, hi=10, cmap="viridis", rlabels=C.GENES[:8], clabels=C.labels("S", 6),
        ylabel="gene", xlabel="sample", clabel="expression", size=(560, 560))
    add("cm_zscore_rows_12x10", "clustermap z_score=0 (rows), diverging vlag centred at 0, suptitle",
        shape=(12, 10), lo=0, hi=50, cmap="vlag", center=0, z_score=0, rlabels=C.GENES[:12],
        clabels=C.labels("T", 10), ylabel="gene", xlabel="time", clabel="z-score",
        title="Row z-scores", size=(640, 640), title_y=0.99, adjust={"top": 0.93})
    add("cm_standard_cols_10x8", "clustermap standard_scale=1 (columns to 0..1), rocket",
        shape=(10, 8), lo=-5, hi=20, cmap="rocket", standard_scale=1, rlabels=C.labels("r", 10, width=2),
        clabels=C.labels("c", 8, width=2), clabel="scaled", size=(600, 600))
    add("cm_rowcolors_15x12", "clustermap with row_colors (3 groups) and col_colors (2 batches)",
        shape=(15, 12), lo=0, hi=1, cmap="mako", row_colors=3, col_colors=2,
        rlabels=C.labels("P", 15), clabels=C.labels("W", 12), ylabel="protein", xlabel="well",
        clabel="abundance", size=(700, 700))
    add("cm_many_rows_44x20", "clustermap 44x20: seaborn's 'auto' tick labels skip rows (only the drawn labels are truth)",
        shape=(44, 20), lo=-2, hi=2, cmap="icefire", rlabels=C.labels("g", 44, width=2), clabels=C.labels("S", 20, width=2),
        ylabel="gene", xlabel="sample", clabel="log2 FC", size=(720, 640), dpi=100, fontsize=9)
    add("cm_row_only_9x14", "clustermap with row_cluster only (col_cluster=False): one dendrogram, months",
        shape=(9, 14), lo=0, hi=30, cmap="YlGnBu", col_cluster=False,
        rlabels=["Oslo", "Rome", "Lima", "Cairo", "Delhi", "Perth", "Quito", "Dakar", "Tokyo"],
        clabels=C.labels("wk", 14), xlabel="week", ylabel="city", clabel="°C", title="Weekly temperature",
        size=(700, 560), title_y=0.99, adjust={"top": 0.92})
    add("cm_hcbar_annot_7x7", "clustermap with printed numbers (annot, fmt .1f), horizontal colour bar on top-left",
        shape=(7, 7), lo=0, hi=9, cmap="Blues", annot=True, rlabels=C.labels("A", 7),
        clabels=C.labels("B", 7), orientation="horizontal", cbar_pos=(0.05, 0.86, 0.16, 0.03),
        clabel="score", size=(600, 600), annot_size=9)
    add("cm_cbar_right_20x16", "clustermap colour bar moved right (cbar_pos), col_colors, z-scored columns, 110 dpi",
        shape=(20, 16), lo=10, hi=90, cmap="magma", z_score=1, col_colors=3,
        cbar_pos=(0.9, 0.25, 0.025, 0.45), dratio=(0.15, 0.18), rlabels=C.labels("m", 20, width=2),
        clabels=C.labels("k", 16), ylabel="metric", xlabel="cluster", clabel="z", size=(800, 700),
        dpi=110, fontsize=9, title="Metrics by cluster", title_y=0.99,
        adjust={"top": 0.93, "right": 0.8})
    add("cm_corr_ward_14x14", "clustermap of a correlation matrix, method ward, RdBu_r -1..1, white cell lines",
        shape=(14, 14), lo=-1, hi=1, kind="corr", cmap="RdBu_r", vmin=-1, vmax=1, method="ward",
        rlabels=C.labels("V", 14), clabels=C.labels("V", 14), clabel="r", size=(640, 640),
        style="seaborn-v0_8-white", linewidths=0.5)
    return S


# ============================================================================= matplotlib subplots

def draw_heat(ax, P, norm, cmap):
    M = np.array(P["M"], dtype=float)
    rows, cols = M.shape
    if P.get("kind") == "pcolormesh":
        im = ax.pcolormesh(np.arange(cols + 1), np.arange(rows + 1), np.ma.masked_invalid(M),
                           cmap=cmap, norm=norm, edgecolors=P.get("edge", "face"),
                           linewidth=P.get("lw", 0))
        ax.invert_yaxis()
        off, extent = 0.5, (0, cols, 0, rows)
    else:
        im = ax.imshow(np.ma.masked_invalid(M), cmap=cmap, norm=norm, aspect=P.get("aspect", "auto"),
                       interpolation="nearest")
        off, extent = 0.0, (-0.5, cols - 0.5, -0.5, rows - 0.5)
    if P.get("xlabels") is not None:
        e = P.get("xevery", 1)
        ax.set_xticks([i + off for i in range(0, cols, e)], [P["xlabels"][i] for i in range(0, cols, e)])
    if P.get("ylabels") is not None:
        e = P.get("yevery", 1)
        ax.set_yticks([i + off for i in range(0, rows, e)], [P["ylabels"][i] for i in range(0, rows, e)])
    if P.get("xrot"):
        import matplotlib.pyplot as plt
        plt.setp(ax.get_xticklabels(), rotation=P["xrot"], ha="right", rotation_mode="anchor")
    printed = None
    if P.get("texts") is not None:
        printed = P["texts"]
        for r in range(rows):
            for c in range(cols):
                ax.text(c + off, r + off, printed[r][c], ha="center", va="center",
                        fontsize=P.get("annot_size", 8), color=T.contrast_text(im.to_rgba(M[r, c])))
    if P.get("title"):
        ax.set_title(P["title"])
    ax.set_xlabel(P.get("xlabel") or "")
    ax.set_ylabel(P.get("ylabel") or "")
    return im, extent, printed


def render_subplots(spec, png):
    plt = mpl_setup(spec)
    from matplotlib import colors as mcolors
    import matplotlib
    W, Hh = spec["size"]
    dpi = spec.get("dpi", 100)
    nr, nc = spec["grid"]
    fig, axs = plt.subplots(nr, nc, figsize=(W / dpi, Hh / dpi), dpi=dpi, layout="constrained",
                            sharex=spec.get("sharex", False), sharey=spec.get("sharey", False),
                            squeeze=False)
    shared = spec.get("shared")  # None or a colour-bar location for one bar for all panels
    P = spec["panels"]
    ims, cbars, extents, printed_all, used = [], [], [], [], []
    for k, ax in enumerate(axs.ravel()):
        if k >= len(P):
            fig.delaxes(ax)
            continue
        p = P[k]
        cmap = matplotlib.colormaps[spec.get("cmap") if shared else p["cmap"]]
        lo, hi = (spec["vmin"], spec["vmax"]) if shared else (p["vmin"], p["vmax"])
        im, ext, printed = draw_heat(ax, p, mcolors.Normalize(lo, hi), cmap)
        ims.append(im)
        extents.append(ext)
        printed_all.append(printed)
        used.append((ax, divmod(k, nc)))
        if not shared:
            cb = fig.colorbar(im, ax=ax, location=p.get("cbar_loc", "right"))
            if p.get("clabel"):
                cb.set_label(p["clabel"])
            if p.get("cticks") is not None:
                cb.set_ticks(p["cticks"])
            cbars.append(cb)
    if shared:
        cb = fig.colorbar(ims[0], ax=[a for a, _ in used], location=shared,
                          shrink=spec.get("shrink", 1.0))
        if spec.get("clabel"):
            cb.set_label(spec["clabel"])
        cbars = [cb] * len(used)
    if spec.get("title"):
        fig.suptitle(spec["title"])
    if spec.get("supxlabel"):
        fig.supxlabel(spec["supxlabel"])
    if spec.get("supylabel"):
        fig.supylabel(spec["supylabel"])
    fig.canvas.draw()
    probs, ticks, boxes = [], [], []
    for (ax, pos), ext, p in zip(used, extents, P):
        rows, cols = np.array(p["M"]).shape
        box = T.mpl_box(ax, fig, *ext)
        boxes.append(box)
        ticks.append((T.mpl_axis_ticks(ax.xaxis, fig, box, cols, True),
                      T.mpl_axis_ticks(ax.yaxis, fig, box, rows, False)))
    ticks = fill_shared_ticks(ticks, [pos for _, pos in used])
    panels, checks = [], []
    axes_list = [a for ax, _ in used for a in (ax.xaxis, ax.yaxis)] + [c.long_axis for c in set(cbars)]
    probs += T.check_mpl_text(fig, axes_list)
    for i, ((ax, pos), p) in enumerate(zip(used, P)):
        M = np.array(p["M"], dtype=float)
        cb = mpl_cbar(cbars[i], spec.get("cmap") if shared else p["cmap"])
        texts = {"title": ax.get_title(),
                 "xlabel": spec.get("supxlabel") or ax.get_xlabel(),
                 "ylabel": spec.get("supylabel") or ax.get_ylabel(),
                 "clabel": cbars[i].long_axis.get_label().get_text()}
        values = None
        if printed_all[i] is not None:
            values = [[T.parse_number(t) for t in row] for row in printed_all[i]]
            if not np.allclose(np.array(values), M):
                probs.append(f"panel {i + 1}: printed numbers differ from the data")
        panels.append(C.panel(boxes[i], M.tolist(), ticks[i][0], ticks[i][1], cb, texts,
                              values=values, shared=bool(shared)))
        checks.append((boxes[i], expected_colours(ims[i], M), printed_all[i] is not None))
    T.mpl_png(fig, png)
    plt.close(fig)
    return C.figure(spec, png, spec.get("title"), panels, mpl_info(spec, "matplotlib subplots"),
                    others=spec.get("others", [])), checks, probs


def subplot_specs():
    S = []

    def add(name, notes, **kw):
        kw.setdefault("size", (900, 420))
        S.append(dict(name=name, system="matplotlib", case="subplots", notes=notes, **kw))

    def pnl(name, k, rows, cols, lo, hi, cmap="viridis", **kw):
        kw.setdefault("xlabels", C.labels("C", cols))
        kw.setdefault("ylabels", C.labels("R", rows))
        return dict(M=C.data(name, rows, cols, lo, hi, kw.pop("pattern", "smooth"), salt=f"/{k}").tolist(),
                    vmin=lo, vmax=hi, cmap=cmap, **kw)

    n = "sp_1x2_own"
    add(n, "1x2, each panel its own colour bar, scale and panel title, per-panel axis labels",
        grid=(1, 2), panels=[pnl(n, 0, 6, 8, 0, 1, "viridis", title="Before", xlabel="Column", ylabel="Row", clabel="share"),
                             pnl(n, 1, 6, 8, -5, 5, "RdBu_r", title="After", xlabel="Column", ylabel="Row", clabel="Δ")])
    n = "sp_1x2_suptitle_sizes"
    add(n, "1x2 of different grid sizes (5x7 and 12x4), suptitle, own bars", grid=(1, 2), title="Two experiments",
        panels=[pnl(n, 0, 5, 7, 0, 100, "magma", title="Run A", xlabel="dose", ylabel="line", clabel="%"),
                pnl(n, 1, 12, 4, 10, 20, "cividis", title="Run B", xlabel="arm", ylabel="day", clabel="mm",
                    xlabels=["L1", "L2", "R1", "R2"], ylabels=C.labels("d", 12))], size=(860, 460))
    n = "sp_2x2_own"
    add(n, "2x2, four heatmaps each with its own colour bar and title", grid=(2, 2),
        panels=[pnl(n, k, 6 + k, 8, lo, hi, cm, title=t, clabel=cl) for k, (lo, hi, cm, t, cl) in enumerate(
            [(0, 1, "viridis", "North", "rate"), (0, 50, "plasma", "South", "mm"), (-1, 1, "coolwarm", "East", "r"),
             (100, 400, "YlOrRd", "West", "ppm")])], size=(860, 720), title="Regional maps")
    n = "sp_2x2_shared_right"
    add(n, "2x2 with one colour bar for all (fig.colorbar(im, ax=axs), right), supxlabel/supylabel",
        grid=(2, 2), shared="right", cmap="inferno", vmin=0, vmax=10, clabel="intensity",
        panels=[pnl(n, k, 7, 9, 0, 10, title=f"Head {k + 1}") for k in range(4)],
        supxlabel="Key position", supylabel="Query position", title="Attention by head", size=(820, 700))
    n = "sp_1x3_shared_bottom"
    add(n, "1x3 with one horizontal colour bar below all panels, day x hour word/number labels",
        grid=(1, 3), shared="bottom", cmap="YlGnBu", vmin=0, vmax=60, clabel="visits per hour", shrink=0.6,
        panels=[pnl(n, k, 7, 12, 0, 60, title=t, xlabels=[f"{h:02d}" for h in range(8, 20)], ylabels=C.DAYS,
                    xlabel="hour", ylabel="day" if k == 0 else None) for k, t in enumerate(["Shop 1", "Shop 2", "Shop 3"])],
        size=(1000, 420))
    n = "sp_2x3_own"
    add(n, "2x3 grid of small heatmaps with own colour bars, letter+digit labels, 80 dpi", grid=(2, 3), dpi=80,
        panels=[pnl(n, k, 4 + k % 3, 5 + k, 0, 1 + k, ["viridis", "magma", "Greens", "Purples", "turbo", "cividis"][k],
                    title=f"Layer {k}", clabel="act") for k in range(6)], size=(1040, 600), fontsize=9)
    n = "sp_2x3_shared_sharexy"
    add(n, "2x3 sharex/sharey: tick labels only on the outer panels (they apply to every panel in the column/row), one shared bar",
        grid=(2, 3), shared="right", sharex=True, sharey=True, cmap="viridis", vmin=-1, vmax=1, clabel="corr",
        panels=[pnl(n, k, 6, 6, -1, 1, title=f"t = {k}", xlabels=C.labels("x", 6), ylabels=C.labels("y", 6))
                for k in range(6)], supxlabel="feature", supylabel="feature", size=(900, 600))
    n = "sp_2x3_five"
    add(n, "2x3 grid with five heatmaps (the sixth axes removed), own bars on the left", grid=(2, 3),
        panels=[pnl(n, k, 5, 6, 0, 9, "plasma", title=f"Plate {chr(65 + k)}", clabel="OD", cbar_loc="left",
                    xlabels=[str(i) for i in range(1, 7)], ylabels=list("ABCDE")) for k in range(5)],
        size=(1000, 580), title="Plate reader")
    n = "sp_1x2_annot"
    add(n, "1x2 with printed numbers in every cell (ax.text), own bars", grid=(1, 2), size=(900, 400),
        panels=[dict(pnl(n, k, 4, 5, 0, 9, cm, title=t, xlabel="quarter" if False else "item", ylabel="store"),
                     ) for k, (cm, t) in enumerate([("Oranges", "2024"), ("Blues", "2025")])])
    for p in S[-1]["panels"]:
        M = np.round(np.array(p["M"]), 1)
        p["M"] = M.tolist()
        p["texts"] = [[f"{v:.1f}" for v in row] for row in M]
        p["annot_size"] = 10
    n = "sp_2x2_pcolormesh_styles"
    add(n, "2x2 pcolormesh with white cell edges, style ggplot, shared bar at the bottom, panel titles",
        grid=(2, 2), shared="bottom", cmap="cividis", vmin=0, vmax=5, clabel="rating", style="ggplot",
        panels=[pnl(n, k, 5, 5, 0, 5, kind="pcolormesh", edge="white", lw=1.0, title=f"Judge {k + 1}",
                    xlabels=C.labels("Q", 5), ylabels=C.labels("P", 5)) for k in range(4)], size=(720, 760), shrink=0.7)
    n = "sp_1x4_wide_dark"
    add(n, "1x4 strip of panels, dark_background style, one shared bar right, suptitle",
        grid=(1, 4), shared="right", cmap="magma", vmin=0, vmax=1, clabel="p", style="dark_background",
        panels=[pnl(n, k, 8, 5, 0, 1, title=f"Seed {k}", xlabels=C.labels("a", 5), ylabels=C.labels("b", 8))
                for k in range(4)], title="Four seeds", size=(1100, 380))
    n = "sp_3x2_serif"
    add(n, "3x2 grid, DejaVu Serif, own bars, month x year labels, 90 dpi", grid=(3, 2), dpi=90, font="DejaVu Serif",
        panels=[pnl(n, k, 4, 12, 0, 200, ["YlOrBr", "BuPu", "GnBu", "OrRd", "PuBuGn", "RdPu"][k],
                    title=f"Station {k + 1}", xlabels=C.MONTHS, ylabels=[str(2020 + i) for i in range(4)],
                    clabel="mm", xrot=45) for k in range(6)], size=(1000, 800), fontsize=9, title="Monthly rainfall")
    n = "sp_2x1_stacked"
    add(n, "2x1 stacked panels of different widths (10x30 and 10x15), own bars, sharing nothing", grid=(2, 1),
        panels=[pnl(n, 0, 10, 30, 0, 1, "viridis", title="Long run", xlabels=C.labels("t", 30), xevery=5,
                    xlabel="step", ylabel="unit", clabel="a.u."),
                pnl(n, 1, 10, 15, 0, 1, "viridis", title="Short run", xlabels=C.labels("t", 15), xevery=3,
                    xlabel="step", ylabel="unit", clabel="a.u.")], size=(760, 700))
    return S


# ============================================================================= beside another chart

def render_beside(spec, png):
    plt = mpl_setup(spec)
    import matplotlib
    from matplotlib import colors as mcolors
    W, Hh = spec["size"]
    dpi = spec.get("dpi", 100)
    name = spec["name"]
    rows, cols = spec["shape"]
    M = C.data(name, rows, cols, spec["vmin"], spec["vmax"], spec.get("pattern", "smooth"))
    if spec.get("annot"):
        M = np.round(M, 0)
    cmap = matplotlib.colormaps[spec["cmap"]]
    norm = mcolors.Normalize(spec["vmin"], spec["vmax"])
    lay = spec["layout"]
    fig = plt.figure(figsize=(W / dpi, Hh / dpi), dpi=dpi, layout="constrained")
    others = []
    xl, yl = spec["xlabels"], spec["ylabels"]
    heat_axes = []
    if lay == "marginal":
        gs = fig.add_gridspec(2, 2, width_ratios=[4, 1], height_ratios=[1, 4])
        ax = fig.add_subplot(gs[1, 0])
        axt = fig.add_subplot(gs[0, 0], sharex=ax)
        axr = fig.add_subplot(gs[1, 1], sharey=ax)
        im = ax.imshow(M, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
        axt.bar(np.arange(cols), M.sum(axis=0), color="#888888")
        axr.barh(np.arange(rows), M.sum(axis=1), color="#888888")
        axt.tick_params(labelbottom=False)
        axr.tick_params(labelleft=False)
        axt.set_ylabel("sum")
        axr.set_xlabel("sum")
        cb = fig.colorbar(im, ax=[ax, axr] if spec.get("cb_both") else ax, location=spec.get("cbar_loc", "bottom"),
                          shrink=0.8)
        others += ["bar chart of column sums (above)", "horizontal bar chart of row sums (right)"]
        heat_axes.append((ax, im, cb, M, None))
    elif lay == "line_right" or lay == "line_below":
        if lay == "line_right":
            ax, axl = fig.subplots(1, 2, width_ratios=[3, 2])
        else:
            ax, axl = fig.subplots(2, 1, height_ratios=[3, 2])
        im = ax.imshow(M, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
        cb = fig.colorbar(im, ax=ax)
        if lay == "line_right":
            for r in range(min(rows, 4)):
                axl.plot(np.arange(cols), M[r], marker="o", label=yl[r])
            axl.set_xlabel(spec.get("xlabel") or "")
            axl.set_ylabel(spec.get("clabel") or "")
            axl.legend(fontsize=8)
            axl.set_title("First rows as lines")
            others.append("line chart of the first rows (right), with a legend")
        else:
            axl.plot(np.arange(cols), M.mean(axis=0), color="k")
            axl.fill_between(np.arange(cols), M.min(axis=0), M.max(axis=0), alpha=0.3)
            axl.set_ylabel("mean")
            axl.set_xlabel(spec.get("xlabel") or "")
            others.append("line chart of the column means with a min-max band (below)")
        heat_axes.append((ax, im, cb, M, None))
    elif lay == "hist_below":
        ax, axh = fig.subplots(2, 1, height_ratios=[3, 1])
        im = ax.imshow(M, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
        cb = fig.colorbar(im, ax=ax, location="right")
        axh.hist(M.ravel(), bins=20, range=(spec["vmin"], spec["vmax"]), color="#777777")
        axh.set_xlabel(spec.get("clabel") or "")
        axh.set_ylabel("cells")
        others.append("histogram of the cell values (below)")
        heat_axes.append((ax, im, cb, M, None))
    elif lay == "sns_bar":
        import seaborn as sns
        import pandas as pd
        ax, axb = fig.subplots(1, 2, width_ratios=spec.get("ratio", [3, 2]))
        annot = bool(spec.get("annot"))
        sns.heatmap(M, cmap=cmap, vmin=spec["vmin"], vmax=spec["vmax"], ax=ax, xticklabels=xl, yticklabels=yl,
                    annot=annot, fmt=".0f" if annot else "", annot_kws={"size": 9},
                    cbar_kws={"label": spec.get("clabel") or ""}, linewidths=spec.get("lw", 0))
        plt.setp(ax.get_yticklabels(), rotation=0)
        im = ax.collections[0]
        cb = im.colorbar
        sns.barplot(data=pd.DataFrame({"name": yl, "total": M.sum(axis=1)}), x="total", y="name",
                    ax=axb, color="#4c72b0")
        axb.set_title("Row totals")
        others.append("seaborn barplot of row totals (right)")
        heat_axes.append((ax, im, cb, M, "seaborn"))
    elif lay == "two_heat_line":
        gs = fig.add_gridspec(2, 2, height_ratios=[3, 2])
        a1, a2 = fig.add_subplot(gs[0, 0]), fig.add_subplot(gs[0, 1])
        al = fig.add_subplot(gs[1, :])
        M2 = C.data(name, rows, cols, spec["vmin"], spec["vmax"], "smooth", salt="/2")
        for a, m, t in ((a1, M, "Model"), (a2, M2, "Observed")):
            im = a.imshow(m, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
            a.set_title(t)
            heat_axes.append((a, im, None, m, None))
        cb = fig.colorbar(heat_axes[0][1], ax=[a1, a2], location="right")
        heat_axes = [(a, im, cb, m, k) for a, im, _, m, k in heat_axes]
        al.plot(np.arange(cols), M.mean(axis=0), label="Model")
        al.plot(np.arange(cols), M2.mean(axis=0), label="Observed")
        al.legend()
        al.set_xlabel("column")
        al.set_title("Column means")
        others.append("line chart of both panels' column means (below, spanning both)")
    seaborn_like = any(k == "seaborn" for *_, k in heat_axes)
    off = 0.5 if seaborn_like else 0.0
    for ax, im, cb, m, kind in heat_axes:
        if kind != "seaborn":
            ax.set_xticks([i + off for i in range(0, cols, spec.get("xevery", 1))],
                          [xl[i] for i in range(0, cols, spec.get("xevery", 1))])
            ax.set_yticks([i + off for i in range(rows)], yl)
        ax.set_xlabel(spec.get("xlabel") or "")
        ax.set_ylabel(spec.get("ylabel") or "")
        if spec.get("clabel"):
            cb.set_label(spec["clabel"])
    if spec.get("title"):
        fig.suptitle(spec["title"])
    fig.canvas.draw()
    panels, checks = [], []
    shared = len(heat_axes) > 1
    probs = T.check_mpl_text(fig, [a for ax, *_ in heat_axes for a in (ax.xaxis, ax.yaxis)] + [heat_axes[0][2].long_axis])
    for ax, im, cb, m, kind in heat_axes:
        ext = (0, cols, 0, rows) if kind == "seaborn" else (-0.5, cols - 0.5, -0.5, rows - 0.5)
        box = T.mpl_box(ax, fig, *ext)
        xt = T.mpl_axis_ticks(ax.xaxis, fig, box, cols, True)
        yt = T.mpl_axis_ticks(ax.yaxis, fig, box, rows, False)
        texts = {"title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
                 "clabel": cb.long_axis.get_label().get_text()}
        values = None
        if spec.get("annot"):
            printed = [[None] * cols for _ in range(rows)]
            for t in ax.texts:
                x, y = t.get_position()
                printed[int(math.floor(y))][int(math.floor(x))] = t.get_text()
            values = [[T.parse_number(p) for p in row] for row in printed]
            if not np.allclose(np.array(values), m):
                probs.append("printed numbers differ from the data")
        panels.append(C.panel(box, m.tolist(), xt, yt, mpl_cbar(cb, spec["cmap"]), texts, values=values,
                              shared=shared))
        checks.append((box, expected_colours(im, m), bool(spec.get("annot"))))
    T.mpl_png(fig, png)
    plt.close(fig)
    info = mpl_info(spec, "seaborn heatmap + barplot" if seaborn_like else "matplotlib imshow + other axes")
    return C.figure(spec, png, spec.get("title"), panels, info, others=others), checks, probs


def beside_specs():
    S = []

    def add(name, notes, system="matplotlib", **kw):
        kw.setdefault("size", (760, 600))
        S.append(dict(name=name, system=system, case="beside", notes=notes, **kw))

    add("bs_marginal_sums", "imshow with marginal bar charts of column sums (top) and row sums (right), bar below",
        layout="marginal", shape=(10, 14), vmin=0, vmax=20, cmap="viridis", xlabels=C.labels("C", 14),
        ylabels=C.labels("R", 10), xlabel="column", ylabel="row", clabel="count", title="Counts with marginals")
    add("bs_marginal_words", "marginal layout, month x city labels, colour bar left of the heatmap, no title",
        layout="marginal", shape=(8, 12), vmin=-10, vmax=30, cmap="coolwarm", cbar_loc="left",
        xlabels=C.MONTHS, ylabels=["Oslo", "Rome", "Lima", "Cairo", "Delhi", "Perth", "Quito", "Tokyo"],
        xlabel=None, ylabel=None, clabel="°C", size=(820, 620), xrot=0)
    add("bs_line_right", "heatmap with its colour bar, and a line chart of the first rows beside it (right)",
        layout="line_right", shape=(6, 12), vmin=0, vmax=1, cmap="magma", xlabels=C.labels("t", 12),
        ylabels=C.labels("S", 6), xlabel="time", ylabel="sensor", clabel="level", title="Sensor levels", size=(960, 440))
    add("bs_line_below", "heatmap above a line chart of the column means, ggplot style",
        layout="line_below", shape=(12, 24), vmin=0, vmax=100, cmap="YlOrRd", style="ggplot",
        xlabels=[f"{h:02d}" for h in range(24)], xevery=2, ylabels=C.labels("Z", 12, width=2),
        xlabel="hour", ylabel="zone", clabel="load (%)", title="Load by hour", size=(760, 680))
    add("bs_two_heat_line", "two heatmaps sharing one colour bar above a line chart of their column means",
        layout="two_heat_line", shape=(8, 10), vmin=0, vmax=5, cmap="cividis", xlabels=C.labels("x", 10),
        ylabels=C.labels("y", 8), xlabel=None, ylabel=None, clabel="rate", title="Model vs observed", size=(860, 680))
    add("bs_hist_below", "heatmap with a histogram of its cell values below it, Liberation Sans, 90 dpi",
        layout="hist_below", shape=(9, 16), vmin=0, vmax=1, cmap="plasma", font="Liberation Sans", dpi=90,
        xlabels=C.labels("s", 16, width=2), xevery=2, ylabels=C.labels("T", 9), xlabel="site", ylabel="test",
        clabel="p", title="Scores and their distribution", size=(720, 640))
    add("bs_sns_barplot", "seaborn heatmap with a seaborn barplot of the row totals beside it", system="seaborn",
        layout="sns_bar", shape=(9, 7), vmin=0, vmax=10, cmap="rocket_r", xlabels=C.DAYS,
        ylabels=C.GENES[:9], xlabel="day", ylabel="gene", clabel="hits", title="Hits per day", size=(900, 500))
    add("bs_sns_barplot_annot", "seaborn heatmap with printed integers and cell lines, barplot of row totals",
        system="seaborn", layout="sns_bar", shape=(6, 6), vmin=0, vmax=50, cmap="crest", annot=True, lw=1,
        xlabels=C.labels("Q", 6), ylabels=["alpha", "beta", "gamma", "delta", "eps", "zeta"], xlabel=None,
        ylabel=None, clabel="orders", title=None, size=(880, 460), ratio=[1, 1])
    add("bs_sns_barplot_big", "seaborn heatmap 16x20 with a barplot, 80 dpi, whitegrid style", system="seaborn",
        layout="sns_bar", shape=(16, 20), vmin=-3, vmax=3, cmap="vlag", style="seaborn-v0_8-whitegrid",
        xlabels=C.labels("c", 20), ylabels=C.labels("g", 16), xlabel="condition", ylabel="gene", clabel="log2 ratio",
        title="Ratios and totals", size=(1000, 640), dpi=80, ratio=[3, 1])
    return S


# ============================================================================= plotnine facets

def render_p9_facets(spec, png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    import plotnine as p9
    from matplotlib.text import Text
    name = spec["name"]
    rows, cols = spec["shape"]
    levels = spec["levels"]
    lo, hi = spec["vmin"], spec["vmax"]
    Ms = [C.data(name, rows, cols, lo, hi, spec.get("pattern", "smooth"), salt=f"/{k}") for k in range(len(levels))]
    if spec.get("annot"):
        Ms = [np.round(m, 0) for m in Ms]
    recs = [{"x": c, "y": r, "v": m[r, c], "g": lev} for lev, m in zip(levels, Ms)
            for r in range(rows) for c in range(cols)]
    df = pd.DataFrame(recs)
    df["g"] = pd.Categorical(df["g"], categories=levels, ordered=True)
    cb, cl = spec["cbreaks"], [C.fmt_num(v, spec.get("cfmt", "g")) for v in spec["cbreaks"]]
    fill = p9.scale_fill_gradientn(colors=H.cmap_hex(spec["cmap"], 33), limits=(lo, hi), breaks=cb, labels=cl,
                                   name=spec.get("clabel") or "")
    xl, yl = spec["xlabels"], spec["ylabels"]
    xe, ye = spec.get("xevery", 1), spec.get("yevery", 1)
    xs = p9.scale_x_continuous(breaks=list(range(0, cols, xe)), labels=[xl[i] for i in range(0, cols, xe)])
    ys = p9.scale_y_reverse(breaks=list(range(0, rows, ye)), labels=[yl[i] for i in range(0, rows, ye)])
    W, Hh = spec["size"]
    dpi = spec.get("dpi", 100)
    theme = getattr(p9, "theme_" + spec.get("theme", "gray"))
    pos = spec.get("legend", "right")
    horiz = pos in ("top", "bottom")
    th = theme(base_family=spec.get("font", "DejaVu Sans"), base_size=spec.get("fontsize", 10)) + \
        p9.theme(figure_size=(W / dpi, Hh / dpi), dpi=dpi, legend_position=pos,
                 legend_direction="horizontal" if horiz else "vertical",
                 axis_text_x=p9.element_text(rotation=spec.get("xrot", 0),
                                             ha="right" if spec.get("xrot") else "center"))
    th = th + (p9.theme(legend_key_width=spec.get("legend_len", 160)) if horiz
               else p9.theme(legend_key_height=spec.get("legend_len", 120)))
    facet = p9.facet_wrap("g", ncol=spec["ncol"]) if spec.get("facet", "wrap") == "wrap" else p9.facet_grid(". ~ g")
    p = (p9.ggplot(df, p9.aes("x", "y", fill="v")) + p9.geom_tile() + fill + xs + ys + facet +
         p9.labs(title=spec.get("title") or "", x=spec.get("xlabel") or "", y=spec.get("ylabel") or "") + th)
    if spec.get("annot"):
        cm = matplotlib.colormaps[spec["cmap"]]
        df["lab"] = [f"{v:.0f}" for v in df["v"]]
        df["ink"] = [T.contrast_text(cm((v - lo) / (hi - lo))) for v in df["v"]]
        p = p + p9.geom_text(p9.aes("x", "y", label="lab", color="ink"), data=df, inherit_aes=False,
                             size=spec.get("annot_size", 7)) + p9.scale_color_identity()
    fig = p.draw()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    if not hasattr(fig.canvas, "buffer_rgba"):
        FigureCanvasAgg(fig)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    Hp = fig.canvas.get_width_height(physical=True)[1]
    axes = [a for a in fig.axes if a.collections]
    probs = []
    if len(axes) != len(levels):
        raise RuntimeError(f"{len(axes)} panel axes for {len(levels)} levels")
    # which level each axes shows: the strip text drawn just above it
    strips = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text() in levels and t.axes is None]
    items = []
    for ax in axes:
        box = T.mpl_box(ax, fig, -0.5, cols - 0.5, 0.5, -(rows - 0.5))
        cx = box["x"] + box["width"] / 2
        best = None
        for t in strips:
            bb = t.get_window_extent(r)
            ty = Hp - (bb.y0 + bb.y1) / 2
            if bb.x0 - 2 <= cx <= bb.x1 + 2 or abs((bb.x0 + bb.x1) / 2 - cx) < box["width"] / 2:
                d = box["y"] - ty
                if 0 < d < 40 and (best is None or d < best[0]):
                    best = (d, t.get_text())
        if best is None:
            raise RuntimeError("no strip above a panel")
        items.append((box, ax, best[1]))
    order = C.reading_order([dict(b, k=i) for i, (b, _, _) in enumerate(items)])
    items = [items[b["k"]] for b in order]
    nc = spec["ncol"] if spec.get("facet", "wrap") == "wrap" else len(levels)
    got_levels = [lev for _, _, lev in items]
    if got_levels != levels:
        probs.append(f"panels in reading order show {got_levels}, not {levels}")
    ticks = [(T.mpl_axis_ticks(ax.xaxis, fig, box, cols, True), T.mpl_axis_ticks(ax.yaxis, fig, box, rows, False))
             for box, ax, _ in items]
    ticks = fill_shared_ticks(ticks, [divmod(i, nc) for i in range(len(items))])
    drawn = {T.collapse(t.get_text()) for t in fig.findobj(Text) if t.get_visible()}
    for want in cl + [spec.get("title"), spec.get("xlabel"), spec.get("ylabel"), spec.get("clabel")]:
        if want and T.collapse(want) not in drawn:
            raise RuntimeError(f"plotnine did not draw {want!r}")
    probs += T.check_mpl_text(fig, [a for _, ax, _ in items for a in (ax.xaxis, ax.yaxis)])
    panels, checks = [], []
    cbar = {"orientation": "horizontal" if horiz else "vertical", "min": lo, "max": hi, "scale": "linear",
            "colormap": spec["cmap"], "ticks": [{"text": t, "value": v} for t, v in zip(cl, cb)]}
    for i, (box, ax, lev) in enumerate(items):
        m = Ms[levels.index(lev)]
        sub = df[df["g"] == lev]
        coll = [c for c in ax.collections if len(c.get_facecolors()) == len(sub)]
        expected = [[None] * cols for _ in range(rows)]
        for (x, y), fc in zip(sub[["x", "y"]].itertuples(index=False), coll[0].get_facecolors()):
            expected[int(y)][int(x)] = T.rgb255(fc)
        texts = {"title": lev, "xlabel": spec.get("xlabel"), "ylabel": spec.get("ylabel"), "clabel": spec.get("clabel")}
        panels.append(C.panel(box, m.tolist(), ticks[i][0], ticks[i][1], cbar, texts, shared=True))
        checks.append((box, expected, bool(spec.get("annot"))))
    T.mpl_png(fig, png)
    plt.close(fig)
    info = {"renderer": f"plotnine geom_tile + facet_{spec.get('facet', 'wrap')}", "plotnine": p9.__version__,
            "matplotlib": matplotlib.__version__, "dpi": dpi, "size_px": [W, Hh],
            "theme": spec.get("theme", "gray"), "font": spec.get("font", "DejaVu Sans")}
    return C.figure(spec, png, spec.get("title"), panels, info), checks, probs


def p9_specs():
    S = []

    def add(name, notes, **kw):
        kw.setdefault("size", (800, 560))
        kw.setdefault("cbreaks", [float(x) for x in np.linspace(kw["vmin"], kw["vmax"], 5)])
        S.append(dict(name=name, system="plotnine", case="facets", notes=notes, **kw))

    add("p9_wrap_2x2", "facet_wrap(~g, ncol=2) of four 6x8 heatmaps, strips as panel titles, one legend right",
        levels=["ctrl", "drug A", "drug B", "drug C"], ncol=2, shape=(6, 8), vmin=0, vmax=1, cmap="viridis",
        xlabels=C.labels("C", 8), ylabels=C.labels("R", 6), xlabel="Column", ylabel="Row", clabel="response",
        cfmt=".2f", title="Response by treatment")
    add("p9_wrap_1x3_bw", "facet_wrap ncol=3, theme_bw, legend at the bottom, day x hour labels",
        levels=["Site 1", "Site 2", "Site 3"], ncol=3, shape=(7, 12), vmin=0, vmax=40, cmap="magma",
        xlabels=[f"{h:02d}" for h in range(8, 20)], ylabels=C.DAYS, xlabel="hour", ylabel="day", clabel="visits",
        theme="bw", legend="bottom", legend_len=220, size=(1000, 480), xevery=2, title="Visits per hour")
    add("p9_wrap_2x3_five", "facet_wrap ncol=3 with five levels (an empty sixth slot), theme_minimal, no title",
        levels=["2019", "2020", "2021", "2022", "2023"], ncol=3, shape=(5, 6), vmin=-2, vmax=2, cmap="RdBu_r",
        xlabels=C.labels("Q", 6), ylabels=C.labels("P", 5), xlabel="question", ylabel="panel", clabel="Δ",
        theme="minimal", size=(880, 600))
    add("p9_grid_1x4", "facet_grid('. ~ g'): one row of four panels with strips on top, theme_classic, legend left",
        facet="grid", levels=["L1", "L2", "L3", "L4"], shape=(8, 5), vmin=0, vmax=100, cmap="cividis",
        xlabels=C.labels("k", 5), ylabels=C.labels("q", 8), xlabel="key", ylabel="query", clabel="%",
        theme="classic", legend="left", size=(960, 440), title="Layers")
    add("p9_wrap_annot", "facet_wrap of two 4x5 panels with printed integers (geom_text), theme_light",
        levels=["before", "after"], ncol=2, shape=(4, 5), vmin=0, vmax=50, cmap="YlGn", annot=True,
        xlabels=C.labels("C", 5), ylabels=C.labels("R", 4), xlabel="column", ylabel="row", clabel="n",
        theme="light", size=(840, 400), title="Counts")
    add("p9_wrap_3x2_serif", "facet_wrap ncol=2 of six 6x6 panels, DejaVu Serif, theme_linedraw, legend top, 90 dpi",
        levels=["alpha", "beta", "gamma", "delta", "eps", "zeta"], ncol=2, shape=(6, 6), vmin=10, vmax=30,
        cmap="plasma", xlabels=C.labels("x", 6), ylabels=C.labels("y", 6), xlabel=None, ylabel=None,
        clabel="°C", theme="linedraw", legend="top", font="DejaVu Serif", dpi=90, size=(640, 860),
        legend_len=200, title="Six probes")
    return S


# ============================================================================= Plotly make_subplots

def svg_heat_images(svg_bytes):
    """Every heatmap <image> of a Plotly SVG (document order = trace order), its pixels,
    and all the texts with their classes."""
    import base64
    import io
    import xml.etree.ElementTree as ET
    from PIL import Image
    RP = plotly_mod()
    root = ET.fromstring(svg_bytes)
    items = []
    RP._svg_walk(root, 0.0, 0.0, items)
    tag = lambda e: e.tag.split("}")[-1]  # noqa: E731
    classes = lambda e: (e.get("class") or "").split()  # noqa: E731
    parent = {}
    for e, _, _ in items:
        for ch in e:
            parent[ch] = classes(e)
    imgs, texts = [], []
    for e, tx, ty in items:
        if tag(e) == "image" and "hm" in parent.get(e, []):
            href = e.get("{http://www.w3.org/1999/xlink}href") or e.get("href")
            imgs.append({"x": tx + float(e.get("x")), "y": ty + float(e.get("y")),
                         "width": float(e.get("width")), "height": float(e.get("height")),
                         "pixels": np.asarray(Image.open(io.BytesIO(base64.b64decode(href.split(",", 1)[1])))
                                              .convert("RGBA"))})
        elif tag(e) == "text":
            t = " ".join("".join(e.itertext()).split())
            if t:
                texts.append((t, parent.get(e, []) + classes(e), tx, ty))
    return imgs, texts


_RP = []


def plotly_mod():
    if not _RP:
        sys.path.insert(0, os.path.join(os.path.dirname(HERE), "systems"))
        import render_python as RP  # the systems corpus' Plotly helpers (read-only)
        _RP.append(RP)
    return _RP[0]


def render_plotly_subplots(spec, png):
    import plotly
    from plotly.subplots import make_subplots
    import plotly.graph_objects as go
    RP = plotly_mod()
    name = spec["name"]
    nr, nc = spec["grid"]
    P = spec["panels"]
    W, Hh = spec["size"]
    shared = spec.get("shared")
    titles = [p.get("title") or "" for p in P]
    fig = make_subplots(rows=nr, cols=nc, subplot_titles=titles if any(titles) else None,
                        horizontal_spacing=spec.get("hspace", 0.12), vertical_spacing=spec.get("vspace", 0.16))
    Ms = []
    for k, p in enumerate(P):
        rows, cols = p["shape"]
        M = C.data(name, rows, cols, p["vmin"], p["vmax"], "smooth", salt=f"/{k}")
        if p.get("annot"):
            M = np.round(M, 1)
        Ms.append(M)
        r, c = divmod(k, nc)
        scale = RP.plotly_colorscale({"cmap": spec["cmap"] if shared else p["cmap"]})
        tr = dict(z=M.tolist(), x=list(range(cols)), y=list(range(rows)))
        if shared:
            tr["coloraxis"] = "coloraxis"
        else:
            cbar = {"title": {"text": p.get("clabel") or ""}, "tickmode": "array", "tickvals": p["cticks"],
                    "len": p.get("cb_len", 0.8), "x": p["cb_x"], "y": p.get("cb_y", 0.5), "thickness": 14}
            if p.get("cfmt"):
                cbar["tickformat"] = p["cfmt"]
            tr.update(zmin=p["vmin"], zmax=p["vmax"], colorscale=scale, colorbar=cbar)
        if p.get("annot"):
            tr.update(texttemplate="%{z:.1f}", textfont={"size": 11})
        fig.add_trace(go.Heatmap(**tr), row=r + 1, col=c + 1)
        xv = list(range(0, cols, p.get("xevery", 1)))
        fig.update_xaxes(tickmode="array", tickvals=xv, ticktext=[p["xlabels"][i] for i in xv], showgrid=False,
                         zeroline=False, title_text=p.get("xlabel") or "", row=r + 1, col=c + 1)
        fig.update_yaxes(tickmode="array", tickvals=list(range(rows)), ticktext=p["ylabels"], autorange="reversed",
                         showgrid=False, zeroline=False, title_text=p.get("ylabel") or "", row=r + 1, col=c + 1)
    if shared:
        cbar = {"title": {"text": spec.get("clabel") or ""}, "tickmode": "array", "tickvals": spec["cticks"]}
        if shared == "h":
            cbar.update(orientation="h", y=-0.18, yanchor="top", len=0.8, thickness=16, title_side="top")
        fig.update_layout(coloraxis={"colorscale": RP.plotly_colorscale({"cmap": spec["cmap"]}),
                                     "cmin": spec["vmin"], "cmax": spec["vmax"], "colorbar": cbar})
    fig.update_layout(width=W, height=Hh, template=spec.get("template", "plotly"),
                      font={"family": spec.get("font", "DejaVu Sans"), "size": spec.get("fontsize", 12)},
                      title={"text": spec.get("title") or ""}, margin=spec.get("margin", {"l": 70, "r": 60 if shared else 110, "t": 80, "b": 70}))
    imgs, texts = svg_heat_images(RP.plotly_export(fig, "svg"))
    with open(png + ".tmp", "wb") as fh:
        fh.write(RP.plotly_export(fig, "png"))
    H.save_png(png + ".tmp", png)
    os.remove(png + ".tmp")
    probs = []
    if len(imgs) != len(P):
        raise RuntimeError(f"{len(imgs)} heatmap images in the SVG for {len(P)} panels")
    drawn = [t for t, *_ in texts]
    want_texts = [spec.get("title"), spec.get("clabel")] + titles + \
        [p.get(k) for p in P for k in ("xlabel", "ylabel", "clabel")] + \
        [t for p in P for t in p["xlabels"][::p.get("xevery", 1)] + p["ylabels"]]
    for w in want_texts:
        if w and T.collapse(w) not in drawn:
            probs.append(f"plotly did not draw {w!r}")
    panels, checks = [], []
    for k, (p, M, img) in enumerate(zip(P, Ms, imgs)):
        rows, cols = M.shape
        lo, hi = (spec["vmin"], spec["vmax"]) if shared else (p["vmin"], p["vmax"])
        scale = RP.plotly_colorscale({"cmap": spec["cmap"] if shared else p["cmap"]})
        px = img["pixels"]
        ph, pw = px.shape[:2]
        expected = [[None] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                d = tuple(float(v) for v in px[int((r + 0.5) * ph / rows), int((c + 0.5) * pw / cols), :3])
                want = RP.scale_colour(scale, (M[r, c] - lo) / (hi - lo))
                if max(abs(a - b) for a, b in zip(d, want)) > 3:
                    probs.append(f"panel {k + 1} cell {r},{c}: plotly drew {d}, colorscale says {want}")
                expected[r][c] = d
        box = {kk: img[kk] for kk in ("x", "y", "width", "height")}
        xv = list(range(0, cols, p.get("xevery", 1)))
        xt = [{"text": p["xlabels"][i], "position": float(i)} for i in xv]
        yt = [{"text": p["ylabels"][i], "position": float(i)} for i in range(rows)]
        ct = spec["cticks"] if shared else p["cticks"]
        cf = spec.get("cfmt", "g") if shared else p.get("cfmt", "g")
        cticks = [{"text": C.fmt_num(v, cf, MINUS), "value": v} for v in ct]
        for t in cticks:
            if t["text"] not in drawn:
                probs.append(f"colour-bar label {t['text']!r} not drawn")
        cb = {"orientation": "horizontal" if shared == "h" else "vertical", "min": lo, "max": hi,
              "scale": "linear", "colormap": spec["cmap"] if shared else p["cmap"], "ticks": cticks}
        tx = {"title": p.get("title"), "xlabel": p.get("xlabel"), "ylabel": p.get("ylabel"),
              "clabel": spec.get("clabel") if shared else p.get("clabel")}
        values = None
        if p.get("annot"):
            values = [[T.rsig(v) for v in row] for row in M]
        panels.append(C.panel(box, M.tolist(), xt, yt, cb, tx, values=values, shared=bool(shared)))
        checks.append((box, expected, bool(p.get("annot"))))
    if any(p.get("annot") for p in P):
        printed = sorted(T.parse_number(t) for t, cls, *_ in texts if "heatmap-label" in cls)
        want = sorted(v for p, M in zip(P, Ms) if p.get("annot") for v in M.ravel())
        if (len(printed) != len(want) or any(abs(a - b) > 1e-9 for a, b in zip(printed, want))):
            probs.append("printed numbers differ from the data")
    import importlib.metadata as md
    info = {"renderer": "plotly make_subplots + go.Heatmap via kaleido", "plotly": plotly.__version__,
            "kaleido": md.version("kaleido"), "template": spec.get("template", "plotly"), "size_px": [W, Hh],
            "font": spec.get("font", "DejaVu Sans")}
    return C.figure(spec, png, spec.get("title"), panels, info), checks, probs


def plotly_specs():
    S = []

    def add(name, notes, **kw):
        S.append(dict(name=name, system="plotly", case="subplots", notes=notes, **kw))

    def pn(rows, cols, lo, hi, cmap="Viridis", **kw):
        kw.setdefault("xlabels", C.labels("C", cols))
        kw.setdefault("ylabels", C.labels("R", rows))
        kw.setdefault("cticks", [float(x) for x in np.linspace(lo, hi, 5)])
        return dict(shape=(rows, cols), vmin=lo, vmax=hi, cmap=cmap, **kw)

    add("pl_1x2_own", "make_subplots 1x2, each heatmap its own colour bar (placed beside it), subplot titles",
        grid=(1, 2), size=(980, 460), hspace=0.2,
        panels=[pn(6, 8, 0, 1, "viridis", title="Train", clabel="acc", cb_x=0.41, cfmt=".2f", xlabel="epoch", ylabel="run"),
                pn(6, 8, 0, 2, "magma", title="Test", clabel="loss", cb_x=1.02, cfmt=".1f", xlabel="epoch", ylabel="run")],
        title="Training curves")
    add("pl_2x2_shared", "make_subplots 2x2 with one coloraxis (one colour bar for all), figure title",
        grid=(2, 2), size=(900, 760), shared="v", cmap="cividis", vmin=0, vmax=100, clabel="%",
        cticks=[0.0, 25.0, 50.0, 75.0, 100.0],
        panels=[pn(5, 7, 0, 100, title=f"Quarter {k + 1}", xlabels=C.DAYS, ylabels=C.labels("W", 5)) for k in range(4)],
        title="Occupancy by quarter")
    add("pl_1x3_shared_h", "make_subplots 1x3 sharing a horizontal colour bar below, template simple_white",
        grid=(1, 3), size=(1000, 480), shared="h", cmap="plasma", vmin=-1, vmax=1, clabel="corr",
        cticks=[-1.0, -0.5, 0.0, 0.5, 1.0], template="simple_white", margin={"l": 60, "r": 30, "t": 80, "b": 150},
        panels=[pn(6, 6, -1, 1, title=t, xlabels=C.labels("v", 6), ylabels=C.labels("v", 6)) for t in ("Spring", "Summer", "Autumn")])
    add("pl_2x1_annot", "make_subplots 2x1 with printed numbers (texttemplate %{z:.1f}), own colour bars",
        grid=(2, 1), size=(720, 760), vspace=0.14,
        panels=[pn(4, 6, 0, 9, "Blues", title="Group A", clabel="score", cb_x=1.02, cb_y=0.79, cb_len=0.42, annot=True,
                   cticks=[0.0, 3.0, 6.0, 9.0]),
                pn(4, 6, 0, 9, "Greens", title="Group B", clabel="score", cb_x=1.02, cb_y=0.21, cb_len=0.42, annot=True,
                   cticks=[0.0, 3.0, 6.0, 9.0])], title=None)
    add("pl_2x3_shared_white", "make_subplots 2x3, one coloraxis, plotly_white template, no subplot titles, 12x10 cells",
        grid=(2, 3), size=(1100, 720), shared="v", cmap="inferno", vmin=0, vmax=50, clabel="mg/L",
        cticks=[0.0, 10.0, 20.0, 30.0, 40.0, 50.0], template="plotly_white", fontsize=11,
        panels=[pn(12, 10, 0, 50, xlabels=C.labels("x", 10), ylabels=C.labels("y", 12, width=2), xevery=2)
                for k in range(6)], title="Six wells")
    add("pl_1x2_sizes_dark", "make_subplots 1x2 of different grid sizes, plotly_dark, own colour bars, Liberation Sans",
        grid=(1, 2), size=(1000, 500), template="plotly_dark", font="Liberation Sans", hspace=0.22,
        panels=[pn(10, 4, 0, 300, "turbo", title="Wide bins", clabel="ms", cb_x=0.39, xlabels=["a1", "a2", "b1", "b2"],
                   ylabels=C.labels("n", 10)),
                pn(5, 12, -40, 40, "RdBu_r", title="Monthly anomaly", clabel="Δ", cb_x=1.02, xlabels=C.MONTHS,
                   ylabels=C.labels("S", 5), cticks=[-40.0, -20.0, 0.0, 20.0, 40.0])],
        title="Mixed panels")
    return S


# ============================================================================= driver

def all_specs():
    return clustermap_specs() + subplot_specs() + beside_specs() + p9_specs() + plotly_specs()


def render_fn(spec):
    case, system = spec["case"], spec["system"]
    if case == "clustermap":
        return render_clustermap
    if case == "beside":
        return render_beside
    if system == "plotnine":
        return render_p9_facets
    if system == "plotly":
        return render_plotly_subplots
    return render_subplots


def render_one(spec):
    d = os.path.join(HERE, spec["system"])
    os.makedirs(d, exist_ok=True)
    png = os.path.join(d, spec["name"] + ".png")
    truth, checks, probs = render_fn(spec)(spec, png)
    probs = list(probs)
    worst = 0.0
    for i, ((box, expected, annot), p) in enumerate(zip(checks, truth["panels"])):
        w, pr = C.check_panel(png, box, p["values"], expected, annot=annot)
        worst = max(worst, w)
        probs += [f"panel {i + 1}: {x}" for x in pr]
    truth["render"]["cell_check_worst_rgb"] = round(worst, 1)
    if probs:
        os.remove(png)
        raise RuntimeError(f"{len(probs)} problems: {probs[:4]}")
    C.write_truth(os.path.join(d, spec["name"] + ".truth.json"), truth)
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
            print(f"{s['system']:10} {s['name']:28} {s['case']:10} {s['notes']}")
        return 0
    bad = check_versions()
    if bad:
        print("warning: renderer versions differ from the pinned ones: " + "; ".join(bad), file=sys.stderr)
    failed = 0
    for s in S:
        try:
            truth, worst, size = render_one(s)
        except Exception as e:  # noqa: BLE001 - report every failing figure, go on
            failed += 1
            print(f"FAIL {s['name']}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        grids = ",".join(f"{p['grid']['rows']}x{p['grid']['columns']}" for p in truth["panels"])
        print(f"{s['system']:10} {s['name']:28} {len(truth['panels'])} panel(s) {grids:24} check {worst:5.1f} "
              f"{size // 1024:4d} KB", flush=True)
    print(f"{len(S) - failed} rendered, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
