"""Lexicons and regular expressions used by the extractors: vocabularies as data.

Every rule family reads its cues from here, so a reviewer who finds a missed
phrasing can add it in one place. Patterns are compiled once at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evtable import fields as F

#: A keyword pre-check: groups of lower-cased substrings; it is open when the text holds at
#: least one needle of every group. Every match of the pattern it guards holds such needles,
#: so a closed gate means the (much slower) regex cannot match and need not run.
Gate = tuple[tuple[str, ...], ...]


#: Letters Python's case-insensitive matching equates with an ASCII letter though str.lower
#: does not give it: "ı" and "ſ" match i and s, and "İ" lowers to "i" plus a combining dot.
_CASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def gate_text(text: str) -> str:
    """``text`` lower-cased for the keyword gates, so a needle is there wherever an ``re.I``
    pattern can match it ("RANDOMİZED", "randomızed"); offsets are never read from it."""
    return text.lower() if text.isascii() else text.translate(_CASE_FOLDS).lower()


def has_any(lower: str, needles: tuple[str, ...]) -> bool:
    """Whether ``lower`` holds one of ``needles`` (a C-level loop: no generator per call)."""
    return any(map(lower.__contains__, needles))


def gate_open(lower: str, gate: Gate) -> bool:
    """Whether every group of ``gate`` has a needle in ``lower`` (see `Gate`)."""
    for needles in gate:  # noqa: SIM110 - a plain loop: all(genexpr) costs a generator per call
        if not any(map(lower.__contains__, needles)):
            return False
    return True


#: A whole-word pre-check: groups of lower-cased words; it is open when the text's letter runs
#: (`zones.words_of`) hold a word of every group. It suits words a pattern matches only whole
#: (between ``\\b``, spaces or hyphens), and is much tighter than a substring: "report" is not
#: opened by "reported", nor "men" by "treatment". Checked with `gate_found`.
WordGate = tuple[frozenset[str], ...]


def word_gate(*groups: str) -> WordGate:
    """A `WordGate` from space-separated word lists, one string per group."""
    return tuple(frozenset(group.split()) for group in groups)


def words(*alternatives: str) -> str:
    """A non-capturing alternation, longest first so 'overall survival' beats 'survival'."""
    return "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"


RANDOM = r"randomi[sz]\w*|randomly (?:assigned|allocated)"
#: A count of people, in digits or words ("27", "twenty-seven"); explicit words keep the scan cheap.
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_COUNT_WORD = rf"(?:\d+|{_TENS}(?:[- ]{_UNITS})?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
_PERSON = r"(?:patients?|cases?|men|women|man|woman|males?|females?|boys?|girls?|child(?:ren)?|infants?|neonates?|newborns?|adults?|adolescents?|individuals?|persons?|subjects?|siblings|twins|brothers|sisters|gravida|farmer|athletes?|soldiers?)"
_ONE_PERSON = r"(?:patient|case|man|woman|male|female|boy|girl|child|infant|neonate|newborn|adult|adolescent|individual|person|gravida|pregnancy)"
_AGE = r"\d{1,3}[- ](?:years?|yrs?|months?|mo|weeks?|wks?|days?)[- ]old"
_SINGLE = r"(?:a|an|one|the case of an?)"

#: Words that open the single-case cue without a reporting verb (see its word gate below).
_CASE_WORDS = (
    "case old older young middle elderly healthy pregnant immunocompromised immunocompetent male female"
)
#: Design cues in the text: (label, regex, weight, word gate). A sentence's cues are scored,
#: weighted by where the sentence is (title, methods) and whether it talks about other studies;
#: the label with the best score wins (ties: the earlier label in this list). Weights: 3 names
#: the design outright ("case-control study"), 2 describes it ("were randomly assigned"),
#: 1 only hints at it ("retrospective"). The word gate (a `WordGate`; empty: none) names words
#: every match of the regex holds whole. The cues whose needles (DESIGN_CUE_NEEDLES and
#: DESIGN_CUE_GATES) sit inside common words ("compared", "reported", "treatment") have one; the
#: single-case cue's two groups let a reporting verb open it only beside "we", "first" or "only".
DESIGN_TEXT_CUES: list[tuple[str, re.Pattern[str], float, WordGate]] = [
    (F.SYSTEMATIC_REVIEW, re.compile(r"\b(?:systematic(?:ally)? review\w*|meta-?analys[ie]s|meta-?regression|network meta|pooled analysis of (?:\w+ )?(?:randomi[sz]ed|trials|studies)|umbrella review|scoping review|systematic (?:literature )?search(?:es)?|(?:searched|search of) (?:the )?(?:\w+ ){0,3}(?:MEDLINE|PubMed|Embase|Cochrane|databases?))\b", re.I), 3, ()),
    (F.GUIDELINE, re.compile(r"\b(?:(?:clinical )?(?:practice )?guidelines? (?:for|on|of|from)|(?:this|these|the present|our|updated?) guidelines?|consensus (?:statement|conference|recommendations?|guidelines?|document|report)|delphi (?:process|consensus|survey|method)|position (?:statement|paper)|we (?:provide|present|make|propose) recommendations|recommendations? (?:of|from) (?:the )?(?:\w+ ){0,4}(?:society|group|association|panel|college|committee)|proposals? of (?:the )?(?:\w+ ){0,4}(?:society|group|association|panel|college|committee)|expert panel)\b", re.I), 3, ()),
    (F.NRCT, re.compile(r"\b(?:non-?randomi[sz]ed (?:controlled |clinical |comparative )?(?:trial|study)|quasi-?(?:experimental|randomi[sz]ed)|controlled clinical trial|controlled before-and-after)\b", re.I), 3, ()),
    (F.RCT, re.compile(r"\b(?:randomi[sz]ed(?:,| and)?(?: [\w-]+){0,5} (?:trial|study)|\bRCTs?\b)", re.I), 3, ()),
    (F.RCT, re.compile(r"\b(?:were (?:randomi[sz]ed|randomly (?:assigned|allocated|divided|distributed|selected into))|randomly (?:assigned|allocated|divided into)|randomi[sz]ation|randomi[sz]ed (?:to|into|in(?:to)? (?:two|three|four|\d) groups)|(?:patients|participants|subjects|children|adults|women|men|volunteers) (?:\w+ ){0,3}randomi[sz]ed (?:to|into|in))\b", re.I), 2.5, ()),
    (F.CASE_CONTROL, re.compile(r"\bcase[- ]control\b|\bmatched (?:healthy )?controls\b|\b(?:age|sex)[- ](?:and [\w-]+ )?matched (?:\w+ )?controls\b", re.I), 3, ()),
    (F.CASE_CONTROL, re.compile(r"\b(?:compared (?:with|to) (?:\d+ )?(?:age-matched )?healthy (?:controls|volunteers|subjects)|and (?:\d+ )?healthy controls)\b", re.I), 1.5, ()),
    (F.CROSS_SECTIONAL, re.compile(r"\b(?:cross-?sectional|prevalence (?:survey|study)|(?:questionnaire|online|web-based|postal|national|telephone) survey|(?:a|the) survey (?:of|among|was)|(?:developed|administered|distributed|sent|completed) (?:a |an |the )?(?:\w+ ){0,2}questionnaire)\b", re.I), 2.5, ()),
    (F.COHORT, re.compile(r"\b(?:cohort (?:study|studies|analysis)|(?:prospective|retrospective|population-based|longitudinal|observational|historical|inception) cohort|registry(?:-based)? (?:study|data|analysis)|database (?:study|analysis)|population-based study|longitudinal study|observational study|follow-up study)\b", re.I), 2.5, word_gate("cohort registry database population longitudinal observational follow", "cohort registry database study")),
    (F.COHORT, re.compile(r"\b(?:cohort|retrospective(?:ly)?(?: \w+){0,3} (?:review|analysis|analy[sz]ed|study|studied|collected|evaluated|reviewed|assessment)|prospective(?:ly)?(?: \w+){0,3} (?:study|collected|followed|enrolled|registry|observational|evaluated|identified)|chart review|medical records? (?:review|of)|(?:were|was) (?:studied|evaluated|followed|analy[sz]ed) (?:retrospectively|prospectively))\b", re.I), 1.5, word_gate("cohort retrospective retrospectively prospective prospectively chart medical")),
    (F.COHORT, re.compile(r"\b(?:consecutive (?:\w+ ){0,2}(?:patients|cases|subjects)|(?:patients|subjects|participants) (?:who|with|receiving|treated) [^.;]{0,60}(?:were|was) compared (?:with|to)|claims data|(?:electronic )?(?:health|medical) records? (?:data|database)|(?:national|nationwide|population-based) (?:\w+ ){0,2}(?:database|registry|register|sample))\b", re.I), 1.5, word_gate("consecutive claims compared health medical national nationwide population", "consecutive claims patients subjects participants record records database registry register sample")),
    (F.SINGLE_ARM, re.compile(r"\b(?:single-?arm|single-?group|open-label,? (?:non-?randomi[sz]ed,? )?(?:phase (?:I{1,3}|[1-3]\w?)|pilot) (?:trial|study)|phase (?:I{1,2}|I/II|[12]|1/2)(?:a|b)? (?:trial|study))\b", re.I), 2.5, ()),
    (F.CASE_REPORT, re.compile(rf"\b(?:case report|case presentation|(?:a|the|this|one) (?:rare |unusual |unique |first |fatal |new )?case (?:of|in|with|is|was|where|that)|we (?:\w+ ){{0,1}}(?:report|describe|present|discuss)(?: on)? {_SINGLE} (?:(?!study|series|review|cohort|analysis|total|group)[A-Za-z'-]+,? ){{0,8}}?(?:{_PERSON}|case)|(?:an?|the) {_AGE}\b|(?:the|this) (?:present |current |index |above )?case\b(?![- ](?:control|series|stud|mix|definition|fatality))|(?:the|this) (?:presented|reported|described) (?:clinical )?case\b|(?:very|extremely) rare case of|(?:an?|one) (?:(?!case)[\w-]+ ){{0,2}}case\b(?![- ](?:control|series|stud|mix|definition|fatality|of \w+ \w+ (?:were|was)))|(?:first|only) (?:reported )?(?:report|description) of|(?:an?|the) (?:{_AGE} )?(?:young|middle-aged|elderly|old|older|previously healthy|healthy|pregnant|immunocompromised|immunocompetent) (?:[\w-]+ ){{0,2}}{_PERSON}(?: was| presented| developed| had| with| who)|(?:an?|the) (?:male|female) (?:neonate|infant|newborn|patient|child) (?:was|presented|developed|with|who))\b", re.I), 3, word_gate(f"{_CASE_WORDS} report describe present discuss description", f"{_CASE_WORDS} we first only")),
    (F.CASE_REPORT, re.compile(rf"\b(?:(?:in|of) (?:a|an|one) (?:[\w'-]+ ){{0,3}}{_ONE_PERSON}\b(?! (?:population|group|cohort|series|sample))|(?:a|one) case)\b", re.I), 1.5, ()),
    (F.CASE_SERIES, re.compile(rf"\b(?:case series|series of {_COUNT_WORD}|(?:report|review|analysis|presentation|description|apropos|à propos|about) of {_COUNT_WORD} (?:\w+ ){{0,2}}(?:cases|patients)|{_COUNT_WORD} case reports|we (?:\w+ ){{0,1}}(?:report|describe|present)(?: on)? (?:\w+ ){{0,3}}{_COUNT_WORD} (?:(?:consecutive|such|similar|additional|new|unusual|[\w-]+) ){{0,2}}(?:cases|patients|infants|children|boys|girls|men|women|adults|siblings|twins))\b", re.I), 2.5, word_gate("series report reports review analysis presentation description apropos propos about describe present", "series case cases patients infants children boys girls men women adults siblings twins")),
    (F.CASE_SERIES, re.compile(rf"\bin (?:{_COUNT_WORD}) (?:[\w'-]+ ){{0,2}}(?:patients|boys|girls|children|infants|men|women|siblings|brothers|sisters|cases)\b", re.I), 1.25, word_gate("in", "patients boys girls children infants men women siblings brothers sisters cases")),
    (F.NARRATIVE_REVIEW, re.compile(r"\b(?:(?:this|the present|our|a) (?:(?!retrospective|chart|records?|case|clinical|systematic)\w+ ){0,2}(?:review|overview)(?! of (?:\d|\w+ (?:cases|patients)))|we (?:review|summari[sz]e|discuss|outline)(?! (?:the |our |all )?(?:medical |clinical |hospital )?(?:records|charts|files|experience|cases|patients|\d))|(?:this|the present) (?:article|paper|report|chapter|manuscript|update) (?:\w+ ){0,2}(?:reviews|summari[sz]es|discusses|describes|presents|provides|outlines|focuses|examines|highlights|addresses)|(?<!and )(?<!with )(?<!with a )(?<!and a )review of the (?:literature|current|recent|available)|(?<!and )(?<!with )literature review|narrative review|(?:is|are) (?:briefly )?reviewed|state of the art|update on|an overview|current (?:concepts|knowledge|evidence|understanding|status) (?:of|on|in|about|regarding))\b", re.I), 2, word_gate("review overview reviewed summarize summarise discuss outline article paper report chapter manuscript update state current")),
    (F.EDITORIAL, re.compile(r"\b(?:in this (?:editorial|commentary|letter|perspective|viewpoint|opinion)|this (?:editorial|commentary|viewpoint|perspective))\b", re.I), 3, ()),
]  # fmt: skip
#: Cheap pre-check: a label's cue regexes run only on sentences (lower-cased) holding one of these
#: substrings; every cue of the label contains one. Labels not listed always run (their cues
#: start from common words). Saves most of the regex time on sentences with no design words.
DESIGN_CUE_NEEDLES: dict[str, tuple[str, ...]] = {
    F.SYSTEMATIC_REVIEW: ("systematic", "meta", "pooled analysis", "umbrella", "scoping", "search"),
    F.GUIDELINE: ("guideline", "consensus", "delphi", "position", "recommendation", "proposal", "expert panel"),
    F.NRCT: ("randomi", "quasi", "controlled clinical trial", "before-and-after"),
    F.RCT: ("randomi", "randomly", "rct"),
    F.CASE_CONTROL: ("case-control", "case control", "controls"),
    F.CROSS_SECTIONAL: ("cross", "prevalence", "survey", "questionnaire"),
    F.COHORT: ("cohort", "registry", "database", "population-based", "longitudinal", "observational", "follow-up",
               "retrospective", "prospective", "chart review", "record", "consecutive", "compared", "claims data",
               "national", "register", "sample"),
    F.SINGLE_ARM: ("single", "open-label", "phase"),
    F.NARRATIVE_REVIEW: ("review", "overview", "we ", "article", "paper", "report", "chapter", "manuscript",
                         "update", "literature", "state of the art", "current"),
    F.EDITORIAL: ("editorial", "commentary", "letter", "perspective", "viewpoint", "opinion"),
}  # fmt: skip

#: Gates for the design cues whose label has no needles above, by (label, weight): the
#: case-report and case-series cues start from common words, so each gets its own gate.
_ONE_PERSON_NEEDLES = (
    "patient",
    "case",
    "man",
    "male",
    "boy",
    "girl",
    "child",
    "infant",
    "neonate",
    "newborn",
    "adult",
    "adolescent",
    "individual",
    "person",
    "gravida",
    "pregnancy",
)
DESIGN_CUE_GATES: dict[tuple[str, float], Gate] = {
    (F.CASE_REPORT, 3): (("case", "report", "describe", "present", "discuss", "old", "description", "young",
                          "middle-aged", "elderly", "healthy", "pregnant", "immuno", "male"),),
    (F.CASE_REPORT, 1.5): (("in a", "of a", "in one", "of one", "a case", "one case"), _ONE_PERSON_NEEDLES),
    (F.CASE_SERIES, 2.5): (("series", "report", "review of", "analysis of", "description of", "apropos of",
                            "à propos of", "about of", "describe", "present"),),
    (F.CASE_SERIES, 1.25): (("patients", "boys", "girls", "children", "infants", "men", "siblings", "brothers",
                             "sisters", "cases"),),
}  # fmt: skip

#: A group of people the study treated or reviewed ("42 cases of X were operated on"): a case
#: series when small (see design.SMALL_SERIES_MAX), else an observational cohort. Group 'n'.
GROUP_COUNT = re.compile(
    rf"\b(?P<n>{_COUNT_WORD}|{_COUNT_WORD} hundred(?: and)? {_COUNT_WORD}|\d{{1,3}},\d{{3}}) (?:(?:consecutive|eligible|adult|pediatric|paediatric|[\w-]+) ){{0,3}}?"
    r"(?:patients|subjects|participants|children|adults|women|men|individuals|cases|eyes|infants|persons|boys|girls) "
    r"(?:(?:\([^)]{0,80}\)|with|who|aged|from|in|of|undergoing|treated|diagnosed|suffering|admitted|having)[^.;]{0,80}? )?"
    r"(?:(?:were|was|have been|had been) (?:\w+ly )*(?:included|enrolled|reviewed|identified|treated|evaluated|studied|analy[sz]ed|"
    r"followed|operated|investigated|examined|recruited|assessed|managed|seen|described|presented|diagnosed|measured|divided|"
    r"selected)|underwent|received|had (?:a )?diagnosis)\b",
    re.I,
)
#: A studied group named without a verb GROUP_COUNT knows: "a total of 13 patients ...", "a
#: retrospective study was conducted on 33 patients". Same reading as GROUP_COUNT. Group 'n'.
STUDY_GROUP = re.compile(
    rf"\b(?:a total of|(?:study|investigation) (?:was (?:conducted|performed|carried out|undertaken) )?"
    rf"(?:on|of|in|including|involving|comprising)) (?P<n>{_COUNT_WORD}|\d{{1,3}},\d{{3}}) (?:[\w-]+ ){{0,3}}?"
    r"(?:patients|subjects|participants|children|adults|women|men|individuals|cases|infants|persons|boys|girls)\b",
    re.I,
)
#: Pre-checks for GROUP_COUNT and STUDY_GROUP (see `WordGate`): the people noun, and
#: GROUP_COUNT's verb or STUDY_GROUP's lead word; both also need a count (`has_count`).
_GROUP_PEOPLE = "patients subjects participants children adults women men individuals cases eyes infants persons boys girls"
GROUP_COUNT_GATE = word_gate(
    _GROUP_PEOPLE,
    "included enrolled reviewed identified treated evaluated studied analysed analyzed "
    "followed operated investigated examined recruited assessed managed seen described presented "
    "diagnosed measured divided selected underwent received diagnosis",
)
STUDY_GROUP_GATE = word_gate(_GROUP_PEOPLE, "total study investigation")
#: Titles of records without an abstract that report one clinical event the way case reports
#: are titled ("Cough syncope induced by paraspinal abscess", "Clinical cases ... Case No. 29").
#: Weak evidence (a low-confidence design), used only when there is no abstract to read.
CASE_TITLE = re.compile(
    r"\b(?:induced by|due to|caused by|after|mimicking|masquerading as|presenting as|secondary to|case no\.? ?\d+)\b",
    re.I,
)
#: Signs that an abstract reports a study of its own (data, people studied, first-person
#: methods); an abstract of several sentences with none of them reads as an overview.
STUDY_SIGNS = re.compile(
    r"\b(?:we|our) (?:\w+ ){0,2}(?:studied|investigated|enrolled|included|recruited|performed|conducted|analy[sz]ed|examined|"
    r"measured|assessed|evaluated|compared|found|observed|tested|identified|report|describe|present|treated|used|developed|"
    r"designed|hypothesi[sz]ed|aimed|sought|determined|obtained|collected|followed)\b|"
    r"\b(?:patients|participants|subjects|cases|children|mice|rats|cells|samples|animals|specimens) (?:\w+ ){0,3}(?:were|was) \w+ed\b|"
    r"\d+(?:\.\d+)?\s*%|\b[Pp]\s*[<=>≤]\s*0?\.\d|\b(?:aim|purpose|objective) of (?:this|the present|our) (?:study|work|research)",
    re.I,
)
#: Pre-check for STUDY_SIGNS: a whole word that opens one of its phrases, or a character of its
#: percentage or P value (one or the other is in every match).
STUDY_SIGN_WORDS = frozenset(
    [
        "we",
        "our",
        "patients",
        "participants",
        "subjects",
        "cases",
        "children",
        "mice",
        "rats",
        "cells",
        "samples",
        "animals",
        "specimens",
        "aim",
        "purpose",
        "objective",
    ]
)
STUDY_SIGN_CHARS = ("%", "<", "=", ">", "≤")
#: A sentence about other studies: its design words describe them, not this study.
OTHER_STUDIES = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|other|few|several|many|some|most|recent|published|existing) "
    r"(?:\w+ ){0,2}(?:studies|trials|reports|reviews|cases|series|meta-analyses|investigators|authors)\b|"
    r"\b(?:has|have) (?:\w+ )?been (?:reported|shown|described|demonstrated|documented|suggested)|"
    r"\b(?:studies|trials|reports) (?:\w+ )?(?:have|has) (?:shown|found|reported|suggested|demonstrated)|"
    r"\b(?:evidence|data) from (?:\w+ ){0,2}(?:studies|trials|randomi[sz]ed)|"
    r"\bin the (?:medical |published |english )?literature\b",
    re.I,
)

#: Pre-check for OTHER_STUDIES (see `WordGate`): its first and its last word. "evidence from
#: studies" ends without a word boundary, so there the first words stand in for the last.
OTHER_STUDIES_GATE = word_gate(
    "previous previously prior earlier other few several many some most recent published existing been have has "
    "evidence data literature",
    "studies trials reports reviews cases series analyses investigators authors been literature evidence data",
)

#: MEDLINE/XML publication types -> design, checked in this order (most specific first).
PUBLICATION_TYPE_DESIGNS: list[tuple[str, str]] = [
    ("meta-analysis", F.SYSTEMATIC_REVIEW),
    ("systematic review", F.SYSTEMATIC_REVIEW),
    ("network meta-analysis", F.SYSTEMATIC_REVIEW),
    ("randomized controlled trial", F.RCT),
    ("equivalence trial", F.RCT),
    ("pragmatic clinical trial", F.RCT),
    ("controlled clinical trial", F.NRCT),
    ("practice guideline", F.GUIDELINE),
    ("guideline", F.GUIDELINE),
    ("consensus development conference", F.GUIDELINE),
    ("consensus development conference, nih", F.GUIDELINE),
    ("case reports", F.CASE_REPORT),
    ("observational study", F.COHORT),
    ("editorial", F.EDITORIAL),
    ("comment", F.EDITORIAL),
    ("letter", F.EDITORIAL),
    ("news", F.EDITORIAL),
    ("review", F.NARRATIVE_REVIEW),
]

#: MeSH check tags that name an observational design on indexed records.
MESH_DESIGNS: list[tuple[str, str]] = [
    ("case-control studies", F.CASE_CONTROL),
    ("cross-sectional studies", F.CROSS_SECTIONAL),
    ("cohort studies", F.COHORT),
    ("prospective studies", F.COHORT),
    ("retrospective studies", F.COHORT),
    ("longitudinal studies", F.COHORT),
    ("follow-up studies", F.COHORT),
]

#: Design features for design_details: (label, regex). Order is the output order.
DESIGN_DETAIL_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("randomized", re.compile(rf"\b(?:{RANDOM})", re.I)),
    ("non-randomized", re.compile(r"\bnon-?randomi[sz]ed\b", re.I)),
    ("double-blind", re.compile(r"\bdouble[- ](?:blind|masked)\w*", re.I)),
    ("triple-blind", re.compile(r"\btriple[- ](?:blind|masked)\w*", re.I)),
    ("single-blind", re.compile(r"\bsingle[- ](?:blind|masked)\w*", re.I)),
    ("open-label", re.compile(r"\bopen[- ]label\b", re.I)),
    ("placebo-controlled", re.compile(r"\bplacebo\b", re.I)),
    ("sham-controlled", re.compile(r"\bsham\b", re.I)),
    ("crossover", re.compile(r"\bcross-?over\b", re.I)),
    ("cluster", re.compile(r"\bcluster[- ]randomi[sz]\w*|\bcluster trial", re.I)),
    ("non-inferiority", re.compile(r"\bnon-?inferiority\b", re.I)),
    ("equivalence", re.compile(r"\bequivalence (?:trial|study|design|margin)\b", re.I)),
    ("factorial", re.compile(r"\bfactorial\b", re.I)),
    ("multicentre", re.compile(rf"\bmulti-?cent(?:er|re)\w*|\bmulti-?site\b|\b{_COUNT_WORD} (?:centers|centres|sites|hospitals)\b", re.I)),
    ("single-centre", re.compile(r"\bsingle[- ]cent(?:er|re)\b", re.I)),
    ("prospective", re.compile(r"\bprospective(?:ly)?\b", re.I)),
    ("retrospective", re.compile(r"\bretrospective(?:ly)?\b", re.I)),
    ("registry or database", re.compile(r"\b(?:registry|registries|database|claims data|electronic health records?)\b", re.I)),
    ("post hoc analysis", re.compile(r"\bpost[- ]hoc\b", re.I)),
    ("pooled analysis", re.compile(r"\bpooled analys[ie]s\b", re.I)),
    ("subgroup analysis", re.compile(r"\bsubgroup analys[ie]s\b", re.I)),
    ("pilot", re.compile(r"\bpilot (?:study|trial)\b", re.I)),
]  # fmt: skip
#: Cheap pre-checks (lower-cased substrings) for DESIGN_DETAIL_CUES: a cue's regex runs only on
#: text holding one of its needles; every match of the regex contains one.
DESIGN_DETAIL_NEEDLES: dict[str, tuple[str, ...]] = {
    "randomized": ("randomi", "randomly"), "non-randomized": ("randomi",), "double-blind": ("double",),
    "triple-blind": ("triple",), "single-blind": ("single",), "open-label": ("open",), "placebo-controlled": ("placebo",),
    "sham-controlled": ("sham",), "crossover": ("cross",), "cluster": ("cluster",), "non-inferiority": ("inferiority",),
    "equivalence": ("equivalence",), "factorial": ("factorial",),
    "multicentre": ("multi", "center", "centre", "site", "hospital"), "single-centre": ("single",),
    "prospective": ("prospective",), "retrospective": ("retrospective",),
    "registry or database": ("registr", "database", "claims data", "health record"), "post hoc analysis": ("post",),
    "pooled analysis": ("pooled",), "subgroup analysis": ("subgroup",), "pilot": ("pilot",),
}  # fmt: skip
PHASE = re.compile(r"\bphase (I{1,3}V?|IV|[1-4])(?:\s*/\s*(I{1,3}|[1-3]))?([ab])?\b", re.I)

#: Number words for sample sizes written out ("two thousand patients").
NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
} | {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
     "eighty": 80, "ninety": 90}  # fmt: skip
NUMBER_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}
_NUM_WORD = words(*NUMBER_WORDS, *NUMBER_SCALES)
#: "a" counts only before a scale word ("a hundred"), never alone ("a double-blind trial").
_NUM_START = rf"(?:a[\s-]+{words(*NUMBER_SCALES)}|{_NUM_WORD})"
NUMBER = rf"(?:\d{{1,3}}(?:[,\u2009 ]\d{{3}})+|\d+|{_NUM_START}(?:[\s-]+(?:and[\s-]+)?{_NUM_WORD})*)"
PEOPLE_WORDS: tuple[str, ...] = (
    "patients",
    "participants",
    "subjects",
    "adults",
    "children",
    "adolescents",
    "women",
    "men",
    "individuals",
    "volunteers",
    "infants",
    "neonates",
    "persons",
    "people",
    "cases",
    "residents",
    "students",
    "nurses",
    "physicians",
    "pregnancies",
    "mothers",
    "couples",
    "smokers",
    "veterans",
    "athletes",
    "employees",
    "outpatients",
    "inpatients",
    "survivors",
    "youths",
    "girls",
    "boys",
    "newborns",
    "families",
    "respondents",
    "caregivers",
    "carers",
    "parents",
    "healthy volunteers",
)
PEOPLE = words(*PEOPLE_WORDS)
#: Verbs that make a count a sample size, strongest first (enrolled/randomised beat analysed).
N_VERBS: list[tuple[str, str]] = [
    ("randomized", r"randomi[sz]ed|randomly (?:assigned|allocated|divided)|assigned|allocated"),
    (
        "enrolled",
        r"enrolled|recruited|included|entered|participated|registered|screened and enrolled|studied|identified|"
        r"reviewed|selected|investigated|surveyed|interviewed|examined|observed|followed(?: up)?",
    ),
    ("treated", r"treated|underwent|received|operated(?: on)?|managed|given|divided"),
    ("analysed", r"analy[sz]ed|evaluated|assessed|completed"),
]
#: Words for the whole sample that a count can describe ("the sample included 413 men").
SAMPLE_NOUNS = r"(?:sample|cohort|study population|population|series)"
#: A count that names one arm or group, to be added up with its siblings in the same sentence
#: ("of", "in" or another number never stands between a count and its people: "80 percent of the
#: patients", "30 eyes of 16", "eight trials involving 743 participants").
ARM_COUNT = re.compile(
    rf"(?:\b[Nn]\s*=\s*(?P<eq>\d{{1,3}}(?:,\d{{3}})+|\d+)\b(?!\s*(?:per|in each|each))|"
    rf"\b(?P<n>{NUMBER})\s+(?:(?!(?:of|in)\s|\d)(?:[\w'-]+)\s+){{0,3}}?{PEOPLE}\b)",
    re.I,
)
#: Sentence shapes in which several counts are the arms or groups of one sample.
ARM_SENTENCE = re.compile(
    rf"\b(?:group|groups|arm|arms|cohort)\b|\(\s*[Nn]\s*=|\b{NUMBER}\s+(?:(?!of\s)(?:[\w'-]+)\s+){{0,3}}?{PEOPLE}\b[^.;]{{0,120}}?\band\s+{NUMBER}\s+(?:(?!of\s)(?:[\w'-]+)\s+){{0,3}}?{PEOPLE}",
    re.I,
)

#: Outcomes/end points reviewers table, canonical label -> regex.
OUTCOME_TERMS: dict[str, str] = {
    "overall survival": r"overall survival|\bOS\b",
    "progression-free survival": r"progression[- ]free survival|\bPFS\b",
    "event-free survival": r"event[- ]free survival|\bEFS\b",
    "disease-free survival": r"disease[- ]free survival|\bDFS\b",
    "relapse-free survival": r"relapse[- ]free survival|recurrence[- ]free survival",
    "time to progression": r"time to (?:disease )?progression|\bTTP\b",
    "survival": r"(?<![-\w] )(?<!free )(?<!overall )survival(?! analysis)",
    "complete remission": r"complete (?:remission|response)s?",
    "response rate": r"(?:overall |objective |clinical |high-)?response rates?",
    "mortality": r"(?:all-cause |in-hospital |\d+-day )?mortality|death rates?",
    "quality of life": r"(?:health-related )?quality of life|\bQoL\b|\bHRQoL\b|SF-36|EQ-5D",
    "pain": r"\bpain (?:scores?|intensity|relief)|\bVAS\b|visual analog(?:ue)? scale",
    "recurrence": r"recurrence(?: rates?)?",
    "complications": r"(?:postoperative |surgical )?complication rates?",
    "length of stay": r"length of (?:hospital )?stay|hospital stay",
    "hospitalization": r"(?:re)?hospitali[sz]ations?|readmissions?",
    "functional outcome": r"functional (?:outcome|score|status|recovery)|\bODI\b|Oswestry|Barthel",
    "HbA1c": r"\bHbA1c\b|glycated ha?emoglobin",
    "blood pressure": r"(?:systolic |diastolic )?blood pressure",
    "symptom scores": r"symptom (?:scores?|severity)",
    "healing": r"(?:wound |fracture |ulcer )?healing(?: rates?| time)?",
    "infection rate": r"infection rates?|surgical site infections?",
    "cure rate": r"cure rates?|clinical cure",
    "remission": r"(?<!complete )remission rates?",
    "fusion rate": r"fusion rates?",
}
#: Cheap pre-checks for OUTCOME_TERMS (lower-cased substrings): a term's regex runs only on a
#: sentence holding one of its needles; every match of the regex contains one.
OUTCOME_NEEDLES: dict[str, tuple[str, ...]] = {
    "overall survival": ("overall survival", "os"), "progression-free survival": ("free survival", "pfs"),
    "event-free survival": ("free survival", "efs"), "disease-free survival": ("free survival", "dfs"),
    "relapse-free survival": ("free survival",), "time to progression": ("time to", "ttp"),
    "survival": ("survival",), "complete remission": ("complete",), "response rate": ("response rate",),
    "mortality": ("mortality", "death rate"), "quality of life": ("quality of life", "qol", "sf-36", "eq-5d"),
    "pain": ("pain", "vas", "visual analog"), "recurrence": ("recurrence",), "complications": ("complication rate",),
    "length of stay": ("length of", "hospital stay"), "hospitalization": ("hospitali", "readmission"),
    "functional outcome": ("functional", "odi", "oswestry", "barthel"), "HbA1c": ("hba1c", "glycated"),
    "blood pressure": ("blood pressure",), "symptom scores": ("symptom",), "healing": ("healing",),
    "infection rate": ("infection rate", "site infection"), "cure rate": ("cure rate", "clinical cure"),
    "remission": ("remission rate",), "fusion rate": ("fusion rate",),
}  # fmt: skip
#: Whole-word pre-checks for two terms whose needles sit inside common words ("os" in "most",
#: "vas" in "vascular"): every match holds one of these words whole (see `WordGate`).
OUTCOME_WORD_GATES: dict[str, WordGate] = {
    "overall survival": word_gate("overall os"),
    "pain": word_gate("pain vas visual"),
}
PRIMARY_OUTCOME = re.compile(
    r"\b(?:the )?(?P<kind>primary|secondary|main|co-primary)(?: efficacy| safety)? (?:end ?points?|outcomes?(?: measures?)?)"
    r"(?: (?:was|were|included|was the|were the|is|are)| of| :)\s+(?P<what>[^.;]+)",
    re.I,
)

#: Pre-check for PRIMARY_OUTCOME (lower-cased substrings, one of each group in every match).
PRIMARY_OUTCOME_GATE: Gate = (("primary", "secondary", "main"), ("end point", "endpoint", "outcome"))

#: Words that mark a sentence as talking about harms.
HARM_CONTEXT = re.compile(
    r"\b(?:adverse|side[- ]effects?|toxicit\w*|safety|tolerab\w*|complications?|grade\s*(?:[3-5]|III|IV)|"
    r"serious|discontinu\w* (?:due|because)|withdr\w* (?:due|because)|harms?|concerns?)\b",
    re.I,
)
#: Named harms recognised anywhere in a harm sentence (canonical form as written).
HARM_TERM_NAMES: tuple[str, ...] = (
    "neutropenia",
    "febrile neutropenia",
    "thrombocytopenia",
    "anemia",
    "anaemia",
    "leukopenia",
    "lymphopenia",
    "nausea",
    "vomiting",
    "diarrhea",
    "diarrhoea",
    "constipation",
    "fatigue",
    "neuropathy",
    "peripheral neuropathy",
    "rash",
    "pruritus",
    "alopecia",
    "mucositis",
    "stomatitis",
    "infections?",
    "pneumonia",
    "sepsis",
    "bleeding",
    "hemorrhage",
    "haemorrhage",
    "venous thromboembolism",
    "thromboembolism",
    "deep vein thrombosis",
    "pulmonary embolism",
    "thrombosis",
    "thrombotic events",
    "hepatotoxicity",
    "cardiotoxicity",
    "nephrotoxicity",
    "hypertension",
    "hypotension",
    "hypoglyc(?:a)?emia",
    "hyperglyc(?:a)?emia",
    "headache",
    "dizziness",
    "somnolence",
    "insomnia",
    "arrhythmias?",
    "atrial fibrillation",
    "myocardial infarction",
    "stroke",
    "death",
    "deaths",
    "falls?",
    "fractures?",
    "delirium",
    "wound dehiscence",
    "dehiscence",
    "dural tear",
    "hematoma",
    "haematoma",
    "seroma",
    "reoperation",
    "allergic reactions?",
    "anaphylaxis",
    "injection[- ]site reactions?",
    "weight gain",
    "weight loss",
    "edema",
    "oedema",
    "myelosuppression",
    "toxicity",
    "toxicities",
    "renal failure",
    "liver failure",
    "cytopenias?",
    "pancytopenia",
    "peripheral edema",
    "dyspnea",
    "cough",
    "arthralgia",
    "myalgia",
    "abdominal pain",
)
HARM_TERMS = words(*HARM_TERM_NAMES)


def literal_prefixes(entries: tuple[str, ...]) -> tuple[str, ...]:
    """The literal start of each regex lexicon entry, lower-cased: "infections?" -> "infection",
    "hypoglyc(?:a)?emia" -> "hypoglyc". Every match of the entry holds it (a substring gate)."""
    out: list[str] = []
    for entry in entries:
        m = re.search(r"[\\\[(.?*+{|]", entry)
        prefix = entry[: m.start()] if m else entry
        if m and m.group() in "?*{":  # the quantified character is optional
            prefix = prefix[:-1]
        if not prefix:
            raise ValueError(f"lexicon entry {entry!r} has no literal start")
        out.append(prefix.lower())
    return tuple(dict.fromkeys(out))


#: Pre-check for the named harms (HARM_TERMS; lower-cased substrings, one in every match).
HARM_TERM_NEEDLES = literal_prefixes(HARM_TERM_NAMES)
HARM_LIST = re.compile(
    r"\b(?:(?:the )?(?:most )?(?:common|frequent|important|serious|severe|major|main|notable)?\s*"
    r"(?:grade\s*(?:3|4|3-4|3 or 4|≥\s*3|III|IV|III/IV)\s*)?(?:treatment-(?:related|emergent) )?"
    r"(?:adverse (?:events?|effects?|reactions?|drug reactions?)|side[- ]effects?|toxicit(?:y|ies)|complications?|AEs))"
    r"(?: (?:\w+ ){0,3}?)?(?:were|was|included|including|consisted of|comprised|such as|:)\s+"
    r"(?P<list>[^.;]+)",
    re.I,
)
#: Pre-check for HARM_LIST (lower-cased substrings; every match holds one).
HARM_LIST_NEEDLES = ("adverse", "side effect", "side-effect", "toxicit", "complication", "aes")
#: A named harm reported as happening in this study's participants ("Constipation occurred in 24 women").
HARM_OCCURRED = re.compile(
    rf"\b(?P<harm>{HARM_TERMS})\s+(?:\([^)]{{0,40}}\)\s+)?(?:occurred|developed|was (?:reported|observed|seen|noted)|were (?:reported|observed|seen|noted))\s+(?:in|among)\b",
    re.I,
)
#: A harm stated as absent: "no increase in bleeding", "without serious adverse events".
NEGATED_HARM = re.compile(
    r"\b(?:no|without|nor|absence of|did not (?:increase|cause|result in)|not associated with)\s+"
    r"(?:(?:significant|serious|major|clinically relevant|\w+) ){0,2}"
    r"(?:(?:increase|difference|excess|rise) (?:in|of) (?:the )?(?:risk of |rate of |incidence of )?)?"
    r"(?P<harm>(?:serious |major |severe |treatment-related )?(?:adverse (?:events?|effects?|reactions?)|side[- ]effects?|complications?|toxicit(?:y|ies)|"
    + HARM_TERMS
    + r"))\b",
    re.I,
)
#: Pre-checks for NEGATED_HARM: its negation word (whole words, see `zones.words_of`) and its
#: harm (lower-cased substrings).
NEGATION_WORDS = frozenset({"no", "without", "nor", "absence", "not"})
NEGATED_HARM_NEEDLES = (
    "adverse",
    "side effect",
    "side-effect",
    "complication",
    "toxicit",
    *HARM_TERM_NEEDLES,
)
#: Pre-check for HARM_OCCURRED's verb (lower-cased substrings); it also needs a HARM_TERM_NEEDLES.
OCCURRED_NEEDLES = ("occurred", "developed", "reported", "observed", "seen", "noted")
CONCERN = re.compile(
    r"^(?P<subject>.+?)\s+(?:remains?|is|are|were|was) (?:still |also )?(?:a |an )?(?:major |serious |significant |important )?concerns?\b",
    re.I,
)
#: Pre-checks for CONCERN and HARM_CONTEXT (lower-cased substrings; every match holds one).
CONCERN_NEEDLES = ("concern",)
HARM_CONTEXT_NEEDLES = ("adverse", "side effect", "side-effect", "toxicit", "safety", "tolerab", "complication",
                        "grade", "serious", "discontinu", "withdr", "harm", "concern")  # fmt: skip
HARM_NON_HARMS = frozenset({"expense", "cost", "costs", "price", "availability", "access"})

#: A sentence that opens a conclusion in an unstructured abstract ("In conclusion, ...").
CONCLUSION_OPENERS = re.compile(
    r"^(?:in conclusions?|in summary|to conclude|to summari[sz]e|in short|overall|taken together|collectively|"
    r"thus|therefore|hence|consequently|accordingly|altogether|conclusions?|"
    r"(?:(?:these|our|the present|the|such|this|present) (?:\w+ ){0,2}(?:results|findings|data|observations|experiences?|study|trial|"
    r"review|analysis|report|series|case|work|investigation|cases)) (?:\w+ ){0,3}?(?:shows?|showed|demonstrates?|demonstrated|"
    r"suggests?|suggested|indicates?|indicated|confirms?|confirmed|provides?|provided|highlights?|highlighted|supports?|supported|"
    r"reveals?|revealed|implies|imply|adds?|emphasi[sz]es?|underscores?|illustrates?|raises?|may|might|could|should|can|do|does|"
    r"is the first|are the first|are consistent|were consistent)|"
    r"we (?:conclude|believe|suggest|recommend|propose|think)|it (?:is|was|can be|may be) concluded)\b",
    re.I,
)
#: Conclusion phrasing anywhere in a sentence (weaker than an opener).
CONCLUSION_CUES = re.compile(
    r"\b(?:we conclude|conclude that|suggests? that|indicates? that|support(?:s)? the use|"
    r"should be (?:considered|used|confined|offered|recommended|performed|included|suspected)|is (?:a )?(?:safe|effective|feasible)|"
    r"are needed|is needed|is required|warrant(?:s|ed)? further|further (?:studies|research|trials|investigation)|may be (?:useful|beneficial|considered|an?)|"
    r"(?:is|are|was|were|remains?) (?:an? )?(?:useful|important|valuable|effective|safe|reliable|promising|feasible)|can be (?:used|considered|recommended))\b",
    re.I,
)
#: Administrative sentences that close some abstracts: never the conclusion.
ADMIN_SENTENCE = re.compile(
    r"\b(?:financial (?:or proprietary )?interest|conflicts? of interest|proprietary interest|competing interests?|"
    r"clinicaltrials\.gov|NCT\d{6,}|ISRCTN|EudraCT|registered (?:at|with|in|under)|registration (?:number|no)|"
    r"funded by|supported by (?:a )?grants?|level of evidence|copyright|all rights reserved|\(c\) \d{4}|"
    r"consultants? (?:to|for)|(?:is|are) (?:an? )?employees? of|royalt(?:y|ies)|intellectual property|"
    r"(?:receives?|received|has received) (?:\w+ ){0,2}(?:grants?|fees|honoraria|funding|support) from|"
    r"(?:was|were) not registered|protocol was not published|(?:institutional )?review board (?:no|number)\b)|©|"
    r"^(?:level )?(?:[IV]+|\d)[a-c]?\.?$|^not applicable\.?$",
    re.I,
)
#: A funding statement printed as a bare list of sponsors ("Pfizer Inc, V Foundation for Cancer
#: Research."): a sponsor word and no verb. Such trailers close many Lancet-style abstracts.
FUNDER_WORDS = re.compile(
    r"\b(?:Foundation|Institutes?|Programme|Program|Council|Fund|Inc|Ltd|Ministry|Agency|Trust|GmbH|Corporation)\b"
)
FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|may|might|can|could|should|would|will|did|does|do)\b|\b\w{3,}ed\b",
    re.I,
)
#: A sponsor list is short: longer verbless sentences are something else.
MAX_FUNDER_LIST_WORDS = 25
#: A standalone number (a count, a measurement, a statistic): typical of results sentences.
#: Numbers inside names ("COVID-19", "IL-4", "T1-weighted", "type 2") do not count.
RESULT_NUMBER = re.compile(r"(?<![\w.-])\d+(?:[.,]\d+)?(?![\w-])(?!\s*-?(?:weighted|mm Hg)\b)")
#: Verbs that report what happened (results), and verbs that state, judge or advise (conclusions).
REPORTING_VERBS = re.compile(
    r"\b(?:was|were|had|did|occurred|died|developed|recovered|received|underwent|decreased|increased|"
    r"remained|resolved|presented|revealed|showed|detected|identified|observed|found|noted|performed|required|experienced)\b",
    re.I,
)
JUDGING_VERBS = re.compile(
    r"\b(?:is|are|should|can|may|might|must|could|would|seems?|appears?|remains|represents?|provides?|suggests?|indicates?|"
    r"allows?|offers?|requires?|needs?|has|have|will|deserves?|constitutes?)\b|"
    r"\b(?:was|were) (?:a |an )?(?:safe|effective|feasible|superior|inferior|comparable|similar|not inferior|useful|successful|"
    r"associated|efficacious|beneficial|well tolerated|reliable|valuable|accurate)\b",
    re.I,
)
#: A section label printed in the abstract ("CONCLUSIONS:", "Conclusion:" at a line start).
PRINTED_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<label>[A-Z][A-Z ,()/&'-]{2,60}(?<! )|(?<=\n)[A-Z][a-z]+(?: [a-z]+){0,3}|^[A-Z][a-z]+(?: [a-z]+){0,3})\s*:\s+",
)
#: Printed labels (lower case, "(s)" removed) that open the authors' conclusion.
CONCLUSION_LABEL = re.compile(
    r"^(?:conclusions?|authors'? conclusions?|conclusions? and (?:relevance|implications|clinical relevance)|"
    r"interpretations?|discussion|discussion and conclusions?|results and discussion|comments?|implications(?: for practice)?|"
    r"clinical (?:relevance|implications)|significance|conclusions?/significance|summary|main conclusions?)$",
    re.I,
)

#: Statistics that make a sentence a results sentence.
STATS = re.compile(
    r"(?:\b(?:HR|OR|RR|aOR|aHR|IRR|MD|SMD|WMD|RD|ARR|NNT|NNH)\b\s*[=:,]?\s*-?\d|95\s*%\s*(?:CI|confidence)|"
    r"\b[Pp]\s*[<=>≤≥]\s*0?\.\d|\bmedian\b[^.]{0,60}\d|\d+(?:\.\d+)?\s*%|\bhazard ratio|\bodds ratio|"
    r"\brelative risk|\bmean difference|\bsignificant(?:ly)?\b)",
)

_PERCENT = re.compile(r"\d\s*%")
_P_VALUE = re.compile(r"\b[Pp]\s*[<=>≤≥]\s*0?\.\d")
_MEDIAN = re.compile(r"\bmedian\b[^.]{0,60}\d")
_EFFECT_ABBREVIATION = re.compile(r"\b(?:HR|OR|RR|aOR|aHR|IRR|MD|SMD|WMD|RD|ARR|NNT|NNH)\b\s*[=:,]?\s*-?\d")
_EFFECT_WORDS = re.compile(
    r"\b(?:hazard ratio|odds ratio|relative risk|mean difference|significant(?:ly)?\b)"
)


def has_stats(text: str) -> bool:
    """``STATS.search(text) is not None``, several times faster: STATS's alternatives one by one,
    each behind a literal it needs (``\\d+(?:\\.\\d+)?\\s*%`` and ``95\\s*%...`` both match exactly
    where ``\\d\\s*%`` does)."""
    if "%" in text and _PERCENT.search(text):
        return True
    if "." in text and any(map(text.__contains__, "<=>≤≥")) and _P_VALUE.search(text):
        return True
    if "median" in text and _MEDIAN.search(text):
        return True
    if any(
        map(text.__contains__, ("HR", "OR", "RR", "MD", "RD", "NNT", "NNH"))
    ) and _EFFECT_ABBREVIATION.search(text):
        return True
    return (
        any(
            map(
                text.__contains__,
                ("hazard ratio", "odds ratio", "relative risk", "mean difference", "significant"),
            )
        )
        and _EFFECT_WORDS.search(text) is not None
    )


#: Words that cannot modify the people noun of a population phrase.
_FUNCTION_WORDS = words(
    "in",
    "with",
    "plus",
    "and",
    "or",
    "of",
    "the",
    "a",
    "an",
    "to",
    "for",
    "is",
    "are",
    "was",
    "were",
    "very",
    "active",
    "all",
    "not",
    "these",
    "those",
    "this",
    "that",
    "on",
    "at",
    "by",
    "from",
    "as",
    "than",
    "among",
    "both",
    "each",
    "most",
    "many",
    "some",
    "such",
    "used",
    "usually",
    "been",
    "have",
    "has",
    "had",
    "be",
    "we",
    "our",
    "their",
    "its",
    "after",
    "before",
)
#: Who was studied.
POPULATION = re.compile(
    rf"\b(?P<who>(?:(?!{_FUNCTION_WORDS}\b)[A-Za-z][\w-]* ){{0,2}}{PEOPLE})(?P<where>\s+(?:in|from|at|across) (?:the )?[A-Z][^,.;]{{0,60}}?)?\s+"
    r"(?P<rel>with|who had|who have|who were|having|undergoing|aged|receiving|diagnosed with|suffering from|"
    r"presenting with|requiring|treated for|admitted (?:to|with|for)|scheduled for|at risk of|at high risk of)\s+"
    r"(?P<what>[^.;]+?)(?=\s*(?:[.;:]|,\s+(?:and|but|we|were|was|who)\b|\s+(?:were|was)\s+(?:randomi|randomly|enrolled|included|assigned|allocated|treated|studied|recruited)|$))",
)
#: Conditions named in titles and abstracts: disease-like heads with up to three modifiers.
CONDITION = re.compile(
    r"\b(?:(?:[A-Za-z][\w'-]*\s+){0,3}?)"
    r"(?:\w+oma|\w+omas|\w+itis|\w+osis|\w+(?:a)?emia|cancers?|carcinomas?|tumou?rs?|diseases?|syndromes?|"
    r"disorders?|infections?|diabetes(?: mellitus)?|failure|injur(?:y|ies)|fractures?|abscess(?:es)?|"
    r"hypertension|asthma|stroke|obesity|depression|dementia|schizophrenia|sepsis|pneumonia|"
    r"spondylodiscitis|epilepsy|migraine|autism|ADHD|HIV|AIDS|COVID-19|malaria|tuberculosis|pain|"
    r"leukemia|leukaemia|lymphoma|myeloma|psoriasis|eczema|dermatitis|colitis|arthritis|stenosis|"
    r"pregnancy|infertility|anxiety|insomnia|hernia|ulcers?|wounds?|burns?|cirrhosis|hepatitis)\b",
)
#: Pre-check for CONDITION (lower-cased substrings): every head it can match holds one of these
#: literally (the pattern is case-sensitive, and lower-casing keeps a lower-case substring).
CONDITION_NEEDLES = ("oma", "itis", "osis", "emia", "cancer", "tumo", "disease", "syndrome", "disorder",
                     "infection", "diabetes", "failure", "injur", "fracture", "abscess", "hypertension", "asthma",
                     "stroke", "obesity", "depression", "dementia", "schizophrenia", "sepsis", "pneumonia",
                     "epilepsy", "migraine", "autism", "adhd", "hiv", "aids", "covid-19", "malaria", "pain",
                     "psoriasis", "eczema", "pregnancy", "infertility", "anxiety", "insomnia", "hernia", "ulcer",
                     "wound", "burn")  # fmt: skip
CONDITION_STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "for",
        "with",
        "and",
        "or",
        "to",
        "on",
        "by",
        "at",
        "from",
        "versus",
        "vs",
        "after",
        "before",
        "during",
        "among",
        "treatment",
        "therapy",
        "patients",
        "plus",
        "lenalidomide",
    ]
)

#: Countries and regions for the setting field.
COUNTRY_NAMES: tuple[str, ...] = (
    "United States",
    "USA",
    "U\\.S\\.",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "United Kingdom",
    "UK",
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Portugal",
    "Netherlands",
    "Belgium",
    "Switzerland",
    "Austria",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Iceland",
    "Poland",
    "Czech Republic",
    "Hungary",
    "Greece",
    "Turkey",
    "Russia",
    "Ukraine",
    "Israel",
    "Iran",
    "Iraq",
    "Saudi Arabia",
    "Egypt",
    "Nigeria",
    "Kenya",
    "Uganda",
    "Tanzania",
    "Ethiopia",
    "South Africa",
    "Ghana",
    "Malawi",
    "India",
    "Pakistan",
    "Bangladesh",
    "Nepal",
    "Sri Lanka",
    "China",
    "Hong Kong",
    "Taiwan",
    "Japan",
    "Korea",
    "South Korea",
    "Thailand",
    "Vietnam",
    "Malaysia",
    "Singapore",
    "Indonesia",
    "Philippines",
    "Australia",
    "New Zealand",
    "Europe",
    "North America",
    "Latin America",
    "Africa",
    "Asia",
)
COUNTRIES = words(*COUNTRY_NAMES)
CARE_SETTING_NAMES: tuple[str, ...] = (
    "primary care",
    "general practice",
    "intensive care units?",
    "ICU",
    "emergency departments?",
    "outpatient clinics?",
    "outpatients?",
    "inpatients?",
    "nursing homes?",
    "community",
    "tertiary (?:care |referral )?(?:centers?|centres?|hospitals?)",
    "university hospitals?",
    "teaching hospitals?",
    "academic medical cent(?:er|re)s?",
    "hospitals?",
    "schools?",
    "long-term care",
    "home care",
    "rural",
    "urban",
)
CARE_SETTINGS = words(*CARE_SETTING_NAMES)
SETTING = re.compile(rf"\b(?P<place>{COUNTRIES})\b|\b(?P<care>{CARE_SETTINGS})\b")


def lead_words(entries: tuple[str, ...]) -> frozenset[str]:
    """The first word of each lexicon entry, lower-cased (both forms when its last letter is
    optional: "hospitals?"), for a whole-word pre-check of a pattern that starts at ``\\b``."""
    out: set[str] = set()
    for entry in entries:
        m = re.match(r"[A-Za-z]+", entry)
        after = entry[m.end() : m.end() + 1] if m else "("
        if not m or after not in {"", " ", "?", "\\", "-"}:
            raise ValueError(f"lexicon entry {entry!r} does not start with a plain word")
        word = m.group().lower()
        out |= {word, word[:-1]} if after == "?" else {word}
    return frozenset(out)


#: Pre-check for SETTING: every match starts with one of these words (see `lead_words`).
SETTING_WORDS = lead_words(COUNTRY_NAMES) | lead_words(CARE_SETTING_NAMES)
#: Pre-checks for POPULATION: its people noun, and the relation word after it.
PEOPLE_TOKENS = frozenset(w.split()[-1] for w in PEOPLE_WORDS)
POPULATION_RELATION_WORDS = frozenset({"with", "who", "having", "undergoing", "aged", "receiving", "diagnosed",
                                       "suffering", "presenting", "requiring", "treated", "admitted", "scheduled",
                                       "at"})  # fmt: skip

#: Two-arm comparisons: "compared X with Y", "X versus Y", "randomized to X or Y".
ARMS = [
    re.compile(r"\bcompar(?:ed|ing|es)\s+(?P<a>[^.;]{3,120}?)\s+(?:with|to|versus|vs\.?|and)\s+(?P<b>[^.;]{3,160})", re.I),
    re.compile(r"\b(?:randomi[sz]ed|randomly assigned|assigned|allocated)\s+(?:\w+ ){0,4}?to\s+(?:receive\s+)?(?:either\s+)?(?P<a>[^.;]{3,120}?)\s+or\s+(?P<b>[^.;]{3,160})", re.I),
    re.compile(r"(?P<a>\b[^.;,]{3,80}?)\s+(?:versus|vs\.?)\s+(?P<b>[^.;]{3,120})", re.I),
]  # fmt: skip
#: Pre-checks for ARMS, pattern by pattern (lower-cased substrings; every match holds one).
ARM_NEEDLES: list[tuple[str, ...]] = [("compar",), ("randomi", "assigned", "allocated"), ("vs", "versus")]
#: Where an arm description stops: population or setting clauses that follow it.
ARM_STOP = re.compile(
    r"\s+(?:in|among|for|on|at|of|after|during|within|over|who|with regard|as|to (?:evaluate|assess|determine|compare)|regarding)\s+"
    rf"(?:the |a |an |all |\d+ )?(?:(?:\w+[- ]){{0,3}}{PEOPLE}|\w+ (?:patients|adults)|terms?|the treatment|\d+)\b|,|\s+\(|\s+(?:and|but) (?:the|we|there)\b",
    re.I,
)
#: Wording that makes an arm the comparator: placebo, usual care, "controls", "no health
#: message", "aspirin alone".
CONTROL_WORDS = re.compile(
    r"\b(?:placebo|sham|usual care|standard care|standard of care|no (?:treatment|intervention|drain\w*)|"
    r"control|conventional|waiting list|wait-list|observation|best supportive care|vehicle)\b"
    r"|^(?:no|without)\b|\balone$|\b(?:controls|untreated|standard)\b",
    re.I,
)
LEADING_ARTICLE = re.compile(r"^(?:a|an|the|either|both)\s+", re.I)

#: A citation marker after a sentence ("... States. 1 Treatment ...", ". 2 – 6 In ..."):
#: the text has turned from abstract into article body.
CITATION_MARKER = re.compile(r"(?<=[.!?])\s+(\d{1,3}(?:\s*[–,\-]\s*\d{1,3})*)(?=\s+[A-Z][a-z])")

#: A literal piece of each study verb (N_VERBS), lower-cased: the verb rules need one. Most
#: sentences that count people name no such verb, and the verb rules are the slowest (their
#: clause between count and verb is tried at every count).
VERB_NEEDLES = ("randomi", "randomly", "assigned", "allocated", "enrolled", "recruited", "included", "entered",
                "participated", "registered", "studied", "identified", "reviewed", "selected", "investigated",
                "surveyed", "interviewed", "examined", "observed", "followed", "treated", "underwent", "received",
                "operated", "managed", "given", "divided", "analy", "evaluated", "assessed", "completed")  # fmt: skip
#: Substring pre-checks for numbers.N_PATTERNS, by rule (lower-cased; every match holds a needle of
#: each group), on top of the people-and-count gate of the rules not in numbers.N_PEOPLELESS.
N_GATES: dict[str, Gate] = {
    "count before verb": (VERB_NEEDLES,),
    "verb before count": (VERB_NEEDLES,),
    "study of N people": (("study", "studies", "trial", "rcts", "analysis", "survey", "series", "review", "data", "records", "charts",
                           "sample", "cohort"),),
    "sample of N": (("sample", "cohort", "population", "series"),),
    "N =": (("=",),),
    "total of N people": (("total of",),),
    "out of N people": (("out of", "of the", "of all"),),
    "participants were N people": (("participants were", "subjects were", "participants included",
                                    "subjects included", "participants comprised", "subjects comprised"),),
    "study done in N people": (("compar", "conducted", "carried out", "performed", "studied", "investigated",
                                "evaluated", "examined", "tested", "undertaken"), (" in ",)),
}  # fmt: skip

# --- one keyword pass per sentence -----------------------------------------------------------
#: The gate needles of the design cues, design details, outcomes and harms. Instead of
#: each family scanning the sentence for its own needles (~1,000 substring checks per record),
#: `needles_in` finds every one of them at once and each family intersects that set with its own.
INDEXED_NEEDLES: frozenset[str] = (
    frozenset(
        n
        for table in (DESIGN_CUE_NEEDLES, DESIGN_DETAIL_NEEDLES, OUTCOME_NEEDLES)
        for needles in table.values()
        for n in needles
    )
    | frozenset(
        n for gate in (*DESIGN_CUE_GATES.values(), PRIMARY_OUTCOME_GATE) for group in gate for n in group
    )
    | frozenset(("phase",))
    # the sample-size rules' single words (their phrases, " in " and "of the", would be looked
    # for in nearly every sentence: they stay scans of the few sentences that count people)
    | frozenset(n for gate in N_GATES.values() for group in gate for n in group if n.isalpha())
    | frozenset(CONDITION_NEEDLES)
    | frozenset(
        (
            *HARM_CONTEXT_NEEDLES,
            *HARM_LIST_NEEDLES,
            *NEGATED_HARM_NEEDLES,
            *OCCURRED_NEEDLES,
            *CONCERN_NEEDLES,
        )
    )
)
_LETTER_RUN = re.compile(r"[a-z]+")
#: Needles made of ASCII letters only: such a needle lies inside one letter run of the text, so
#: it is present exactly when it is a substring of one of the text's words (see `zones.words_of`).
_LETTER_NEEDLES = tuple(sorted(n for n in INDEXED_NEEDLES if _LETTER_RUN.fullmatch(n)))
#: The other needles ("end point", "sf-36", "we "), each with its longest letter run: the run is
#: looked for among the words first and only when it is there is the needle itself searched for.
_PHRASE_NEEDLES: tuple[tuple[str, str], ...] = tuple(
    (n, max(_LETTER_RUN.findall(n), key=len)) for n in sorted(INDEXED_NEEDLES) if not _LETTER_RUN.fullmatch(n)
)
_PHRASES_BY_ANCHOR: dict[str, tuple[str, ...]] = {
    anchor: tuple(n for n, a in _PHRASE_NEEDLES if a == anchor) for _, anchor in _PHRASE_NEEDLES
}
_ANCHORS = frozenset(_PHRASES_BY_ANCHOR)
_LETTER_SET = frozenset(_LETTER_NEEDLES)
_WORD_NEEDLES = tuple(sorted(_LETTER_SET | _ANCHORS))
#: Which letter needles and anchors each word holds, filled as words are met. Words follow
#: Zipf's law, so after a few hundred abstracts nearly every lookup hits; the cache is emptied
#: at this size to bound its memory (about 20 MB).
_WORD_CACHE_MAX = 200_000
_word_hits: dict[str, frozenset[str]] = {}
#: Each distinct set of a word's needles, once: a few hundred sets stand for all the cached words
#: (most of them hold no needle), so the sets a sentence's words look up stay in the CPU's cache.
_hit_sets: dict[frozenset[str], frozenset[str]] = {}
_NONE: frozenset[str] = frozenset()
#: The word needles and anchors by their first two letters (every one has two or more), so a word
#: new to the cache is checked at each of its places against the few needles opening with the
#: letters there, not against all of them: a quarter of the time.
_BY_BIGRAM: dict[str, tuple[str, ...]] = {
    pair: tuple(n for n in _WORD_NEEDLES if n[:2] == pair) for pair in {n[:2] for n in _WORD_NEEDLES}
}
if any(len(n) < 2 for n in _WORD_NEEDLES):
    raise ValueError("a one-letter gate needle would be in no pair of letters (see word_needles)")


def word_needles(word: str) -> frozenset[str]:
    """The word needles and anchors ``word`` holds: ``{n for n in _WORD_NEEDLES if n in word}``."""
    get = _BY_BIGRAM.get
    return frozenset(
        [n for i in range(len(word) - 1) for n in get(word[i : i + 2], ()) if word.startswith(n, i)]
    )


def needles_in(lower: str, words: frozenset[str]) -> frozenset[str]:
    """The `INDEXED_NEEDLES` present in ``lower`` (a lower-cased text whose letter runs are ``words``).

    Exactly ``{n for n in INDEXED_NEEDLES if n in lower}``, computed from a per-word cache.
    """
    hits = _word_hits
    try:  # one C-level union of cached sets, the usual case once the common words are known
        found = _NONE.union(*map(hits.__getitem__, words))
    except KeyError:
        if len(hits) + len(words) > _WORD_CACHE_MAX:
            hits.clear()
            _hit_sets.clear()
        # ``difference`` with the dict itself looks each of the few words up; ``words - hits.keys()``
        # walked the whole cache (up to _WORD_CACHE_MAX words) on every miss: ~4 ms a miss once
        # a long run's vocabulary had filled it, 1.4 -> 4.8 ms a record with three new words each.
        for word in words.difference(hits):
            held = word_needles(word)
            hits[word] = _hit_sets.setdefault(held, held)
        found = _NONE.union(*map(hits.__getitem__, words))
    out = found & _LETTER_SET
    anchors = found & _ANCHORS
    if not anchors:
        return out
    phrases = [n for anchor in anchors for n in _PHRASES_BY_ANCHOR[anchor] if n in lower]
    return out.union(phrases) if phrases else out


def indexed_gate(gate: Gate) -> tuple[frozenset[str], ...] | None:
    """``gate`` as groups of needles to meet a `needles_in` set (`gate_found`), when every needle
    of it is one `needles_in` finds; else None (the gate is checked on the text, `gate_open`)."""
    if all(n in INDEXED_NEEDLES for group in gate for n in group):
        return tuple(frozenset(group) for group in gate)
    return None


def gate_found(found: frozenset[str], gate: tuple[frozenset[str], ...]) -> bool:
    """`gate_open` on a set: every group of the gate meets ``found`` (a `needles_in` set, or a
    sentence's words for a `WordGate`)."""
    for needles in gate:  # noqa: SIM110 - a plain loop: all(genexpr) costs a generator per call
        if found.isdisjoint(needles):
            return False
    return True


#: How many distinct sets of filed rules `GateIndex` remembers before starting afresh.
_PLAN_CACHE_MAX = 4096


class GateIndex:
    """Which rules of a family a sentence opens, looked up from the needles and words it holds.

    Trying each rule's gates in turn cost a set test or two per rule and sentence (18 design
    cues, 25 outcome terms, 22 design details), nearly all of them closed. Instead each rule is
    filed under the words of its first word group, else the needles of its first needle group;
    a sentence collects the rules filed under what it holds, and only those have their other
    groups checked. Rules with no gate at all are always open.
    """

    def __init__(
        self, needle_gates: Sequence[tuple[frozenset[str], ...]], word_gates: Sequence[WordGate]
    ) -> None:
        self._by_needle: dict[str, int] = {}
        self._by_word: dict[str, int] = {}
        self._always = 0
        #: Per rule, the gate groups its filing does not check: (needle groups, word groups).
        self._rest: list[tuple[tuple[frozenset[str], ...], WordGate]] = []
        for i, (needles, words) in enumerate(zip(needle_gates, word_gates, strict=True)):
            bit = 1 << i
            if words:
                filed_under, table, rest = words[0], self._by_word, (needles, words[1:])
            elif needles:
                filed_under, table, rest = needles[0], self._by_needle, (needles[1:], ())
            else:
                self._always |= bit
                filed_under, table, rest = frozenset(), self._by_needle, ((), ())
            for key in filed_under:
                table[key] = table.get(key, 0) | bit
            self._rest.append(rest)
        self._needle_keys = frozenset(self._by_needle)
        self._word_keys = frozenset(self._by_word)
        self._plans: dict[int, tuple[tuple[int, tuple[frozenset[str], ...], WordGate], ...]] = {}

    def open_rules(self, found: frozenset[str], words: frozenset[str]) -> list[int]:
        """The indexes, in order, of the rules whose every gate group ``found`` (a `needles_in`
        set) and ``words`` (the text's letter runs) meet."""
        mask = self._always
        for key in found & self._needle_keys:
            mask |= self._by_needle[key]
        for key in words & self._word_keys:
            mask |= self._by_word[key]
        plan = self._plans.get(mask)
        if plan is None:
            if len(self._plans) >= _PLAN_CACHE_MAX:
                self._plans.clear()
            rules = [i for i in range(len(self._rest)) if mask >> i & 1]
            plan = self._plans[mask] = tuple((i, *self._rest[i]) for i in rules)
        return [
            i
            for i, needles, word_groups in plan
            if gate_found(found, needles) and gate_found(words, word_groups)
        ]


#: Number words that can end a count (NUMBER, _COUNT_WORD): a count's last word stands alone
#: (a whole letter run, see `zones.words_of`), else the count holds a digit.
COUNT_TOKENS = frozenset(NUMBER_WORDS) | frozenset(NUMBER_SCALES)
_DIGIT = re.compile(r"\d")


def has_count(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` (with letter runs ``words``) may hold a count: a digit or a number word."""
    return not words.isdisjoint(COUNT_TOKENS) or _DIGIT.search(text) is not None
