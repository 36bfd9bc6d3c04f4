"""Patterns that open with a word boundary, rewritten so the regex engine can skip ahead.

``re`` finds a match by trying every position of the text, unless the compiled
pattern starts with a literal or a set of first characters it can scan for in
C. A pattern that opens with ``\\b`` gives it neither (an assertion comes
first), and under ``re.I`` a letter never counts as a first character (it has
a case). So each cue pattern of the extractors entered the matcher at every
character of every sentence it ran on: that was over a quarter of the
extraction's instructions (callgrind, docs/performance.md).

`skip_ahead` rewrites ``\\b(?:cohort|prospective) study`` as

    (?-i:[CPcp])(?<=\\b.)(?:(?<=[cC])ohort|(?<=[pP])rospective) study

which matches exactly the same spans: the first letter is consumed by a
case-sensitive class holding every character the original's first letters
match (``re`` can scan for that), the boundary is checked behind it, and each
alternative goes on after its own first letter (alternatives that open with the same letter
share one look-behind, see `_branches`). A pattern of any other shape
is returned unchanged. Equivalence is tested on the corpus's sentences and on
the characters that fold to ASCII letters under ``re.I``.
"""

from __future__ import annotations

import re

#: Characters an ``re.I`` pattern's letter matches besides its cases (the Kelvin sign matches
#: k, long s matches s, dotted capital I and dotless i match i, the Angstrom sign matches å,
#: capital sharp s matches ß): what no case mapping of the letter itself reaches. Checked
#: against `re` itself, over every code point, by the tests.
_EXTRA_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f", "\u00e5": "\u212b", "\u00df": "\u1e9e"}
#: What may not follow an alternative's first letter: a quantifier would apply to that letter alone.
_QUANTIFIERS = frozenset("?*+{")
#: Characters an escape makes literal at the start of an alternative (``\\(``, ``\\.``, ``\\-``).
_PUNCTUATION = frozenset("()[]{}.*+?^$|\\-/#&~")


def folds(letter: str, ignore_case: bool) -> str:
    """Every character ``letter`` matches in a pattern (with ``re.I``: all its case folds).

    A letter's folds are among its lower, upper, title and folded cases (and the
    lower case of its upper case: "µ" is also Greek mu) and the few characters
    of `_EXTRA_FOLDS`; each candidate is kept only if ``re`` itself
    matches it, so a candidate that only looks related ("SS" for "ß") is left
    out. The tests check the result against every code point.
    """
    if not ignore_case:
        return letter
    low = letter.lower()
    up = low.upper()
    candidates = (
        low
        + up
        + up.lower()
        + letter.upper()
        + letter.title()
        + letter.casefold()
        + _EXTRA_FOLDS.get(low, "")
    )
    pattern = re.compile(re.escape(letter), re.I)
    return "".join(c for c in dict.fromkeys(candidates) if pattern.fullmatch(c))


def _scan(source: str, start: int = 0) -> list[tuple[int, str, int]] | None:
    """The group brackets and ``|`` of ``source`` from ``start``, outside escapes and classes:
    (index, character, group depth after it); None if a class does not close."""
    found: list[tuple[int, str, int]] = []
    depth, i = 0, start
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(source, i)
            if i < 0:
                return None
            continue
        if c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            found.append((i, c, depth))
        i += 1
    return found


def _group_end(source: str, start: int) -> int | None:
    """The index of the ``)`` closing the group opened at ``source[start]``, or None."""
    scanned = _scan(source, start) or []
    return next((i for i, c, depth in scanned if c == ")" and depth == 0), None)


def _class_end(source: str, start: int) -> int:
    """The index after the ``]`` closing the class opened at ``source[start]`` (-1 if none)."""
    i = start + 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "]":
            return i + 1
        i += 1
    return -1


def _alternatives(source: str) -> list[str] | None:
    """``source`` split at its top-level ``|`` (None if a class does not close)."""
    scanned = _scan(source)
    if scanned is None:
        return None
    cuts = [i for i, c, depth in scanned if c == "|" and depth == 0]
    return [source[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(source)], strict=True)]


#: An opening capturing group: "(" not followed by "?", or "(?P<name>".
_CAPTURING_OPEN = re.compile(r"\((?!\?)|\(\?P<\w+>")


def _split(source: str) -> tuple[str, list[str], str, bool] | None:
    """For the shapes rewritten, the alternatives after the opening ``\\b``, with what opens
    and what follows their group, and whether each alternative checks its own boundary:
    ``\\b(?:A|B)REST``, ``\\b(?P<name>A|B)REST`` (the consumed character goes inside the
    capturing group, so its span stays where it was), ``\\bA|\\bB`` (every top-level
    alternative opening with ``\\b``) and ``\\bA|\\(B`` (some do: those keep their ``\\b``,
    and each checks its own); None for any other."""
    top = _alternatives(source)
    if top is not None and len(top) == 1 and source.startswith("\\b("):
        if source.startswith("\\b(?:"):
            opening = ""
            inside = 5
        elif m := _CAPTURING_OPEN.match(source, 2):
            opening = m.group()
            inside = m.end()
        else:
            return None
        end = _group_end(source, 2)
        if end is None:
            return None
        alternatives = _alternatives(source[inside:end])
        if not alternatives:
            return None
        return opening, alternatives, (")" if opening else "") + source[end + 1 :], False
    if not top or not any(a.startswith("\\b") for a in top):
        return None
    # `_strip` drops each one's opening \\b; where some have none, each checks its own (`rewrite`)
    return "", top, "", not all(a.startswith("\\b") for a in top)


