#!/usr/bin/env python3
"""Makes the annotate tests' fixtures: a line chart (not a heatmap) and a notebook whose
outputs are a heatmap from GoldenImages and the line chart.

Pinned: Python 3.11.7, matplotlib 3.11.2, numpy 2.4.6 (as GoldenImages/render.py).
    python3 Tests/FigScribeTests/Annotate/Fixtures/make_fixtures.py
"""

import base64
import json
import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
PINNED = {"matplotlib": "3.11.2", "numpy": "2.4.6"}
for module, version in ((matplotlib, PINNED["matplotlib"]), (np, PINNED["numpy"])):
    if module.__version__ != version:
        raise SystemExit(f"{module.__name__} {module.__version__} is installed; {version} is pinned")
METADATA = {"Software": None}  # no version string in the PNG: the bytes depend on the pixels only


def line_chart(path):
    x = np.linspace(0, 10, 50)
    fig, ax = plt.subplots(figsize=(3.2, 2.4), dpi=80)
    ax.plot(x, np.sin(x), label="sin")
    ax.plot(x, 0.5 * np.cos(x), label="cos")
    ax.set_title("Two waves")
    ax.set_xlabel("time (s)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, metadata=METADATA)
    plt.close(fig)


def notebook(path, heatmap, chart):
    def image_cell(cell_id, source, png, kind):
        return {
            "cell_type": "code", "execution_count": 1, "id": cell_id, "metadata": {},
            "outputs": [{
                "data": {"image/png": base64.b64encode(png.read_bytes()).decode("ascii"),
                         "text/plain": [f"<Figure: {kind}>"]},
                "metadata": {}, "output_type": "display_data"}],
            "source": source,
        }

    cells = [
        {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": ["# Report\n", "Two figures."]},
        image_cell("heat", ["plt.imshow(data)"], heatmap, "heatmap"),
        image_cell("waves", ["plt.plot(x, y)"], chart, "line chart"),
        {"cell_type": "code", "execution_count": 2, "id": "tail", "metadata": {}, "outputs": [], "source": ["print('done')"]},
    ]
    doc = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                         "language_info": {"name": "python"}},
           "nbformat": 4, "nbformat_minor": 5}
    # As Jupyter writes notebooks: one-space indent, sorted keys, a final newline.
    path.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


line_chart(HERE / "line_chart.png")
notebook(HERE / "figures.ipynb", ROOT / "GoldenImages" / "mpl_imshow_viridis.png", HERE / "line_chart.png")
print("wrote line_chart.png and figures.ipynb in", HERE)
