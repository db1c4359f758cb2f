#!/usr/bin/env python3
"""render_r.py - composite heatmap figures from R: pheatmap with clustering, ggplot2
facets, lattice levelplot with conditioning panels.

Writes GoldenImages/composite/<system>/NAME.png + NAME.truth.json (figscribe/figure@1).
Each figure is drawn twice by the same R script: once for real, once with every tile
painted magenta (borders and printed numbers off, layout unchanged) to measure the
tile areas; the real run writes what R drew (the colour of every cell, pheatmap's
tree_row$order / tree_col$order and cutree gaps, ggplot2's panel layout) to CSV files.

    python3 GoldenImages/composite/render_r.py                 # all
    python3 GoldenImages/composite/render_r.py --only 'ph_*'   # some
    python3 GoldenImages/composite/render_r.py --list

Pinned (Debian 12): R 4.2.2, ggplot2 3.4.1, lattice 0.20.45, pheatmap 1.0.12;
fonts-dejavu-core, fonts-liberation.  A different installed version gives a warning.
"""
import argparse
import csv
import fnmatch
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import comptruth as C  # noqa: E402
from comptruth import H  # noqa: E402

PINNED = {"R": "4.2.2", "ggplot2": "3.4.1", "lattice": "0.20.45", "pheatmap": "1.0.12"}
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
MAGENTA = "#ff00ff"
MINUS = C.MINUS


def rs(x):
    return "NULL" if x is None else json.dumps(str(x), ensure_ascii=False)


def rnum(xs):
    return "c(" + ", ".join(repr(float(x)) for x in xs) + ")"


def rstrs(xs):
    return "c(" + ", ".join(rs(x) for x in xs) + ")"


def run_r(script, workdir):
    path = os.path.join(workdir, "script.R")
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)
    p = subprocess.run(["Rscript", path], capture_output=True, text=True, timeout=300, env=ENV, cwd=workdir)
    if p.returncode != 0:
        raise RuntimeError(f"Rscript: {(p.stderr or p.stdout)[-1500:]}")


def r_versions():
    with tempfile.TemporaryDirectory() as tmp:
        run_r('cat(paste(R.version$major, R.version$minor, sep="."), as.character(packageVersion("ggplot2")), '
              'as.character(packageVersion("lattice")), as.character(packageVersion("pheatmap")), '
              'file="v.txt")\n', tmp)
        v = open(os.path.join(tmp, "v.txt")).read().split()
    return dict(zip(["R", "ggplot2", "lattice", "pheatmap"], v))


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def hex_rgb(h):
    h = h.strip().lstrip("#")[:6]
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def r_png(spec, out_png):
    W, Hh = spec["size"]
    return (f'png({rs(out_png)}, width={W}, height={Hh}, res={spec.get("res", 96)}, type="cairo", '
            f'family={rs(spec.get("family", "sans"))})\n')


def ramp(cmap, n):
    return H.cmap_hex(cmap, n)


def render_twice(spec, png, make_script, workdir):
    """Real render (returns nothing; CSVs in workdir) and probe render (returns blobs)."""
    run_r(make_script(png, False), workdir)
    probe = os.path.join(workdir, "probe.png")
    run_r(make_script(probe, True), workdir)
    return C.probe_blobs(probe)


# ============================================================================= pheatmap (clustered)

