#!/usr/bin/env python3
"""Build a Dossier graph of many articles on Apache Spark, with Dossier's own extractor and merge.

    spark_build.py build --input ARTICLES --out DIR [--format text|jsonl|parquet] [--master local[2]]
                         [--binary .build/release/dossier] [--partitions N] [--lexicon FILE ...]
    spark_build.py tables --graph graph.json --out DIR [--master local[2]]
    spark_build.py path   --graph DIR FROM TO [--max-depth 12] [--master local[2]]
    spark_build.py khop   --graph DIR START --hops 2 [--master local[2]]

build: the map step runs `dossier extract` over each partition of the article table (text files,
JSON lines or Parquet with columns id, text and optionally date, path, order) with mapInPandas;
an article the extractor cannot read is reported by id, skipped and counted. Each partition's
fragments are merged with `dossier merge --fragment` (merges are associative), and the partial
merges with `dossier merge --store` into DIR/graph.sqlite, by the rules of `dossier build`. Written:
DIR/graph.sqlite, DIR/graph.json (the interchange form), DIR/neo4j/ (neo4j-admin import files) and
DIR/summary.json on the driver's disk; fragments/ (the fragment lines) and vertices/, edges/,
evidence/ (Parquet) where --tables says (default DIR). The dossier binary and its lexicon folder are shipped to the executors with the
job (SparkContext.addArchive); nothing needs installing on them but the libraries the binary links.

path and khop answer on the Parquet tables by iterative DataFrame joins: breadth-first from both
ends for a path, from the start for a neighbourhood, every relation taken in both directions (as
`dossier path` does). See scale/README.md for their cost.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

BUNDLE = "dossier-bundle.tar.gz"


# ---------------------------------------------------------------- shipping the binary

def make_bundle(binary, folder):
    """A tar.gz of the binary and the resource folders beside it (the lexicon), modes kept."""
    path = os.path.join(folder, BUNDLE)
    with tarfile.open(path, "w:gz") as archive:
        archive.add(binary, arcname="dossier")
        beside = os.path.dirname(os.path.abspath(binary))
        for name in sorted(os.listdir(beside)):
            if name.endswith(".resources"):
                archive.add(os.path.join(beside, name), arcname=name)
    return path


def shipped_binary():
    """The dossier binary as unpacked on this executor (or the driver)."""
    from pyspark import SparkFiles
    root = SparkFiles.getRootDirectory()
    for base, _, files in os.walk(root):
        if "dossier" in files and os.access(os.path.join(base, "dossier"), os.X_OK):
            return os.path.join(base, "dossier")
    raise RuntimeError(f"the shipped dossier binary is not under {root}")


def run_dossier(binary, arguments, stdin_text):
    result = subprocess.run([binary] + arguments, input=stdin_text.encode("utf-8"), capture_output=True)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8", "replace")


# ---------------------------------------------------------------- the map step

def article_lines(frame):
    """The JSON lines `dossier extract` reads, one per row of a pandas frame."""
    lines = []
    for row in frame.itertuples(index=False):
        # pandas gives NaN for a missing value: write null, for the extractor to name.
        item = {"id": str(row.id), "text": row.text if isinstance(row.text, str) else None, "order": int(row.order)}
        for column in ("date", "path"):
            value = getattr(row, column, None)
            if isinstance(value, str) and value:
                item[column] = value
        lines.append(json.dumps(item, ensure_ascii=False))
    return lines


def failure_line(builder, name, reason):
    return json.dumps({"articles": [], "builder": builder, "failures": [{"name": name, "reason": reason}],
                       "format": "dossier-fragment/1"}, sort_keys=True, separators=(",", ":"))


def extract_batches(lexicon_names):
    """The mapInPandas function: article rows in, fragment lines out (one per article)."""
    def extract(frames):
        import pandas
        binary = shipped_binary()
        lexicons = shipped_lexicons(lexicon_names)
        arguments = ["extract"] + [part for path in lexicons for part in ("--lexicon", path)]
        for frame in frames:
            lines = article_lines(frame)
            status, out, err = run_dossier(binary, arguments, "\n".join(lines) + "\n")
            if status == 0:
                produced = [line for line in out.split("\n") if line]
            else:
                # The extractor stopped (a crash, not a bad line): read each article alone, so only
                # the article that stops it is lost, and it is named.
                produced = []
                for line, name in zip(lines, frame["id"].astype(str)):
                    status, out, err = run_dossier(binary, arguments, line + "\n")
                    if status == 0:
                        produced += [item for item in out.split("\n") if item]
                    else:
                        reason = f"dossier extract exited with status {status}: {err.strip()[-300:]}"
                        produced.append(failure_line("unknown", name, reason))
            failed = [line.startswith('{"articles":[]') for line in produced]
            yield pandas.DataFrame({"line": produced, "failed": failed})
    return extract


def merge_partition(lexicon_names):
    """The mapPartitions function: a partition's fragment lines in, one merged fragment line out."""
    def merge(lines):
        binary = shipped_binary()
        lexicons = shipped_lexicons(lexicon_names)
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "part.fragments.jsonl")
            count = 0
            with open(path, "w", encoding="utf-8") as file:
                for line in lines:
                    file.write(line + "\n")
                    count += 1
            if count == 0:
                return
            arguments = ["merge", "--fragment", path] + [p for lexicon in lexicons for p in ("--lexicon", lexicon)]
            status, out, err = run_dossier(binary, arguments, "")
            if status != 0:
                raise RuntimeError(f"dossier merge --fragment failed: {err.strip()}")
            yield out.strip()
    return merge


