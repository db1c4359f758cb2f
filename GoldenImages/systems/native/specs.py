"""specs.py - the figures of the native corpus, one spec dict each.

A spec holds the data matrix M handed to the renderer, the truth matrix (M
itself, band midpoints for stepped scales, or the printed numbers), the texts
and tick lists passed to the renderer verbatim, the colour-scale ends, and a
system-specific block ("g" ggplot2, "b" base R, "l" lattice, "p" pheatmap,
"gp" gnuplot, "o" Octave) that native/renderers.py turns into a script.
Every figure's random data is seeded with the crc32 of its name.
"""
import math
import zlib

import numpy as np

import heatlib as H

MINUS = "\u2212"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
GENES = ["TP53", "BRCA1", "EGFR", "MYC", "KRAS", "PTEN", "CDK4", "RB1", "AKT1", "VEGFA",
         "ERBB2", "ALK", "BRAF", "JAK2", "NRAS", "IDH1"]
VIRIDIS = ["#440154", "#482878", "#3e4a89", "#31688e", "#26828e", "#1f9e89", "#35b779",
           "#6dcd59", "#b4de2c", "#fde725"]
MAGMA = ["#000004", "#1c1044", "#4f127b", "#812581", "#b5367a", "#e55064", "#fb8761",
         "#fec287", "#fcfdbf"]


def ramp(hexes, n):
    """n colours evenly along the piecewise-linear ramp through hexes."""
    rgb = np.array([[int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in hexes], float)
    t = np.linspace(0, len(hexes) - 1, n)
    out = []
    for x in t:
        k = min(int(x), len(hexes) - 2)
        c = rgb[k] + (x - k) * (rgb[k + 1] - rgb[k])
        out.append("#%02x%02x%02x" % tuple(int(round(v)) for v in c))
    return out


def seed(name):
    return zlib.crc32(name.encode())


def data(name, rows, cols, kind, lo, hi, sig=4):
    return H.pattern(seed(name), rows, cols, kind, lo, hi, sig)


def log_data(name, rows, cols, lo, hi, kind="smooth"):
    """Data spread evenly in log10 between lo and hi (4 significant digits)."""
    z = H.pattern(seed(name), rows, cols, kind, math.log10(lo), math.log10(hi), 6)
    return np.array([[float(f"{10 ** v:.4g}") for v in row] for row in z])


def with_na(name, M, frac):
    rng = np.random.default_rng(seed(name) + 7)
    M = M.copy()
    M[rng.uniform(size=M.shape) < frac] = np.nan
    return M


def band_truth(M, edges):
    """(M nudged off the band edges, truth = midpoint of each value's band)."""
    M = M.copy()
    T = np.full(M.shape, np.nan)
    span = edges[-1] - edges[0]
    for idx, v in np.ndenumerate(M):
        if not math.isfinite(v):
            continue
        for e in edges[1:-1]:
            if abs(v - e) < 1e-3 * span:
                v = float(f"{e + 2e-3 * span:.6g}")
        M[idx] = v
        k = int(np.clip(np.searchsorted(edges, v, side="left") - 1, 0, len(edges) - 2))
        T[idx] = (edges[k] + edges[k + 1]) / 2
    return M, T


def printed(M, fmt, unit="", minus="-"):
    """(numbers as printed, their label strings): the data rounded by fmt."""
    labels, T = [], np.full(M.shape, np.nan)
    for r in range(M.shape[0]):
        row = []
        for c in range(M.shape[1]):
            v = M[r, c]
            if not math.isfinite(v):
                row.append("")
                continue
            t = format(v, fmt)
            if float(t) == 0:
                t = t.lstrip("-")
            T[r, c] = float(t)
            row.append(t.replace("-", minus) + unit)
        labels.append(row)
    return T, labels


def cat(labels, every=1):
    return [(t, float(i)) for i, t in enumerate(labels) if i % every == 0]


def edge_ticks(n, step, start=0):
    """Numeric tick labels on cell edges: value k*step sits at edge position k - 0.5."""
    return [(str(start + k), k - 0.5) for k in range(0, n + 1, step)]


def fmt_ticks(values, fmt, minus="-", unit=""):
    return [(H.fmt_ticks([v], fmt, minus)[0][0] + unit, float(v)) for v in values]


def names(kind, n):
    if kind == "T":
        return [f"T{i + 1}" for i in range(n)]
    if kind == "s":
        return [f"s{i + 1:02d}" for i in range(n)]
    if kind == "C":
        return [f"C{i + 1}" for i in range(n)]
    if kind == "B":
        return [f"B{i + 1}" for i in range(n)]
    if kind == "w":
        return [f"w{10 * (i + 1)}" for i in range(n)]
    if kind == "month":
        return MONTHS[:n]
    if kind == "day":
        return DAYS[:n]
    if kind == "gene":
        return GENES[:n]
    if kind == "year":
        return [str(2001 + i) for i in range(n)]
    return [str(i) for i in range(n)]


def spec(name, system, case, notes, M, vmin, vmax, xticks, yticks, cticks, *, truth=None,
         orient="vertical", scale="linear", cmap=None, title=None, xlabel=None, ylabel=None,
         clabel=None, bins=None, labels=None, size=(640, 480), res=None, **kw):
    s = dict(name=name, system=system, case=case, notes=notes, M=np.asarray(M, float),
             truth=np.asarray(M if truth is None else truth, float), vmin=float(vmin),
             vmax=float(vmax), xticks=xticks, yticks=yticks, cticks=cticks, orient=orient,
             scale=scale, cmap_name=cmap, title=title, xlabel=xlabel, ylabel=ylabel,
             clabel=clabel, bins=bins, labels=labels, annot=labels is not None, size=size,
             res=res)
    s.update(kw)
    return s


def all_specs():
    from native import spec_gnuplot, spec_octave, spec_r
    return (spec_r.ggplot2() + spec_r.baser() + spec_r.lattice() + spec_r.pheatmap()
            + spec_gnuplot.gnuplot() + spec_octave.octave())
