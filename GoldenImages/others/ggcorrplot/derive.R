# derive.R - the numbers behind the ggcorrplot README figures, from data/mtcars.csv
# (R's datasets::mtcars, written with write.csv). Base R only; writes data/derived.json.
#
#     Rscript GoldenImages/others/ggcorrplot/derive.R
#
# What README.Rmd (kassambara/ggcorrplot at 731717b) computes before it plots:
#   corr  <- round(cor(mtcars), 1)
#   p.mat <- cor_pmat(mtcars)     # cor.test(x_i, x_j)$p.value, 0 on the diagonal
# and what ggcorrplot(hc.order = TRUE) does with them (R/ggcorrplot.R, .hc_cormat_order):
#   hclust(as.dist((1 - corr) / 2), method = "complete")$order
# The order is taken from R's own hclust because the rounded matrix has many tied
# distances and the tie-breaking is hclust's.
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
mt <- read.csv(file.path(here, "data", "mtcars.csv"), row.names = 1)
corr <- round(cor(mt), 1)
n <- ncol(mt)
p <- matrix(0, n, n)
for (i in 1:(n - 1)) for (j in (i + 1):n) {
  p[i, j] <- p[j, i] <- stats::cor.test(mt[, i], mt[, j])$p.value
}
ord <- stats::hclust(stats::as.dist((1 - corr) / 2), method = "complete")$order
num <- function(m) paste0("[", paste(apply(m, 1, function(r)
  paste0("[", paste(sprintf("%.17g", r), collapse = ", "), "]")), collapse = ",\n  "), "]")
txt <- paste0(
  "{\n \"names\": [", paste0("\"", colnames(mt), "\"", collapse = ", "), "],\n",
  " \"corr\": ", num(corr), ",\n",
  " \"pmat\": ", num(p), ",\n",
  " \"hc_order\": [", paste(ord, collapse = ", "), "],\n",
  " \"R\": \"", R.version.string, "\"\n}\n")
writeLines(txt, file.path(here, "data", "derived.json"), sep = "")
