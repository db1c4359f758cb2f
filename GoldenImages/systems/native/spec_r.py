"""spec_r.py - figure specs for the R systems: ggplot2, base R image(), lattice, pheatmap."""

from native.renderers import rnum, rs, rstrs
import math

from native.specs import (MAGMA, MINUS, VIRIDIS, band_truth, cat, data, edge_ticks,
                          fmt_ticks, log_data, names, printed, ramp, spec, with_na)


def scale_args(lo, hi, cticks, clabel, more=""):
    return (f"limits=c({lo!r}, {hi!r}), breaks={rnum(v for _, v in cticks)}, "
            f"labels={rstrs(t for t, _ in cticks)}, name={rs(clabel)}" + (", " + more if more else ""))


def rot_x(a):
    if a == 90:
        return "theme(axis.text.x=element_text(angle=90, hjust=1, vjust=0.5))"
    return f"theme(axis.text.x=element_text(angle={a}, hjust=1, vjust=1))"


def rot_y(a):
    return f"theme(axis.text.y=element_text(angle={a}, hjust=0.5, vjust=0.5))" if a == 90 else \
        f"theme(axis.text.y=element_text(angle={a}, hjust=1, vjust=0.5))"


def legend(pos, length=12):
    if pos in ("top", "bottom"):
        return [f'theme(legend.position="{pos}")',
                f'guides(fill=guide_colourbar(barwidth=unit({length}, "lines")))']
    return [f'theme(legend.position="{pos}")',
            f'guides(fill=guide_colourbar(barheight=unit({length}, "lines")))']


def gg(name, case, notes, M, lo, hi, xt, yt, ct, fill, *, theme="theme_grey()", extra=(),
       orient="vertical", **kw):
    g = dict(fill=fill, theme=theme, extra=list(extra))
    for k in ("aes", "prep", "drop_na", "xexp", "yexp", "tile"):
        if k in kw:
            g[k] = kw.pop(k)
    return spec(name, "ggplot2", case, notes, M, lo, hi, xt, yt, ct, orient=orient, g=g, **kw)


# ============================================================================= ggplot2

