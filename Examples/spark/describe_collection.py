#!/usr/bin/env python3
"""Describe a large collection of heatmap PNGs with Apache Spark (the map stage).

The list of PNG paths is split into partitions; each partition's paths are piped, one a
line, into `figscribe describe --files-from - --format json`, which prints one JSON object
a line (failures included, as {"file", "error", "status"}). Spark hands the lines back in
input order. Local mode here; on a cluster every worker needs the figscribe binary and
Tesseract's language data at the same paths.

    pip install -r Examples/spark/requirements.txt      # pyspark 3.5.3, needs Java 17
    python3 Examples/spark/describe_collection.py --bin "$(swift build -c release --show-bin-path)/figscribe" \
        --out figures.jsonl ../shared/corpus/dev
"""
import argparse
import glob
import os
import shlex
import sys

from pyspark.sql import SparkSession


def png_paths(inputs):
    """Folders become their PNGs (sorted); files are kept; a .txt file is a list of paths."""
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            paths += sorted(glob.glob(os.path.join(item, "**", "*.png"), recursive=True))
        elif item.endswith(".txt"):
            with open(item) as f:
                paths += [line.rstrip("\r\n") for line in f if line.strip()]
        else:
            paths.append(item)
    return [os.path.abspath(p) for p in paths]


def describe(spark, binary, paths, partitions, jobs):
    """The JSON Lines of all `paths`, in their order."""
    rdd = spark.sparkContext.parallelize(paths, numSlices=max(1, min(partitions, len(paths))))
    command = " ".join(shlex.quote(a) for a in [binary, "describe", "--files-from", "-", "--format", "json",
                                                 "--jobs", str(jobs)])
    # The task's environment is only this (plus where the language data is, if set).
    env = {"OMP_THREAD_LIMIT": "1"}
    if "TESSDATA_PREFIX" in os.environ:
        env["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    # checkCode stays off: a partition holding an unreadable image exits 2, and its error is
    # already one of the JSON lines.
    return rdd.pipe(command, env=env).collect()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="the figscribe binary (absolute path on every worker)")
    ap.add_argument("--partitions", type=int, default=4, help="map tasks (default 4)")
    ap.add_argument("--jobs", type=int, default=1, help="figscribe --jobs inside each task (default 1)")
    ap.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    ap.add_argument("--out", help="write the JSON Lines here (default: standard output)")
    ap.add_argument("inputs", nargs="+", help="PNG files, folders, or .txt lists of paths")
    args = ap.parse_args()

    paths = png_paths(args.inputs)
    spark = SparkSession.builder.master(args.master).appName("figscribe-describe").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        lines = describe(spark, os.path.abspath(args.bin), paths, args.partitions, args.jobs)
    finally:
        spark.stop()
    text = "".join(line + "\n" for line in lines)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    print(f"describe_collection: {len(paths)} images, {len(lines)} JSON lines", file=sys.stderr)


if __name__ == "__main__":
    main()