#: How much longer than the original a rewritten pattern may be (each optional opening part
#: doubles what follows it).
_MAX_GROWTH = 8
#: What may follow an opening class or ``\\d``: nothing, ``+`` or ``{m,n}`` (greedy).
_RUN = re.compile(r"(?:(\+)|\{(\d+)(?:(,)(\d*))?\})?(?![?+*{])")
#: An escape inside a class (``\\d``, ``\\s``, ``\\-``): not a letter of the class.
_ESCAPE = re.compile(r"\\.")


def _atom(alternative: str, ignore_case: bool) -> tuple[str, int] | None:
    """The class an alternative opens with, when the skip-ahead class can hold it: ``\\d``, a
    plain ``[...]`` (not negated, and under ``re.I`` holding no letter, whose folds it would
    need) or, under ``re.I``, a class of single letters with their folds; and the length of
    source it takes."""
    if alternative.startswith("\\d"):
        return "\\d", 2
    if not alternative.startswith("[") or alternative.startswith("[^"):
        return None
    end = _class_end(alternative, 0)
    if end < 0:
        return None
    inner = alternative[1 : end - 1]
    if ignore_case and inner.isalpha():
        # a class of single letters ("[Pp]"): under re.I it matches their folds
        return "[" + "".join(dict.fromkeys(c for letter in inner for c in folds(letter, True))) + "]", end
    if "[" in inner or "]" in inner or (ignore_case and any(c.isalpha() for c in _ESCAPE.sub("", inner))):
        return None
    # joined with other first characters, an edge "-" would make a range: escaped
    if inner.startswith("-"):
        inner = "\\" + inner
    if inner.endswith("-") and not inner.endswith("\\-"):
        inner = inner[:-1] + "\\-"
    return f"[{inner}]", end


#: A group that holds a capturing group (or a backreference): such a part is never repeated.
_CAPTURES = re.compile(r"\((?!\?(?::|=|!|<=|<!))|\\\d")

Stripped = tuple[tuple[str, ...], str]


def _strip(alternative: str, ignore_case: bool) -> Stripped | None:
    """An alternative with its first character taken off (the class before it consumes that
    character): the class items it may open with, and the alternative rewritten to go on from
    after that character, checking it behind. It may open with a letter (no quantifier
    after it), ``\\d`` or a class `_atom` accepts (with ``+`` or ``{m,n}``, m >= 1), or a
    non-capturing group of such alternatives, optional or not, or a look-behind before any of
    these; None for anything else (a capturing group, whose span would move; a class of letters
    under ``re.I``)."""
    if alternative.startswith(r"\b"):  # the boundary at the match's start is checked once for all
        alternative = alternative[2:]
    if not alternative:
        return None
    if alternative.startswith(("(?<=", "(?<!")):
        return _strip_behind(alternative, ignore_case)
    first = alternative[0]
    if first == "\\" and alternative[1:2] in _PUNCTUATION:
        # an escaped literal ("\\("): itself, escaped again inside the class
        if alternative[2:3] in _QUANTIFIERS:
            return None
        return (alternative[:2],), f"(?<=[{alternative[:2]}]){alternative[2:]}"
    if first.isalpha():
        if alternative[1:2] in _QUANTIFIERS:
            return None
        chars = folds(first, ignore_case)
        return tuple(chars), f"(?<=[{chars}]){alternative[1:]}"
    opening = _atom(alternative, ignore_case)
    if opening:
        atom, taken = opening
        # "\\d+R" is "\\d\\d*R": the class consumes the first, the quantifier takes one fewer
        run = _RUN.match(alternative, taken)
        if run is None:
            return None
        plus, low, comma, high = run.groups()
        if plus:
            more = f"{atom}*"
        elif low is None:
            more = ""
        elif int(low) < 1:
            return None
        elif comma:
            more = f"{atom}{{{int(low) - 1},{int(high) - 1 if high else ''}}}"
        else:
            more = f"{atom}{{{int(low) - 1}}}"
        inner = atom[1:-1] if atom.startswith("[") else atom
        return (inner,), f"(?<=[{inner}]){more}{alternative[run.end() :]}"
    if not alternative.startswith("(?:"):
        return None
    end = _group_end(alternative, 0)
    if end is None:
        return None
    after = alternative[end + 1 :]
    optional = after[:1] == "?" and after[1:2] not in ("?", "+")
    if optional:
        # "(?:A)?R" tries A then R, then R alone: the same as "(?:AR|R)", where R is copied
        rest = after[1:]
        if _CAPTURES.search(rest) or _CAPTURES.search(alternative[: end + 1]):
            return None
        with_group = _strip(alternative[: end + 1] + rest, ignore_case)
        without = _strip(rest, ignore_case)
        if with_group is None or without is None:
            return None
        return with_group[0] + without[0], f"(?:{with_group[1]}|{without[1]})"
    if after[:1] in _QUANTIFIERS:
        return None
    group = _alternatives(alternative[3:end])
    stripped = [_strip(a, ignore_case) for a in group or [""]]
    if any(s is None for s in stripped):
        return None
    kept = [s for s in stripped if s]
    items = tuple(c for s in kept for c in s[0])
    return items, "(?:" + _branches(kept) + ")" + after


