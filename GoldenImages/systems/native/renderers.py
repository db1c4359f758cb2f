"""renderers.py - turn one figure spec into an R / gnuplot / Octave script and run it.

Each RENDER[system](spec, out_png, workdir, probe) draws the figure into out_png.
probe=True draws the same figure with a magenta rectangle over the whole tile
area on top (layout unchanged), for measuring grid.box.  probe=False returns
expected[r][c], the (r, g, b) the renderer was asked to paint in cell (r, c)
(row 0 = top as displayed), as reported by the renderer itself (R, Octave) or
computed from gnuplot's palette definition.
"""
import csv
import json
import math
import os
import subprocess


ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
MAGENTA = "#ff00ff"


def _run(cmd, script, suffix, workdir):
    path = os.path.join(workdir, "script" + suffix)
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)
    p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=300, env=ENV,
                       cwd=workdir)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]}: {(p.stderr or p.stdout)[-1200:]}")
    return p


def rs(x):
    """An R (or gnuplot/Octave double-quoted) string literal."""
    return "NULL" if x is None else json.dumps(str(x), ensure_ascii=False)


def rnum(xs):
    return "c(" + ", ".join(repr(float(x)) for x in xs) + ")"


def rstrs(xs):
    return "c(" + ", ".join(rs(x) for x in xs) + ")"


def hex_rgb(h):
    h = h.strip().lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def read_colours(path, rows, cols):
    """expected grid from a CSV with columns r, c (0-based, r from the top), col (#rrggbb)."""
    out = [[None] * cols for _ in range(rows)]
    with open(path) as f:
        for rec in csv.DictReader(f):
            if rec["col"] not in ("NA", ""):
                out[int(float(rec["r"]))][int(float(rec["c"]))] = hex_rgb(rec["col"][:7])
    return out


def r_matrix(M):
    rows, cols = M.shape
    vals = ", ".join("NA" if not math.isfinite(v) else repr(float(v)) for v in M.ravel())
    return f"M <- matrix(c({vals}), nrow={rows}, ncol={cols}, byrow=TRUE)\n"


def r_png(spec, out_png):
    W, Hh = spec["size"]
    return (f'png({rs(out_png)}, width={W}, height={Hh}, res={spec.get("res") or 96}, '
            f'type="cairo", family={rs(spec.get("family", "sans"))})\n')


# ============================================================================= ggplot2

def render_ggplot2(spec, out_png, workdir, probe):
    g = spec["g"]
    rows, cols = spec["truth"].shape
    ann = ""
    if spec.get("labels") is not None:  # printed numbers, one string per cell
        L = spec["labels"]
        ann = ("d$lab <- " + rstrs([L[r][c] for r in range(rows) for c in range(cols)]) + "\n")
    s = "suppressMessages(library(ggplot2))\n" + r_matrix(spec["M"]) + f"""
d <- data.frame(x=rep(0:{cols - 1}, times={rows}), y=rep(0:{rows - 1}, each={cols}),
                v=as.vector(t(M)))
{ann}{g.get("prep", "")}
{"d <- d[!is.na(d$v), ]" if g.get("drop_na", True) else ""}
p <- ggplot(d, aes(x, y, fill={g.get("aes", "v")})) + geom_tile({g.get("tile", "")}) +
  {g["fill"]} +
  scale_x_continuous(breaks={rnum(p for _, p in spec["xticks"])}, labels={rstrs(t for t, _ in spec["xticks"])}{g.get("xexp", "")}) +
  scale_y_reverse(breaks={rnum(p for _, p in spec["yticks"])}, labels={rstrs(t for t, _ in spec["yticks"])}{g.get("yexp", "")}) +
  labs(title={rs(spec.get("title"))}, x={rs(spec.get("xlabel"))}, y={rs(spec.get("ylabel"))}) +
  {g.get("theme", "theme_grey()")}
"""
    for extra in g.get("extra", []):
        s += f"p <- p + {extra}\n"
    if probe:
        s += (f'p <- p + annotate("rect", xmin=-0.5, xmax={cols - 0.5}, ymin=-0.5, '
              f'ymax={rows - 0.5}, fill="{MAGENTA}", colour=NA)\n')
    s += r_png(spec, out_png) + "print(p)\ninvisible(dev.off())\n"
    if not probe:
        s += """b <- ggplot_build(p)$data[[1]]
write.csv(data.frame(r=-b$y, c=b$x, col=b$fill), "colours.csv", row.names=FALSE)
"""
    _run(["Rscript"], s, ".R", workdir)
    return None if probe else read_colours(os.path.join(workdir, "colours.csv"), rows, cols)