def ggplot2():
    S = []
    E0 = ", expand=c(0, 0)"

    # ---- layout
    n = "gg_grey_viridis_T"
    ct = fmt_ticks([0, 10, 20, 30], ".0f")
    S.append(gg(n, "layout", "theme_grey, viridis_c, T1..T10 labels, °C legend title",
                data(n, 8, 10, "smooth", 0, 30), 0, 30, cat(names("T", 10)), cat(names("year", 8)),
                ct, f"scale_fill_viridis_c({scale_args(0, 30, ct, '°C')})", cmap="viridis",
                extra=legend("right"), title="Surface temperature", xlabel="Transect",
                ylabel="Year", clabel="°C"))
    n = "gg_bw_left_serif"
    ct = fmt_ticks([0, 2, 4, 6, 8], ".0f")
    S.append(gg(n, "layout", "theme_bw serif, legend on the left, magma, s01..s12 rows, µm",
                data(n, 12, 7, "bands", 0, 8), 0, 8, cat(names("day", 7)), cat(names("s", 12)), ct,
                f'scale_fill_viridis_c(option="A", {scale_args(0, 8, ct, "size (µm)")})',
                theme='theme_bw(base_family="serif")', extra=legend("left"), cmap="magma",
                title="Particle size by sample", xlabel="Day", ylabel="Sample",
                clabel="size (µm)", family="serif"))
    n = "gg_minimal_top_x45"
    ct = fmt_ticks([100, 200, 300, 400], ".0f")
    S.append(gg(n, "layout", "theme_minimal, horizontal legend on top, x labels at 45°, Ω",
                data(n, 6, 16, "smooth", 100, 400), 100, 400, cat(names("C", 16)),
                cat(names("B", 6)), ct,
                f'scale_fill_viridis_c(option="C", {scale_args(100, 400, ct, "R (Ω)")})',
                theme="theme_minimal()", extra=legend("top", 14) + [rot_x(45)],
                orient="horizontal", cmap="plasma", title="Resistance map", xlabel="Cell",
                ylabel="Board", clabel="R (Ω)", size=(760, 460)))
    n = "gg_classic_bottom_x90"
    ct = fmt_ticks([0, 0.5, 1, 1.5, 2], ".1f")
    S.append(gg(n, "layout", "theme_classic, legend at the bottom, x labels at 90°, default "
                "dark-blue gradient (no named colormap), ‰",
                data(n, 10, 12, "random", 0, 2), 0, 2, cat(names("month", 12)),
                cat(names("year", 10)), ct,
                f"scale_fill_gradient({scale_args(0, 2, ct, 'salinity anomaly (‰)')})",
                theme="theme_classic()", extra=legend("bottom", 15) + [rot_x(90)],
                orient="horizontal", title="Salinity anomaly", xlabel=None, ylabel="Year",
                clabel="salinity anomaly (‰)", size=(640, 560)))
    n = "gg_dark_fixed"
    ct = fmt_ticks([0, 25, 50, 75, 100], ".0f")
    S.append(gg(n, "layout", "theme_dark, coord_fixed (square tiles), cividis, m²",
                data(n, 9, 9, "smooth", 0, 100), 0, 100, cat(names("B", 9)), cat(names("C", 9)),
                ct, f'scale_fill_viridis_c(option="E", {scale_args(0, 100, ct, "area (m²)")})',
                theme="theme_dark()", extra=legend("right") + ["coord_fixed()"], cmap="cividis",
                title="Leaf area", xlabel="Bed", ylabel="Column", clabel="area (m²)"))
    n = "gg_light_mono_res150"
    ct = fmt_ticks([-3, -1.5, 0, 1.5, 3], ".1f")
    S.append(gg(n, "layout", "theme_light mono font, res=150, diverging gradient2, ± in title",
                data(n, 10, 14, "bands", -3, 3), -3, 3, cat(names("s", 14), 2),
                cat(names("gene", 10)), ct,
                f'scale_fill_gradient2(low="#2166ac", mid="white", high="#b2182b", '
                f'{scale_args(-3, 3, ct, "z ± sd")})',
                theme='theme_light(base_family="mono")', extra=legend("right"),
                title="Expression z-score", xlabel="Sample", ylabel=None, clabel="z ± sd",
                size=(960, 720), res=150, family="mono"))
    n = "gg_void_with_axes"
    ct = fmt_ticks([0, 0.25, 0.5, 0.75, 1], ".2f")
    S.append(gg(n, "layout", "theme_void with axis text and titles added back, inferno",
                data(n, 7, 9, "smooth", 0, 1), 0, 1, cat(names("w", 9)), cat(names("num", 7)),
                ct, f'scale_fill_viridis_c(option="B", {scale_args(0, 1, ct, "p")})',
                theme="theme_void()",
                extra=["theme(axis.text=element_text(size=9), axis.text.y=element_text(hjust=1), "
                       "axis.title=element_text(), axis.title.y=element_text(angle=90), "
                       "plot.margin=margin(10, 10, 10, 10))"] + legend("right"),
                cmap="inferno", title="Detection probability", xlabel="Window",
                ylabel="Channel", clabel="p"))
    n = "gg_1xN"
    ct = fmt_ticks([0, 5, 10, 15], ".0f")
    S.append(gg(n, "layout", "a single row (1x24), legend at the bottom, every 3rd hour",
                data(n, 1, 24, "bands", 0, 15), 0, 15, cat([f"{h:02d}h" for h in range(24)], 3),
                [("load", 0.0)], ct, f"scale_fill_viridis_c({scale_args(0, 15, ct, 'kW')})",
                theme="theme_minimal()", extra=legend("bottom", 16), orient="horizontal",
                cmap="viridis", title="Hourly load", xlabel="Hour", ylabel=None, clabel="kW",
                size=(800, 300)))
    n = "gg_Nx1"
    ct = fmt_ticks([0, 0.5, 1], ".1f")
    S.append(gg(n, "layout", "a single column (20x1), theme_bw",
                data(n, 20, 1, "smooth", 0, 1), 0, 1, [("score", 0.0)], cat(names("s", 20)),
                ct, f'scale_fill_viridis_c(option="D", {scale_args(0, 1, ct, "score")})',
                theme="theme_bw()", extra=legend("right"), cmap="viridis",
                title="Sample scores", xlabel=None, ylabel="Sample", clabel="score",
                size=(360, 620)))
    n = "gg_large_60x120"
    ct = fmt_ticks([-40, -20, 0, 20, 40], ".0f")
    S.append(gg(n, "layout", "60x120 tiles (about 7 px), expand 0, every 20th/10th labelled",
                data(n, 60, 120, "smooth", -40, 40), -40, 40,
                [(str(i), float(i)) for i in range(0, 120, 20)],
                [(str(i), float(i)) for i in range(0, 60, 10)], ct,
                f'scale_fill_distiller(palette="RdBu", {scale_args(-40, 40, ct, "anomaly")})',
                theme="theme_grey()", extra=legend("right", 15), cmap="RdBu_r", xexp=E0, yexp=E0,
                title="Pressure anomaly field", xlabel="Longitude index",
                ylabel="Latitude index", clabel="anomaly", size=(1000, 600), res=72))
    n = "gg_na_tiles"
    ct = fmt_ticks([5, 10, 15, 20], ".0f")
    S.append(gg(n, "layout", "15% of tiles missing (rows dropped), panel shows through",
                with_na(n, data(n, 10, 12, "smooth", 5, 20), 0.15), 5, 20,
                cat(names("w", 12)), cat(names("T", 10)), ct,
                f'scale_fill_viridis_c(option="D", {scale_args(5, 20, ct, "depth (m)")})',
                theme="theme_bw()", extra=legend("right"), cmap="viridis",
                title="Sampling depth", xlabel="Week", ylabel="Transect", clabel="depth (m)"))
    n = "gg_expand_limits"
    ct = fmt_ticks([0, 30, 60, 90], ".0f")
    S.append(gg(n, "layout", "heatmap not filling its panel: expand_limits adds empty space",
                data(n, 6, 8, "random", 0, 90), 0, 90, cat(names("C", 8)), cat(names("B", 6)),
                ct, f'scale_fill_viridis_c(option="A", {scale_args(0, 90, ct, "angle (°)")})',
                extra=legend("right") + ["expand_limits(x=c(-3, 10), y=c(-2, 7))"],
                cmap="magma", title="Joint angle", xlabel="Cycle", ylabel="Subject",
                clabel="angle (°)"))
    n = "gg_edge_ticks"
    ct = fmt_ticks([0, 0.2, 0.4, 0.6, 0.8], ".1f")
    S.append(gg(n, "layout", "numeric axes with ticks on cell edges (half-integer positions)",
                data(n, 10, 20, "bands", 0, 0.8), 0, 0.8, edge_ticks(20, 5), edge_ticks(10, 2),
                ct, f'scale_fill_viridis_c(option="D", {scale_args(0, 0.8, ct, "density")})',
                extra=legend("right"), cmap="viridis", xexp=E0, yexp=E0,
                title="Density on a lattice", xlabel="x (m)", ylabel="y (m)", clabel="density"))
    n = "gg_rot_both_res200"
    ct = fmt_ticks([10, 20, 30, 40], ".0f")
    S.append(gg(n, "layout", "res=200, x labels 45°, y labels 90°, Spectral distiller",
                data(n, 8, 12, "smooth", 10, 40), 10, 40, cat(names("month", 12)),
                cat(names("gene", 8)), ct,
                f'scale_fill_distiller(palette="Spectral", {scale_args(10, 40, ct, "Ct")})',
                theme="theme_bw(base_size=9)", extra=legend("right") + [rot_x(45), rot_y(90)],
                cmap="Spectral_r", title="qPCR cycle threshold", xlabel="Month", ylabel="Gene",
                clabel="Ct", size=(1000, 800), res=200))
    n = "gg_bigfont_bottom"
    ct = fmt_ticks([-1, -0.5, 0, 0.5, 1], ".1f", minus=MINUS)
    S.append(gg(n, "layout", "base_size 16, gradient2 with U+2212 minus labels, legend bottom",
                data(n, 6, 6, "random", -1, 1), -1, 1, cat(names("C", 6)), cat(names("C", 6)),
                ct, f'scale_fill_gradient2(low="#3b4cc0", mid="#f7f7f7", high="#b40426", '
                f'{scale_args(-1, 1, ct, "r")})',
                theme="theme_minimal(base_size=16)", extra=legend("bottom", 12),
                orient="horizontal", title="Correlation", xlabel=None, ylabel=None, clabel="r",
                size=(620, 640)))
    n = "gg_small_res72"
    ct = fmt_ticks([0, 50, 100], ".0f")
    S.append(gg(n, "layout", "res=72, base_size 8, small figure 480x360",
                data(n, 5, 8, "smooth", 0, 100), 0, 100, cat(names("day", 7) + ["Avg"]),
                cat(names("T", 5)), ct, f"scale_fill_viridis_c({scale_args(0, 100, ct, '%')})",
                theme="theme_grey(base_size=8)", extra=legend("right", 8), cmap="viridis",
                title="Occupancy", xlabel="Day", ylabel="Team", clabel="%", size=(480, 360),
                res=72))

    # ---- discrete (stepped legends)
    n = "gg_steps_even"
    edges = [0, 20, 40, 60, 80, 100]
    M, T = band_truth(data(n, 8, 10, "smooth", 0, 100), edges)
    ct = fmt_ticks(edges[1:-1], ".0f")
    S.append(gg(n, "discrete", "scale_fill_steps, 5 even bins, interior breaks labelled",
                M, 0, 100, cat(names("C", 10)), cat(names("B", 8)), ct,
                f'scale_fill_steps(low="#f7fbff", high="#08306b", {scale_args(0, 100, ct, "cover (%)")})',
                truth=T, bins=list(zip(edges, edges[1:])), scale="discrete",
                title="Canopy cover", xlabel="Plot", ylabel="Block", clabel="cover (%)"))
    n = "gg_viridis_b_uneven"
    edges = [0, 0.1, 0.25, 0.5, 0.75, 1]
    M, T = band_truth(data(n, 10, 12, "random", 0, 1), edges)
    ct = fmt_ticks(edges[1:-1], "g")
    S.append(gg(n, "discrete", "scale_fill_viridis_b, uneven bins drawn at equal size "
                "(even.steps)", M, 0, 1, cat(names("month", 12)), cat(names("year", 10)), ct,
                f"scale_fill_viridis_b({scale_args(0, 1, ct, 'index')})",
                truth=T, bins=list(zip(edges, edges[1:])), scale="discrete", cmap="viridis",
                title="Drought index", xlabel="Month", ylabel="Year", clabel="index"))
    n = "gg_fermenter_rdbu"
    edges = [-3, -2, -1, 0, 1, 2, 3]
    M, T = band_truth(data(n, 9, 14, "bands", -3, 3), edges)
    ct = fmt_ticks(edges[1:-1], ".0f")
    S.append(gg(n, "discrete", "scale_fill_fermenter RdBu, 6 bins, legend at the bottom",
                M, -3, 3, cat(names("s", 14), 2), cat(names("gene", 9)), ct,
                f'scale_fill_fermenter(palette="RdBu", {scale_args(-3, 3, ct, "log2 FC")})',
                truth=T, bins=list(zip(edges, edges[1:])), scale="discrete", cmap="RdBu_r",
                extra=['theme(legend.position="bottom")',
                       'guides(fill=guide_coloursteps(barwidth=unit(14, "lines")))'],
                orient="horizontal", title="Fold change", xlabel="Sample", ylabel=None,
                clabel="log2 FC", size=(680, 560)))
    n = "gg_manual_swatches"
    edges = [0, 10, 25, 50, 100]
    M, T = band_truth(data(n, 7, 9, "smooth", 0, 100), edges)
    labs = ["0–10", "10–25", "25–50", "50–100"]
    S.append(gg(n, "discrete", "scale_fill_manual on a cut() factor: a legend of separate "
                "swatches with range labels (en dash), uneven bins",
                M, 0, 100, cat(names("w", 9)), cat(names("T", 7)),
                [(t, (a + b) / 2) for t, a, b in zip(labs, edges, edges[1:])],
                'scale_fill_manual(values=c("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d"), '
                'drop=FALSE, name="rain (mm)")',
                aes="f", prep=f"d$f <- cut(d$v, breaks={rnum(edges)}, labels={rstrs(labs)}, "
                f"include.lowest=TRUE)",
                truth=T, bins=list(zip(edges, edges[1:])), scale="discrete",
                title="Weekly rainfall", xlabel="Week", ylabel="Transect", clabel="rain (mm)"))
    n = "gg_steps_guide_bins"
    edges = [0, 5, 10, 20, 40]
    M, T = band_truth(data(n, 6, 10, "random", 0, 40), edges)
    # show.limits prints the end bands' outer bounds (0, 40): without them the figure does
    # not hold them (guide_bins draws uneven bins at equal size, and viridis_b spaces its
    # colours by band index, so 5/10/20 alone fit many ends). ggplot2 ignores show.limits
    # when labels are given as strings, so the breaks keep their default labels.
    S.append(gg(n, "discrete", "binned scale shown with guide_bins (keys with boundary labels "
                "between them, limits shown), uneven bins", M, 0, 40, cat(names("C", 10)),
                cat(names("day", 6)), fmt_ticks(edges, ".0f"),
                'scale_fill_viridis_b(option="A", limits=c(0, 40), breaks=c(5, 10, 20), '
                'name="events", guide=guide_bins(show.limits=TRUE))',
                truth=T, bins=list(zip(edges, edges[1:])), scale="discrete", cmap="magma",
                title="Events per cell", xlabel="Camera", ylabel="Day", clabel="events"))
    n = "gg_steps2_top"
    edges = [-10, -5, -2, 0, 2, 5, 10]
    M, T = band_truth(data(n, 8, 12, "bands", -10, 10), edges)
    ct = fmt_ticks(edges[1:-1], ".0f")
    S.append(gg(n, "discrete", "scale_fill_steps2 diverging, uneven bins, legend on top",
                M, -10, 10, cat(names("month", 12)), cat(names("year", 8)), ct,
                f'scale_fill_steps2(low="#2166ac", mid="white", high="#b2182b", {scale_args(-10, 10, ct, "Δ (%)")})',
                truth=T, bins=list(zip(edges, edges[1:])), scale="discrete",
                extra=['theme(legend.position="top")',
                       'guides(fill=guide_coloursteps(barwidth=unit(16, "lines")))'],
                orient="horizontal", title="Change vs. baseline", xlabel="Month", ylabel="Year",
                clabel="Δ (%)", size=(680, 540)))

    # ---- log
    n = "gg_log_viridis"
    ct = fmt_ticks([1, 10, 100, 1000], "g")
    S.append(gg(n, "log", "trans='log10' viridis, limits 1..1000 on decades",
                log_data(n, 8, 10, 1, 1000), 1, 1000, cat(names("C", 10)), cat(names("T", 8)), ct,
                f'scale_fill_viridis_c(trans="log10", {scale_args(1, 1000, ct, "counts")})',
                scale="log", cmap="viridis", extra=legend("right"), title="Read counts",
                xlabel="Cell", ylabel="Transcript", clabel="counts"))
    n = "gg_log_magma_small"
    ct = fmt_ticks([0.01, 0.1, 1, 10], "g")
    S.append(gg(n, "log", "trans='log10' magma 0.01..10 with decimal labels, theme_bw",
                log_data(n, 6, 12, 0.01, 10, "random"), 0.01, 10, cat(names("month", 12)),
                cat(names("s", 6)), ct,
                f'scale_fill_viridis_c(option="A", trans="log10", {scale_args(0.01, 10, ct, "conc. (mg/L)")})',
                scale="log", cmap="magma", theme="theme_bw()", extra=legend("right"),
                title="Trace metal", xlabel="Month", ylabel="Site", clabel="conc. (mg/L)"))
    n = "gg_log_ends"
    ct = fmt_ticks([10, 100, 1000], "g")
    S.append(gg(n, "log", "trans='log10', limits 3..5000 not on a labelled decade",
                log_data(n, 10, 8, 3, 5000), 3, 5000, cat(names("B", 8)), cat(names("year", 10)),
                ct, f'scale_fill_gradient(low="#fff7bc", high="#993404", trans="log10", {scale_args(3, 5000, ct, "cases")})',
                scale="log", extra=legend("right"), title="Cases by district",
                xlabel="District", ylabel="Year", clabel="cases"))
    n = "gg_log_bottom"
    ct = fmt_ticks([1e2, 1e3, 1e4, 1e5], ",.0f")
    S.append(gg(n, "log", "trans='log10', horizontal legend, labels with thousands commas",
                log_data(n, 5, 14, 100, 100000, "bands"), 100, 100000, cat(names("C", 14), 2),
                cat(names("day", 5)), ct,
                f'scale_fill_viridis_c(option="C", trans="log10", {scale_args(100, 100000, ct, "bytes")})',
                scale="log", cmap="plasma", extra=legend("bottom", 16), orient="horizontal",
                title="Traffic", xlabel="Host", ylabel="Day", clabel="bytes", size=(760, 420)))

    # ---- ends (legend labels stop short of the scale ends)
    n = "gg_ends_viridis"
    ct = fmt_ticks([0, 4, 8, 12], ".0f")
    S.append(gg(n, "ends", "limits -3.7..13.2, breaks 0..12: no label at either end",
                data(n, 8, 9, "smooth", -3.7, 13.2), -3.7, 13.2, cat(names("C", 9)),
                cat(names("T", 8)), ct, f"scale_fill_viridis_c({scale_args(-3.7, 13.2, ct, 'gain (dB)')})",
                cmap="viridis", extra=legend("right", 14), title="Antenna gain",
                xlabel="Azimuth bin", ylabel="Elevation bin", clabel="gain (dB)"))
    n = "gg_ends_default_breaks"
    ct = fmt_ticks([0.4, 0.6, 0.8], ".1f")
    S.append(gg(n, "ends", "limits 0.31..0.87 with ggplot's own breaks 0.4/0.6/0.8 (labels "
                "given verbatim)", data(n, 7, 7, "random", 0.31, 0.87), 0.31, 0.87,
                cat(names("gene", 7)), cat(names("gene", 7)), ct,
                f"scale_fill_gradient({scale_args(0.31, 0.87, ct, 'similarity')})",
                theme="theme_minimal()", extra=legend("right", 12), title="Gene similarity",
                xlabel=None, ylabel=None, clabel="similarity", size=(600, 520)))
    n = "gg_ends_horizontal"
    ct = fmt_ticks([-20, -10, 0, 10], ".0f", minus=MINUS)
    S.append(gg(n, "ends", "horizontal legend, limits -27..18, labels with U+2212",
                data(n, 6, 12, "bands", -27, 18), -27, 18, cat(names("month", 12)),
                cat(names("year", 6)), ct,
                f'scale_fill_distiller(palette="RdYlBu", {scale_args(-27, 18, ct, "temperature (°C)")})',
                cmap="RdYlBu_r", extra=legend("bottom", 16) + [rot_x(45)], orient="horizontal",
                title="Monthly minimum", xlabel=None, ylabel="Year", clabel="temperature (°C)",
                size=(720, 480)))
    n = "gg_ends_inferno_bw"
    ct = fmt_ticks([250, 500, 750], ".0f")
    S.append(gg(n, "ends", "theme_bw, limits 120..940, three interior labels",
                data(n, 12, 10, "smooth", 120, 940), 120, 940, cat(names("s", 10)),
                cat(names("s", 12)), ct,
                f'scale_fill_viridis_c(option="B", {scale_args(120, 940, ct, "ppm")})',
                cmap="inferno", theme="theme_bw()", extra=legend("right", 14), title="CO₂ by chamber",
                xlabel="Chamber", ylabel="Run", clabel="ppm", size=(640, 600)))
    n = "gg_ends_left_legend"
    ct = fmt_ticks([2, 4, 6], ".0f")
    S.append(gg(n, "ends", "legend on the left, limits 1.2..6.9",
                data(n, 5, 9, "random", 1.2, 6.9), 1.2, 6.9, cat(names("T", 9)), cat(names("C", 5)),
                ct, f'scale_fill_viridis_c(option="E", {scale_args(1.2, 6.9, ct, "pH")})',
                cmap="cividis", theme="theme_light()", extra=legend("left", 10),
                title="Soil pH", xlabel="Row", ylabel="Bed", clabel="pH"))

    # ---- annotated
    n = "gg_annot_decimal"
    T, L = printed(data(n, 5, 6, "random", 0, 10), ".1f")
    ct = fmt_ticks([0, 2.5, 5, 7.5, 10], ".1f")
    S.append(gg(n, "annotated", "geom_text one decimal in every tile", T, 0, 10,
                cat(names("C", 6)), cat(names("B", 5)), ct,
                f"scale_fill_viridis_c({scale_args(0, 10, ct, 'score')})",
                extra=legend("right") + ['geom_text(aes(label=lab), colour="white", size=4)'],
                labels=L, cmap="viridis", title="Panel scores", xlabel="Judge",
                ylabel="Entry", clabel="score"))
    n = "gg_annot_percent"
    T, L = printed(data(n, 6, 7, "smooth", 0, 100), ".0f", "%")
    ct = fmt_ticks([0, 25, 50, 75, 100], ".0f", unit="%")
    S.append(gg(n, "annotated", "geom_text percentages ('45%'), legend labels with %",
                T, 0, 100, cat(names("day", 7)), cat(names("T", 6)), ct,
                f'scale_fill_gradient(low="#ffffff", high="#d7301f", {scale_args(0, 100, ct, "share")})',
                theme="theme_minimal()",
                extra=legend("right") + ['geom_text(aes(label=lab), colour="black", size=3.5)'],
                labels=L, title="Attendance", xlabel="Day", ylabel="Team", clabel="share"))
    n = "gg_annot_tonnes"
    T, L = printed(data(n, 4, 5, "random", 0.5, 6), ".1f", " t")
    ct = fmt_ticks([1, 2, 3, 4, 5, 6], ".0f")
    S.append(gg(n, "annotated", "geom_text with a unit ('2.4 t'), theme_bw", T, 0.5, 6.5,
                cat(names("C", 5)), cat(names("year", 4)), ct,
                f'scale_fill_viridis_c(option="E", {scale_args(0.5, 6.5, ct, "harvest (t)")})',
                theme="theme_bw()",
                extra=legend("right") + ['geom_text(aes(label=lab), colour="grey10", size=4)'],
                labels=L, cmap="cividis", title="Harvest", xlabel="Field", ylabel="Year",
                clabel="harvest (t)"))
    n = "gg_annot_confusion"
    T, L = printed(data(n, 5, 5, "confusion", 0, 200), ".0f")
    ct = fmt_ticks([0, 50, 100, 150, 200], ".0f")
    cls = ["cat", "dog", "fox", "owl", "elk"]
    S.append(gg(n, "annotated", "confusion matrix of integer counts, coord_fixed",
                T, 0, 200, cat(cls), cat(cls), ct,
                f'scale_fill_gradient(low="#f7fbff", high="#08519c", {scale_args(0, 200, ct, "count")})',
                extra=legend("right") + ["coord_fixed()", 'geom_text(aes(label=lab), size=4)'],
                labels=L, cmap="Blues", title="Confusion matrix", xlabel="Predicted",
                ylabel="True", clabel="count"))
    n = "gg_annot_minus"
    T, L = printed(data(n, 6, 6, "corr", -1, 1), ".2f", minus=MINUS)
    ct = fmt_ticks([-1, -0.5, 0, 0.5, 1], ".1f", minus=MINUS)
    S.append(gg(n, "annotated", "correlations printed with U+2212 minus, gradient2",
                T, -1, 1, cat(names("gene", 6)), cat(names("gene", 6)), ct,
                f'scale_fill_gradient2(low="#2166ac", mid="white", high="#b2182b", {scale_args(-1, 1, ct, "ρ")})',
                theme="theme_minimal()",
                extra=legend("right") + [rot_x(45), 'geom_text(aes(label=lab), size=3.2)'],
                labels=L, title="Co-expression", xlabel=None, ylabel=None, clabel="ρ",
                size=(620, 560)))

    # ---- tiles narrower than their cells: wide gaps between them
    for n, theme, share, rows, cols in [("gg_tiles_apart_minimal", "theme_minimal()", 0.8, 6, 9),
                                        ("gg_tiles_apart_grey", "theme_grey()", 0.75, 7, 8)]:
        ct = fmt_ticks([0, 25, 50, 75, 100], ".0f")
        S.append(gg(n, "layout", f"{theme}, geom_tile(width={share}, height={share}): tiles set apart",
                    data(n, rows, cols, "smooth", 0, 100), 0, 100, cat(names("C", cols)),
                    cat(names("R", rows)), ct, f"scale_fill_viridis_c({scale_args(0, 100, ct, 'level')})",
                    theme=theme, tile=f"width={share}, height={share}", extra=legend("right"),
                    cmap="viridis", title="Tiles apart", xlabel="Column", ylabel="Row", clabel="level"))
    return S


