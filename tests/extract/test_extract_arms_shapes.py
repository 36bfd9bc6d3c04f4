"""The shapes abstracts use to name their arms, and look-alikes that name none (issue 4).

Every sentence here is made up for the test, modelled on how trial abstracts are worded; none
is copied from a real record. Each positive case checks the values and that every provenance
offset points at its quote; each negative case must leave the three arm cells empty.
"""

from __future__ import annotations

import pytest

from evtable.extract.arms import extract_arms
from evtable.extract.zones import Document
from evtable.fields import VERSUS
from evtable.models import Record

ARM_FIELDS = ("intervention", "comparator", "comparison")


def _doc(title: str, abstract: str) -> Document:
    return Document(Record(source_file="arms-shapes", format="medline", title=title, abstract=abstract))


# (case id, title, abstract, intervention, comparator)
SHAPES = [
    (
        "in comparison with",
        "Zinc and wound healing",
        "We assessed the effect of oral zinc sulfate in comparison with vitamin C on wound closure.",
        "oral zinc sulfate",
        "vitamin C",
    ),
    (
        "title subject, double-blind comparison with",
        "Nasal ketorolac spray for renal colic: a double-blind comparison with intramuscular morphine",
        "",
        "Nasal ketorolac spray",
        "intramuscular morphine",
    ),
    (
        "received either X or placebo",
        "Cough in adults",
        "Adults with chronic cough received either inhaled budesonide 400 µg or placebo for eight weeks.",
        "inhaled budesonide 400 µg",
        "placebo",
    ),
    (
        "randomised to receive one of X, Y or placebo",
        "Otitis media in children",
        "Children were randomized to receive one of amoxicillin, azithromycin or placebo.",
        "amoxicillin, azithromycin",
        "placebo",
    ),
    (
        "N received X and M served as controls",
        "Aspirin after stenting",
        "Forty patients received low-dose aspirin, and 38 served as controls.",
        "low-dose aspirin",
        "controls",
    ),
    (
        "N received placebo and M were given X",
        "Caffeine and alertness",
        "Twelve volunteers received placebo and fourteen were given caffeine 200 mg.",
        "caffeine 200 mg",
        "placebo",
    ),
    (
        "X plus Y versus Y alone, prefix in the title",
        "Efficacy of gemcitabine plus cisplatin versus gemcitabine alone in advanced bladder cancer",
        "",
        "gemcitabine plus cisplatin",
        "gemcitabine alone",
    ),
    (
        "X (n = ..) and Y (n = ..)",
        "Knee pain",
        "Outcomes of acupuncture (n = 52) and sham needling (n = 50) were recorded at six weeks.",
        "acupuncture",
        "sham needling",
    ),
    (
        "randomly assigned (1:1) to X or Y",
        "Iron in anaemia",
        "Eligible adults were randomly assigned (1:1) to intravenous iron sucrose or oral ferrous sulfate.",
        "intravenous iron sucrose",
        "oral ferrous sulfate",
    ),
    (
        "randomised, double-blind, to either X (n = ..) or Y (n = ..)",
        "Glutamine in transplantation",
        "Patients were randomized, double-blind, to either oral glutamine (n = 30) or glycine (n = 29).",
        "oral glutamine",
        "glycine",
    ),
    (
        "title arm after a design prefix",
        "Rationale and design of PRISM: a randomised evaluation of long-term apixaban compared with enoxaparin",
        "",
        "long-term apixaban",
        "enoxaparin",
    ),
    (
        "randomised into X and Y groups",
        "Recovery after marathon running",
        "Forty runners were randomized into cold-water immersion and passive rest groups.",
        "cold-water immersion",
        "passive rest",
    ),
    (
        "randomised into the X group (label) and the control group",
        "Herbal injection in heart surgery",
        "Patients were randomly divided into the ginseng group (group G, 12 cases) and the control group.",
        "ginseng",
        "control",
    ),
    (
        "Group A received X and patients in Group B received Y",
        "Cough at induction",
        "Patients in Group A received low-dose lidocaine and patients in Group B received the same volume of saline.",
        "low-dose lidocaine",
        "saline",
    ),
    (
        "INTERVENTIONS section",
        "Melatonin for jet lag",
        "INTERVENTIONS: Nightly melatonin 3 mg or matching placebo for 4 weeks.",
        "Nightly melatonin 3 mg",
        "matching placebo",
    ),
    (
        "received X or placebo",
        "Statins in the elderly",
        "Participants received 20 mg of oral simvastatin or placebo for six months.",
        "20 mg of oral simvastatin",
        "placebo",
    ),
    (
        "comparison of the efficacy of X and Y",
        "A comparison of the efficacy of ibuprofen and paracetamol for fever in toddlers",
        "",
        "ibuprofen",
        "paracetamol",
    ),
    (
        "compared the efficacy and safety of X and Y",
        "Asthma in the emergency room",
        "We compared the efficacy and safety of nebulised magnesium and salbutamol in acute asthma.",
        "nebulised magnesium",
        "salbutamol",
    ),
    (
        "placebo named first goes to the comparator",
        "Insomnia",
        "Patients were randomized to placebo or nightly zolpidem.",
        "nightly zolpidem",
        "placebo",
    ),
    (
        "no-treatment arm named first goes to the comparator",
        "Message framing",
        "Adults were randomized to receive no reminder, or a weekly text message about flossing.",
        "weekly text message about flossing",
        "no reminder",
    ),
]