# ============================================================================= base R image()

def render_baser(spec, out_png, workdir, probe):
    """image() of the matrix plus a colour key drawn as a second image() in a
    layout() column (or row, for a horizontal key)."""
    b = spec["b"]
    rows, cols = spec["truth"].shape
    brk, colours = b["breaks"], b["cols"]
    horiz = spec["orient"] == "horizontal"
    s = r_matrix(spec["M"]) + f"""
brk <- {rnum(brk)}
cl <- {rstrs(colours)}
Z <- {b.get("ztrans", "M")}
{r_png(spec, out_png)}
{"layout(matrix(c(1, 2), nrow=2), heights=c(" + b.get("ratio", "5, 1") + "))" if horiz else
 "layout(matrix(c(1, 2), ncol=2), widths=c(" + b.get("ratio", "5, 1") + "))"}
par(mar={b.get("mar", "c(4.5, 4.5, 3, 1)")}, family={rs(spec.get("family", "sans"))}, cex={b.get("cex", 1)})
image(x=0:{cols - 1}, y=0:{rows - 1}, z=t(Z[{rows}:1, , drop=FALSE]), breaks=brk, col=cl,
      axes=FALSE, xlab="", ylab="", useRaster=FALSE)
"""
    if probe:
        s += f'rect(-0.5, -0.5, {cols - 0.5}, {rows - 0.5}, col="{MAGENTA}", border=NA)\n'
    if spec.get("labels") is not None:
        L = spec["labels"]
        if not probe:
            s += (f"text(x=rep(0:{cols - 1}, times={rows}), y=rep({rows - 1}:0, each={cols}), "
                  f"labels={rstrs(L[r][c] for r in range(rows) for c in range(cols))}, "
                  f"col={rs(b.get('textcol', 'black'))}, cex={b.get('textcex', 0.8)})\n")
    xt = [(t, p) for t, p in spec["xticks"]]
    yt = [(t, rows - 1 - p) for t, p in spec["yticks"]]
    s += f"""axis(1, at={rnum(p for _, p in xt)}, labels={rstrs(t for t, _ in xt)}, las={b.get("xlas", 1)}, cex.axis={b.get("cexaxis", 1)})
axis(2, at={rnum(p for _, p in yt)}, labels={rstrs(t for t, _ in yt)}, las={b.get("ylas", 1)}, cex.axis={b.get("cexaxis", 1)})
{"box()" if b.get("box", True) else ""}
title(main={rs(spec.get("title") or "")}, xlab={rs(spec.get("xlabel") or "")}, ylab={rs(spec.get("ylabel") or "")})
"""
    # the key: one image strip over the key's own value axis
    kb = b.get("keybreaks", brk)
    kt = spec["cticks"] if not b.get("keyticks") else b["keyticks"]
    if horiz:
        s += f"""par(mar={b.get("keymar", "c(3, 8, 2, 8)")})
image(x=seq_along(cl), z=matrix(seq_along(cl), ncol=1), col=cl, breaks=seq(0.5, length(cl) + 0.5),
      axes=FALSE, xlab="", ylab="")
"""
    else:
        s += f"""par(mar={b.get("keymar", "c(5, 1, 4, 4)")})
image(y=seq_along(cl), z=matrix(seq_along(cl), nrow=1), col=cl, breaks=seq(0.5, length(cl) + 0.5),
      axes=FALSE, xlab="", ylab="")
"""
    # key axis in colour-index units: value v sits at its fraction of the key breaks
    s += f"""kb <- {rnum(kb)}
kpos <- function(v) 0.5 + length(cl) * approx(kb, seq(0, 1, length.out=length(kb)), v)$y
axis({1 if horiz else 4}, at=kpos({rnum(v for _, v in kt)}), labels={rstrs(t for t, _ in kt)}, las=1, cex.axis={b.get("cexaxis", 1)})
box()
{"mtext(" + rs(spec["clabel"]) + ", side=" + ("3" if horiz else "3") + ", line=0.5, cex=" + str(b.get("cexaxis", 1)) + ")" if spec.get("clabel") else ""}
invisible(dev.off())
"""
    if not probe:
        s += f"""idx <- .bincode(as.vector(t(Z)), brk, TRUE, TRUE)
write.csv(data.frame(r=rep(0:{rows - 1}, each={cols}), c=rep(0:{cols - 1}, times={rows}),
          col=ifelse(is.na(idx), NA, cl[idx])), "colours.csv", row.names=FALSE)
"""
    _run(["Rscript"], s, ".R", workdir)
    return None if probe else read_colours(os.path.join(workdir, "colours.csv"), rows, cols)