# ---------------------------------------------------------------- reading articles

def read_articles(spark, source, kind):
    """The article table: id, text, date, path, order (the order a build of the same files takes)."""
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window
    if kind == "text":
        frame = spark.read.text(source, wholetext=True).select(
            F.input_file_name().alias("uri"), F.col("value").alias("text"))
        frame = frame.withColumn("path", F.regexp_replace("uri", "^file:(//)?", ""))
        frame = frame.withColumn("id", F.col("path")).withColumn("date", F.lit(None).cast("string"))
    elif kind == "jsonl":
        frame = spark.read.json(source)
    else:
        frame = spark.read.parquet(source)
    for column in ("id", "text"):
        if column not in frame.columns:
            raise SystemExit(f"spark_build.py: {source}: the articles have no \"{column}\" column; "
                             "give id and text (date, path and order are optional)")
    for column in ("date", "path"):
        if column not in frame.columns:
            frame = frame.withColumn(column, F.lit(None).cast("string"))
    if "order" not in frame.columns:
        sort_key = "path" if kind == "text" else "id"
        frame = frame.withColumn("order", F.row_number().over(Window.orderBy(sort_key)) - 1)
    return frame.select(F.col("id").cast("string"), "text", F.col("date").cast("string"),
                        F.col("path").cast("string"), F.col("order").cast("long"))


# ---------------------------------------------------------------- outputs

TABLE_SCHEMAS = {
    "vertices": "id string, kind string, name string, aliases array<string>, attributes map<string,string>",
    "edges": "id string, source string, target string, kind string, attributes map<string,string>",
    "evidence": "relation string, document string, sentence string, start long, end long",
}
CHUNK_ROWS = int(os.environ.get("DOSSIER_SPARK_CHUNK_ROWS", "100000"))


def table_rows(graph):
    """(table, row) pairs of an interchange graph, vertices first, in file order."""
    for e in graph["entities"]:
        yield "vertices", (e["id"], e["kind"], e["name"], e.get("aliases", []), e.get("attributes", {}))
    for relation in graph["relations"]:
        yield "edges", (relation["id"], relation["source"], relation["target"], relation["kind"],
                        relation.get("attributes", {}))
        for item in relation.get("evidence", []):
            yield "evidence", (relation["id"], item.get("document"), item.get("sentence"), item.get("start"),
                               item.get("end"))


def write_tables(spark, graph_path, out):
    """Parquet vertices, edges and evidence of an interchange file.

    Rows go to Spark in chunks of CHUNK_ROWS, each appended to its table, so the driver JVM holds one
    chunk at a time whatever the size of the graph (a whole table in one createDataFrame ran a 1 GB
    driver out of heap at 100,000 articles)."""
    with open(graph_path, encoding="utf-8") as file:
        graph = json.load(file)
    counts = {name: 0 for name in TABLE_SCHEMAS}
    pending = {name: [] for name in TABLE_SCHEMAS}
    started = set()

    def flush(name):
        mode = "append" if name in started else "overwrite"
        started.add(name)
        spark.createDataFrame(pending[name], TABLE_SCHEMAS[name]).write.mode(mode).parquet(
            os.path.join(out, name))
        pending[name] = []

    for name, row in table_rows(graph):
        pending[name].append(row)
        counts[name] += 1
        if len(pending[name]) >= CHUNK_ROWS:
            flush(name)
    for name in TABLE_SCHEMAS:
        if pending[name] or counts[name] == 0:
            flush(name)
    return counts["vertices"], counts["edges"], counts["evidence"]


