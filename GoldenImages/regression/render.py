#!/usr/bin/env python3
"""render.py - regenerate the regression renders used by `figscribe check` / `compare` tests.

One base heatmap and variants of it, all drawn with matplotlib:

  same data (must match the base):  dpi, size, font
  changed (must differ, named):     cell (gamma x Thu moved by 10 % of the range),
                                    scale_max (colour-scale max 100 -> 120),
                                    labels (Mon -> Monday, beta -> theta),
                                    transposed (the 6x8 matrix drawn as 8x6)

And a figure of two panels sharing one colour bar, with variants of it:

  same data (must match):           panels, panels_dpi
  changed (must differ, named):     panels_cell (panel 2's gamma x Thu moved by 10 %),
                                    panels_three (a third panel added)

Also writes base.values.csv (a plain matrix of the data) and base.labelled.csv (the tool's
CSV layout: y label and column labels, then one labelled row per grid row).

Pinned: matplotlib==3.11.2 seaborn==0.13.2 pandas==3.1.1 pillow==13.0.0 numpy (any 2.x).

    python3 GoldenImages/regression/render.py          # all
    python3 GoldenImages/regression/render.py --list
"""
import argparse
import csv
import io
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
PINS = {"matplotlib": "3.11.2", "PIL": "13.0.0"}
ROWS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
COLUMNS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Hol"]
RANGE = (0.0, 100.0)


def base_matrix():
    """A 6x8 matrix of smooth, varied values in 10..90, rounded to 0.1."""
    rng = np.random.default_rng(20261201)
    r = np.arange(6)[:, None]
    c = np.arange(8)[None, :]
    m = 50 + 25 * np.sin(r * 0.9 + 0.3) * np.cos(c * 0.7) + rng.uniform(-12, 12, (6, 8))
    return np.round(np.clip(m, 10, 90), 1)


def variants():
    m = base_matrix()
    base = dict(M=m, rows=ROWS, columns=COLUMNS, size=(6.4, 4.8), dpi=100,
                font="DejaVu Sans", vmax=RANGE[1])
    out = {"base": (base, "the reference render")}
    out["dpi"] = (dict(base, dpi=130), "same data at 130 dpi")
    out["size"] = (dict(base, size=(8.0, 5.2)), "same data at another figure size")
    out["font"] = (dict(base, font="DejaVu Serif"), "same data in another font (DejaVu Serif)")
    changed = m.copy()
    g, t = ROWS.index("gamma"), COLUMNS.index("Thu")
    step = 0.1 * (RANGE[1] - RANGE[0])
    changed[g, t] = changed[g, t] + step if changed[g, t] + step <= RANGE[1] else changed[g, t] - step
    out["cell"] = (dict(base, M=changed), "gamma x Thu moved by 10 % of the range")
    out["scale_max"] = (dict(base, vmax=120.0), "colour-scale max 100 -> 120, same data")
    renamed_columns = ["Monday"] + COLUMNS[1:]
    renamed_rows = ["alpha", "theta"] + ROWS[2:]
    out["labels"] = (dict(base, columns=renamed_columns, rows=renamed_rows), "labels renamed: Mon -> Monday, beta -> theta")
    out["transposed"] = (dict(base, M=m.T, rows=COLUMNS, columns=ROWS), "the matrix transposed (8x6)")
    second = np.round(100 - m, 1)
    panels = dict(base, panels=[("Site A", m), ("Site B", second)], size=(10.0, 4.2))
    out["panels"] = (panels, "two panels sharing a colour bar")
    out["panels_dpi"] = (dict(panels, dpi=130), "the two panels at 130 dpi")
    moved = second.copy()
    moved[g, t] = moved[g, t] + step if moved[g, t] + step <= RANGE[1] else moved[g, t] - step
    out["panels_cell"] = (dict(panels, panels=[("Site A", m), ("Site B", moved)]),
                          "panel 2's gamma x Thu moved by 10 % of the range")
    third = m[::-1].copy()
    out["panels_three"] = (dict(panels, panels=panels["panels"] + [("Site C", third)], size=(14.0, 4.2)),
                           "a third panel added")
    return out


def render(spec, path):
    if "panels" in spec:
        return render_panels(spec, path)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.family": spec["font"], "font.size": 10})
    fig = plt.figure(figsize=spec["size"], dpi=spec["dpi"])
    ax = fig.add_subplot(111)
    im = ax.imshow(spec["M"], cmap="viridis", vmin=RANGE[0], vmax=spec["vmax"],
                   interpolation="nearest", aspect="auto")
    bar = fig.colorbar(im, ax=ax)
    bar.set_label("load (%)")
    label_axes(ax, spec)
    ax.set_title("Load by weekday")
    fig.tight_layout()
    save(fig, spec["dpi"], path)


def label_axes(ax, spec):
    """One tick label per row and column, and the axis titles."""
    ax.set_xticks(range(len(spec["columns"])))
    ax.set_xticklabels(spec["columns"])
    ax.set_yticks(range(len(spec["rows"])))
    ax.set_yticklabels(spec["rows"])
    ax.set_xlabel("Day")
    ax.set_ylabel("Series")


def render_panels(spec, path):
    """One row of panels, each titled, with one colour bar for all and a figure title."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.family": spec["font"], "font.size": 10})
    fig, axes = plt.subplots(1, len(spec["panels"]), figsize=spec["size"], dpi=spec["dpi"], layout="constrained")
    for ax, (title, m) in zip(axes, spec["panels"]):
        im = ax.imshow(m, cmap="viridis", vmin=RANGE[0], vmax=spec["vmax"], interpolation="nearest", aspect="auto")
        label_axes(ax, spec)
        ax.set_title(title)
    bar = fig.colorbar(im, ax=axes)
    bar.set_label("load (%)")
    fig.suptitle("Load by site")
    save(fig, spec["dpi"], path)


def save(fig, dpi, path):
    import matplotlib.pyplot as plt
    from PIL import Image

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    plt.close(fig)
    buffer.seek(0)
    # Re-encode with a 256-colour palette so each render stays small (< 40 KB).
    image = Image.open(buffer).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(path, optimize=True)


def write_csvs(m):
    with open(os.path.join(HERE, "base.values.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in m:
            w.writerow([f"{v:g}" for v in row])
    with open(os.path.join(HERE, "base.labelled.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Series"] + COLUMNS)
        for name, row in zip(ROWS, m):
            w.writerow([name] + [f"{v:g}" for v in row])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="list the renders and what each tests")
    args = ap.parse_args()
    specs = variants()
    if args.list:
        for name, (_, what) in specs.items():
            print(f"{name:12} {what}")
        return 0
    import matplotlib
    import PIL
    found = {"matplotlib": matplotlib.__version__, "PIL": PIL.__version__}
    if found != PINS:
        print(f"render.py: need {PINS}, found {found}", file=sys.stderr)
        return 2
    for name, (spec, _) in specs.items():
        path = os.path.join(HERE, f"{name}.png")
        render(spec, path)
        print(f"{name}.png  {os.path.getsize(path)} bytes")
    write_csvs(base_matrix())
    return 0


if __name__ == "__main__":
    sys.exit(main())
