"""spec_octave.py - figure specs for GNU Octave (imagesc + colorbar, printed to PNG)."""
import math

from native.specs import (band_truth, cat, data, fmt_ticks, log_data,
                          names, printed, spec, with_na)


def oc(name, case, notes, M, lo, hi, xt, yt, ct, colormap, *, location="eastoutside", **kw):
    o = dict(cmap=colormap, location=location)
    for k in ("fontsize", "font", "ztrans", "clim", "ctickpos", "textcol", "textsize"):
        if k in kw:
            o[k] = kw.pop(k)
    orient = "horizontal" if location in ("southoutside", "northoutside") else "vertical"
    return spec(name, "octave", case, notes, M, lo, hi, xt, yt, ct, orient=orient, o=o, **kw)


def octave():
    S = []
    # ---- layout
    n = "oc_viridis_east"
    ct = fmt_ticks([0, 0.25, 0.5, 0.75, 1], ".2f")
    S.append(oc(n, "layout", "imagesc, viridis(64), colorbar eastoutside",
                data(n, 8, 10, "smooth", 0, 1), 0, 1, cat(names("T", 10)), cat(names("num", 8)),
                ct, "viridis(64)", cmap="viridis", title="Attention map", xlabel="Token",
                ylabel="Head", clabel="weight"))
    n = "oc_jet_south"
    ct = fmt_ticks([0, 20, 40, 60], ".0f")
    S.append(oc(n, "layout", "jet(64), colorbar southoutside (horizontal)",
                data(n, 6, 12, "bands", 0, 60), 0, 60, cat(names("month", 12)),
                cat(names("year", 6)), ct, "jet(64)", location="southoutside", cmap="jet",
                title="Monthly rainfall", xlabel="Month", ylabel="Year", clabel="mm",
                size=(720, 520)))
    n = "oc_hot_west"
    ct = fmt_ticks([0, 100, 200, 300], ".0f")
    S.append(oc(n, "layout", "hot(64), colorbar westoutside", data(n, 9, 9, "smooth", 0, 300),
                0, 300, cat(names("C", 9)), cat(names("B", 9)), ct, "hot(64)",
                location="westoutside", cmap="hot", title="Heat flux", xlabel="Column",
                ylabel="Row", clabel="W/m²"))
    n = "oc_gray_north"
    ct = fmt_ticks([-1, 0, 1], ".0f")
    S.append(oc(n, "layout", "gray(64), colorbar northoutside", data(n, 7, 14, "smooth", -1, 1),
                -1, 1, cat(names("s", 14), 2), cat(names("day", 7)), ct, "gray(64)",
                location="northoutside", cmap="gray", title=None, xlabel="Sample",
                ylabel="Day", clabel="signal", size=(720, 500)))
    n = "oc_cool_1xN"
    ct = fmt_ticks([0, 5, 10], ".0f")
    S.append(oc(n, "layout", "one row of 20 cells, cool(64)", data(n, 1, 20, "bands", 0, 10),
                0, 10, cat([str(i + 1) for i in range(20)], 4), [("A", 0.0)], ct, "cool(64)",
                location="southoutside", cmap="cool", title="Stage loss", xlabel="Stage",
                ylabel=None, clabel="loss", size=(760, 300)))
    n = "oc_large_40x80"
    ct = fmt_ticks([-2, -1, 0, 1, 2], ".0f")
    S.append(oc(n, "layout", "40x80 cells, every 10th labelled", data(n, 40, 80, "smooth", -2, 2),
                -2, 2, [(str(i), float(i)) for i in range(0, 80, 10)],
                [(str(i), float(i)) for i in range(0, 40, 10)], ct, "viridis(256)",
                cmap="viridis", title="Field", xlabel="x", ylabel="y", clabel="value",
                size=(900, 560)))
    n = "oc_nan_masked"
    ct = fmt_ticks([0, 5, 10, 15, 20], ".0f")
    S.append(oc(n, "layout", "NaN cells masked by light-grey patches, jet, 12 months",
                with_na(n, data(n, 8, 12, "random", 0, 20), 0.12), 0, 20,
                cat(names("month", 12)), cat(names("year", 8)), ct, "jet(64)",
                cmap="jet", title="Gaps in the record", xlabel="Month", ylabel="Year",
                clabel="count"))
    n = "oc_bigfont_Nx1"
    ct = fmt_ticks([0, 50, 100], ".0f")
    S.append(oc(n, "layout", "one column of 16 cells, 13 pt text, no axis titles", data(n, 16, 1, "smooth", 0, 100),
                0, 100, [("share", 0.0)], cat(names("gene", 16), 2), ct, "viridis(64)",
                fontsize=13, cmap="viridis", title="Share", xlabel=None, ylabel=None,
                clabel="%", size=(600, 640)))

    # ---- discrete
    n = "oc_viridis5_steps"
    edges = [0, 20, 40, 60, 80, 100]
    M, T = band_truth(data(n, 8, 10, "smooth", 0, 100), edges)
    S.append(oc(n, "discrete", "colormap viridis(5): five flat bands, ticks on band edges",
                M, 0, 100, cat(names("C", 10)), cat(names("B", 8)), fmt_ticks(edges, ".0f"),
                "viridis(5)", truth=T, scale="discrete", bins=list(zip(edges, edges[1:])),
                cmap="viridis", title="Five classes", xlabel="Column", ylabel="Block",
                clabel="class"))
    n = "oc_jet6_south"
    edges = [-3, -2, -1, 0, 1, 2, 3]
    M, T = band_truth(data(n, 6, 12, "bands", -3, 3), edges)
    S.append(oc(n, "discrete", "jet(6) with a horizontal colorbar", M, -3, 3,
                cat(names("month", 12)), cat(names("year", 6)), fmt_ticks(edges, ".0f"),
                "jet(6)", location="southoutside", truth=T, scale="discrete",
                bins=list(zip(edges, edges[1:])), cmap="jet", title="Anomaly class",
                xlabel="Month", ylabel="Year", clabel="sd", size=(720, 520)))
    n = "oc_gray4"
    edges = [0, 0.25, 0.5, 0.75, 1]
    M, T = band_truth(data(n, 7, 7, "random", 0, 1), edges)
    S.append(oc(n, "discrete", "gray(4): quartile bands", M, 0, 1, cat(names("T", 7)),
                cat(names("s", 7)), fmt_ticks(edges, ".2f"), "gray(4)", truth=T,
                scale="discrete", bins=list(zip(edges, edges[1:])), cmap="gray",
                title="Quartiles", xlabel="Trial", ylabel="Sample", clabel=None))

    # ---- log: imagesc of log10(data), colour bar labelled with the data values
    for n, lo, hi, tv, cm, cmn, loc in (
            ("oc_log_decades", 1, 1000, [1, 10, 100, 1000], "viridis(64)", "viridis",
             "eastoutside"),
            ("oc_log_hot", 0.01, 100, [0.01, 0.1, 1, 10, 100], "hot(64)", "hot", "eastoutside"),
            ("oc_log_south_ends", 3, 5000, [10, 100, 1000], "jet(64)", "jet", "southoutside")):
        ct = fmt_ticks(tv, "g")
        S.append(oc(n, "log", f"imagesc(log10(data)) {lo}..{hi}, colour bar labelled with data "
                    "values at their log positions", log_data(n, 7, 10, lo, hi), lo, hi,
                    cat(names("C", 10)), cat(names("T", 7)), ct, cm, location=loc,
                    ztrans="log10(M)", clim=(math.log10(lo), math.log10(hi)),
                    ctickpos=[math.log10(v) for v in tv], scale="log", cmap=cmn,
                    title="Counts", xlabel="Cell", ylabel="Gene", clabel="count",
                    size=(700, 520) if loc == "southoutside" else (640, 480)))

    # ---- ends
    n = "oc_ends_viridis"
    S.append(oc(n, "ends", "caxis [-3.7 13.2], ticks 0:4:12 stop short of the ends",
                data(n, 8, 9, "smooth", -3.7, 13.2), -3.7, 13.2, cat(names("C", 9)),
                cat(names("T", 8)), fmt_ticks([0, 4, 8, 12], ".0f"), "viridis(64)",
                cmap="viridis", title="Gain", xlabel="Azimuth", ylabel="Elevation",
                clabel="dB"))
    n = "oc_ends_jet_south"
    S.append(oc(n, "ends", "caxis [0.13 0.71], horizontal bar, ticks 0.2/0.4/0.6",
                data(n, 6, 10, "random", 0.13, 0.71), 0.13, 0.71, cat(names("w", 10)),
                cat(names("B", 6)), fmt_ticks([0.2, 0.4, 0.6], ".1f"), "jet(64)",
                location="southoutside", cmap="jet", title="Albedo", xlabel="Week",
                ylabel="Basin", clabel="albedo", size=(700, 500)))
    n = "oc_ends_hot"
    S.append(oc(n, "ends", "caxis [-27 18], minus as ASCII hyphen", data(n, 7, 12, "bands", -27, 18),
                -27, 18, cat(names("month", 12)), cat(names("year", 7)),
                fmt_ticks([-20, -10, 0, 10], ".0f"), "hot(64)", cmap="hot",
                title="Minimum temperature", xlabel="Month", ylabel="Year", clabel="°C"))

    # ---- annotated
    n = "oc_annot_decimal"
    T, L = printed(data(n, 5, 6, "random", 0, 10), ".1f")
    S.append(oc(n, "annotated", "text() with one decimal in every cell", T, 0, 10,
                cat(names("C", 6)), cat(names("B", 5)), fmt_ticks([0, 5, 10], ".0f"), "gray(64)",
                labels=L, textcol="[0.8 0 0]", cmap="gray", title="Scores", xlabel="Judge",
                ylabel="Entry", clabel="score"))
    n = "oc_annot_percent"
    T, L = printed(data(n, 4, 6, "smooth", 0, 100), ".0f", "%")
    S.append(oc(n, "annotated", "text() percentages ('45%')", T, 0, 100, cat(names("day", 6)),
                cat(names("T", 4)), fmt_ticks([0, 50, 100], ".0f", unit="%"), "cool(64)",
                labels=L, textsize=10, cmap="cool", title="Attendance", xlabel="Day",
                ylabel="Team", clabel="share"))
    n = "oc_annot_counts"
    T, L = printed(data(n, 5, 5, "confusion", 0, 300), ".0f")
    cls = ["ant", "bee", "fly", "moth", "wasp"]
    S.append(oc(n, "annotated", "integer counts (confusion matrix)", T, 0, 300, cat(cls),
                cat(cls), fmt_ticks([0, 100, 200, 300], ".0f"), "viridis(64)", labels=L,
                textcol="[1 1 1]", textsize=10, cmap="viridis", title="Confusion",
                xlabel="Predicted", ylabel="True", clabel="count"))
    return S