# ============================================================================= lattice levelplot

def render_lattice(spec, out_png, workdir, probe):
    lt = spec["l"]
    rows, cols = spec["truth"].shape
    yt = [(t, rows - 1 - p) for t, p in spec["yticks"]]
    text = ""
    if spec.get("labels") is not None and not probe:
        L = spec["labels"]
        text = (f"panel.text(x=rep(0:{cols - 1}, times={rows}), y=rep({rows - 1}:0, each={cols}), "
                f"labels={rstrs(L[r][c] for r in range(rows) for c in range(cols))}, "
                f"col={rs(lt.get('textcol', 'black'))}, cex={lt.get('textcex', 0.8)})")
    rect = (f'panel.rect(-0.5, -0.5, {cols - 0.5}, {rows - 0.5}, col="{MAGENTA}", border=NA)'
            if probe else "")
    s = "suppressMessages(library(lattice))\n" + r_matrix(spec["M"]) + f"""
d <- data.frame(x=rep(0:{cols - 1}, times={rows}), y=rep({rows - 1}:0, each={cols}),
                v=as.vector(t(M)))
at <- {rnum(lt["at"])}
cr <- {rstrs(lt["cols"])}
d$z <- {lt.get("ztrans", "d$v")}
p <- levelplot(z ~ x * y, data=d, at=at, col.regions=cr,
  xlim=c(-0.5, {cols - 0.5}), ylim=c(-0.5, {rows - 0.5}),
  scales=list(x=list(at={rnum(p for _, p in spec["xticks"])}, labels={rstrs(t for t, _ in spec["xticks"])}, rot={lt.get("xrot", 0)}),
              y=list(at={rnum(p for _, p in yt)}, labels={rstrs(t for t, _ in yt)}, rot={lt.get("yrot", 0)}),
              cex={lt.get("cex", 0.8)}),
  colorkey=list(space={rs(lt.get("space", "right"))}, title={rs(spec.get("clabel"))}, at={lt.get("keyat", "at")}, col={lt.get("keycol", "cr")},
                labels=list(at={rnum(lt.get("keylabat", [v for _, v in spec["cticks"]]))}, labels={rstrs(t for t, _ in spec["cticks"])}, cex={lt.get("cex", 0.8)})),
  main={rs(spec.get("title"))}, xlab={rs(spec.get("xlabel"))}, ylab={rs(spec.get("ylabel"))},
  {lt.get("extra", "")}
  panel=function(...) {{ panel.levelplot(...); {text}; {rect} }})
{r_png(spec, out_png)}
{"trellis.par.set(fontsize=list(text=" + str(lt["fontsize"]) + "))" if lt.get("fontsize") else ""}
print(p)
invisible(dev.off())
"""
    if not probe:
        s += f"""cc <- level.colors(d$z, at=at, col.regions=cr)
write.csv(data.frame(r={rows - 1} - d$y, c=d$x, col=ifelse(is.na(d$z), NA, cc)), "colours.csv", row.names=FALSE)
"""
    _run(["Rscript"], s, ".R", workdir)
    return None if probe else read_colours(os.path.join(workdir, "colours.csv"), rows, cols)


# ============================================================================= pheatmap

