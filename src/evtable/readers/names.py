"""Author names in the Vancouver form reviewers cite ("Weber DM"), from whatever a source prints."""

from __future__ import annotations

import re

_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "ten"}


def initials(given: str) -> str:
    """'Donna M' -> 'DM', 'S. Vincent' -> 'SV', 'Jean-Luc' -> 'JL'."""
    parts = [p for p in re.split(r"[\s.\-‐]+", given) if p]
    return "".join(p[0].upper() for p in parts if p[0].isalpha())


def vancouver(surname: str, given: str | None) -> str:
    """Surname followed by initials, without punctuation, as in Vancouver reference lists."""
    surname = " ".join(surname.split())
    ini = initials(given or "")
    return f"{surname} {ini}".strip()


def from_inverted(name: str) -> str:
    """'Weber, Donna M' -> 'Weber DM'; a name already in 'Weber DM' form is kept."""
    if "," in name:
        surname, _, given = name.partition(",")
        return vancouver(surname.strip(), given.strip())
    return " ".join(name.split())


def from_natural(name: str) -> str:
    """'Seema Singhal' -> 'Singhal S' (given names first, surname last, particles kept)."""
    words = name.split()
    if len(words) < 2:
        return name.strip()
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return vancouver(" ".join(words[cut:]), " ".join(words[:cut]))


def surname_of(vancouver_name: str) -> str:
    """The surname part of a 'Surname Initials' name ('Chanan-Khan AA' -> 'Chanan-Khan')."""
    words = vancouver_name.split()
    if len(words) > 1 and words[-1].isupper() and len(words[-1]) <= 4:
        return " ".join(words[:-1])
    return vancouver_name.strip()


def split_inverted_list(text: str) -> list[str]:
    """Split 'Weber, Donna M, Chen, Christine' (or ';'-separated) into Vancouver names."""
    if ";" in text:
        return [from_inverted(p) for p in text.split(";") if p.strip()]
    parts = [p.strip() for p in text.split(",") if p.strip()]
    names = []
    for i in range(0, len(parts) - 1, 2):
        names.append(vancouver(parts[i], parts[i + 1]))
    if len(parts) % 2:
        names.append(parts[-1])
    return names
