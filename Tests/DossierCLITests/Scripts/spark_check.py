#!/usr/bin/env python3
"""The Spark scale-out checked on one machine, for SparkTests.

    spark_check.py BINARY WORKFOLDER

1. 1,000 generated articles: `dossier build` of the files and the Spark job (local[2]) over the
   same articles as a JSON lines table give the same graph, entity for entity and relation for
   relation (scale/compare_graphs.py); one more row without text is reported by id and counted.
2. A generated graph: the Spark path query (bidirectional breadth-first by joins) answers the same
   lengths as `dossier path`, for pairs near and far and one with no path.
Prints one JSON object; exits 0 when it ran (the Swift test checks the values).
"""

import json
import os
import random
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scale"))
import spark_build  # noqa: E402


def run(arguments, **options):
    result = subprocess.run(arguments, capture_output=True, text=True, **options)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed: {result.stderr.strip()[-2000:]}")
    return result.stdout


def articles(binary, work):
    folder, table = os.path.join(work, "articles"), os.path.join(work, "table")
    make = [sys.executable, os.path.join(ROOT, "scale", "make_articles.py"), "--count", "1000"]
    run(make + ["--out", folder])
    # The same articles as a JSON lines table for Spark, with one the extractor cannot read.
    run(make + ["--out", table, "--format", "jsonl"])
    with open(os.path.join(table, "articles.jsonl"), "a", encoding="utf-8") as file:
        file.write(json.dumps({"id": "broken-1", "text": None, "path": "broken.txt"}) + "\n")
    store = os.path.join(work, "built.sqlite")
    run([binary, "build", folder, "--store", store])
    run([binary, "export", "--store", store, "-o", os.path.join(work, "built.json")])
    out = os.path.join(work, "spark")
    # Small chunks, so the tables are written in many appended pieces as a large graph's are.
    chunked = dict(os.environ, DOSSIER_SPARK_CHUNK_ROWS="997")
    summary = json.loads(run([sys.executable, os.path.join(ROOT, "scale", "spark_build.py"), "build", "--input",
                              os.path.join(table, "articles.jsonl"), "--format", "jsonl", "--out", out, "--binary",
                              binary, "--master", "local[2]"], env=chunked))
    compared = subprocess.run([sys.executable, os.path.join(ROOT, "scale", "compare_graphs.py"),
                               os.path.join(work, "built.json"), os.path.join(out, "graph.json")],
                              capture_output=True, text=True)
    return summary, json.loads(compared.stdout), parquet_counts(out)


def parquet_counts(out):
    """Rows and distinct ids of the Parquet tables the job wrote, read back without Spark."""
    import pyarrow.parquet as parquet
    counts = {}
    for name, key in (("vertices", "id"), ("edges", "id"), ("evidence", "relation")):
        table = parquet.read_table(os.path.join(out, name))
        counts[name] = {"rows": table.num_rows, "distinct": len(set(table.column(key).to_pylist()))}
    return counts


def graph(binary, work, rng):
    """A random graph with a hub and a separate pair, as CSV; its store and tables."""
    folder = os.path.join(work, "graph")
    os.makedirs(folder, exist_ok=True)
    count = 400
    with open(os.path.join(folder, "nodes.csv"), "w") as file:
        file.write("id,kind,name\n")
        for number in range(count):
            file.write(f"person/p{number},person,Person {number}\n")
        file.write("person/lone-a,person,Lone A\nperson/lone-b,person,Lone B\n")
    with open(os.path.join(folder, "edges.csv"), "w") as file:
        file.write("source,target,kind\n")
        for number in range(1, count):
            # A sparse tree plus a few shortcuts: paths of many lengths.
            file.write(f"person/p{rng.randrange(max(0, number - 8), number)},person/p{number},associateOf\n")
        for _ in range(300):
            a, b = rng.randrange(count), rng.randrange(count)
            if a != b:
                file.write(f"person/p{a},person/p{b},associateOf\n")
        file.write("person/lone-a,person/lone-b,associateOf\n")
    store = os.path.join(work, "graph.sqlite")
    run([binary, "build", os.path.join(folder, "nodes.csv"), os.path.join(folder, "edges.csv"), "--store", store])
    exported = os.path.join(work, "graph.json")
    run([binary, "export", "--store", store, "-o", exported])
    return store, exported, count


def paths(binary, work):
    rng = random.Random(11)
    store, exported, count = graph(binary, work, rng)
    tables = os.path.join(work, "tables")
    spark = spark_build.session("local[2]", "dossier-spark-check")
    spark.sparkContext.setLogLevel("ERROR")
    answers = []
    try:
        spark_build.write_tables(spark, exported, tables)
        edges = spark_build.undirected_edges(spark, tables)
        pairs = [(f"person/p{rng.randrange(count)}", f"person/p{rng.randrange(count)}") for _ in range(3)]
        pairs += [("person/p0", f"person/p{count - 1}"), ("person/p0", "person/lone-a")]
        for source, target in pairs:
            told = json.loads(run([binary, "path", source, target, "--store", store, "--json"]))
            expected = told["paths"][0]["length"] if told.get("found") else None
            found = spark_build.shortest_path_length(edges, source, target, 40)
            answers.append({"from": source, "to": target, "dossier": expected, "spark": found})
        reached = spark_build.neighbourhood(edges, "person/p0", 2).count() - 1
        told = json.loads(run([binary, "neighbours", "person/p0", "--depth", "2", "--limit", "0", "--store", store,
                               "--json"]))
    finally:
        spark.stop()
    return answers, reached, told.get("total")


def main():
    binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(work, exist_ok=True)
    summary, compared, tables = articles(binary, work)
    answers, reached, told = paths(binary, work)
    print(json.dumps({"summary": summary, "compared": compared, "tables": tables, "paths": answers,
                      "khop": {"spark": reached, "dossier": told}}))


if __name__ == "__main__":
    main()
