"""Checks a FollowTheMoney file written by `dossier export --format ftm`
with the official followthemoney package, and prints what it found as JSON
for the Swift test.

Every line must parse as an entity proxy (`model.get_proxy(data,
cleaned=False)`), keep every property it names (the package drops unknown
properties silently, so a drop is a failure), hold values its property types
accept, and point only at entities of the file whose schema the property's
range allows. `ftm validate` and `ftm aggregate` must then take the file and
give back as many entities.
"""
import json
import subprocess
import sys

from followthemoney import model

path = sys.argv[1]
problems = []
entities = {}
schemata = {}
raw = []
with open(path, encoding="utf-8") as handle:
    for number, line in enumerate(handle, start=1):
        data = json.loads(line)
        raw.append((number, data))
        try:
            proxy = model.get_proxy(data, cleaned=False)
        except Exception as error:  # noqa: BLE001 - every failure is a finding
            problems.append(f"line {number}: {error}")
            continue
        if proxy.id in entities:
            problems.append(f"line {number}: id {proxy.id} used twice")
        entities[proxy.id] = proxy
        schemata[proxy.schema.name] = schemata.get(proxy.schema.name, 0) + 1
        kept = proxy.to_dict()["properties"]
        for name, values in data["properties"].items():
            prop = proxy.schema.get(name)
            if prop is None:
                problems.append(f"line {number}: {proxy.schema.name} has no property {name}")
                continue
            if sorted(kept.get(name, [])) != sorted(values):
                problems.append(f"line {number}: {name} {values} not kept as written")
            for value in values:
                if not prop.type.validate(value):
                    problems.append(f"line {number}: {name} {value!r} is not a valid {prop.type.name}")

for number, data in raw:
    proxy = entities.get(data["id"])
    if proxy is None:
        continue
    for prop, value in proxy.itervalues():
        if prop.type.name != "entity":
            continue
        target = entities.get(value)
        if target is None:
            problems.append(f"line {number}: {prop.name} points at {value}, which is not in the file")
        elif not target.schema.is_a(prop.range):
            problems.append(f"line {number}: {prop.name} points at a {target.schema.name}, not a {prop.range.name}")


def count(command):
    runner = "from followthemoney.cli.cli import cli; cli()"
    result = subprocess.run(
        [sys.executable, "-c", runner, command, "-i", path], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        problems.append(f"ftm {command}: {result.stderr.strip()[-400:]}")
        return -1
    return len([line for line in result.stdout.splitlines() if line.strip()])


print(json.dumps({
    "entities": len(entities),
    "schemata": schemata,
    "problems": problems,
    "validated": count("validate"),
    "aggregated": count("aggregate"),
}, sort_keys=True))
