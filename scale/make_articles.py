#!/usr/bin/env python3
"""Generated news articles for the scale-out checks and benchmarks.

    make_articles.py --count 1000 --out DIR [--format text|jsonl|parquet] [--seed 7]

Each article is a short wire story (dateline, a meeting or a visit, a statement, a report, now and
then a denial) about officials drawn from a fixed cast, so the same people recur across articles
and a merge has names and events to join. Names are invented from syllables; countries, cities,
demonyms and titles are general knowledge. Deterministic for a seed.

text:    DIR/00000.txt ... (what `dossier build DIR` and the Spark job's text reader take)
jsonl:   DIR/articles.jsonl, {"id", "text", "date", "path"} a line (what `dossier extract` reads)
parquet: DIR/articles.parquet with the same columns (needs pyarrow)
"""

import argparse
import json
import os
import random

COUNTRIES = [
    ("Kenya", "Kenyan", ["Nairobi", "Mombasa"]), ("Uganda", "Ugandan", ["Kampala", "Entebbe"]),
    ("Brazil", "Brazilian", ["Brasilia", "Sao Paulo"]), ("Chile", "Chilean", ["Santiago", "Valparaiso"]),
    ("Peru", "Peruvian", ["Lima", "Cusco"]), ("Norway", "Norwegian", ["Oslo", "Bergen"]),
    ("Poland", "Polish", ["Warsaw", "Krakow"]), ("Japan", "Japanese", ["Tokyo", "Osaka"]),
    ("Indonesia", "Indonesian", ["Jakarta", "Surabaya"]), ("Vietnam", "Vietnamese", ["Hanoi", "Da Nang"]),
    ("Egypt", "Egyptian", ["Cairo", "Alexandria"]), ("Morocco", "Moroccan", ["Rabat", "Casablanca"]),
    ("Ghana", "Ghanaian", ["Accra", "Kumasi"]), ("Canada", "Canadian", ["Ottawa", "Toronto"]),
    ("Mexico", "Mexican", ["Mexico City", "Monterrey"]), ("Greece", "Greek", ["Athens", "Thessaloniki"]),
    ("Sweden", "Swedish", ["Stockholm", "Gothenburg"]), ("India", "Indian", ["New Delhi", "Mumbai"]),
]
OFFICES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister",
           "Trade Minister"]
TOPICS = ["a new trade agreement", "the border dispute", "energy prices", "a railway project",
          "fishing rights", "the refugee crisis", "water sharing", "a port expansion"]
PAPERS = ["The Daily Herald", "The Morning Post", "The National Courier", "The Evening Standard Review"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "ch", "sh", "br", "tr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei"]


def invented_name(rng, syllables):
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)).capitalize()


def cast(rng, size):
    """Officials, each with a country and an office, two-word names all different."""
    people, seen = [], set()
    if size > 7000:
        raise SystemExit(f"make_articles.py: a cast of {size} cannot be drawn with all names different; use --cast 7000 or fewer")
    while len(people) < size:
        first, last = invented_name(rng, 2), invented_name(rng, 3)
        if first in seen or last in seen:
            continue
        seen.update([first, last])
        country = rng.choice(COUNTRIES)
        people.append({"first": first, "last": last, "country": country, "office": rng.choice(OFFICES)})
    return people


def article(rng, people, number):
    host, guest = rng.sample(people, 2)
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    city = rng.choice(host["country"][2])
    topic = rng.choice(TOPICS)
    weekday = rng.choice(WEEKDAYS)

    def full(person):
        return f"{person['country'][1]} {person['office']} {person['first']} {person['last']}"

    lines = [f"{city.upper()}, {MONTHS[month - 1]} {day}, {year} — {full(host)} met {full(guest)} "
             f"in {city} on {weekday} to discuss {topic}."]
    lines.append(f"{host['last']} said the two countries would work together on {topic}.")
    if rng.random() < 0.6:
        third = rng.choice(people)
        lines.append(f"According to {rng.choice(PAPERS)}, {third['first']} {third['last']} will visit "
                     f"{rng.choice(guest['country'][2])} next month.")
    if rng.random() < 0.3:
        lines.append(f"{guest['last']} denied a report that {guest['country'][0]} had asked for a loan.")
    if rng.random() < 0.4:
        lines.append(f"The talks were the first between {host['country'][0]} and {guest['country'][0]} "
                     f"since {year - rng.randint(1, 5)}.")
    date = f"{year:04d}-{month:02d}-{day:02d}"
    return "\n".join(lines) + "\n", date


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True, help="how many articles")
    parser.add_argument("--out", required=True, help="the folder to write (created)")
    parser.add_argument("--format", choices=["text", "jsonl", "parquet"], default="text")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cast", type=int, default=0, help="officials to draw from (default: count/4, at least 20 and at most 5,000; two-syllable first names give about 14,000 different names, so casts far larger cannot be drawn)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = cast(rng, args.cast or max(20, min(args.count // 4, 5000)))
    os.makedirs(args.out, exist_ok=True)
    rows = []
    for number in range(args.count):
        text, date = article(rng, people, number)
        name = f"{number:06d}.txt"
        if args.format == "text":
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as file:
                file.write(text)
        rows.append({"id": f"article-{number:06d}", "text": text, "date": date, "path": name})
    if args.format == "jsonl":
        with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8") as file:
            for row in rows:
                file.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "parquet":
        import pyarrow
        import pyarrow.parquet
        pyarrow.parquet.write_table(pyarrow.Table.from_pylist(rows), os.path.join(args.out, "articles.parquet"))
    words = sum(len(row["text"].split()) for row in rows)
    print(json.dumps({"articles": args.count, "cast": len(people), "out": args.out, "words": words}))


if __name__ == "__main__":
    main()
