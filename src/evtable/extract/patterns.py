"""Lexicons and regular expressions used by the extractors: vocabularies as data.

Every rule family reads its cues from here, so a reviewer who finds a missed
phrasing can add it in one place. Patterns are compiled once at import.
"""

from __future__ import annotations

import re

from evtable import fields as F


def words(*alternatives: str) -> str:
    """A non-capturing alternation, longest first so 'overall survival' beats 'survival'."""
    return "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"


RANDOM = r"randomi[sz]\w*|randomly (?:assigned|allocated)"

#: Design cues in the text, checked in order: first match wins. (label, regex, confidence)
DESIGN_TEXT_CUES: list[tuple[str, re.Pattern[str], str]] = [
    (F.SYSTEMATIC_REVIEW, re.compile(r"\b(?:systematic(?:ally)? review\w*|meta-?analys[ie]s|meta-?regression|network meta|pooled analysis of (?:\w+ )?(?:randomi[sz]ed|trials|studies)|umbrella review|scoping review)\b", re.I), "high"),
    (F.GUIDELINE, re.compile(r"\b(?:(?:clinical )?practice guidelines?|consensus (?:statement|conference|recommendations?|guidelines?)|delphi (?:process|consensus|survey)|position statement|we (?:provide|present|make) recommendations)\b", re.I), "medium"),
    (F.NRCT, re.compile(r"\b(?:non-?randomi[sz]ed (?:controlled |clinical |comparative )?(?:trial|study)|quasi-?(?:experimental|randomi[sz]ed)|controlled clinical trial|controlled before-and-after)\b", re.I), "high"),
    (F.RCT, re.compile(r"\b(?:randomi[sz]ed(?:,| and)?(?: [\w-]+){0,5} (?:trial|study)|were (?:randomi[sz]ed|randomly (?:assigned|allocated))|randomly (?:assigned|allocated)|randomi[sz]ation|(?:patients|participants|subjects|children|adults|women|men) (?:\w+ ){0,3}randomi[sz]ed (?:to|into|in)|\bRCTs?\b)", re.I), "high"),
    (F.CASE_CONTROL, re.compile(r"\bcase[- ]control\b", re.I), "high"),
    (F.CROSS_SECTIONAL, re.compile(r"\b(?:cross-?sectional|prevalence survey|questionnaire survey|online survey|national survey)\b", re.I), "high"),
    (F.COHORT, re.compile(r"\b(?:cohort|retrospective(?:ly)?(?: \w+){0,3} (?:review|analysis|analy[sz]ed|study|studied|collected|evaluated|reviewed)|prospective(?:ly)?(?: \w+){0,3} (?:study|collected|followed|enrolled|registry|observational)|registry(?:-based)? (?:study|data)|database study|population-based study|longitudinal study|observational study|follow-up study|chart review|medical records? (?:review|of))\b", re.I), "medium"),
    (F.SINGLE_ARM, re.compile(r"\b(?:single-?arm|single-?group|open-label,? (?:non-?randomi[sz]ed,? )?(?:phase (?:I{1,3}|[1-3]\w?)|pilot) (?:trial|study)|phase (?:I{1,2}|I/II|[12]|1/2)(?:a|b)? (?:trial|study))\b", re.I), "medium"),
    (F.CASE_REPORT, re.compile(r"\b(?:case report|we (?:report|describe|present) (?:a|an|the|one) (?:\w+ ){0,4}(?:case|patient|man|woman|boy|girl|child|infant)|(?:a|an) \d{1,3}-?(?:year|month|day|week)-?old (?:\w+ ){0,2}(?:man|woman|male|female|boy|girl|patient|child|infant))\b", re.I), "high"),
    (F.CASE_SERIES, re.compile(r"\b(?:case series|series of \d+|(?:we (?:report|describe|present|reviewed?)) (?:\w+ ){0,3}(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:cases|patients))\b", re.I), "medium"),
    (F.NARRATIVE_REVIEW, re.compile(r"\b(?:(?:this|the present|our|a) (?:\w+ ){0,2}(?:review|overview)|we (?:review|summari[sz]e|discuss)|review of the (?:literature|current)|literature review|is reviewed|are reviewed|state of the art)\b", re.I), "medium"),
    (F.EDITORIAL, re.compile(r"\b(?:in this (?:editorial|commentary|letter)|this (?:editorial|commentary))\b", re.I), "medium"),
]  # fmt: skip

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
    ("multicentre", re.compile(r"\bmulti-?cent(?:er|re)\w*|\bmulti-?site\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) (?:centers|centres|sites|hospitals)\b", re.I)),
    ("single-centre", re.compile(r"\bsingle[- ]cent(?:er|re)\b", re.I)),
    ("prospective", re.compile(r"\bprospective(?:ly)?\b", re.I)),
    ("retrospective", re.compile(r"\bretrospective(?:ly)?\b", re.I)),
    ("registry or database", re.compile(r"\b(?:registry|registries|database|claims data|electronic health records?)\b", re.I)),
    ("post hoc analysis", re.compile(r"\bpost[- ]hoc\b", re.I)),
    ("pooled analysis", re.compile(r"\bpooled analys[ie]s\b", re.I)),
    ("subgroup analysis", re.compile(r"\bsubgroup analys[ie]s\b", re.I)),
    ("pilot", re.compile(r"\bpilot (?:study|trial)\b", re.I)),
]  # fmt: skip
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
_NUM_WORD = words(*NUMBER_WORDS, *NUMBER_SCALES, "a")
NUMBER = rf"(?:\d{{1,3}}(?:[,\u2009 ]\d{{3}})+|\d+|{_NUM_WORD}(?:[\s-]+{_NUM_WORD})*)"
PEOPLE = words(
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
    "eyes",
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
    "healthy volunteers",
)
#: Verbs that make a count a sample size, strongest first (enrolled/randomised beat analysed).
N_VERBS: list[tuple[str, str]] = [
    ("randomized", r"randomi[sz]ed|randomly (?:assigned|allocated)|assigned|allocated"),
    (
        "enrolled",
        r"enrolled|recruited|included|entered|participated|registered|screened and enrolled|studied|treated|underwent|received|identified",
    ),
    ("analysed", r"analy[sz]ed|evaluated|assessed|reviewed|examined|followed|completed"),
]

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
PRIMARY_OUTCOME = re.compile(
    r"\b(?:the )?(?P<kind>primary|secondary|main|co-primary)(?: efficacy| safety)? (?:end ?points?|outcomes?(?: measures?)?)"
    r"(?: (?:was|were|included|was the|were the|is|are)| of| :)\s+(?P<what>[^.;]+)",
    re.I,
)