# ============================================================================= base R

def br(name, case, notes, M, lo, hi, xt, yt, ct, breaks, cols, *, orient="vertical", **kw):
    b = dict(breaks=list(breaks), cols=list(cols))
    for k in ("ztrans", "keybreaks", "keyticks", "ratio", "mar", "keymar", "cex", "cexaxis",
              "xlas", "ylas", "textcol", "textcex", "box"):
        if k in kw:
            b[k] = kw.pop(k)
    return spec(name, "baser", case, notes, M, lo, hi, xt, yt, ct, orient=orient, b=b, **kw)


def lin(lo, hi, n):
    return [lo + (hi - lo) * i / n for i in range(n + 1)]


HKEY = dict(ratio="4, 1", mar="c(4.5, 4.5, 3, 1)", keymar="c(2.5, 6, 1.8, 6)")


def baser():
    S = []
    n = "br_viridis_key"
    ct = fmt_ticks([0, 0.25, 0.5, 0.75, 1], ".2f")
    S.append(br(n, "layout", "image() with 64 viridis colours, key drawn as a second image() "
                "in a layout() column", data(n, 8, 10, "smooth", 0, 1), 0, 1,
                cat(names("T", 10)), cat(names("num", 8)), ct, lin(0, 1, 64), ramp(VIRIDIS, 64),
                cmap="viridis", title="Attention", xlabel="Token", ylabel="Head",
                clabel="weight"))
    n = "br_hkey_bottom"
    ct = fmt_ticks([0, 20, 40, 60, 80], ".0f")
    S.append(br(n, "layout", "horizontal key below the image (layout row)",
                data(n, 6, 14, "bands", 0, 80), 0, 80, cat(names("C", 14), 2),
                cat(names("day", 6)), ct, lin(0, 80, 64), ramp(MAGMA, 64), orient="horizontal",
                cmap="magma", title="Load by cell", xlabel="Cell", ylabel="Day", clabel="kW",
                size=(720, 560), **HKEY))
    n = "br_serif_las2"
    ct = fmt_ticks([-2, -1, 0, 1, 2], ".0f")
    S.append(br(n, "layout", "serif family, las=2 (labels perpendicular to both axes)",
                data(n, 10, 12, "smooth", -2, 2), -2, 2, cat(names("month", 12)),
                cat(names("year", 10)), ct, lin(-2, 2, 64),
                ramp(["#2166ac", "#f7f7f7", "#b2182b"], 64), xlas=2, ylas=2, family="serif",
                title="Standardised anomaly", xlabel=None, ylabel=None, clabel="sd"))
    n = "br_res150"
    ct = fmt_ticks([10, 20, 30], ".0f")
    S.append(br(n, "layout", "res=150, 900x700 px, cex 0.9", data(n, 9, 9, "random", 10, 30),
                10, 30, cat(names("B", 9)), cat(names("s", 9)), ct, lin(10, 30, 64),
                ramp(["#ffffcc", "#fd8d3c", "#800026"], 64), cexaxis=0.9, ratio="4, 1.2",
                keymar="c(5, 0.5, 4, 3.5)", title="Temperature",
                xlabel="Bed", ylabel="Sample", clabel="°C", size=(900, 700), res=150))
    n = "br_na_cells"
    ct = fmt_ticks([0, 50, 100], ".0f")
    S.append(br(n, "layout", "NA cells left unpainted (white)",
                with_na(n, data(n, 8, 8, "smooth", 0, 100), 0.15), 0, 100, cat(names("w", 8)),
                cat(names("T", 8)), ct, lin(0, 100, 64), ramp(VIRIDIS, 64), cmap="viridis",
                title="Coverage", xlabel="Window", ylabel="Transect", clabel="%"))
    n = "br_1xN_small"
    ct = fmt_ticks([0, 5, 10], ".0f")
    S.append(br(n, "layout", "one row of 18 cells, horizontal key, 72 dpi",
                data(n, 1, 18, "bands", 0, 10), 0, 10, cat([str(i + 1) for i in range(18)], 3),
                [("run", 0.0)], ct, lin(0, 10, 64), ramp(VIRIDIS, 64), orient="horizontal",
                cmap="viridis", title="Per-epoch loss", xlabel="Epoch", ylabel=None,
                clabel="loss", size=(640, 320), res=72,
                **dict(HKEY, ratio="3, 1.5", keymar="c(2.5, 6, 1.8, 6)")))
    n = "br_steps_uneven"
    edges = [0, 10, 25, 50, 100]
    M, T = band_truth(data(n, 8, 10, "random", 0, 100), edges)
    S.append(br(n, "discrete", "four colours on uneven breaks, key drawn one band per colour "
                "(equal size), labels on the band edges", M, 0, 100, cat(names("C", 10)),
                cat(names("B", 8)), fmt_ticks(edges, ".0f"), edges,
                ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"], truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), title="Risk class", xlabel="Column",
                ylabel="Block", clabel="%"))
    n = "br_steps5_hkey"
    edges = [-5, -3, -1, 1, 3, 5]
    M, T = band_truth(data(n, 6, 12, "bands", -5, 5), edges)
    S.append(br(n, "discrete", "five even bands, horizontal key", M, -5, 5,
                cat(names("month", 12)), cat(names("year", 6)), fmt_ticks(edges, ".0f"), edges,
                ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"], orient="horizontal",
                truth=T, scale="discrete", bins=list(zip(edges, edges[1:])),
                title="Anomaly class", xlabel="Month", ylabel="Year", clabel="°C",
                size=(720, 560), **HKEY))
    n = "br_log_key"
    ct = fmt_ticks([1, 10, 100, 1000], "g")
    S.append(br(n, "log", "image(log10(data)), key labelled with the data values at decades",
                log_data(n, 8, 10, 1, 1000), 1, 1000, cat(names("C", 10)), cat(names("T", 8)), ct,
                lin(0, 3, 64), ramp(VIRIDIS, 64), ztrans="log10(M)",
                keyticks=[(t, math.log10(v)) for t, v in ct], scale="log", cmap="viridis",
                title="Counts", xlabel="Cell", ylabel="Gene", clabel="count"))
    n = "br_ends_key"
    ct = fmt_ticks([0, 4, 8, 12], ".0f")
    S.append(br(n, "ends", "breaks from -3.7 to 13.2, key labels 0..12 stop short",
                data(n, 7, 9, "smooth", -3.7, 13.2), -3.7, 13.2, cat(names("C", 9)),
                cat(names("T", 7)), ct, lin(-3.7, 13.2, 64), ramp(MAGMA, 64), cmap="magma",
                title="Gain", xlabel="Azimuth", ylabel="Elevation", clabel="dB"))
    n = "br_ends_hkey"
    ct = fmt_ticks([0.2, 0.4, 0.6], ".1f")
    S.append(br(n, "ends", "breaks 0.13..0.71, horizontal key labels inside the ends",
                data(n, 6, 10, "random", 0.13, 0.71), 0.13, 0.71, cat(names("w", 10)),
                cat(names("B", 6)), ct, lin(0.13, 0.71, 64), ramp(VIRIDIS, 64),
                orient="horizontal", cmap="viridis", title="Albedo", xlabel="Week",
                ylabel="Basin", clabel="albedo", size=(700, 540), **HKEY))
    n = "br_annot_decimal"
    T, L = printed(data(n, 5, 6, "random", 0, 10), ".1f")
    S.append(br(n, "annotated", "text() prints one decimal in every cell", T, 0, 10,
                cat(names("C", 6)), cat(names("B", 5)), fmt_ticks([0, 5, 10], ".0f"),
                lin(0, 10, 64), ramp(["#f7fbff", "#6baed6", "#08306b"], 64), labels=L,
                textcol="#d95f02", textcex=1.0, cmap="Blues", title="Scores", xlabel="Judge",
                ylabel="Entry", clabel="score"))
    n = "br_annot_percent"
    T, L = printed(data(n, 4, 7, "smooth", 0, 100), ".0f", "%")
    S.append(br(n, "annotated", "text() percentages ('45%')", T, 0, 100, cat(names("day", 7)),
                cat(names("T", 4)), fmt_ticks([0, 50, 100], ".0f", unit="%"), lin(0, 100, 64),
                ramp(["#ffffff", "#fcbba1", "#cb181d"], 64), labels=L, textcex=0.9,
                title="Attendance", xlabel="Day", ylabel="Team", clabel="share"))
    n = "br_annot_counts"
    T, L = printed(data(n, 5, 5, "confusion", 0, 400), ".0f")
    cls = ["oak", "ash", "elm", "yew", "fir"]
    S.append(br(n, "annotated", "integer counts printed in white (confusion matrix)", T, 0, 400,
                cat(cls), cat(cls), fmt_ticks([0, 100, 200, 300, 400], ".0f"), lin(0, 400, 64),
                ramp(VIRIDIS, 64), labels=L, textcol="white", textcex=1.1, cmap="viridis",
                title="Species confusion", xlabel="Predicted", ylabel="True", clabel="count"))
    n = "br_discrete_gray3"
    edges = [0, 0.2, 0.7, 1]
    M, T = band_truth(data(n, 7, 9, "smooth", 0, 1), edges)
    S.append(br(n, "discrete", "three grey bands on uneven breaks 0/0.2/0.7/1, key one band per "
                "colour", M, 0, 1, cat(names("T", 9)), cat(names("s", 7)), fmt_ticks(edges, "g"),
                edges, ["#f0f0f0", "#969696", "#252525"], truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), title="Signal class", xlabel="Trial",
                ylabel="Sample", clabel="level"))
    n = "br_log_hkey"
    ct = fmt_ticks([0.01, 0.1, 1, 10, 100], "g")
    S.append(br(n, "log", "image(log10(data)) 0.01..100, horizontal key with data labels",
                log_data(n, 6, 12, 0.01, 100, "bands"), 0.01, 100, cat(names("month", 12)),
                cat(names("s", 6)), ct, lin(-2, 2, 64), ramp(MAGMA, 64), ztrans="log10(M)",
                keyticks=[(t, math.log10(v)) for t, v in ct], orient="horizontal", scale="log",
                cmap="magma", title="Concentration", xlabel="Month", ylabel="Station",
                clabel="µg/L", size=(720, 560), **HKEY))
    n = "br_log_ends"
    ct = fmt_ticks([10, 100, 1000], "g")
    S.append(br(n, "log", "image(log10(data)) 3..5000, decade labels inside the ends",
                log_data(n, 9, 9, 3, 5000), 3, 5000, cat(names("B", 9)), cat(names("C", 9)), ct,
                lin(math.log10(3), math.log10(5000), 64),
                ramp(["#fff7bc", "#fe9929", "#662506"], 64), ztrans="log10(M)",
                keyticks=[(t, math.log10(v)) for t, v in ct], scale="log", title="Cases",
                xlabel="District", ylabel="Row", clabel="cases"))
    n = "br_ends_div"
    ct = fmt_ticks([-20, -10, 0, 10], ".0f")
    S.append(br(n, "ends", "breaks -27..18 diverging, labels -20..10",
                data(n, 8, 12, "bands", -27, 18), -27, 18, cat(names("month", 12)),
                cat(names("year", 8)), ct, lin(-27, 18, 64),
                ramp(["#2166ac", "#f7f7f7", "#b2182b"], 64), title="Minimum temperature",
                xlabel="Month", ylabel="Year", clabel="°C", size=(800, 480)))
    # 800 px wide: at 640 base R's axis() drops every other month name (they would
    # overlap), which the truth lists.
    return S


