#!/usr/bin/env python3
"""Writes a FollowTheMoney file of about the size asked (people with aliases,
countries and birth dates, positions, occupancies, memberships, family links),
builds it with the release binary, and prints the build's time and peak memory.

    python3 bench/ftm_memory.py --megabytes 100 [--binary .build/release/dossier]
"""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

COUNTRIES = ["ru", "gb", "us", "de", "fr", "ng", "br", "in", "cn", "za", "ua", "tr"]


def lines(rng):
    number = 0
    while True:
        number += 1
        person = f"p{number}"
        first, last = f"Given{rng.randrange(5000)}", f"Family{rng.randrange(20000)}"
        yield {"id": person, "schema": "Person", "datasets": ["bench"], "properties": {
            "name": [f"{first} {last}"], "alias": [f"{last}, {first}", f"{first[0]}. {last}"],
            "birthDate": [f"19{rng.randrange(40, 99)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}"],
            "country": [rng.choice(COUNTRIES)], "topics": ["role.pep"],
            "sourceUrl": [f"https://example.org/people/{number}"]}}
        if number % 3 == 0:
            post = f"pos{number}"
            yield {"id": post, "schema": "Position", "properties": {
                "name": [f"Deputy Minister {number}"], "country": [rng.choice(COUNTRIES)]}}
            yield {"id": f"occ{number}", "schema": "Occupancy", "properties": {
                "holder": [person], "post": [post], "startDate": ["2019-01-01"], "status": ["current"]}}
        if number % 5 == 0:
            yield {"id": f"org{number}", "schema": "Company", "properties": {
                "name": [f"Holding {number} Ltd"], "jurisdiction": [rng.choice(COUNTRIES)]}}
            yield {"id": f"mem{number}", "schema": "Directorship", "properties": {
                "director": [person], "organization": [f"org{number}"], "role": ["director"]}}
        if number > 1 and number % 4 == 0:
            yield {"id": f"fam{number}", "schema": "Family", "properties": {
                "person": [person], "relative": [f"p{number - 1}"], "relationship": ["sibling"]}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--binary", default=".build/release/dossier")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="dossier-ftm-")
    path = os.path.join(folder, "bench.ftm.json")
    limit = int(args.megabytes * 1_000_000)
    rng = random.Random(7)
    written = 0
    count = 0
    with open(path, "w") as out:
        for entity in lines(rng):
            text = json.dumps(entity) + "\n"
            out.write(text)
            written += len(text)
            count += 1
            if written >= limit:
                break
    store = os.path.join(folder, "bench.sqlite")
    start = time.perf_counter()
    run = subprocess.run([args.binary, "build", path, "--store", store, "--json"], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"build failed: {run.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = json.loads(run.stdout)
    print(json.dumps({
        "file_mb": round(written / 1e6, 1), "lines": count, "seconds": round(seconds, 2),
        "peak_mb": round(peak), "store_mb": round(os.path.getsize(store) / 1e6, 1),
        "entities": report["entitiesAdded"], "relations": report["relationsAdded"]}))


if __name__ == "__main__":
    main()