def render_pheatmap(spec, png, workdir):
    name = spec["name"]
    rows, cols = spec["shape"]
    lo, hi = spec["vmin"], spec["vmax"]
    M = C.data(name, rows, cols, lo, hi, spec.get("pattern", "random"))
    if spec.get("numbers"):
        M = np.round(M, 1)
    rl, cl = spec["rlabels"], spec["clabels"]
    nb = spec.get("ncolours", 100)
    brk = list(np.linspace(lo, hi, nb + 1))
    colours = ramp(spec["cmap"], nb)
    ct = spec["cticks"]
    ctl = [C.fmt_num(v, spec.get("cfmt", "g")) for v in ct]
    ann, annargs, parts, others = "", "", [], []
    if spec.get("ann_row"):
        k = spec["ann_row"]
        levs = ["alpha", "beta", "gamma", "delta"][:k]
        grp = [levs[(i * 5 + 1) % 7 % k] for i in range(rows)]
        ann += f'ar <- data.frame(group=factor({rstrs(grp)}, levels={rstrs(levs)}), row.names={rstrs(rl)})\n'
        annargs += "annotation_row=ar, "
        parts.append(f'group=setNames({rstrs(["#1b9e77", "#d95f02", "#7570b3", "#66a61e"][:k])}, {rstrs(levs)})')
        others.append("annotation_row side bar 'group' with its legend")
    if spec.get("ann_col"):
        k = spec["ann_col"]
        levs = ["ctrl", "treated", "rescue"][:k]
        grp = [levs[(i * 3) % 5 % k] for i in range(cols)]
        ann += f'ac <- data.frame(condition=factor({rstrs(grp)}, levels={rstrs(levs)}), row.names={rstrs(cl)})\n'
        annargs += "annotation_col=ac, "
        parts.append(f'condition=setNames({rstrs(["#a6cee3", "#b2df8a", "#fdbf6f"][:k])}, {rstrs(levs)})')
        others.append("annotation_col side bar 'condition' with its legend")
    if parts:
        ann += "anncol <- list(" + ", ".join(parts) + ")\n"
        annargs += "annotation_colors=anncol, "
    cr, cc = spec.get("cluster_rows", True), spec.get("cluster_cols", True)
    if cr:
        others.append("row dendrogram (left)")
    if cc:
        others.append("column dendrogram (top)")

    def script(out, probe):
        extra = spec.get("extra", "")
        if spec.get("cutree_rows"):
            extra += f"cutree_rows={spec['cutree_rows']}, "
        if spec.get("cutree_cols"):
            extra += f"cutree_cols={spec['cutree_cols']}, "
        if spec.get("numbers") and not probe:
            extra += (f'display_numbers=TRUE, number_format="%.1f", fontsize_number={spec.get("fontsize_number", 8)}, '
                      f'number_color={rs(spec.get("number_color", "grey20"))}, ')
        border = rs(spec.get("border", "grey60")) if spec.get("border", "grey60") and not probe else "NA"
        s = "suppressMessages(library(pheatmap))\n"
        s += "M <- matrix(" + rnum(M.ravel()) + f", nrow={rows}, ncol={cols}, byrow=TRUE)\n"
        s += f"rownames(M) <- {rstrs(rl)}\ncolnames(M) <- {rstrs(cl)}\n"
        s += f"brk <- {rnum(brk)}\ncl <- {rstrs([MAGENTA] * nb if probe else colours)}\n" + ann
        s += r_png(spec, out)
        s += (f"res <- pheatmap(M, color=cl, breaks=brk, cluster_rows={'TRUE' if cr else 'FALSE'}, "
              f"cluster_cols={'TRUE' if cc else 'FALSE'}, clustering_method={rs(spec.get('method', 'complete'))}, "
              f"clustering_distance_rows={rs(spec.get('dist', 'euclidean'))}, clustering_distance_cols={rs(spec.get('dist', 'euclidean'))}, "
              f"legend_breaks={rnum(ct)}, legend_labels={rstrs(ctl)}, main={rs(spec['title']) if spec.get('title') else 'NA'}, "
              f"fontsize={spec.get('fontsize', 10)}, border_color={border}, angle_col={rs(spec.get('angle_col', '270'))}, "
              f"treeheight_row={spec.get('treeheight', 50)}, treeheight_col={spec.get('treeheight', 50)}, "
              f"{annargs}{extra} silent=FALSE)\n")
        s += "invisible(dev.off())\n"
        if not probe:
            s += f"""ro <- if (inherits(res$tree_row, "hclust")) res$tree_row$order else 1:{rows}
co <- if (inherits(res$tree_col, "hclust")) res$tree_col$order else 1:{cols}
write.csv(data.frame(i=ro - 1), "row_order.csv", row.names=FALSE)
write.csv(data.frame(i=co - 1), "col_order.csv", row.names=FALSE)
gaps <- function(tree, k) {{ v <- cutree(tree, k)[tree$order]; which((v[-1] - v[-length(v)]) != 0) }}
gr <- {"gaps(res$tree_row, " + str(spec["cutree_rows"]) + ")" if spec.get("cutree_rows") else "integer(0)"}
gc <- {"gaps(res$tree_col, " + str(spec["cutree_cols"]) + ")" if spec.get("cutree_cols") else "integer(0)"}
write.csv(data.frame(axis=c(rep("r", length(gr)), rep("c", length(gc))), after=c(gr, gc)), "gaps.csv", row.names=FALSE)
D <- M[ro, co, drop=FALSE]
idx <- as.numeric(cut(as.vector(t(D)), breaks=brk, include.lowest=TRUE))
write.csv(data.frame(r=rep(0:{rows - 1}, each={cols}), c=rep(0:{cols - 1}, times={rows}), col=cl[idx]), "colours.csv", row.names=FALSE)
"""
        return s

    blobs = render_twice(spec, png, script, workdir)
    # the colour legend is painted magenta too: it is the blob furthest right (pheatmap puts it there)
    leg = max(blobs, key=lambda b: b["x"])
    if not all(b["x"] + b["width"] < leg["x"] for b in blobs if b is not leg):
        raise RuntimeError("the legend strip is not right of the heatmap in the probe")
    blobs = [b for b in blobs if b is not leg]
    ro = [int(r["i"]) for r in read_csv(os.path.join(workdir, "row_order.csv"))]
    co = [int(r["i"]) for r in read_csv(os.path.join(workdir, "col_order.csv"))]
    gaps = read_csv(os.path.join(workdir, "gaps.csv"))
    gr = [int(g["after"]) for g in gaps if g["axis"] == "r"]
    gc = [int(g["after"]) for g in gaps if g["axis"] == "c"]
    D = M[np.ix_(ro, co)]
    expected = [[None] * cols for _ in range(rows)]
    for rec in read_csv(os.path.join(workdir, "colours.csv")):
        expected[int(rec["r"])][int(rec["c"])] = hex_rgb(rec["col"])
    rb = [0] + gr + [rows]
    cb_ = [0] + gc + [cols]
    nblocks = (len(rb) - 1) * (len(cb_) - 1)
    if len(blobs) != nblocks:
        raise RuntimeError(f"{len(blobs)} magenta blocks in the probe, want {nblocks}")
    checks = []
    k = 0
    for i in range(len(rb) - 1):
        for j in range(len(cb_) - 1):
            sub = [row[cb_[j]:cb_[j + 1]] for row in expected[rb[i]:rb[i + 1]]]
            subv = [row[cb_[j]:cb_[j + 1]] for row in D.tolist()[rb[i]:rb[i + 1]]]
            checks.append((blobs[k], subv, sub, bool(spec.get("numbers"))))
            k += 1
    box = C.union(blobs)
    xt = [{"text": cl[c], "position": float(j)} for j, c in enumerate(co)] if spec.get("show_colnames", True) else []
    yt = [{"text": rl[r], "position": float(i)} for i, r in enumerate(ro)] if spec.get("show_rownames", True) else []
    cbar = {"orientation": "vertical", "min": lo, "max": hi, "scale": "linear", "colormap": spec["cmap"],
            "ticks": [{"text": t, "value": v} for t, v in zip(ctl, ct)]}
    values = None
    if spec.get("numbers"):
        values = [[float(f"{v:.1f}") for v in row] for row in D]
    p = C.panel(box, D.tolist(), xt, yt, cbar, {"title": None}, values=values,
                dendrograms={"rows": bool(cr), "columns": bool(cc)},
                gaps={"after_rows": gr, "after_columns": gc})
    info = {"renderer": "R pheatmap (clustered)", "png_res": spec.get("res", 96), "size_px": list(spec["size"]),
            "row_order": ro, "col_order": co}
    return C.figure(spec, png, spec.get("title"), [p], info, others=others), checks