def build(args, spark):
    from pyspark.sql import functions as F
    started = time.time()
    os.makedirs(args.out, exist_ok=True)
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"spark_build.py: {binary} is no dossier binary; build it with "
                         "`swift build -c release --product dossier` or name it with --binary")
    staging = tempfile.mkdtemp(prefix="dossier-spark-")
    spark.sparkContext.addArchive(make_bundle(binary, staging))
    lexicons = [os.path.abspath(path) for path in args.lexicon]
    for path in lexicons:
        spark.sparkContext.addFile(path)
    lexicon_names = [os.path.basename(path) for path in lexicons]

    articles = read_articles(spark, args.input, args.format)
    # Numbering the articles gathers them in one partition: spread them again.
    articles = articles.repartition(args.partitions or 2 * spark.sparkContext.defaultParallelism, "order")
    fragments = articles.mapInPandas(extract_batches(lexicon_names),
                                     "line string, failed boolean").cache()
    tables = args.tables or args.out
    fragment_folder = os.path.join(tables, "fragments")
    fragments.select("line").write.mode("overwrite").text(fragment_folder)
    extracted = time.time()
    failures = []
    for row in fragments.filter(F.col("failed")).select("line").toLocalIterator():
        failures += json.loads(row.line).get("failures", [])
    total = fragments.count()

    partial = fragments.select("line").rdd.map(lambda row: row.line).mapPartitions(
        merge_partition(lexicon_names))
    merged_folder = os.path.join(staging, "merged")
    os.makedirs(merged_folder)
    parts = 0
    with open(os.path.join(merged_folder, "parts.fragments.jsonl"), "w", encoding="utf-8") as file:
        for line in partial.toLocalIterator():
            file.write(line + "\n")
            parts += 1
    partial_merged = time.time()

    store = os.path.join(args.out, "graph.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    lexicon_arguments = [p for path in lexicons for p in ("--lexicon", path)]
    check(subprocess.run([binary, "merge", merged_folder, "--store", store] + lexicon_arguments,
                         capture_output=True, text=True), "dossier merge")
    final_merged = time.time()
    graph_json = os.path.join(args.out, "graph.json")
    check(subprocess.run([binary, "export", "--store", store, "-o", graph_json], capture_output=True, text=True),
          "dossier export")
    neo4j = os.path.join(args.out, "neo4j")
    shutil.rmtree(neo4j, ignore_errors=True)
    check(subprocess.run([binary, "export", "--store", store, "--format", "neo4j-csv", "-o", neo4j],
                         capture_output=True, text=True), "dossier export --format neo4j-csv")
    exported = time.time()
    vertices, edges, evidence = write_tables(spark, graph_json, tables)
    written = time.time()
    shutil.rmtree(staging, ignore_errors=True)
    summary = {
        "articles": total - len(failures), "failed": len(failures), "failures": failures,
        "partitions": parts, "vertices": vertices, "edges": edges, "evidence": evidence,
        "seconds": {"extract": round(extracted - started, 2), "partialMerge": round(partial_merged - extracted, 2),
                    "merge": round(final_merged - partial_merged, 2), "exports": round(exported - final_merged, 2),
                    "tables": round(written - exported, 2), "total": round(written - started, 2)},
        "out": args.out,
    }
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as file:
        json.dump(summary, file, indent=2)
    for failure in failures[:20]:
        print(f"skipped article {failure['name']}: {failure['reason']}", file=sys.stderr)
    if len(failures) > 20:
        print(f"... and {len(failures) - 20} more (all in {args.out}/summary.json)", file=sys.stderr)
    summary["failures"] = failures[:20]
    print(json.dumps(summary))


def shipped_lexicons(names):
    """Lexicon files as this executor sees them (shipped with addFile)."""
    from pyspark import SparkFiles
    return [SparkFiles.get(name) for name in names]


def check(result, what):
    if result.returncode != 0:
        raise SystemExit(f"spark_build.py: {what} failed: {result.stderr.strip()}")


# ---------------------------------------------------------------- queries by joins

def undirected_edges(spark, graph):
    from pyspark.sql import functions as F
    edges = spark.read.parquet(os.path.join(graph, "edges"))
    forward = edges.select(F.col("source").alias("src"), F.col("target").alias("dst"))
    backward = edges.select(F.col("target").alias("src"), F.col("source").alias("dst"))
    return forward.union(backward).distinct().cache()


def resolve(spark, graph, name):
    """An entity id from an id or an exact name (case aside)."""
    from pyspark.sql import functions as F
    vertices = spark.read.parquet(os.path.join(graph, "vertices"))
    found = vertices.filter((F.col("id") == name) | (F.lower("name") == name.lower())).select("id").collect()
    if len(found) != 1:
        raise SystemExit(f"spark_build.py: {'no' if not found else 'more than one'} entity is called {name!r}")
    return found[0].id


def shortest_path_length(edges, start, goal, max_depth):
    """Breadth-first from both ends by joins, always growing the smaller frontier.

    Each level is one join of a frontier with the edges, one anti-join with what that side has
    seen, and one join with what the other side has seen; three Spark actions a level.
    """
    from pyspark.sql import functions as F
    if start == goal:
        return 0
    spark = edges.sparkSession
    seen = {0: spark.createDataFrame([(start,)], "id string"), 1: spark.createDataFrame([(goal,)], "id string")}
    frontier, size, depth = dict(seen), {0: 1, 1: 1}, {0: 0, 1: 0}
    while depth[0] + depth[1] < max_depth:
        side = 0 if size[0] <= size[1] else 1
        step = frontier[side].join(edges, frontier[side].id == edges.src).select(F.col("dst").alias("id")).distinct()
        step = step.join(seen[side], "id", "left_anti").localCheckpoint()
        size[side] = step.count()
        if size[side] == 0:
            return None
        depth[side] += 1
        if step.join(seen[1 - side], "id").limit(1).count() > 0:
            return depth[0] + depth[1]
        seen[side] = seen[side].union(step).localCheckpoint()
        frontier[side] = step
    return None


def neighbourhood(edges, start, hops):
    """The entities within `hops` steps, with their distance, by one join per step."""
    from pyspark.sql import functions as F
    spark = edges.sparkSession
    reached = spark.createDataFrame([(start, 0)], "id string, distance int")
    frontier = reached.select("id")
    for hop in range(1, hops + 1):
        step = frontier.join(edges, frontier.id == edges.src).select(F.col("dst").alias("id")).distinct()
        step = step.join(reached.select("id"), "id", "left_anti").localCheckpoint()
        if step.isEmpty():
            break
        reached = reached.union(step.withColumn("distance", F.lit(hop))).localCheckpoint()
        frontier = step
    return reached


def session(master, name):
    from pyspark.sql import SparkSession
    return (SparkSession.builder.master(master).appName(name)
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", os.environ.get("SPARK_SHUFFLE_PARTITIONS", "8"))
            .config("spark.driver.memory", os.environ.get("SPARK_DRIVER_MEMORY", "2g"))
            .getOrCreate())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("build", help="articles to the merged graph")
    one.add_argument("--input", required=True, help="a folder of articles, a JSON lines file or a Parquet table")
    one.add_argument("--format", choices=["text", "jsonl", "parquet"], default="text")
    one.add_argument("--out", required=True)
    one.add_argument("--binary", default=".build/release/dossier")
    one.add_argument("--tables", help="where Spark writes fragments/ and the Parquet tables (default: --out; "
                                      "on a cluster, a shared path such as hdfs://...)")
    one.add_argument("--partitions", type=int, default=0, help="article partitions (default: twice the cores)")
    one.add_argument("--lexicon", action="append", default=[], help="a lexicon file (repeatable)")
    tables = commands.add_parser("tables", help="Parquet vertices, edges and evidence of an interchange file")
    tables.add_argument("--graph", required=True)
    tables.add_argument("--out", required=True)
    path = commands.add_parser("path", help="the length of a shortest path, by joins")
    path.add_argument("--graph", required=True, help="a folder with vertices/ and edges/ (build's --out)")
    path.add_argument("source")
    path.add_argument("target")
    path.add_argument("--max-depth", type=int, default=12)
    hood = commands.add_parser("khop", help="the entities within k steps, by joins")
    hood.add_argument("--graph", required=True)
    hood.add_argument("start")
    hood.add_argument("--hops", type=int, default=2)
    for command in (one, tables, path, hood):
        command.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"))
    args = parser.parse_args()

    spark = session(args.master, f"dossier-{args.command}")
    spark.sparkContext.setLogLevel("ERROR")
    try:
        if args.command == "build":
            build(args, spark)
        elif args.command == "tables":
            os.makedirs(args.out, exist_ok=True)
            print(json.dumps(dict(zip(["vertices", "edges", "evidence"], write_tables(spark, args.graph, args.out)))))
        elif args.command == "path":
            edges = undirected_edges(spark, args.graph)
            source, target = resolve(spark, args.graph, args.source), resolve(spark, args.graph, args.target)
            length = shortest_path_length(edges, source, target, args.max_depth)
            print(json.dumps({"from": source, "to": target, "found": length is not None, "length": length}))
        else:
            edges = undirected_edges(spark, args.graph)
            start = resolve(spark, args.graph, args.start)
            reached = neighbourhood(edges, start, args.hops)
            counts = {row.distance: row["count"] for row in reached.groupBy("distance").count().collect()}
            print(json.dumps({"start": start, "hops": args.hops, "total": sum(counts.values()) - 1,
                              "byDistance": {str(k): counts[k] for k in sorted(counts)}}))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