def render_pheatmap(spec, out_png, workdir, probe):
    ph = spec["p"]
    rows, cols = spec["truth"].shape
    W, Hh = spec["size"]
    cl = [MAGENTA] * len(ph["cols"]) if probe else ph["cols"]
    num = ""
    if spec.get("labels") is not None and not probe:
        L = spec["labels"]
        num = (f"display_numbers=matrix({rstrs(L[r][c] for r in range(rows) for c in range(cols))}, "
               f"nrow={rows}, byrow=TRUE), fontsize_number={ph.get('fontsize_number', 8)}, "
               f"number_color={rs(ph.get('number_color', 'grey30'))},")
    s = "suppressMessages(library(pheatmap))\n" + r_matrix(spec["M"]) + f"""
rownames(M) <- {rstrs(ph["rownames"])}
colnames(M) <- {rstrs(ph["colnames"])}
brk <- {rnum(ph["breaks"])}
cl <- {rstrs(cl)}
{r_png(spec, out_png)}
pheatmap(M, color=cl, breaks=brk, cluster_rows=FALSE, cluster_cols=FALSE,
  legend_breaks={rnum(v for _, v in spec["cticks"])}, legend_labels={rstrs(t for t, _ in spec["cticks"])},
  main={rs(spec["title"]) if spec.get("title") else "NA"}, fontsize={ph.get("fontsize", 10)},
  border_color={rs(ph.get("border", "grey60")) if ph.get("border", "grey60") and not probe else "NA"},
  na_col={rs(ph.get("na_col", "#DDDDDD"))}, angle_col={rs(ph.get("angle_col", "270"))},
  show_rownames={"TRUE" if ph.get("show_rownames", True) else "FALSE"}, show_colnames={"TRUE" if ph.get("show_colnames", True) else "FALSE"},
  {num} {ph.get("extra", "")} silent=FALSE)
invisible(dev.off())
"""
    if not probe:
        s += f"""v <- as.vector(t(M))
idx <- as.numeric(cut(v, breaks=brk, include.lowest=TRUE))
write.csv(data.frame(r=rep(0:{rows - 1}, each={cols}), c=rep(0:{cols - 1}, times={rows}),
          col=ifelse(is.na(idx), NA, cl[idx])), "colours.csv", row.names=FALSE)
"""
    _run(["Rscript"], s, ".R", workdir)
    return None if probe else read_colours(os.path.join(workdir, "colours.csv"), rows, cols)


# ============================================================================= gnuplot

RGBFORMULAE = {
    3: lambda x: x, 5: lambda x: x ** 3, 7: lambda x: math.sqrt(x),
    10: lambda x: math.cos(math.pi / 2 * x), 13: lambda x: math.sin(math.pi * x),
    15: lambda x: math.sin(2 * math.pi * x), 21: lambda x: 3 * x, 22: lambda x: 3 * x - 1,
    23: lambda x: 3 * x - 2, 33: lambda x: abs(2 * x - 0.5), 34: lambda x: 2 * x,
    35: lambda x: 2 * x - 0.5, 36: lambda x: 2 * x - 1,
}


def gnuplot_colour(pal, gray):
    """(r, g, b) 0..255 of gnuplot palette `pal` at gray level 0..1."""
    gray = min(1.0, max(0.0, gray))
    if pal["kind"] == "rgb":
        f = [RGBFORMULAE[k](gray) for k in pal["formulae"]]
        return tuple(round(255 * min(1.0, max(0.0, v))) for v in f)
    if pal["kind"] == "gray":  # `set palette gray` applies its default gamma 1.5
        return (round(255 * gray ** (1 / 1.5)),) * 3
    stops = pal["stops"]  # [(position, "#rrggbb")], positions rescaled to 0..1
    p0, p1 = stops[0][0], stops[-1][0]
    x = p0 + gray * (p1 - p0)
    for (a, ca), (b, cb) in zip(stops, stops[1:]):
        if a <= x <= b and b > a:
            t = (x - a) / (b - a)
            A, B = hex_rgb(ca), hex_rgb(cb)
            return tuple(round(A[i] + t * (B[i] - A[i])) for i in range(3))
    return hex_rgb(stops[-1][1] if x >= p1 else stops[0][1])


def gnuplot_palette_cmd(pal):
    if pal["kind"] == "rgb":
        return "set palette rgbformulae " + ",".join(str(k) for k in pal["formulae"])
    if pal["kind"] == "gray":
        return "set palette gray"
    return "set palette defined (" + ", ".join(f'{p!r} "{c}"' for p, c in pal["stops"]) + ")"