# ============================================================================= lattice

def lt(name, case, notes, M, lo, hi, xt, yt, ct, at, cols, *, space="right", **kw):
    l_ = dict(at=list(at), cols=list(cols), space=space)
    for k in ("ztrans", "keylabat", "xrot", "yrot", "cex", "fontsize", "textcol", "textcex"):
        if k in kw:
            l_[k] = kw.pop(k)
    orient = "horizontal" if space in ("top", "bottom") else "vertical"
    return spec(name, "lattice", case, notes, M, lo, hi, xt, yt, ct, orient=orient, l=l_, **kw)


def lattice():
    S = []
    n = "lt_viridis_right"
    ct = fmt_ticks([0, 0.25, 0.5, 0.75, 1], ".2f")
    S.append(lt(n, "layout", "levelplot, 100 cuts (near-continuous key), key on the right",
                data(n, 8, 10, "smooth", 0, 1), 0, 1, cat(names("T", 10)), cat(names("num", 8)),
                ct, lin(0, 1, 100), ramp(VIRIDIS, 100), cmap="viridis", title="Attention",
                xlabel="Token", ylabel="Head", clabel="weight"))
    n = "lt_key_bottom"
    ct = fmt_ticks([0, 20, 40, 60], ".0f")
    S.append(lt(n, "layout", "colorkey space='bottom' (horizontal), 100 cuts",
                data(n, 6, 14, "bands", 0, 60), 0, 60, cat(names("C", 14), 2),
                cat(names("day", 6)), ct, lin(0, 60, 100), ramp(MAGMA, 100), space="bottom",
                cmap="magma", title="Load", xlabel="Cell", ylabel="Day", size=(720, 520)))
    n = "lt_key_top_rot"
    ct = fmt_ticks([-2, -1, 0, 1, 2], ".0f")
    S.append(lt(n, "layout", "colorkey on top, x labels rotated 45°",
                data(n, 9, 12, "smooth", -2, 2), -2, 2, cat(names("month", 12)),
                cat(names("year", 9)), ct, lin(-2, 2, 100),
                ramp(["#2166ac", "#f7f7f7", "#b2182b"], 100), space="top", xrot=45,
                title="Anomaly", xlabel="Month", ylabel="Year", size=(700, 600)))
    n = "lt_big_text"
    ct = fmt_ticks([10, 20, 30], ".0f")
    S.append(lt(n, "layout", "fontsize 14, labels cex 1", data(n, 6, 6, "random", 10, 30), 10, 30,
                cat(names("B", 6)), cat(names("s", 6)), ct, lin(10, 30, 100),
                ramp(["#ffffcc", "#fd8d3c", "#800026"], 100), fontsize=14, cex=1,
                title="Temperature", xlabel="Bed", ylabel="Sample", clabel="°C",
                size=(640, 560)))
    n = "lt_na_large"
    ct = fmt_ticks([-40, -20, 0, 20, 40], ".0f")
    S.append(lt(n, "layout", "30x50 cells with 10% NA (blank), every 10th/5th labelled",
                with_na(n, data(n, 30, 50, "smooth", -40, 40), 0.1), -40, 40,
                [(str(i), float(i)) for i in range(0, 50, 10)],
                [(str(i), float(i)) for i in range(0, 30, 5)], ct, lin(-40, 40, 100),
                ramp(VIRIDIS, 100), cmap="viridis", title="Field with gaps", xlabel="x",
                ylabel="y", size=(860, 600)))
    n = "lt_discrete_5"
    edges = [0, 20, 40, 60, 80, 100]
    M, T = band_truth(data(n, 8, 10, "smooth", 0, 100), edges)
    S.append(lt(n, "discrete", "levelplot with 5 even cuts: a stepped key, labels on the cuts",
                M, 0, 100, cat(names("C", 10)), cat(names("B", 8)), fmt_ticks(edges, ".0f"),
                edges, ramp(VIRIDIS, 5), truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), cmap="viridis", title="Five classes",
                xlabel="Column", ylabel="Block", clabel="class"))
    n = "lt_discrete_uneven"
    edges = [0, 5, 15, 30, 50]
    M, T = band_truth(data(n, 7, 9, "random", 0, 50), edges)
    S.append(lt(n, "discrete", "uneven cuts 0/5/15/30/50 (key drawn to scale)", M, 0, 50,
                cat(names("w", 9)), cat(names("T", 7)), fmt_ticks(edges, ".0f"), edges,
                ["#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"], truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), title="Dose class", xlabel="Week",
                ylabel="Transect", clabel="mg"))
    n = "lt_discrete_bottom"
    edges = [-3, -1.5, 0, 1.5, 3]
    M, T = band_truth(data(n, 6, 12, "bands", -3, 3), edges)
    S.append(lt(n, "discrete", "4 cuts, key at the bottom", M, -3, 3, cat(names("month", 12)),
                cat(names("year", 6)), fmt_ticks(edges, ".1f"), edges,
                ["#0571b0", "#92c5de", "#f4a582", "#ca0020"], space="bottom", truth=T,
                scale="discrete", bins=list(zip(edges, edges[1:])), title="Anomaly class",
                xlabel="Month", ylabel="Year", size=(700, 520)))
    n = "lt_log"
    ct = fmt_ticks([1, 10, 100, 1000], "g")
    S.append(lt(n, "log", "levelplot of log10(data), key labelled with data values",
                log_data(n, 8, 10, 1, 1000), 1, 1000, cat(names("C", 10)), cat(names("T", 8)), ct,
                lin(0, 3, 100), ramp(VIRIDIS, 100), ztrans="log10(d$v)",
                keylabat=[math.log10(v) for _, v in ct], scale="log", cmap="viridis",
                title="Counts", xlabel="Cell", ylabel="Gene", clabel="count"))
    n = "lt_ends"
    ct = fmt_ticks([0, 4, 8, 12], ".0f")
    S.append(lt(n, "ends", "cuts from -3.7 to 13.2, key labels 0..12 stop short",
                data(n, 7, 9, "smooth", -3.7, 13.2), -3.7, 13.2, cat(names("C", 9)),
                cat(names("T", 7)), ct, lin(-3.7, 13.2, 100), ramp(MAGMA, 100), cmap="magma",
                title="Gain", xlabel="Azimuth", ylabel="Elevation", clabel="dB"))
    n = "lt_ends_bottom"
    ct = fmt_ticks([0.2, 0.4, 0.6], ".1f")
    S.append(lt(n, "ends", "cuts 0.13..0.71, key at the bottom", data(n, 6, 10, "random", 0.13,
                                                                     0.71),
                0.13, 0.71, cat(names("w", 10)), cat(names("B", 6)), ct, lin(0.13, 0.71, 100),
                ramp(VIRIDIS, 100), space="bottom", cmap="viridis", title="Albedo",
                xlabel="Week", ylabel="Basin", size=(700, 520)))
    n = "lt_annot"
    T, L = printed(data(n, 5, 6, "random", 0, 10), ".1f")
    S.append(lt(n, "annotated", "panel.text prints one decimal in every cell", T, 0, 10,
                cat(names("C", 6)), cat(names("B", 5)), fmt_ticks([0, 5, 10], ".0f"),
                lin(0, 10, 100), ramp(["#f7fbff", "#6baed6", "#08306b"], 100), labels=L,
                textcol="#d95f02", textcex=1.0, cmap="Blues", title="Scores", xlabel="Judge",
                ylabel="Entry", clabel="score"))
    n = "lt_annot_percent"
    T, L = printed(data(n, 4, 6, "smooth", 0, 100), ".0f", "%")
    S.append(lt(n, "annotated", "panel.text percentages ('45%')", T, 0, 100,
                cat(names("day", 6)), cat(names("T", 4)), fmt_ticks([0, 50, 100], ".0f", unit="%"),
                lin(0, 100, 100), ramp(["#ffffff", "#fcbba1", "#cb181d"], 100), labels=L,
                textcex=0.9, title="Attendance", xlabel="Day", ylabel="Team"))
    n = "lt_annot_counts"
    T, L = printed(data(n, 5, 5, "confusion", 0, 400), ".0f")
    cls = ["oak", "ash", "elm", "yew", "fir"]
    S.append(lt(n, "annotated", "integer counts printed in white (confusion matrix)", T, 0, 400,
                cat(cls), cat(cls), fmt_ticks([0, 100, 200, 300, 400], ".0f"), lin(0, 400, 100),
                ramp(VIRIDIS, 100), labels=L, textcol="white", textcex=1.1, cmap="viridis",
                title="Species confusion", xlabel="Predicted", ylabel="True", clabel="count"))
    n = "lt_log_bottom"
    ct = fmt_ticks([0.001, 0.01, 0.1, 1], "g")
    S.append(lt(n, "log", "levelplot of log10(data) 0.001..1, key at the bottom",
                log_data(n, 6, 14, 0.001, 1, "bands"), 0.001, 1, cat(names("C", 14), 2),
                cat(names("day", 6)), ct, lin(-3, 0, 100), ramp(MAGMA, 100),
                ztrans="log10(d$v)", keylabat=[math.log10(v) for _, v in ct], space="bottom",
                scale="log", cmap="magma", title="p-values", xlabel="Contrast", ylabel="Day",
                size=(720, 520)))
    n = "lt_log_ends"
    ct = fmt_ticks([10, 100, 1000], "g")
    S.append(lt(n, "log", "levelplot of log10(data) 2..5000, decade labels inside the ends",
                log_data(n, 9, 9, 2, 5000), 2, 5000, cat(names("B", 9)), cat(names("C", 9)), ct,
                lin(math.log10(2), math.log10(5000), 100),
                ramp(["#fff7bc", "#fe9929", "#662506"], 100), ztrans="log10(d$v)",
                keylabat=[math.log10(v) for _, v in ct], scale="log", title="Particle counts",
                xlabel="Bin", ylabel="Row", clabel="per cm³"))
    n = "lt_ends_div"
    ct = fmt_ticks([-20, -10, 0, 10], ".0f")
    S.append(lt(n, "ends", "cuts -27..18 diverging, labels -20..10",
                data(n, 8, 12, "bands", -27, 18), -27, 18, cat(names("month", 12)),
                cat(names("year", 8)), ct, lin(-27, 18, 100),
                ramp(["#2166ac", "#f7f7f7", "#b2182b"], 100), title="Minimum temperature",
                xlabel="Month", ylabel="Year", clabel="°C"))
    return S


