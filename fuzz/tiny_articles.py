#!/usr/bin/env python3
"""Writes N tiny articles into one folder, for the streaming-build check.

Usage: tiny_articles.py FOLDER N

Each file is two or three sentences made from general templates with names
drawn from small lists, so the articles share people and places the way a
real collection does. The same N gives the same files.
"""
import os
import random
import sys

FIRST = ["Amina", "Boris", "Chen", "Dara", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kofi", "Lena", "Marta", "Nikos", "Olga", "Pedro", "Rania", "Sven", "Tariq", "Yara"]
LAST = ["Abbott", "Bauer", "Costa", "Diallo", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanov",
        "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn",
        "Rossi", "Santos", "Tanaka"]
PLACES = ["Nairobi", "Lisbon", "Oslo", "Hanoi", "Lima", "Accra", "Vienna", "Manila", "Quito", "Rabat"]
OFFICES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "Finance Minister"]
COUNTRIES = ["Kenya", "Portugal", "Norway", "Vietnam", "Peru", "Ghana", "Austria", "Morocco", "Chile"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def article(rng: random.Random, number: int) -> str:
    one = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    two = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    office = rng.choice(OFFICES)
    country = rng.choice(COUNTRIES)
    place = rng.choice(PLACES)
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1995, 2024)}"
    return (f"Note {number}\n\n"
            f"{office} {one} of {country} met {two} in {place} on {date}. "
            f"The talks were reported by local media.\n")


def main() -> None:
    folder, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(count)
    for number in range(count):
        with open(os.path.join(folder, f"a{number:07d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(article(rng, number))


if __name__ == "__main__":
    main()
