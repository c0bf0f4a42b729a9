#!/usr/bin/env python3
"""Heavy inputs for `make fuzz`, run against the release binary.

Each case runs `dossier` as a subprocess, checks what it printed, and reports
wall time and the peak memory of the child:

  * a folder of HEAVY_FILES tiny articles (default 1,000,000), streamed with progress;
  * a 50 MB article on a single line;
  * a complete graph of 2,000 entities: `path --max-length 6` stops at its limit,
    and `neighbours --depth 1000000` answers.

Inputs are made under .build-fuzz/heavy (kept between runs, so a second run
skips making them). Exits 1 when a case fails.
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "dossier")
WORK = os.path.join(ROOT, ".build-fuzz", "heavy")
FILES = int(os.environ.get("HEAVY_FILES", "1000000"))
failures = []


def run(name, arguments, expect):
    """Runs dossier with arguments; every text in expect must be in its output."""
    started = time.time()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen([BINARY] + arguments, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    elapsed = time.time() - started
    missing = [text for text in expect if text not in output]
    ok = child.returncode == 0 and not missing
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {elapsed:.1f} s, {usage.ru_maxrss / 1024:.0f} MB peak", flush=True)
    if not ok:
        print(f"     exit {child.returncode}; missing {missing}\n     {output[-600:]}", flush=True)
        failures.append(name)
    return output


def store(name):
    path = os.path.join(WORK, name + ".sqlite")
    for suffix in ["", "-wal", "-shm"]:
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def tiny_folder():
    folder = os.path.join(WORK, f"tiny-{FILES}")
    if not os.path.isdir(folder):
        print(f"making {FILES:,} tiny articles in {folder} …", flush=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "fuzz", "tiny_articles.py"), folder + ".part",
                        str(FILES)], check=True)
        os.rename(folder + ".part", folder)
    return folder


def long_line():
    path = os.path.join(WORK, "line-50mb.txt")
    if not os.path.exists(path):
        with open(os.path.join(ROOT, "bench", "texts", "varied.txt"), encoding="utf-8") as handle:
            text = handle.read().replace("\n", " ")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("A long line\n\n" + (text * (50_000_000 // len(text) + 1))[:50_000_000] + "\n")
    return path


def complete_graph():
    folder = os.path.join(WORK, "complete-2000")
    if not os.path.isdir(folder):
        os.makedirs(folder + ".part", exist_ok=True)
        with open(os.path.join(folder + ".part", "nodes.csv"), "w") as handle:
            handle.write("id,kind,name\n")
            for index in range(2000):
                handle.write(f"person/k{index},person,K {index}\n")
        with open(os.path.join(folder + ".part", "edges.csv"), "w") as handle:
            handle.write("source,target,kind\n")
            for left in range(2000):
                for right in range(left + 1, 2000):
                    handle.write(f"person/k{left},person/k{right},associateOf\n")
        os.rename(folder + ".part", folder)
    return folder


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: run `swift build -c release --product dossier` first.")
    os.makedirs(WORK, exist_ok=True)
    folder = tiny_folder()
    run(f"{FILES:,} tiny articles in one folder", ["build", folder, "--store", store("tiny")],
        [f"read {FILES:,} of {FILES:,} files (100%)", f"Built {FILES} files", f"{FILES} new documents"])
    run("a 50 MB article on one line", ["build", long_line(), "--store", store("line")],
        ["Built 1 file", "1 new document"])
    dense = store("complete")
    run("a complete graph of 2,000 entities: build", ["build", complete_graph(), "--store", dense],
        ["1999000 new relations"])
    run("  path --max-length 6", ["path", "K 0", "K 1", "--max-length", "6", "--store", dense],
        ["stopped at the limit", "1. (1 step)"])
    run("  neighbours --depth 1000000", ["neighbours", "K 0", "--depth", "1000000", "--store", dense],
        ["1999 entities within"])
    if failures:
        sys.exit(f"{len(failures)} heavy case(s) failed: {', '.join(failures)}")
    print("every heavy case passed")


if __name__ == "__main__":
    main()