def _strip_behind(alternative: str, ignore_case: bool) -> Stripped | None:
    """`_strip` of an alternative that opens with a look-behind (``(?<!and )review``): the rest is
    stripped, and the look-behind, now checked one character later, takes that character in
    (``(?<!and [\\s\\S])``). Only a look-behind without groups or ``|`` inside is taken."""
    end = _group_end(alternative, 0)
    if end is None:
        return None
    inner = alternative[4:end]
    scanned = _scan(inner)
    if scanned is None or scanned:
        return None
    rest = _strip(alternative[end + 1 :], ignore_case)
    if rest is None:
        return None
    return rest[0], f"{alternative[:4]}{inner}[\\s\\S]){rest[1]}"


def _opening_letters(branch: Stripped) -> frozenset[str] | None:
    """The characters a stripped branch's look-behind checks, when it opens with a class of
    single characters `_strip` made (a letter's folds); None for any other opening."""
    items, text = branch
    if all(len(c) == 1 for c in items) and text.startswith(f"(?<=[{''.join(items)}])"):
        return frozenset(items)
    return None


def _branches(stripped: list[Stripped]) -> str:
    """The stripped alternatives joined with ``|``, those that check the same first letter behind
    them grouped under one look-behind: ``(?<=[cC])ase report|(?<=[sS])eries|(?<=[cC])ase series``
    becomes ``(?<=[cC])(?:ase report|ase series)|(?<=[sS])eries``.

    The regex engine tries a group's alternatives in turn, and a look-behind costs it far more
    than a letter does, so each was paid for once per alternative at every place tried. The
    matches stay the same: for the character a place opens with, the alternatives that can
    match there are still tried in their order. That holds because an alternative is moved only
    past others whose first letters none of its own are (the letter sets of a run of
    alternatives must be equal or apart, else the run is left as it is) and never past an
    alternative of another opening (a group, a class, a look-behind of the original), which
    stays where it is and splits the runs.
    """
    out: list[str] = []
    run: list[tuple[frozenset[str], Stripped]] = []

    def flush() -> None:
        sets = list(dict.fromkeys(letters for letters, _ in run))
        if any(a != b and not a.isdisjoint(b) for a in sets for b in sets):
            out.extend(branch[1] for _, branch in run)
        else:
            for letters in sets:
                members = [branch for held, branch in run if held == letters]
                behind = f"(?<=[{''.join(members[0][0])}])"
                rests = [branch[1][len(behind) :] for branch in members]
                out.append(behind + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
        run.clear()

    for branch in stripped:
        letters = _opening_letters(branch)
        if letters is None:
            flush()
            out.append(branch[1])
        else:
            run.append((letters, branch))
    flush()
    return "|".join(out)


def rewrite(source: str, ignore_case: bool) -> str | None:
    """The skip-ahead form of a pattern's source (see the module docstring), or None when the
    pattern is not of a shape rewritten (see `_strip`: every alternative after the opening
    ``\\b`` must open with something the class can consume)."""
    split = _split(source)
    if split is None:
        return None
    opening, alternatives, rest, own_boundaries = split
    if own_boundaries and any("\\b" in a for a in alternatives if not a.startswith("\\b")):
        return None  # `_strip` drops a \\b it meets first in a group: only sound where one is checked
    if rest[len(")") if opening else 0 :][:1] in _QUANTIFIERS:
        return None  # "\\b(?:a|b)?x": the group may match nothing, so a match need not open with it
    stripped = [_strip(a, ignore_case) for a in alternatives]
    if any(s is None for s in stripped):
        return None
    starts = "".join(sorted({c for s in stripped if s for c in s[0]}))
    if own_boundaries:
        branches = "|".join(
            ("(?<=\\b.)" if a.startswith("\\b") else "") + s[1]
            for a, s in zip(alternatives, stripped, strict=True)
            if s
        )
        boundary = ""
    else:
        branches = _branches([s for s in stripped if s])
        boundary = "(?<=\\b.)"
    if len(branches) > _MAX_GROWTH * len(source):
        return None  # optional parts copied into too many branches: a pattern too big to be worth it
    return f"{opening}(?-i:[{starts}]){boundary}(?:{branches}){rest}"


def skip_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` in its skip-ahead form when it has one (same matches, found faster), else
    ``pattern`` itself."""
    if pattern.flags & re.X:
        return pattern  # whitespace and comments in the source: not split here
    source = rewrite(pattern.pattern, bool(pattern.flags & re.I))
    return pattern if source is None else re.compile(source, pattern.flags)
