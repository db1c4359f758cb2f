#!/usr/bin/env python3
"""render.py - regenerate FigScribe's golden heatmap images.

Writes NAME.png and NAME.expected.json (the figure-json contract, nothing else)
beside this script for every figure below, plus manifest.json (renderer
versions, where grid.box came from, the cell-colour check).  See README.md.

    python3 GoldenImages/render.py            # all
    python3 GoldenImages/render.py --only gnuplot_viridis
    python3 GoldenImages/render.py --list
"""
import argparse
import json
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heatlib as H  # noqa: E402

MINUS = "\u2212"
TOKENS = ["<s>", "The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog",
          ".", "</s>"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FEATURES = ["age", "bmi", "bp_sys", "bp_dia", "hr", "glucose", "chol", "hdl", "ldl"]
CLASSES = ["cat", "dog", "bird", "frog", "ship"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def seed(name):
    return zlib.crc32(name.encode())


def specs():
    S = []

    def add(**kw):
        kw["M"] = kw["M"].tolist() if hasattr(kw["M"], "tolist") else kw["M"]
        S.append(kw)

    n = "mpl_imshow_viridis"
    add(name=n, renderer="mpl", kind="imshow", size=(640, 480), dpi=100,
        M=H.pattern(seed(n), 8, 12, "smooth", 0.0, 1.0), vmin=0.0, vmax=1.0, cmap="viridis",
        orient="vertical", title="Attention • layer 3, head 5", xlabel="Key token",
        ylabel="Query position", clabel="attention weight",
        xticks=H.cat_ticks(TOKENS), yticks=H.cat_ticks([str(i) for i in range(8)]),
        cticks=None, xrot=45,
        tests="matplotlib imshow, vertical colorbar with default ticks, 45° token labels, • in title")

    n = "sns_annot_gaps_hcbar"
    add(name=n, renderer="mpl", kind="seaborn", size=(620, 560), dpi=100,
        M=H.pattern(seed(n), 5, 7, "random", 0.0, 1.0, sig=2), vmin=0.0, vmax=1.0,
        cmap="YlOrRd", orient="horizontal", title="Daily usage share", xlabel="Weekday",
        ylabel="Week", clabel="share of peak", xticks=H.cat_ticks(WEEKDAYS),
        yticks=H.cat_ticks([f"W{i + 1}" for i in range(5)]), cticks=None,
        annot=True, fmt=".2f", linewidths=2.0,
        tests="seaborn annot=True (.2f) over cells, white 2-pt gaps, horizontal colorbar")

    n = "mpl_nan_mask"
    import numpy as np
    M = H.pattern(seed(n), 10, 10, "smooth", 0.0, 1.0)
    M = np.where(np.triu(np.ones((10, 10), bool), 1), np.nan, M)
    add(name=n, renderer="mpl", kind="imshow", size=(560, 500), dpi=100, M=M.tolist(),
        vmin=0.0, vmax=1.0, cmap="magma", bad="#d9d9d9", orient="vertical",
        title="Causal attention (masked)", xlabel="Key", ylabel="Query", clabel="weight",
        xticks=H.cat_ticks([str(i) for i in range(10)]),
        yticks=H.cat_ticks([str(i) for i in range(10)]), cticks=None, aspect="equal",
        tests="45 NaN cells (upper triangle) drawn light grey via set_bad -> null values")

    n = "mpl_1xN"
    add(name=n, renderer="mpl", kind="imshow", size=(720, 260), dpi=100,
        M=H.pattern(seed(n), 1, 16, "bands", -2.0, 2.0), vmin=-2.0, vmax=2.0, cmap="plasma",
        orient="horizontal", title="Per-step loss delta", xlabel="Step", ylabel=None,
        clabel="Δ loss", xticks=H.cat_ticks([str(i) for i in range(16)]),
        yticks=[("run A", 0.0)], cticks=None,
        tests="a single row (1x16), horizontal colorbar, negative range, no y label")

    n = "mpl_large_30x50"
    add(name=n, renderer="mpl", kind="imshow", size=(900, 620), dpi=100,
        M=H.pattern(seed(n), 30, 50, "smooth", -250.0, 40.0), vmin=-250.0, vmax=40.0,
        cmap="inferno", orient="vertical", title="Depth anomaly", xlabel="Station",
        ylabel="Cast", clabel="anomaly (m)",
        xticks=[(str(i), float(i)) for i in range(0, 50, 5)],
        yticks=[(str(i), float(i)) for i in range(0, 30, 3)], cticks=None,
        tests="30x50 grid (cells ~13 px), every 5th/3rd cell labelled, range -250..40")

    n = "sns_corr_coolwarm"
    add(name=n, renderer="mpl", kind="seaborn", size=(600, 540), dpi=100,
        M=H.pattern(seed(n), 9, 9, "corr", -1.0, 1.0), vmin=-1.0, vmax=1.0, cmap="coolwarm",
        orient="vertical", title="Feature correlation (Pearson ρ)", xlabel=None, ylabel=None,
        clabel="ρ", xticks=H.cat_ticks(FEATURES), yticks=H.cat_ticks(FEATURES), cticks=None,
        square=True, xrot=90,
        tests="symmetric correlation matrix, coolwarm -1..1, Greek ρ in title and colorbar "
              "label, no axis labels, 90° x labels, square cells")

    n = "sns_confusion_blues"
    add(name=n, renderer="mpl", kind="seaborn", size=(560, 480), dpi=100,
        M=H.pattern(seed(n), 5, 5, "confusion", 0, 500), vmin=0.0, vmax=500.0, cmap="Blues",
        orient="vertical", title="Confusion matrix", xlabel="Predicted", ylabel="True",
        clabel="count", xticks=H.cat_ticks(CLASSES), yticks=H.cat_ticks(CLASSES),
        cticks=None, annot=True, fmt=".0f", linewidths=0.5, annot_size=11,
        tests="integer counts with annot fmt '.0f', Blues (near-white low end), thin gaps")

    n = "gnuplot_viridis"
    add(name=n, renderer="gnuplot", size=(640, 480),
        M=H.pattern(seed(n), 10, 12, "smooth", -0.5, 0.5), vmin=-0.5, vmax=0.5, cmap="viridis",
        orient="vertical", title="gnuplot • token similarity", xlabel="Token",
        ylabel="Layer", clabel="cosine", xticks=H.cat_ticks(TOKENS),
        yticks=H.cat_ticks([str(i) for i in range(10)]),
        cticks=H.fmt_ticks([-0.5, -0.25, 0, 0.25, 0.5], ".2f"), xrot=45,
        tests="gnuplot pngcairo 'with image', colorbox right, black border over the tile "
              "edge, tick labels with hyphen minus, 45° labels")

    n = "gnuplot_hbox_numeric"
    add(name=n, renderer="gnuplot", size=(700, 520),
        M=H.pattern(seed(n), 12, 20, "bands", 0.0, 100.0), vmin=0.0, vmax=100.0,
        cmap="cividis", orient="horizontal", title="Occupancy by hour", xlabel="Time (h)",
        ylabel="Sensor", clabel="occupancy (%)",
        xticks=[(str(h), h - 0.5) for h in range(0, 21, 5)],
        yticks=[(f"S{i}", float(i)) for i in range(0, 12, 2)],
        cticks=H.fmt_ticks([0, 20, 40, 60, 80, 100], ".0f"),
        bmargin=0.36, tmargin=0.92, lmargin=0.12, rmargin=0.95, cbox=(0.12, 0.15, 0.83, 0.04),
        tests="gnuplot horizontal colorbox below the plot; x ticks on cell edges "
              "(half-integer positions); every 2nd row labelled")

    n = "plotnine_gradient_grey"
    add(name=n, renderer="plotnine", size=(640, 480), dpi=100,
        M=H.pattern(seed(n), 7, 9, "smooth", 0.0, 10.0), vmin=0.0, vmax=10.0, cmap=None,
        gradient=("#132B43", "#56B1F7"), orient="vertical", title="Yield by plot",
        xlabel="Column", ylabel="Row", clabel="t/ha",
        xticks=H.cat_ticks([f"C{i}" for i in range(9)]),
        yticks=H.cat_ticks([f"R{i}" for i in range(7)]),
        cticks=H.fmt_ticks([0, 2.5, 5, 7.5, 10], ".1f"),
        tests="plotnine geom_tile + ggplot default dark-to-light blue gradient (no named "
              "colormap), grey panel with a margin around the tiles, white grid lines")

    n = "plotnine_viridis_hlegend"
    add(name=n, renderer="plotnine", size=(760, 520), dpi=100,
        M=H.pattern(seed(n), 12, 20, "bands", -1.0, 1.0), vmin=-1.0, vmax=1.0,
        cmap="viridis", orient="horizontal", title="Phase coherence φ by channel",
        xlabel="Frequency bin", ylabel="Channel",
        xticks=[(str(i), float(i)) for i in range(0, 20, 4)],
        yticks=H.cat_ticks([f"ch{i}" for i in range(12)]),
        cticks=H.fmt_ticks([-1, -0.5, 0, 0.5, 1], ".1f"), expand=False, legend_len=220,
        clabel="coherence",
        tests="plotnine, legend at the bottom (horizontal colourbar), tiles fill the panel "
              "(expand 0), Greek φ in title, every 4th column labelled")

    n = "plotnine_bw_panel"
    add(name=n, renderer="plotnine", size=(640, 460), dpi=100,
        M=H.pattern(seed(n), 8, 12, "smooth", -20.0, 20.0), vmin=-20.0, vmax=20.0,
        cmap="RdBu_r", orient="vertical", theme="bw", title="Wind shear",
        xlabel="Hour", ylabel="Level", clabel="shear (m/s)",
        xticks=[(str(i), float(i)) for i in range(0, 12, 2)],
        yticks=H.cat_ticks([f"L{i}" for i in range(8)]),
        cticks=H.fmt_ticks([-20, -10, 0, 10, 20], ".0f", minus=MINUS),
        tests="plotnine theme_bw: white panel in a frame, grey grid lines crossing the "
              "margin around the tiles")

    n = "vega_legend_top"
    add(name=n, renderer="vega", plot_size=(420, 200),
        M=H.pattern(seed(n), 5, 14, "bands", 10.0, 30.0), vmin=10.0, vmax=30.0, cmap="inferno",
        scheme="inferno", orient="horizontal", legend_orient="top", title="Cabin temperature",
        xlabel="Minute", ylabel="Zone", clabel="°C",
        xticks=H.cat_ticks([str(5 * i) for i in range(14)], every=2),
        yticks=H.cat_ticks(["front", "mid", "rear", "aft", "galley"]),
        cticks=H.fmt_ticks([10, 15, 20, 25, 30], ".0f"), legend_len=160,
        tests="Vega-Lite legend on top: tick labels between the gradient and the grid, "
              "legend title above the gradient, end labels flush with its ends")

    n = "vega_rect_viridis"
    add(name=n, renderer="vega", plot_size=(360, 240),
        M=H.pattern(seed(n), 8, 10, "smooth", 0.0, 1.0), vmin=0.0, vmax=1.0, cmap="viridis",
        scheme="viridis", orient="vertical", title="Vega-Lite • hourly load",
        xlabel="Hour", ylabel="Server", clabel="load",
        xticks=H.cat_ticks([f"{h:02d}h" for h in range(10)]),
        yticks=H.cat_ticks([f"srv{i}" for i in range(8)]),
        cticks=H.fmt_ticks([0, 0.25, 0.5, 0.75, 1.0], ".2f"), legend_len=200,
        tests="Vega-Lite rect marks, vertical gradient legend (ticks drawn inside the "
              "legend), no axis border, bold axis titles")

    n = "vega_hlegend_diverging"
    add(name=n, renderer="vega", plot_size=(420, 300),
        M=H.pattern(seed(n), 9, 12, "bands", -3.0, 3.0), vmin=-3.0, vmax=3.0, cmap="RdBu_r",
        orient="horizontal", title="Temperature anomaly", xlabel="Month", ylabel="Year",
        clabel="anomaly (°C)", xticks=H.cat_ticks(MONTHS),
        yticks=H.cat_ticks([str(2015 + i) for i in range(9)]),
        cticks=H.fmt_ticks([-3, -1.5, 0, 1.5, 3], ".1f", minus=MINUS), xrot=90,
        legend_len=260,
        tests="Vega-Lite, horizontal legend at the bottom, diverging RdBu_r -3..3 with "
              "U+2212 minus labels, 90° month labels")

    n = "r_ggplot2_tile"
    add(name=n, renderer="r", size=(640, 480), dpi=96,
        M=H.pattern(seed(n), 6, 8, "smooth", 0.0, 50.0), vmin=0.0, vmax=50.0, cmap="viridis",
        r_fill="viridis", orient="vertical", title="Nitrate by depth and site",
        xlabel="Site", ylabel="Depth band", clabel="mg/L",
        xticks=H.cat_ticks([f"site {c}" for c in "ABCDEFGH"]),
        yticks=H.cat_ticks(["0-5 m", "5-10 m", "10-20 m", "20-40 m", "40-80 m", ">80 m"]),
        cticks=H.fmt_ticks([0, 10, 20, 30, 40, 50], ".0f"), legend_len=12,
        tests="real R ggplot2 geom_tile + scale_fill_viridis_c, grey panel margin, "
              "small colourbar with white ticks inside; box measured from a probe render")
    return S


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    S = specs()
    if a.list:
        for s in S:
            print(f"{s['name']:28} {s['renderer']:9} {s['tests']}")
        return 0
    manifest_path = os.path.join(HERE, "manifest.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    for s in S:
        if a.only and s["name"] not in a.only:
            continue
        png = os.path.join(HERE, s["name"] + ".png")
        truth, info = H.render(s, png)
        truth["image"]["file"] = s["name"] + ".png"
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        g = truth["grid"]
        manifest[s["name"]] = dict(renderer=s["renderer"], tests=s["tests"],
                                   grid=f"{g['rows']}x{g['columns']}",
                                   orientation=s["orient"], **info)
        print(f"{s['name']:28} {g['rows']}x{g['columns']:<3} box {g['box']} "
              f"check {info['cell_check_worst_rgb']} lut {info['lut_inversion']} "
              f"{os.path.getsize(png) // 1024} KB")
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(manifest.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