#: Words that mark a sentence as talking about harms.
HARM_CONTEXT = re.compile(
    r"\b(?:adverse|side[- ]effects?|toxicit\w*|safety|tolerab\w*|complications?|grade\s*(?:[3-5]|III|IV)|"
    r"serious|discontinu\w* (?:due|because)|withdr\w* (?:due|because)|harms?|concerns?)\b",
    re.I,
)
#: Named harms recognised anywhere in a harm sentence (canonical form as written).
HARM_TERMS = words(
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
HARM_LIST = re.compile(
    r"\b(?:(?:the )?(?:most )?(?:common|frequent|important|serious|severe|major|main|notable)?\s*"
    r"(?:grade\s*(?:3|4|3-4|3 or 4|≥\s*3|III|IV|III/IV)\s*)?(?:treatment-(?:related|emergent) )?"
    r"(?:adverse (?:events?|effects?|reactions?|drug reactions?)|side[- ]effects?|toxicit(?:y|ies)|complications?|AEs))"
    r"(?: (?:\w+ ){0,3}?)?(?:were|was|included|including|consisted of|comprised|such as|:)\s+"
    r"(?P<list>[^.;]+)",
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
CONCERN = re.compile(
    r"^(?P<subject>.+?)\s+(?:remains?|is|are|were|was) (?:still |also )?(?:a |an )?(?:major |serious |significant |important )?concerns?\b",
    re.I,
)
HARM_NON_HARMS = frozenset({"expense", "cost", "costs", "price", "availability", "access"})

#: Conclusion cue phrases in unstructured abstracts.
CONCLUSION_CUES = re.compile(
    r"^(?:in conclusion|in summary|to conclude|overall|taken together|collectively|thus|therefore|hence|"
    r"these (?:results|findings|data|observations)|our (?:results|findings|data|study)|this (?:study|trial|review|analysis)"
    r" (?:shows|showed|demonstrates|demonstrated|suggests|indicates|provides|confirms|found|highlights)|"
    r"we conclude|the (?:results|findings|data) (?:of this|suggest|indicate|show)"
    r")\b|\b(?:we conclude|conclude that|suggests? that|indicates? that|support(?:s)? the use|"
    r"should be (?:considered|used|confined|offered|recommended)|is (?:a )?(?:safe|effective|feasible)|"
    r"are needed|is needed|warrant(?:s|ed)? further)\b",
    re.I,
)

#: Statistics that make a sentence a results sentence.
STATS = re.compile(
    r"(?:\b(?:HR|OR|RR|aOR|aHR|IRR|MD|SMD|WMD|RD|ARR|NNT|NNH)\b\s*[=:,]?\s*-?\d|95\s*%\s*(?:CI|confidence)|"
    r"\b[Pp]\s*[<=>≤≥]\s*0?\.\d|\bmedian\b[^.]{0,60}\d|\d+(?:\.\d+)?\s*%|\bhazard ratio|\bodds ratio|"
    r"\brelative risk|\bmean difference|\bsignificant(?:ly)?\b)",
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
    r"(?P<what>[^.;]+?)(?=\s*(?:[.;:]|,\s+(?:and|but|we|were|was|who)\b|\s+(?:were|was)\s+(?:randomi|enrolled|included|assigned|treated|studied|recruited)|$))",
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
COUNTRIES = words(
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
CARE_SETTINGS = words(
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
SETTING = re.compile(rf"\b(?P<place>{COUNTRIES})\b|\b(?P<care>{CARE_SETTINGS})\b")

#: Two-arm comparisons: "compared X with Y", "X versus Y", "randomized to X or Y".
ARMS = [
    re.compile(r"\bcompar(?:ed|ing|es)\s+(?P<a>[^.;]{3,120}?)\s+(?:with|to|versus|vs\.?|and)\s+(?P<b>[^.;]{3,160})", re.I),
    re.compile(r"\b(?:randomi[sz]ed|randomly assigned|assigned|allocated)\s+(?:\w+ ){0,4}?to\s+(?:receive\s+)?(?:either\s+)?(?P<a>[^.;]{3,120}?)\s+or\s+(?P<b>[^.;]{3,160})", re.I),
    re.compile(r"(?P<a>\b[^.;,]{3,80}?)\s+(?:versus|vs\.?)\s+(?P<b>[^.;]{3,120})", re.I),
]  # fmt: skip
#: Where an arm description stops: population or setting clauses that follow it.
ARM_STOP = re.compile(
    r"\s+(?:in|among|for|on|at|of|after|during|within|over|who|with regard|as|to (?:evaluate|assess|determine|compare)|regarding)\s+"
    rf"(?:the |a |an |all |\d+ )?(?:(?:\w+[- ]){{0,3}}{PEOPLE}|\w+ (?:patients|adults)|terms?|the treatment|\d+)\b|,|\s+\(|\s+(?:and|but) (?:the|we|there)\b",
    re.I,
)
CONTROL_WORDS = re.compile(
    r"\b(?:placebo|sham|usual care|standard care|standard of care|no (?:treatment|intervention|drain\w*)|"
    r"control|conventional|waiting list|wait-list|observation|best supportive care|vehicle)\b",
    re.I,
)
LEADING_ARTICLE = re.compile(r"^(?:a|an|the|either|both)\s+", re.I)

#: A citation marker after a sentence ("... States. 1 Treatment ...", ". 2 – 6 In ..."):
#: the text has turned from abstract into article body.
CITATION_MARKER = re.compile(r"(?<=[.!?])\s+(\d{1,3}(?:\s*[–,\-]\s*\d{1,3})*)(?=\s+[A-Z])")
