"""spec_gnuplot.py - figure specs for gnuplot (pngcairo, `plot '-' matrix with image`)."""
from native.specs import (MAGMA, MINUS, VIRIDIS, band_truth, cat, data, edge_ticks,
                          fmt_ticks, log_data, names, printed, spec, with_na)

DEFAULT = {"kind": "rgb", "formulae": [7, 5, 15]}
RAINBOW = {"kind": "rgb", "formulae": [33, 13, 10]}
HOT = {"kind": "rgb", "formulae": [21, 22, 23]}
GRAY = {"kind": "gray"}


def stops(hexes, lo=0.0, hi=1.0):
    n = len(hexes) - 1
    return {"kind": "defined", "stops": [(lo + (hi - lo) * i / n, h) for i, h in enumerate(hexes)]}


def steps(edges, hexes):
    """A palette of flat bands: colour i from edges[i] to edges[i+1] (sharp steps)."""
    st = []
    for (a, b), h in zip(zip(edges, edges[1:]), hexes):
        st += [(float(a), h), (float(b), h)]
    return {"kind": "defined", "stops": st}


VIR = stops(VIRIDIS)
MAG = stops(MAGMA)


def hbox(where="bottom"):
    """Margins and a horizontal colour box below or above the plot (screen units)."""
    if where == "bottom":
        return ["set lmargin at screen 0.12", "set rmargin at screen 0.95",
                "set tmargin at screen 0.90", "set bmargin at screen 0.36",
                "set colorbox horizontal user origin screen 0.12,0.12 size screen 0.83,0.04"]
    return ["set lmargin at screen 0.12", "set rmargin at screen 0.95",
            "set tmargin at screen 0.62", "set bmargin at screen 0.13",
            "set colorbox horizontal user origin screen 0.12,0.84 size screen 0.83,0.04"]


def gp(name, case, notes, M, lo, hi, xt, yt, ct, palette, *, extra=(), font="DejaVu Sans",
       fontsize=10, xrot="", maxcolors=None, pixels=False, labelstyle="", **kw):
    return spec(name, "gnuplot", case, notes, M, lo, hi, xt, yt, ct,
                gp=dict(palette=palette, extra=list(extra), font=font, fontsize=fontsize,
                        xrot=xrot, maxcolors=maxcolors, pixels=pixels, labelstyle=labelstyle),
                **kw)