NO_ARMS = [
    ("compared with baseline", "Symptom scores at 12 weeks were compared with baseline."),
    ("versus previous years", "Admissions in 2015 rose by a fifth versus previous years."),
    (
        "a finding with percentages",
        "Pain fell by 40% in the treated group compared with 12% in the control group.",
    ),
    ("regimens compared, none named", "The efficacy and safety of the two regimens were compared."),
    ("two populations compared", "We compared recovery between younger and older adults."),
    (
        "treatment history, no control",
        "Patients who had received chemotherapy or radiotherapy were excluded.",
    ),
    ("generic group names", "Patients were randomized to either an intervention group or a control group."),
    ("outcomes compared, no arm", "To compare the visual outcomes and the costs with the earlier cohort."),
    (
        "a finding in comparison with",
        "Scores showed a reduction of anxiety in comparison with the first visit.",
    ),
    ("design words only", "A double-blind comparison with historical data was made."),
]


@pytest.mark.parametrize(
    ("title", "abstract", "intervention", "comparator"),
    [case[1:] for case in SHAPES],
    ids=[case[0] for case in SHAPES],
)
def test_shape_gives_the_arms(title: str, abstract: str, intervention: str, comparator: str) -> None:
    arms = extract_arms(_doc(title, abstract))
    assert arms["intervention"][0] == intervention
    assert arms["comparator"][0] == comparator
    assert arms["comparison"][0] == f"{intervention}{VERSUS}{comparator}"


@pytest.mark.parametrize(
    ("title", "abstract"), [case[1:3] for case in SHAPES], ids=[case[0] for case in SHAPES]
)
def test_provenance_offsets_point_at_the_quote(title: str, abstract: str) -> None:
    doc = _doc(title, abstract)
    arms = extract_arms(doc)
    for field in ARM_FIELDS:
        value, provenance = arms[field]
        assert value and len(provenance) == 1, field
        p = provenance[0]
        source = doc.title if p.location == "title" else doc.text
        assert p.start is not None and p.end is not None
        assert source[p.start : p.end] == p.quote, (field, p)
        assert p.quote, field
        if field != "comparison":  # the comparison quote spans both arms and what lies between
            assert p.quote == value, (field, p)
        else:
            assert arms["intervention"][0] in p.quote and arms["comparator"][0] in p.quote


@pytest.mark.parametrize("sentence", [case[1] for case in NO_ARMS], ids=[case[0] for case in NO_ARMS])
def test_look_alike_names_no_arms(sentence: str) -> None:
    arms = extract_arms(_doc("A study", sentence))
    assert all(arms[field] == (None, []) for field in ARM_FIELDS), arms


def test_three_active_arms_lower_the_confidence() -> None:
    doc = _doc(
        "Blood pressure", "Adults were randomized to receive one of lisinopril, amlodipine or chlorthalidone."
    )
    arms = extract_arms(doc)
    assert (arms["intervention"][0], arms["comparator"][0]) == ("lisinopril, amlodipine", "chlorthalidone")
    assert {p.confidence for field in ARM_FIELDS for p in arms[field][1]} == {"low"}


def test_arms_are_names_not_clauses() -> None:
    """Every extracted arm in the cases above is short: a name with its dose, not a sentence."""
    for _, title, abstract, *_ in SHAPES:
        arms = extract_arms(_doc(title, abstract))
        for field in ("intervention", "comparator"):
            value = arms[field][0]
            assert value is not None and len(value) <= 60 and "." not in value.rstrip("µg"), (field, value)