def render_gnuplot(spec, out_png, workdir, probe):
    gp = spec["gp"]
    M, T = spec["M"], spec["truth"]
    rows, cols = T.shape
    W, Hh = spec["size"]
    q = lambda s: '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'  # noqa: E731
    L = [f'set terminal pngcairo size {W},{Hh} font "{gp.get("font", "DejaVu Sans")},'
         f'{gp.get("fontsize", 10)}" noenhanced background "#ffffff"',
         "set encoding utf8", f"set output {q(out_png)}",
         f"set xrange [-0.5:{cols - 0.5}]", f"set yrange [{rows - 0.5}:-0.5]",
         f"set cbrange [{spec['vmin']!r}:{spec['vmax']!r}]", "set tics out nomirror",
         "set border lw 1" if not probe else "unset border"]
    if spec["scale"] == "log":
        L.append("set logscale cb")
    for key, cmd in (("title", "title"), ("xlabel", "xlabel"), ("ylabel", "ylabel"),
                     ("clabel", "cblabel")):
        if spec.get(key):
            L.append(f"set {cmd} {q(spec[key])}")
    tq = lambda t: q(t.replace("%", "%%"))  # noqa: E731  (tic labels are formats)
    L.append(f"set xtics ({', '.join(f'{tq(t)} {p!r}' for t, p in spec['xticks'])})"
             + gp.get("xrot", ""))
    L.append(f"set ytics ({', '.join(f'{tq(t)} {p!r}' for t, p in spec['yticks'])})")
    L.append(f"set cbtics ({', '.join(f'{tq(t)} {v!r}' for t, v in spec['cticks'])})")
    L.append(gnuplot_palette_cmd(gp["palette"]))
    if gp.get("maxcolors"):
        L.append(f"set palette maxcolors {gp['maxcolors']}")
    L += gp.get("extra", [])
    if probe:
        L.append(f"set object 1 rectangle from -0.5,-0.5 to {cols - 0.5},{rows - 0.5} front "
                 f'fillcolor rgb "{MAGENTA}" fillstyle solid 1.0 noborder')
    L.append("set datafile missing 'NaN'")
    labels = spec.get("labels") is not None and not probe
    # `with image` needs at least 2x2 pixels: a single row or column is drawn as boxes
    boxes = rows == 1 or cols == 1
    cells = ("'-' using 1:2:(0.5):(0.5):3 with boxxyerror fillstyle solid noborder "
             "fillcolor palette" if boxes else
             "'-' matrix with image" + (" pixels" if gp.get("pixels") else ""))
    L.append(f"plot {cells} notitle"
             + (f", '-' using 1:2:3 with labels {gp.get('labelstyle', '')} notitle"
                if labels else ""))
    for r, row in enumerate(M):
        if boxes:
            L += [f"{c} {r} {float(v)!r}" for c, v in enumerate(row) if math.isfinite(v)]
        else:
            L.append(" ".join("NaN" if not math.isfinite(v) else repr(float(v)) for v in row))
    L.append("e")
    if labels:
        for r in range(rows):
            for c in range(cols):
                if spec["labels"][r][c]:
                    L.append(f"{c} {r} {q(spec['labels'][r][c])}")
        L.append("e")
    _run(["gnuplot"], "\n".join(L) + "\n", ".gp", workdir)
    if probe:
        return None
    pal, lo, hi = gp["palette"], spec["vmin"], spec["vmax"]
    out = []
    for row in M:
        o = []
        for v in row:
            if not math.isfinite(v):
                o.append(None)
                continue
            if spec["scale"] == "log":
                g = (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
            else:
                g = (v - lo) / (hi - lo)
            g = min(1.0, max(0.0, g))
            n = gp.get("maxcolors")
            if n:  # palette sampled at n colours, each covering 1/n of the range
                g = min(n - 1, math.floor(g * n)) / (n - 1)
            o.append(gnuplot_colour(pal, g))
        out.append(o)
    return out


# ============================================================================= Octave

def render_octave(spec, out_png, workdir, probe):
    oc = spec["o"]
    rows, cols = spec["truth"].shape
    W, Hh = spec["size"]
    M = spec["M"]
    q = lambda s: "'" + str(s).replace("'", "''") + "'"  # noqa: E731
    cell = lambda xs: "{" + ", ".join(q(x) for x in xs) + "}"  # noqa: E731
    vals = "; ".join(" ".join("NaN" if not math.isfinite(v) else repr(float(v)) for v in row)
                     for row in M)
    horiz = spec["orient"] == "horizontal"
    cax = "x" if horiz else "y"
    s = f"""graphics_toolkit('{oc.get("toolkit", "gnuplot")}');
set(0, 'defaultaxesfontname', '{oc.get("font", "DejaVu Sans")}');
set(0, 'defaulttextfontname', '{oc.get("font", "DejaVu Sans")}');
set(0, 'defaultaxesfontsize', {oc.get("fontsize", 10)});
set(0, 'defaulttextfontsize', {oc.get("fontsize", 10)});
f = figure('visible', 'off', 'paperunits', 'inches', 'paperposition', [0 0 {W / 100} {Hh / 100}]);
M = [{vals}];
cm = {oc["cmap"]};
Z = {oc.get("ztrans", "M")};
imagesc(Z);
hold on;
[nr, nc] = find(isnan(Z));  % imagesc paints NaN in the lowest colour: mask them in grey
for k = 1:numel(nr)
  patch(nc(k) + [-0.5 0.5 0.5 -0.5], nr(k) + [-0.5 -0.5 0.5 0.5], [0.85 0.85 0.85], 'edgecolor', 'none');
end
colormap(cm);
caxis([{oc.get("clim", (spec["vmin"], spec["vmax"]))[0]!r} {oc.get("clim", (spec["vmin"], spec["vmax"]))[1]!r}]);
ax = gca();
set(ax, 'xtick', [{" ".join(repr(p + 1) for _, p in spec["xticks"])}], 'xticklabel', {cell(t for t, _ in spec["xticks"])});
set(ax, 'ytick', [{" ".join(repr(p + 1) for _, p in spec["yticks"])}], 'yticklabel', {cell(t for t, _ in spec["yticks"])});
set(ax, 'ticklabelinterpreter', 'none', 'tickdir', 'out', 'box', 'on');
{"title(" + q(spec["title"]) + ", 'interpreter', 'none');" if spec.get("title") else ""}
{"xlabel(" + q(spec["xlabel"]) + ", 'interpreter', 'none');" if spec.get("xlabel") else ""}
{"ylabel(" + q(spec["ylabel"]) + ", 'interpreter', 'none');" if spec.get("ylabel") else ""}
cb = colorbar('location', '{oc.get("location", "eastoutside")}');
set(cb, '{cax}tick', [{" ".join(repr(v) for v in oc.get("ctickpos", [v for _, v in spec["cticks"]]))}], '{cax}ticklabel', {cell(t for t, _ in spec["cticks"])});
set(cb, 'ticklabelinterpreter', 'none');
{"ylabel(cb, " + q(spec["clabel"]) + ", 'interpreter', 'none');" if spec.get("clabel") and not horiz else ""}
{"xlabel(cb, " + q(spec["clabel"]) + ", 'interpreter', 'none');" if spec.get("clabel") and horiz else ""}
"""
    if spec.get("labels") is not None and not probe:
        L = spec["labels"]
        for r in range(rows):
            for c in range(cols):
                s += (f"text({c + 1}, {r + 1}, {q(L[r][c])}, 'horizontalalignment', 'center', "
                      f"'interpreter', 'none', 'color', {oc.get('textcol', '[0 0 0]')}, "
                      f"'fontsize', {oc.get('textsize', 8)});\n")
    if probe:
        s += (f"patch([0.5 {cols + 0.5} {cols + 0.5} 0.5], [0.5 0.5 {rows + 0.5} {rows + 0.5}], "
              f"[1 0 1], 'edgecolor', 'none');\n")
    s += f"print(f, {q(out_png)}, '-dpng', '-r100');\n"
    if not probe:
        # imagesc's mapping: index = floor((v - lo) / (hi - lo) * n) + 1, clamped to 1..n
        s += f"""n = rows(cm); lim = caxis();
k = floor((Z - lim(1)) / (lim(2) - lim(1)) * n) + 1; k = max(1, min(n, k));
fid = fopen('colours.csv', 'w'); fprintf(fid, 'r,c,col\\n');
for r = 1:{rows}, for c = 1:{cols}
  if isnan(Z(r, c)), fprintf(fid, '%d,%d,NA\\n', r - 1, c - 1);
  else, rgb = round(255 * cm(k(r, c), :)); fprintf(fid, '%d,%d,#%02x%02x%02x\\n', r - 1, c - 1, rgb); end
end, end
fclose(fid);
"""
    _run(["octave-cli", "--no-gui", "--norc", "--quiet"], s, ".m", workdir)
    return None if probe else read_colours(os.path.join(workdir, "colours.csv"), rows, cols)


RENDER = {"ggplot2": render_ggplot2, "baser": render_baser, "lattice": render_lattice,
          "pheatmap": render_pheatmap, "gnuplot": render_gnuplot, "octave": render_octave}