def gnuplot():
    S = []
    R45 = " rotate by 45 right"
    R90 = " rotate by 90 right"

    # ---- layout
    n = "gp_default_palette"
    ct = fmt_ticks([0, 0.2, 0.4, 0.6, 0.8, 1], ".1f")
    S.append(gp(n, "layout", "gnuplot's default palette (rgbformulae 7,5,15), colour box right",
                data(n, 8, 10, "smooth", 0, 1), 0, 1, cat(names("T", 10)), cat(names("num", 8)),
                ct, DEFAULT, title="Default palette", xlabel="Trial", ylabel="Subject",
                clabel="response"))
    n = "gp_viridis_hbottom"
    ct = fmt_ticks([0, 25, 50, 75, 100], ".0f")
    S.append(gp(n, "layout", "viridis-like defined palette, horizontal colour box at the bottom",
                data(n, 10, 16, "bands", 0, 100), 0, 100, cat(names("C", 16), 2),
                cat(names("s", 10)), ct, VIR, extra=hbox("bottom"), orient="horizontal",
                cmap="viridis", title="Humidity grid", xlabel="Column", ylabel="Sensor",
                clabel="humidity (%)", size=(700, 560)))
    n = "gp_gray_htop"
    ct = fmt_ticks([-1, -0.5, 0, 0.5, 1], ".1f")
    S.append(gp(n, "layout", "gray palette, horizontal colour box on top",
                data(n, 8, 12, "smooth", -1, 1), -1, 1, cat(names("month", 12)),
                cat(names("year", 8)), ct, GRAY, extra=hbox("top"), orient="horizontal",
                cmap="gray", title="Index anomaly", xlabel="Month", ylabel="Year",
                clabel="anomaly", size=(720, 560)))
    n = "gp_rainbow_serif"
    ct = fmt_ticks([10, 20, 30, 40], ".0f")
    S.append(gp(n, "layout", "rgbformulae 33,13,10 (rainbow), DejaVu Serif 11",
                data(n, 9, 9, "smooth", 10, 40), 10, 40, cat(names("B", 9)), cat(names("C", 9)),
                ct, RAINBOW, font="DejaVu Serif", fontsize=11, title="Well temperatures",
                xlabel="Bore", ylabel="Level", clabel="T (°C)", size=(640, 560)))
    n = "gp_hot_mono"
    ct = fmt_ticks([0, 200, 400, 600, 800], ".0f")
    S.append(gp(n, "layout", "rgbformulae 21,22,23 (hot), DejaVu Sans Mono 12, 800x600",
                data(n, 12, 14, "smooth", 0, 800), 0, 800, cat(names("s", 14), 2),
                cat(names("T", 12)), ct, HOT, font="DejaVu Sans Mono", fontsize=12,
                title="Thermal load", xlabel="Slot", ylabel="Tray", clabel="W/m²",
                size=(800, 600)))
    n = "gp_large_60x120"
    ct = fmt_ticks([-50, -25, 0, 25, 50], ".0f")
    S.append(gp(n, "layout", "60x120 image pixels, every 20th/10th labelled, 1000x600",
                data(n, 60, 120, "smooth", -50, 50), -50, 50,
                [(str(i), float(i)) for i in range(0, 120, 20)],
                [(str(i), float(i)) for i in range(0, 60, 10)], ct, VIR, pixels=True,
                cmap="viridis", title="Sea level anomaly", xlabel="x index", ylabel="y index",
                clabel="mm", size=(1000, 600)))
    n = "gp_1xN"
    ct = fmt_ticks([0, 10, 20, 30], ".0f")
    S.append(gp(n, "layout", "one row of 30 cells, every 5th labelled",
                data(n, 1, 30, "bands", 0, 30), 0, 30, cat([str(d + 1) for d in range(30)], 5),
                [("Q", 0.0)], ct, MAG, cmap="magma", title="Daily queue length",
                xlabel="Day", ylabel=None, clabel="jobs", size=(800, 260)))
    n = "gp_Nx1"
    ct = fmt_ticks([0, 1, 2, 3], ".0f")
    S.append(gp(n, "layout", "one column of 24 cells", data(n, 24, 1, "smooth", 0, 3), 0, 3,
                [("rate", 0.0)], cat([f"{h:02d}:00" for h in range(24)], 2), ct, DEFAULT,
                title="Rate by hour", xlabel=None, ylabel="Hour", clabel="events/s",
                size=(380, 640)))
    n = "gp_edge_ticks"
    ct = fmt_ticks([0, 5, 10, 15], ".0f")
    S.append(gp(n, "layout", "numeric ticks on cell edges (half-integer positions)",
                data(n, 12, 20, "smooth", 0, 15), 0, 15, edge_ticks(20, 5), edge_ticks(12, 4),
                ct, VIR, cmap="viridis", title="Deposition", xlabel="x (km)", ylabel="y (km)",
                clabel="g/m²"))
    n = "gp_xrot90_months"
    ct = fmt_ticks([0, 50, 100, 150], ".0f")
    S.append(gp(n, "layout", "x labels rotated 90°, colour box right",
                data(n, 10, 12, "random", 0, 150), 0, 150, cat(names("month", 12)),
                cat(names("year", 10)), ct, HOT, xrot=R90, title="Monthly precipitation",
                xlabel="Month", ylabel="Year", clabel="mm"))
    n = "gp_nan_cells"
    ct = fmt_ticks([0, 0.25, 0.5, 0.75, 1], ".2f")
    S.append(gp(n, "layout", "NaN cells left blank (white background), 45° labels",
                with_na(n, data(n, 9, 11, "smooth", 0, 1), 0.12), 0, 1, cat(names("w", 11)),
                cat(names("B", 9)), ct, VIR, xrot=R45, cmap="viridis", title="Coverage",
                xlabel="Window", ylabel="Batch", clabel="fraction"))
    n = "gp_liberation_small"
    ct = fmt_ticks([2, 4, 6, 8], ".0f")
    S.append(gp(n, "layout", "Liberation Sans 8, small 480x360", data(n, 6, 8, "smooth", 2, 8),
                2, 8, cat(names("C", 8)), cat(names("day", 6)), ct, DEFAULT,
                font="Liberation Sans", fontsize=8, title="Shift load", xlabel="Crew",
                ylabel="Day", clabel="h", size=(480, 360)))
    n = "gp_colorbox_left"
    ct = fmt_ticks([0, 3, 6, 9], ".0f")
    S.append(gp(n, "layout", "colour box placed left of the plot by screen coordinates",
                data(n, 8, 8, "random", 0, 9), 0, 9, cat(names("T", 8)), cat(names("s", 8)), ct,
                MAG, extra=["set lmargin at screen 0.30", "set rmargin at screen 0.95",
                            "set colorbox vertical user origin screen 0.06,0.2 size screen 0.04,0.6"],
                cmap="magma", title="Left colour box", xlabel="Task", ylabel="Site",
                clabel=None))
    n = "gp_big_font_units"
    ct = fmt_ticks([-40, -20, 0, 20], ".0f", minus=MINUS)
    S.append(gp(n, "layout", "14 pt text, U+2212 minus in colour-box labels, µ and Ω",
                data(n, 5, 6, "smooth", -40, 20), -40, 20, cat(["1 µm", "2 µm", "5 µm", "10 µm",
                                                                 "20 µm", "50 µm"]),
                cat(["10 Ω", "22 Ω", "47 Ω", "100 Ω", "220 Ω"]), ct, RAINBOW, fontsize=14,
                title="Noise floor", xlabel="Gap", ylabel="Load", clabel="dB",
                size=(760, 560)))

    # ---- discrete
    n = "gp_maxcolors6"
    edges = [0, 10, 20, 30, 40, 50, 60]
    M, T = band_truth(data(n, 8, 10, "smooth", 0, 60), edges)
    ct = fmt_ticks(edges, ".0f")
    S.append(gp(n, "discrete", "set palette maxcolors 6 on rgbformulae 33,13,10 (rainbow)",
                M, 0, 60, cat(names("C", 10)), cat(names("B", 8)), ct, RAINBOW, maxcolors=6,
                truth=T, scale="discrete", bins=list(zip(edges, edges[1:])),
                title="Six levels", xlabel="Column", ylabel="Block", clabel="level"))
    n = "gp_maxcolors4_gray"
    edges = [-1, -0.5, 0, 0.5, 1]
    M, T = band_truth(data(n, 6, 9, "bands", -1, 1), edges)
    ct = fmt_ticks(edges, ".1f")
    S.append(gp(n, "discrete", "gray palette, maxcolors 4, horizontal box at the bottom",
                M, -1, 1, cat(names("T", 9)), cat(names("day", 6)), ct, GRAY, maxcolors=4,
                extra=hbox("bottom"), orient="horizontal", truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), cmap="gray", title="Quartiles",
                xlabel="Trial", ylabel="Day", clabel="signal", size=(680, 520)))
    n = "gp_steps_uneven"
    edges = [0, 10, 25, 50, 100]
    M, T = band_truth(data(n, 9, 12, "random", 0, 100), edges)
    ct = fmt_ticks(edges, ".0f")
    S.append(gp(n, "discrete", "defined palette of flat bands at uneven edges 0/10/25/50/100 "
                "(drawn to scale)", M, 0, 100, cat(names("month", 12)), cat(names("year", 9)),
                ct, steps(edges, ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"]), truth=T,
                scale="discrete", bins=list(zip(edges, edges[1:])),
                title="Risk class", xlabel="Month", ylabel="Year", clabel="risk (%)"))
    n = "gp_steps5_htop"
    edges = [0, 2, 4, 6, 8, 10]
    M, T = band_truth(data(n, 7, 14, "smooth", 0, 10), edges)
    ct = fmt_ticks(edges, ".0f")
    S.append(gp(n, "discrete", "five flat bands, horizontal box on top",
                M, 0, 10, cat(names("s", 14), 2), cat(names("C", 7)), ct,
                steps(edges, ["#d7191c", "#fdae61", "#ffffbf", "#abdda4", "#2b83ba"]),
                extra=hbox("top"), orient="horizontal", truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), title="Quality grade", xlabel="Sample",
                ylabel="Cell", clabel="grade", size=(720, 520)))
    n = "gp_maxcolors8_default"
    edges = [0, 1, 2, 3, 4, 5, 6, 7, 8]
    M, T = band_truth(data(n, 10, 10, "smooth", 0, 8), edges)
    ct = fmt_ticks([0, 2, 4, 6, 8], ".0f")
    S.append(gp(n, "discrete", "default palette with maxcolors 8, every 2nd edge labelled",
                M, 0, 8, cat(names("B", 10)), cat(names("T", 10)), ct, DEFAULT, maxcolors=8,
                truth=T, scale="discrete", bins=list(zip(edges, edges[1:])),
                title="Eight levels", xlabel="Bin", ylabel="Track", clabel="class"))

    # ---- log
    n = "gp_log_decades"
    ct = fmt_ticks([1, 10, 100, 1000], "g")
    S.append(gp(n, "log", "set logscale cb, 1..1000, a tick per decade",
                log_data(n, 8, 10, 1, 1000), 1, 1000, cat(names("C", 10)), cat(names("T", 8)), ct,
                VIR, scale="log", cmap="viridis", title="Counts (log)", xlabel="Cell",
                ylabel="Gene", clabel="count"))
    n = "gp_log_gray"
    ct = fmt_ticks([0.01, 0.1, 1, 10, 100], "g")
    S.append(gp(n, "log", "log colour scale 0.01..100, gray", log_data(n, 6, 12, 0.01, 100,
                                                                       "random"),
                0.01, 100, cat(names("month", 12)), cat(names("s", 6)), ct, GRAY, scale="log",
                cmap="gray", title="Concentration", xlabel="Month", ylabel="Station",
                clabel="µg/L"))
    n = "gp_log_ends"
    ct = fmt_ticks([10, 100, 1000], "g")
    S.append(gp(n, "log", "log colour scale 2..5000, decade ticks inside the ends",
                log_data(n, 9, 9, 2, 5000), 2, 5000, cat(names("B", 9)), cat(names("C", 9)), ct,
                HOT, scale="log", title="Particle counts", xlabel="Bin", ylabel="Row",
                clabel="#/cm³"))
    n = "gp_log_hbottom"
    ct = fmt_ticks([1e-3, 1e-2, 1e-1, 1], "g")
    S.append(gp(n, "log", "log scale 0.001..1, horizontal box at the bottom",
                log_data(n, 6, 16, 0.001, 1, "bands"), 0.001, 1, cat(names("C", 16), 3),
                cat(names("day", 6)), ct, MAG, extra=hbox("bottom"), orient="horizontal",
                scale="log", cmap="magma", title="p-values", xlabel="Contrast", ylabel="Day",
                clabel="p", size=(720, 520)))

    # ---- ends
    n = "gp_ends_viridis"
    ct = fmt_ticks([0, 4, 8, 12], ".0f")
    S.append(gp(n, "ends", "cbrange -3.7:13.2, cbtics 0..12 stop short of both ends",
                data(n, 8, 9, "smooth", -3.7, 13.2), -3.7, 13.2, cat(names("C", 9)),
                cat(names("T", 8)), ct, VIR, cmap="viridis", title="Gain",
                xlabel="Azimuth", ylabel="Elevation", clabel="dB"))
    n = "gp_ends_default"
    ct = fmt_ticks([0.2, 0.4, 0.6], ".1f")
    S.append(gp(n, "ends", "cbrange 0.13:0.71, default palette", data(n, 7, 10, "random", 0.13,
                                                                       0.71),
                0.13, 0.71, cat(names("w", 10)), cat(names("B", 7)), ct, DEFAULT,
                title="Albedo", xlabel="Week", ylabel="Basin", clabel="albedo"))
    n = "gp_ends_hbox"
    ct = fmt_ticks([-20, -10, 0, 10], ".0f")
    S.append(gp(n, "ends", "cbrange -26:17 horizontal box, ticks inside",
                data(n, 6, 12, "bands", -26, 17), -26, 17, cat(names("month", 12)),
                cat(names("year", 6)), ct, RAINBOW, extra=hbox("bottom"), orient="horizontal",
                title="Minimum temperature", xlabel="Month", ylabel="Year", clabel="°C",
                size=(700, 520)))

    # ---- annotated
    n = "gp_annot_decimal"
    T, L = printed(data(n, 5, 7, "random", 0, 10), ".1f")
    ct = fmt_ticks([0, 2, 4, 6, 8, 10], ".0f")
    S.append(gp(n, "annotated", "values printed 'with labels', one decimal",
                T, 0, 10, cat(names("day", 7)), cat(names("T", 5)), ct, GRAY, labels=L,
                labelstyle='textcolor rgb "#cc0000"', cmap="gray", title="Ratings",
                xlabel="Day", ylabel="Team", clabel="rating"))
    n = "gp_annot_percent"
    T, L = printed(data(n, 4, 6, "smooth", 0, 100), ".0f", "%")
    ct = fmt_ticks([0, 50, 100], ".0f", unit="%")
    S.append(gp(n, "annotated", "percent labels ('45%') in each cell",
                T, 0, 100, cat(names("C", 6)), cat(names("B", 4)), ct,
                stops(["#ffffff", "#fcbba1", "#fb6a4a", "#a50f15"]), labels=L,
                labelstyle='font ",11"', title="Uptime", xlabel="Cluster", ylabel="Region",
                clabel=None))
    n = "gp_annot_units"
    T, L = printed(data(n, 4, 5, "random", 0.5, 6), ".1f", " t")
    ct = fmt_ticks([0, 2, 4, 6], ".0f")
    S.append(gp(n, "annotated", "labels with a unit ('2.4 t')", T, 0, 6.5, cat(names("C", 5)),
                cat(names("year", 4)), ct, VIR, labels=L, labelstyle='textcolor rgb "white"',
                cmap="viridis", title="Harvest", xlabel="Field", ylabel="Year",
                clabel="tonnes"))
    n = "gp_annot_counts"
    T, L = printed(data(n, 6, 6, "confusion", 0, 500), ".0f")
    ct = fmt_ticks([0, 100, 200, 300, 400, 500], ".0f")
    S.append(gp(n, "annotated", "integer counts (confusion matrix)", T, 0, 500,
                cat(["a", "b", "c", "d", "e", "f"]), cat(["a", "b", "c", "d", "e", "f"]), ct,
                stops(["#f7fbff", "#6baed6", "#08306b"]), labels=L,
                labelstyle='textcolor rgb "#e6550d" font ",11"', title="Confusion",
                xlabel="Predicted", ylabel="Actual", clabel="count", size=(600, 520)))
    return S