def pheatmap_specs():
    S = []

    def add(name, notes, **kw):
        kw.setdefault("size", (640, 600))
        kw.setdefault("cticks", [float(x) for x in np.linspace(kw["vmin"], kw["vmax"], 5)])
        S.append(dict(name=name, system="pheatmap", case="pheatmap", notes=notes, **kw))

    add("ph_basic_10x8", "pheatmap clustering rows and columns (complete linkage), title, gene x sample names",
        shape=(10, 8), vmin=0, vmax=10, cmap="viridis", rlabels=C.GENES[:10], clabels=C.labels("S", 8),
        title="Expression")
    add("ph_cutree_12x10", "cutree_rows=3, cutree_cols=2: gaps between the clusters; no title",
        shape=(12, 10), vmin=-3, vmax=3, cmap="RdBu_r", rlabels=C.labels("g", 12, width=2), clabels=C.labels("c", 10),
        cutree_rows=3, cutree_cols=2, cticks=[-3.0, -1.5, 0.0, 1.5, 3.0])
    add("ph_annot_row_col_15x12", "annotation_row (3 groups) and annotation_col (2 conditions) side bars with legends, title",
        shape=(15, 12), vmin=0, vmax=1, cmap="magma", rlabels=C.labels("P", 15), clabels=C.labels("W", 12),
        ann_row=3, ann_col=2, title="Protein abundance", size=(760, 680), cfmt=".2f")
    add("ph_numbers_8x6", "display_numbers with number_format %.1f (the printed number is the value), ward.D2",
        shape=(8, 6), vmin=0, vmax=9, cmap="YlOrRd", numbers=True, method="ward.D2", rlabels=C.labels("r", 8),
        clabels=C.labels("k", 6), title="Scores", fontsize_number=9, cticks=[0.0, 3.0, 6.0, 9.0])
    add("ph_rows_only_20x12", "cluster_rows only (cluster_cols=FALSE): one dendrogram, months as columns, angle_col 45",
        shape=(20, 12), vmin=0, vmax=200, cmap="Blues", cluster_cols=False, rlabels=C.labels("site", 20, width=2),
        clabels=C.MONTHS, angle_col="45", title="Monthly rainfall (mm)", size=(620, 720), fontsize=9)
    add("ph_big_30x20_cutree", "30x20 with cutree_rows=4 and annotation_col, fontsize 8, no borders",
        shape=(30, 20), vmin=-2, vmax=2, cmap="PuOr", rlabels=C.GENES[:30], clabels=C.labels("T", 20, width=2),
        cutree_rows=4, ann_col=3, border=None, fontsize=8, size=(720, 820), title="Log fold change",
        cticks=[-2.0, -1.0, 0.0, 1.0, 2.0])
    add("ph_cols_only_9x16", "cluster_cols only, annotation_row, serif font, res 110", shape=(9, 16), vmin=0, vmax=100,
        cmap="cividis", cluster_rows=False, rlabels=C.DAYS + ["Hol1", "Hol2"], clabels=C.labels("u", 16),
        ann_row=2, family="serif", res=110, size=(820, 560), title="Usage by user")
    add("ph_corr_14x14_cutree", "correlation matrix, cutree 2x2 on both axes, average linkage, numbers off",
        shape=(14, 14), vmin=-1, vmax=1, pattern="corr", cmap="coolwarm", method="average",
        rlabels=C.labels("V", 14), clabels=C.labels("V", 14), cutree_rows=2, cutree_cols=2,
        cticks=[-1.0, -0.5, 0.0, 0.5, 1.0], title="Correlation")
    add("ph_numbers_annot_7x9", "display_numbers plus annotation_col and cutree_cols=3, treeheight 30",
        shape=(7, 9), vmin=0, vmax=5, cmap="Greens", numbers=True, ann_col=3, cutree_cols=3, treeheight=30,
        rlabels=["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta"], clabels=C.labels("B", 9),
        size=(700, 520), cticks=[0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    return S


# ============================================================================= ggplot2 facets

def render_ggplot2(spec, png, workdir):
    name = spec["name"]
    levels = spec["levels"]
    lo, hi = spec["vmin"], spec["vmax"]
    free = spec.get("free", False)
    shapes = spec.get("shapes") or [spec["shape"]] * len(levels)
    Ms = []
    for k, (rows, cols) in enumerate(shapes):
        M = C.data(name, rows, cols, lo, hi, spec.get("pattern", "smooth"), salt=f"/{k}")
        if spec.get("numbers"):
            M = np.round(M, 0)
        Ms.append(M)
    xlab = spec.get("xlabels_fn") or (lambda k, n: C.labels("C", n))
    ylab = spec.get("ylabels_fn") or (lambda k, n: C.labels("R", n))
    ct = spec["cticks"]
    ctl = [C.fmt_num(v, spec.get("cfmt", "g")) for v in ct]
    recs = [(c, r, m[r, c], lev) for lev, m in zip(levels, Ms) for r in range(m.shape[0]) for c in range(m.shape[1])]
    colours = ramp(spec["cmap"], 33)
    if free:  # breaks for the largest panel; each panel drops those outside its own limits
        mr, mc = max(r for r, _ in shapes), max(c for _, c in shapes)
        xs = f"scale_x_continuous(breaks={rnum(range(mc))}, labels={rstrs(C.labels('C', mc))}, expand=c(0, 0))"
        ys = f"scale_y_reverse(breaks={rnum(range(mr))}, labels={rstrs(C.labels('R', mr))}, expand=c(0, 0))"
    else:
        rows, cols = spec["shape"]
        xe = spec.get("xevery", 1)
        xb = list(range(0, cols, xe))
        xl = xlab(0, cols)
        xs = f"scale_x_continuous(breaks={rnum(xb)}, labels={rstrs([xl[i] for i in xb])}, expand={spec.get('expand', 'c(0, 0)')})"
        yl = ylab(0, rows)
        ys = f"scale_y_reverse(breaks={rnum(range(rows))}, labels={rstrs(yl)}, expand={spec.get('expand', 'c(0, 0)')})"
    facet = spec.get("facet", "facet_wrap(~g, ncol={ncol})").format(ncol=spec.get("ncol", 2),
                                                                   scales='"free"' if free else '"fixed"')

    def script(out, probe):
        s = "suppressMessages(library(ggplot2))\n"
        s += (f"d <- data.frame(x={rnum(r[0] for r in recs)}, y={rnum(r[1] for r in recs)}, "
              f"v={rnum(r[2] for r in recs)}, g=factor({rstrs(r[3] for r in recs)}, levels={rstrs(levels)}))\n")
        s += f"pr <- data.frame(g=factor({rstrs(levels)}, levels={rstrs(levels)}), xmax={rnum(c - 0.5 for _, c in shapes)}, ymax={rnum(r - 0.5 for r, _ in shapes)})\n"
        if spec.get("numbers"):
            s += "d$lab <- sprintf('%.0f', d$v)\n"
        s += (f"p <- ggplot(d, aes(x, y, fill=v)) + geom_tile() + "
              f"scale_fill_gradientn(colours={rstrs(colours)}, limits=c({lo!r}, {hi!r}), breaks={rnum(ct)}, "
              f"labels={rstrs(ctl)}, name={rs(spec.get('clabel') or '')}) + {xs} + {ys} + {facet} + "
              f"labs(title={rs(spec.get('title'))}, x={rs(spec.get('xlabel'))}, y={rs(spec.get('ylabel'))}) + "
              f"{spec.get('theme', 'theme_grey')}(base_size={spec.get('base_size', 11)}) + "
              f"theme(legend.position={rs(spec.get('legend', 'right'))}{spec.get('theme_extra', '')})\n")
        if spec.get("legend") in ("top", "bottom"):
            s += "p <- p + guides(fill=guide_colourbar(barwidth=unit(14, 'lines')))\n"
        if spec.get("numbers") and not probe:
            s += "p <- p + geom_text(aes(label=lab), size=3)\n"
        if probe:
            s += (f'p <- p + geom_rect(data=pr, aes(xmin=-0.5, xmax=xmax, ymin=-0.5, ymax=ymax), inherit.aes=FALSE, '
                  f'fill="{MAGENTA}", colour=NA)\n')
        s += r_png(spec, out) + "print(p)\ninvisible(dev.off())\n"
        if not probe:
            s += """b <- ggplot_build(p)
t <- b$data[[1]]
write.csv(data.frame(panel=as.integer(t$PANEL), r=-t$y, c=t$x, col=t$fill), "colours.csv", row.names=FALSE)
lay <- b$layout$layout
write.csv(data.frame(panel=as.integer(lay$PANEL), row=lay$ROW, col=lay$COL, g=as.character(lay$g)), "layout.csv", row.names=FALSE)
"""
        return s

    blobs = render_twice(spec, png, script, workdir)
    lay = sorted(read_csv(os.path.join(workdir, "layout.csv")), key=lambda r: (int(r["row"]), int(r["col"])))
    if len(blobs) != len(levels) or len(lay) != len(levels):
        raise RuntimeError(f"{len(blobs)} magenta panels / {len(lay)} layout rows for {len(levels)} levels")
    cols_rec = read_csv(os.path.join(workdir, "colours.csv"))
    panels_ticks, panels, checks, grid_pos = [], [], [], []
    cbar = {"orientation": "horizontal" if spec.get("legend") in ("top", "bottom") else "vertical", "min": lo,
            "max": hi, "scale": "linear", "colormap": spec["cmap"], "ticks": [{"text": t, "value": v} for t, v in zip(ctl, ct)]}
    for box, L in zip(blobs, lay):
        k = levels.index(L["g"])
        M = Ms[k]
        rows, cols = M.shape
        exp = [[None] * cols for _ in range(rows)]
        for rec in cols_rec:
            if int(rec["panel"]) == int(L["panel"]):
                exp[int(round(float(rec["r"])))][int(round(float(rec["c"])))] = hex_rgb(rec["col"])
        xl, yl = (C.labels("C", cols), C.labels("R", rows)) if free else (xlab(0, cols), ylab(0, rows))
        xe = 1 if free else spec.get("xevery", 1)
        xt = [{"text": xl[i], "position": float(i)} for i in range(0, cols, xe)]
        yt = [{"text": yl[i], "position": float(i)} for i in range(rows)]
        texts = {"title": L["g"], "xlabel": spec.get("xlabel"), "ylabel": spec.get("ylabel"), "clabel": spec.get("clabel")}
        values = M.tolist() if spec.get("numbers") else None
        panels.append(C.panel(box, M.tolist(), xt, yt, cbar, texts, values=values, shared=True))
        checks.append((box, M.tolist(), exp, bool(spec.get("numbers"))))
    if [p["title"] for p in panels] != [C.collapse(x) for x in levels]:
        raise RuntimeError(f"panels in reading order are {[p['title'] for p in panels]}, not {levels}")
    info = {"renderer": "R ggplot2 geom_tile + " + facet.split("(")[0], "png_res": spec.get("res", 96),
            "size_px": list(spec["size"]), "theme": spec.get("theme", "theme_grey"),
            "tick_labels": "each panel's own (free scales)" if free else
            "drawn on the outer panels only; they apply to every panel of the column/row (fixed scales)"}
    return C.figure(spec, png, spec.get("title"), panels, info), checks


def ggplot2_specs():
    S = []

    def add(name, notes, **kw):
        kw.setdefault("size", (820, 600))
        kw.setdefault("cticks", [float(x) for x in np.linspace(kw["vmin"], kw["vmax"], 5)])
        S.append(dict(name=name, system="ggplot2", case="facets", notes=notes, **kw))

    add("gg_wrap_2x2", "facet_wrap(~g, ncol=2), four 6x8 panels, strips as titles, legend right, title",
        levels=["Control", "Heat", "Cold", "Drought"], shape=(6, 8), vmin=0, vmax=1, cmap="viridis", cfmt=".2f",
        xlabel="Column", ylabel="Row", clabel="yield", title="Yield by treatment")
    add("gg_wrap_1x3_bottom", "facet_wrap ncol=3, legend at the bottom (horizontal), theme_bw, day x hour",
        levels=["Mon-Fri", "Sat", "Sun"], shape=(7, 12), vmin=0, vmax=80, cmap="magma", theme="theme_bw",
        legend="bottom", xlabels_fn=lambda k, n: [f"{h:02d}" for h in range(8, 8 + n)], xevery=2,
        ylabels_fn=lambda k, n: C.labels("W", n), xlabel="hour", ylabel="week", clabel="calls",
        title="Calls per hour", size=(980, 460))
    add("gg_wrap_five_minimal", "facet_wrap ncol=3 with five levels (empty sixth slot), theme_minimal, no title",
        levels=["2019", "2020", "2021", "2022", "2023"], shape=(5, 6), vmin=-2, vmax=2, cmap="RdBu_r",
        theme="theme_minimal", xlabel="question", ylabel="panel", clabel="Δ", cticks=[-2.0, -1.0, 0.0, 1.0, 2.0],
        ylabels_fn=lambda k, n: C.labels("P", n), xlabels_fn=lambda k, n: C.labels("Q", n), size=(860, 560), ncol=3)
    add("gg_grid_1x4_classic", "facet_grid(. ~ g): one row of four panels, theme_classic, legend left",
        facet="facet_grid(. ~ g)", levels=["L1", "L2", "L3", "L4"], shape=(8, 5), vmin=0, vmax=100, cmap="cividis",
        theme="theme_classic", legend="left", xlabel="key", ylabel="query", clabel="%", title="Layers",
        xlabels_fn=lambda k, n: C.labels("k", n), ylabels_fn=lambda k, n: C.labels("q", n), size=(960, 420))
    add("gg_wrap_numbers", "facet_wrap of two 4x5 panels with printed integers (geom_text), theme_light",
        levels=["before", "after"], shape=(4, 5), vmin=0, vmax=50, cmap="YlGn", numbers=True, theme="theme_light",
        xlabel="column", ylabel="row", clabel="n", title="Counts", size=(820, 380))
    add("gg_wrap_free_sizes", "facet_wrap(scales='free'): three panels of different grid sizes, each with its own axes",
        levels=["small", "medium", "large"], shapes=[(4, 5), (6, 8), (9, 11)], free=True,
        facet='facet_wrap(~g, ncol=3, scales={scales})', vmin=0, vmax=10, cmap="plasma", xlabel="column",
        ylabel="row", clabel="level", title="Three sizes", size=(1000, 420))
    add("gg_wrap_2x4_linedraw", "facet_wrap ncol=4 of eight small panels, theme_linedraw, base size 8, no axis titles",
        levels=[f"S{i}" for i in range(1, 9)], ncol=4, shape=(4, 4), vmin=0, vmax=1, cmap="GnBu", cfmt=".2f",
        theme="theme_linedraw", base_size=8, xlabel=None, ylabel=None, clabel="score", title="Eight subjects",
        xlabels_fn=lambda k, n: list("ABCD"), ylabels_fn=lambda k, n: ["w1", "w2", "w3", "w4"], size=(860, 520))
    add("gg_wrap_3x2_dark", "facet_wrap ncol=2 of six 6x6 panels, theme_dark, legend top, base size 9, res 110",
        levels=["alpha", "beta", "gamma", "delta", "eps", "zeta"], shape=(6, 6), vmin=10, vmax=30, cmap="inferno",
        theme="theme_dark", legend="top", base_size=9, res=110, xlabel=None, ylabel=None, clabel="°C",
        xlabels_fn=lambda k, n: C.labels("x", n), ylabels_fn=lambda k, n: C.labels("y", n), size=(640, 860),
        title="Six probes")
    return S


# ============================================================================= lattice conditioning

def render_lattice(spec, png, workdir):
    name = spec["name"]
    rows, cols = spec["shape"]
    levels = spec["levels"]
    lo, hi = spec["vmin"], spec["vmax"]
    nc, nr = spec["layout"]
    as_table = spec.get("as_table", True)
    Ms = []
    for k in range(len(levels)):
        M = C.data(name, rows, cols, lo, hi, spec.get("pattern", "smooth"), salt=f"/{k}")
        if spec.get("numbers"):
            M = np.round(M, 0)
        Ms.append(M)
    nb = spec.get("ncolours", 40)
    at = list(np.linspace(lo, hi, nb + 1))
    colours = ramp(spec["cmap"], nb)
    ct = spec["cticks"]
    ctl = [C.fmt_num(v, spec.get("cfmt", "g")) for v in ct]
    xl, yl = spec["xlabels"], spec["ylabels"]
    xe = spec.get("xevery", 1)
    xb = list(range(0, cols, xe))
    recs = [(c, rows - 1 - r, m[r, c], lev) for lev, m in zip(levels, Ms) for r in range(rows) for c in range(cols)]

    def script(out, probe):
        s = "suppressMessages(library(lattice))\n"
        s += (f"d <- data.frame(x={rnum(r[0] for r in recs)}, y={rnum(r[1] for r in recs)}, "
              f"z={rnum(r[2] for r in recs)}, g=factor({rstrs(r[3] for r in recs)}, levels={rstrs(levels)}))\n")
        s += f"at <- {rnum(at)}\ncr <- {rstrs(colours)}\n"
        text = ""
        if spec.get("numbers") and not probe:
            text = "panel.text(x[subscripts], y[subscripts], sprintf('%.0f', z[subscripts]), cex=0.7)"
        rect = (f'panel.rect(-0.5, -0.5, {cols - 0.5}, {rows - 0.5}, col="{MAGENTA}", border=NA)' if probe else "")
        s += f"""p <- levelplot(z ~ x * y | g, data=d, at=at, col.regions=cr, layout=c({nc}, {nr}), as.table={'TRUE' if as_table else 'FALSE'},
  xlim=c(-0.5, {cols - 0.5}), ylim=c(-0.5, {rows - 0.5}),
  scales=list(x=list(at={rnum(xb)}, labels={rstrs([xl[i] for i in xb])}, rot={spec.get('xrot', 0)}{spec.get('xalt', '')}),
              y=list(at={rnum(rows - 1 - i for i in range(rows))}, labels={rstrs(yl)}{spec.get('yalt', '')}), cex={spec.get('cex', 0.8)}),
  colorkey=list(space={rs(spec.get('space', 'right'))}, title={rs(spec.get('clabel'))},
                labels=list(at={rnum(ct)}, labels={rstrs(ctl)}, cex={spec.get('cex', 0.8)})),
  main={rs(spec.get('title'))}, xlab={rs(spec.get('xlabel'))}, ylab={rs(spec.get('ylabel'))},
  {spec.get('extra', '')}
  panel=function(x, y, z, subscripts, ...) {{ panel.levelplot(x, y, z, subscripts, ...); {text}; {rect} }})
"""
        s += r_png(spec, out)
        if spec.get("fontsize"):
            s += f"trellis.par.set(fontsize=list(text={spec['fontsize']}))\n"
        s += "print(p)\ninvisible(dev.off())\n"
        if not probe:
            s += f"""cc <- level.colors(d$z, at=at, col.regions=cr)
write.csv(data.frame(g=as.character(d$g), r={rows - 1} - d$y, c=d$x, col=cc), "colours.csv", row.names=FALSE)
"""
        return s

    blobs = render_twice(spec, png, script, workdir)
    if len(blobs) != len(levels):
        raise RuntimeError(f"{len(blobs)} magenta panels for {len(levels)} levels")
    # packet k sits in column k % nc, row k // nc counted from the top (as.table=TRUE) or the bottom
    slots = []
    for k in range(len(levels)):
        r, c = divmod(k, nc)
        slots.append(((r if as_table else nr - 1 - r), c, k))
    order = [k for _, _, k in sorted(slots)]
    # only occupied slots have blobs; blobs are in reading order, so are the sorted slots
    cols_rec = read_csv(os.path.join(workdir, "colours.csv"))
    cbar = {"orientation": "horizontal" if spec.get("space") in ("top", "bottom") else "vertical", "min": lo,
            "max": hi, "scale": "linear", "colormap": spec["cmap"], "ticks": [{"text": t, "value": v} for t, v in zip(ctl, ct)]}
    panels, checks = [], []
    for box, k in zip(blobs, order):
        lev = levels[k]
        M = Ms[k]
        exp = [[None] * cols for _ in range(rows)]
        for rec in cols_rec:
            if rec["g"] == lev:
                exp[int(round(float(rec["r"])))][int(round(float(rec["c"])))] = hex_rgb(rec["col"])
        xt = [{"text": xl[i], "position": float(i)} for i in xb]
        yt = [{"text": yl[i], "position": float(i)} for i in range(rows)]
        texts = {"title": lev, "xlabel": spec.get("xlabel"), "ylabel": spec.get("ylabel"), "clabel": spec.get("clabel")}
        panels.append(C.panel(box, M.tolist(), xt, yt, cbar, texts, values=M.tolist() if spec.get("numbers") else None,
                              shared=True))
        checks.append((box, M.tolist(), exp, bool(spec.get("numbers"))))
    info = {"renderer": "R lattice levelplot | g", "png_res": spec.get("res", 96), "size_px": list(spec["size"]),
            "as_table": as_table, "layout": [nc, nr],
            "tick_labels": "drawn on outer panels (alternating sides); they apply to every panel of the column/row"}
    return C.figure(spec, png, spec.get("title"), panels, info), checks


def lattice_specs():
    S = []

    def add(name, notes, **kw):
        kw.setdefault("size", (820, 620))
        kw.setdefault("cticks", [float(x) for x in np.linspace(kw["vmin"], kw["vmax"], 5)])
        S.append(dict(name=name, system="lattice", case="lattice", notes=notes, **kw))

    add("lt_2x2_table", "levelplot z ~ x * y | g, layout 2x2, as.table=TRUE, shared colorkey right, main title",
        levels=["North", "South", "East", "West"], layout=(2, 2), shape=(6, 8), vmin=0, vmax=1, cmap="viridis",
        cfmt=".2f", xlabels=C.labels("C", 8), ylabels=C.labels("R", 6), xlabel="Column", ylabel="Row",
        clabel="rate", title="Rates by region")
    add("lt_2x2_bottom_up", "layout 2x2 with as.table=FALSE (lattice's default: first panel bottom left), no title",
        levels=["t1", "t2", "t3", "t4"], layout=(2, 2), as_table=False, shape=(5, 7), vmin=-1, vmax=1,
        cmap="RdBu_r", xlabels=C.labels("x", 7), ylabels=C.labels("y", 5), xlabel="x", ylabel="y", clabel="r")
    add("lt_1x3_key_bottom", "layout 3x1, colorkey at the bottom, day x hour labels, every second hour labelled",
        levels=["Site A", "Site B", "Site C"], layout=(3, 1), shape=(7, 12), vmin=0, vmax=60, cmap="YlGnBu",
        space="bottom", xlabels=[f"{h:02d}" for h in range(8, 20)], xevery=2, ylabels=C.DAYS, xlabel="hour",
        ylabel="day", clabel="visits", title="Visits per hour", size=(980, 460))
    add("lt_2x3_five", "five panels in a 3x2 layout (one empty slot), colorkey right, letter+digit labels",
        levels=["P1", "P2", "P3", "P4", "P5"], layout=(3, 2), shape=(6, 6), vmin=0, vmax=300, cmap="magma",
        xlabels=C.labels("k", 6), ylabels=C.labels("q", 6), xlabel="key", ylabel="query", clabel="ms",
        title="Latency", size=(880, 620))
    add("lt_3x1_tall_numbers", "layout 1x3 (stacked), printed integers (panel.text), colorkey top",
        levels=["2023", "2024", "2025"], layout=(1, 3), shape=(3, 8), vmin=0, vmax=40, cmap="Oranges", numbers=True,
        space="top", xlabels=C.MONTHS[:8], ylabels=["low", "mid", "high"], xlabel="month", ylabel="band",
        clabel="count", title="Counts by year", size=(700, 760))
    add("lt_1x2_wide_words", "layout 2x1 of two panels, month x city words, colorkey left, main title",
        levels=["2024", "2025"], layout=(2, 1), shape=(6, 12), vmin=-10, vmax=30, cmap="coolwarm", space="left",
        xlabels=C.MONTHS, ylabels=["Oslo", "Rome", "Lima", "Cairo", "Delhi", "Perth"], xlabel=None, ylabel=None,
        clabel="°C", title="Monthly mean temperature", size=(1000, 420), cticks=[-10.0, 0.0, 10.0, 20.0, 30.0])
    add("lt_2x3_serif_rot", "layout 3x2 of six panels, serif, x labels rotated 45, res 110, fontsize 9",
        levels=["alpha", "beta", "gamma", "delta", "eps", "zeta"], layout=(3, 2), shape=(5, 9), vmin=10, vmax=30,
        cmap="plasma", xlabels=[f"S{i:02d}" for i in range(1, 10)], ylabels=C.labels("T", 5), xrot=45,
        family="serif", res=110, fontsize=9, xlabel="sample", ylabel="trial", clabel="°C", title="Six probes",
        size=(980, 700))
    return S


# ============================================================================= driver

RENDER = {"pheatmap": render_pheatmap, "ggplot2": render_ggplot2, "lattice": render_lattice}


def all_specs():
    return pheatmap_specs() + ggplot2_specs() + lattice_specs()


def render_one(spec):
    d = os.path.join(HERE, spec["system"])
    os.makedirs(d, exist_ok=True)
    png = os.path.join(d, spec["name"] + ".png")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_png = os.path.join(tmp, "fig.png")
        truth, checks = RENDER[spec["system"]](spec, tmp_png, tmp)
        H.save_png(tmp_png, png)
    truth["image"]["file"] = spec["name"] + ".png"
    probs, worst = [], 0.0
    for i, (box, vals, expected, annot) in enumerate(checks):
        w, pr = C.check_panel(png, box, vals, expected, annot=annot)
        worst = max(worst, w)
        probs += [f"block {i + 1}: {x}" for x in pr]
    truth["render"]["cell_check_worst_rgb"] = round(worst, 1)
    truth["render"].update(VERSIONS)
    if probs:
        os.remove(png)
        raise RuntimeError(f"{len(probs)} problems: {probs[:4]}")
    C.write_truth(os.path.join(d, spec["name"] + ".truth.json"), truth)
    return truth, worst, os.path.getsize(png)


VERSIONS = {}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", help="glob over figure names (repeatable)")
    ap.add_argument("--list", action="store_true")
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
    v = r_versions()
    VERSIONS.update(v)
    bad = [f"{k} {v.get(k)} (want {w})" for k, w in PINNED.items() if v.get(k) != w]
    if bad:
        print("warning: renderer versions differ from the pinned ones: " + "; ".join(bad), file=sys.stderr)
    failed = 0
    for s in S:
        try:
            truth, worst, size = render_one(s)
        except Exception as e:  # noqa: BLE001
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