# ============================================================================= pheatmap

def ph(name, case, notes, M, lo, hi, rown, coln, ct, breaks, cols, *, every_row=1, every_col=1,
       **kw):
    p = dict(breaks=list(breaks), cols=list(cols), rownames=list(rown), colnames=list(coln))
    for k in ("fontsize", "border", "na_col", "angle_col", "extra", "fontsize_number",
              "number_color"):
        if k in kw:
            p[k] = kw.pop(k)
    xt = cat(coln, every_col)
    yt = cat(rown, every_row)
    if every_row > 1:
        rown = [t if i % every_row == 0 else "" for i, t in enumerate(rown)]
        p["rownames"] = rown
    if every_col > 1:
        p["colnames"] = [t if i % every_col == 0 else "" for i, t in enumerate(coln)]
    return spec(name, "pheatmap", case, notes, M, lo, hi, xt, yt, ct, p=p, **kw)


def pheatmap():
    S = []
    n = "ph_viridis_default"
    ct = fmt_ticks([0, 0.25, 0.5, 0.75, 1], ".2f")
    S.append(ph(n, "layout", "100 viridis colours, grey60 cell borders, names right/bottom",
                data(n, 8, 10, "smooth", 0, 1), 0, 1, names("gene", 8), names("s", 10), ct,
                lin(0, 1, 100), ramp(VIRIDIS, 100), cmap="viridis", title="Expression"))
    n = "ph_white_border_45"
    ct = fmt_ticks([-2, -1, 0, 1, 2], ".0f")
    S.append(ph(n, "layout", "white cell borders, column names at 45°",
                data(n, 10, 12, "bands", -2, 2), -2, 2, names("gene", 10), names("month", 12), ct,
                lin(-2, 2, 100), ramp(["#313695", "#ffffbf", "#a50026"], 100), border="white",
                angle_col="45", title="Seasonal z-score"))
    n = "ph_no_border_fs14"
    ct = fmt_ticks([0, 10, 20, 30], ".0f")
    S.append(ph(n, "layout", "no borders, fontsize 14", data(n, 6, 8, "smooth", 0, 30), 0, 30,
                names("T", 6), names("C", 8), ct, lin(0, 30, 100), ramp(MAGMA, 100),
                border=None, fontsize=14, cmap="magma", title="Yield", size=(700, 560)))
    n = "ph_cellwidth"
    ct = fmt_ticks([0, 50, 100], ".0f")
    S.append(ph(n, "layout", "cellwidth=24, cellheight=16: the map does not fill the figure",
                data(n, 7, 9, "random", 0, 100), 0, 100, names("B", 7), names("w", 9), ct,
                lin(0, 100, 100), ramp(VIRIDIS, 100), extra="cellwidth=24, cellheight=16,",
                cmap="viridis", title="Fixed cell size"))
    n = "ph_na_angle90"
    ct = fmt_ticks([5, 10, 15, 20], ".0f")
    S.append(ph(n, "layout", "NA cells in na_col, column names at 90°",
                with_na(n, data(n, 9, 9, "smooth", 5, 20), 0.12), 5, 20, names("s", 9),
                names("day", 7) + ["Avg", "Max"], ct, lin(5, 20, 100),
                ramp(["#ffffcc", "#41b6c4", "#253494"], 100), na_col="#ffffff",
                angle_col="90", title="Depth with gaps"))
    n = "ph_large_30x40"
    ct = fmt_ticks([-1, 0, 1], ".0f")
    S.append(ph(n, "layout", "30x40, every 5th row/col named, fontsize 8",
                data(n, 30, 40, "smooth", -1, 1), -1, 1, [f"g{i + 1}" for i in range(30)],
                [f"c{i + 1}" for i in range(40)], ct, lin(-1, 1, 100),
                ramp(["#2166ac", "#f7f7f7", "#b2182b"], 100), every_row=5, every_col=5,
                border=None, fontsize=8, title="Large matrix", size=(800, 700)))
    n = "ph_legend_labels_units"
    ct = [("0 µm", 0.0), ("5 µm", 5.0), ("10 µm", 10.0), ("15 µm", 15.0)]
    S.append(ph(n, "layout", "legend_breaks with legend_labels carrying a unit (µm)",
                data(n, 6, 10, "smooth", 0, 15), 0, 15, names("C", 6), names("T", 10), ct,
                lin(0, 15, 100), ramp(VIRIDIS, 100), cmap="viridis", title="Pore size"))
    n = "ph_discrete_uneven"
    edges = [0, 10, 25, 50, 100]
    M, T = band_truth(data(n, 8, 10, "random", 0, 100), edges)
    S.append(ph(n, "discrete", "breaks 0/10/25/50/100 with 4 colours (legend drawn to scale)",
                M, 0, 100, names("B", 8), names("C", 10), fmt_ticks(edges, ".0f"), edges,
                ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"], truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), title="Risk class"))
    n = "ph_discrete_5"
    edges = [-5, -3, -1, 1, 3, 5]
    M, T = band_truth(data(n, 7, 12, "bands", -5, 5), edges)
    S.append(ph(n, "discrete", "5 even bands, diverging", M, -5, 5, names("year", 7),
                names("month", 12), fmt_ticks(edges, ".0f"), edges,
                ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"], truth=T,
                scale="discrete", bins=list(zip(edges, edges[1:])), title="Anomaly class"))
    n = "ph_discrete_3"
    edges = [0, 0.05, 0.5, 1]
    M, T = band_truth(data(n, 6, 8, "random", 0, 1), edges)
    S.append(ph(n, "discrete", "3 uneven bands with labelled edges, white borders", M, 0, 1,
                names("gene", 6), names("s", 8), fmt_ticks(edges, "g"), edges,
                ["#1a9850", "#fee08b", "#d73027"], border="white", truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), title="Significance"))
    n = "ph_ends"
    ct = fmt_ticks([0, 4, 8, 12], ".0f")
    S.append(ph(n, "ends", "breaks -3.7..13.2, legend labels 0..12 stop short",
                data(n, 7, 9, "smooth", -3.7, 13.2), -3.7, 13.2, names("T", 7), names("C", 9),
                ct, lin(-3.7, 13.2, 100), ramp(MAGMA, 100), cmap="magma", title="Gain"))
    n = "ph_ends_narrow"
    ct = fmt_ticks([0.2, 0.4, 0.6], ".1f")
    S.append(ph(n, "ends", "breaks 0.13..0.71, legend labels inside the ends",
                data(n, 6, 10, "random", 0.13, 0.71), 0.13, 0.71, names("B", 6), names("w", 10),
                ct, lin(0.13, 0.71, 100), ramp(VIRIDIS, 100), cmap="viridis", title="Albedo"))
    n = "ph_ends_div"
    ct = fmt_ticks([-20, -10, 0, 10], ".0f")
    S.append(ph(n, "ends", "breaks -27..18, diverging", data(n, 8, 12, "bands", -27, 18), -27, 18,
                names("year", 8), names("month", 12), ct, lin(-27, 18, 100),
                ramp(["#2166ac", "#f7f7f7", "#b2182b"], 100), title="Minimum temperature"))
    n = "ph_numbers_decimal"
    T, L = printed(data(n, 5, 6, "random", 0, 10), ".1f")
    S.append(ph(n, "annotated", "display_numbers with one decimal", T, 0, 10, names("B", 5),
                names("C", 6), fmt_ticks([0, 5, 10], ".0f"), lin(0, 10, 100),
                ramp(["#f7fbff", "#6baed6", "#08306b"], 100), labels=L, number_color="#d95f02",
                fontsize_number=11, cmap="Blues", title="Scores"))
    n = "ph_numbers_percent"
    T, L = printed(data(n, 4, 6, "smooth", 0, 100), ".0f", "%")
    S.append(ph(n, "annotated", "display_numbers as percentages ('45%')", T, 0, 100,
                names("T", 4), names("day", 6), fmt_ticks([0, 50, 100], ".0f", unit="%"),
                lin(0, 100, 100), ramp(["#ffffff", "#fcbba1", "#cb181d"], 100), labels=L,
                fontsize_number=10, number_color="black", title="Attendance"))
    n = "ph_numbers_counts"
    T, L = printed(data(n, 5, 5, "confusion", 0, 300), ".0f")
    cls = ["ant", "bee", "fly", "moth", "wasp"]
    S.append(ph(n, "annotated", "integer counts (confusion matrix)", T, 0, 300, cls, cls,
                fmt_ticks([0, 100, 200, 300], ".0f"), lin(0, 300, 100), ramp(VIRIDIS, 100),
                labels=L, number_color="white", fontsize_number=12, cmap="viridis",
                title="Confusion"))
    return S
