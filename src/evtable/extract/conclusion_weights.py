"""Weights of the conclusion boundary model (generated: do not edit by hand).

Regenerate with `python -m evtable.evaluate.conclusion_train --corpus ../shared/corpus`.
Trained on the 287 structured PubMed XML abstracts with one CONCLUSIONS section in the development
corpus (pubmed_xml/), 133 other labelled abstracts of it (medline/, ris/, bibtex/; see
evaluate.conclusion.training_cases) and 198 EBM-NLP abstracts with section headings
(evaluate.conclusion_ebm), labels stripped; the sentence model (sentence: keys) on every sentence of
them (evaluate.conclusion_sentences).
"""

WEIGHTS: dict[str, float] = {
    "all_present": 0.315,
    "any_case": -0.1475,
    "any_cue": 0.1442,
    "any_modal": -0.015,
    "any_num1": -0.4994,
    "any_opener": 0.0402,
    "any_past": -0.0578,
    "any_pct": -0.3873,
    "any_pval": -0.4962,
    "any_report": -0.1466,
    "any_stats": -0.0372,
    "before_case": 0.2482,
    "before_contrast": -0.209,
    "before_cue": -0.0019,
    "before_edverb": 0.3858,
    "before_eval": -0.1926,
    "before_explicit": -0.0139,
    "before_followon": -0.1165,
    "before_future": -0.1136,
    "before_hedge": -0.0308,
    "before_judging": -0.5244,
    "before_long": 0.4708,
    "before_modal": 0.1305,
    "before_none": 0.2926,
    "before_num1": -0.2568,
    "before_num3": 0.232,
    "before_opener": -0.1306,
    "before_parennum": 0.1361,
    "before_past": 0.5608,
    "before_pct": -0.0712,
    "before_present": -0.1682,
    "before_pval": 0.4144,
    "before_report": 0.2865,
    "before_role": 0.001,
    "before_safety": 0.3506,
    "before_short": -0.1728,
    "before_stats": 0.4101,
    "before_studyref": 0.2746,
    "before_we": 0.1352,
    "before_word:": -0.213,
    "before_word:a": -0.1671,
    "before_word:after": -0.0241,
    "before_word:all": -0.0985,
    "before_word:although": 0.3241,
    "before_word:among": -0.1298,
    "before_word:an": -0.1308,
    "before_word:as": 0.0911,
    "before_word:at": -0.0874,
    "before_word:based": 0.1698,
    "before_word:between": -0.1425,
    "before_word:both": -0.427,
    "before_word:by": -0.0433,
    "before_word:clinical": 0.0246,
    "before_word:compared": 0.1446,
    "before_word:data": -0.1435,
    "before_word:despite": -0.3815,
    "before_word:during": -0.3584,
    "before_word:early": -0.0215,
    "before_word:fifty": 0.1183,
    "before_word:for": 0.0125,
    "before_word:forty": -0.0453,
    "before_word:four": 0.2391,
    "before_word:high": -0.0196,
    "before_word:however": -0.091,
    "before_word:in": -0.0549,
    "before_word:it": 0.0802,
    "before_word:mean": -0.0279,
    "before_word:median": -0.0363,
    "before_word:moreover": 0.1797,
    "before_word:no": 0.5632,
    "before_word:none": -0.0313,
    "before_word:of": 0.0655,
    "before_word:on": -0.1577,
    "before_word:one": -0.0443,
    "before_word:only": -0.0161,
    "before_word:our": -0.0384,
    "before_word:outcome": 0.2548,
    "before_word:overall": -0.0632,
    "before_word:participants": -0.1938,
    "before_word:patient": 0.0721,
    "before_word:patients": 0.0691,
    "before_word:plasma": -0.0356,
    "before_word:postoperative": -0.0164,
    "before_word:primary": -0.0147,
    "before_word:prospective": -0.0376,
    "before_word:results": -0.0196,
    "before_word:secondary": -0.0189,
    "before_word:serum": -0.0141,
    "before_word:significant": -0.0721,
    "before_word:since": 0.0444,
    "before_word:spinal": -0.2854,
    "before_word:staphylococcus": -0.0682,
    "before_word:subjects": 0.0143,
    "before_word:the": -0.0826,
    "before_word:there": 0.3304,
    "before_word:these": 0.1796,
    "before_word:they": -0.0401,
    "before_word:thirty": -0.0183,
    "before_word:this": -0.1693,
    "before_word:three": 0.2657,
    "before_word:time": 0.1733,
    "before_word:to": -0.0349,
    "before_word:treatment": -0.0593,
    "before_word:twenty": -0.0027,
    "before_word:two": 0.2852,
    "before_word:using": -0.0621,
    "before_word:we": -0.3258,
    "before_word:when": 0.0769,
    "first_case": 0.1721,
    "first_contrast": -0.916,
    "first_cue": 0.0162,
    "first_edverb": -0.0556,
    "first_eval": 0.1514,
    "first_explicit": 2.0,
    "first_followon": -0.4519,
    "first_future": -0.773,
    "first_hedge": -0.1748,
    "first_judging": 0.4245,
    "first_long": 0.4101,
    "first_modal": -0.0001,
    "first_num1": -0.1008,
    "first_num3": -0.0393,
    "first_opener": 0.4321,
    "first_parennum": -0.5842,
    "first_past": -0.406,
    "first_pct": -0.5665,
    "first_present": 0.2331,
    "first_pval": -0.1353,
    "first_report": -0.1305,
    "first_role": -0.1134,
    "first_safety": 0.1545,
    "first_short": -0.4127,
    "first_stats": 0.0745,
    "first_studyref": 0.6467,
    "first_we": 0.3653,
    "first_word:": 0.041,
    "first_word:a": -0.0284,
    "first_word:after": 0.0143,
    "first_word:all": 0.0417,
    "first_word:although": -0.2321,
    "first_word:among": 0.1373,
    "first_word:an": -0.0061,
    "first_word:as": -0.2444,
    "first_word:at": -0.1638,
    "first_word:based": 0.0397,
    "first_word:between": -0.0043,
    "first_word:both": -0.0209,
    "first_word:by": 0.2125,
    "first_word:clinical": 0.0575,
    "first_word:compared": -0.0694,
    "first_word:data": 0.1466,
    "first_word:despite": -0.0521,
    "first_word:during": 0.112,
    "first_word:early": 0.1332,
    "first_word:fifty": -0.1127,
    "first_word:for": -0.0729,
    "first_word:forty": -0.0009,
    "first_word:four": -0.0753,
    "first_word:further": -0.1259,
    "first_word:high": 0.2485,
    "first_word:however": -0.5583,
    "first_word:in": 0.0134,
    "first_word:it": -0.321,
    "first_word:mean": -0.0104,
    "first_word:median": -0.0016,
    "first_word:moreover": -0.1953,
    "first_word:no": -0.4096,
    "first_word:none": -0.0627,
    "first_word:of": -0.0482,
    "first_word:on": -0.0384,
    "first_word:one": -0.3235,
    "first_word:only": -0.1769,
    "first_word:our": 0.4321,
    "first_word:overall": -0.0297,
    "first_word:participants": -0.0648,
    "first_word:patient": -0.1887,
    "first_word:patients": -0.0845,
    "first_word:plasma": 0.0275,
    "first_word:postoperative": 0.0079,
    "first_word:primary": -0.0006,
    "first_word:results": 0.2103,
    "first_word:secondary": 0.0479,
    "first_word:serum": -0.0649,
    "first_word:significant": 0.2981,
    "first_word:since": 0.1074,
    "first_word:spinal": 0.2625,
    "first_word:staphylococcus": -0.0221,
    "first_word:subjects": -0.035,
    "first_word:the": 0.5734,
    "first_word:there": -0.2131,
    "first_word:therefore": -0.1672,
    "first_word:these": -0.5169,
    "first_word:they": -0.0149,
    "first_word:thirty": -0.0018,
    "first_word:this": 0.4842,
    "first_word:three": 0.0145,
    "first_word:time": -0.0036,
    "first_word:to": -0.009,
    "first_word:treatment": -0.0643,
    "first_word:twenty": -0.0006,
    "first_word:two": -0.1707,
    "first_word:using": 0.0663,
    "first_word:we": 0.2996,
    "first_word:when": 0.6054,
    "first_word:with": -0.13,
    "frac_case": -0.1534,
    "frac_cue": 0.0526,
    "frac_modal": -0.1449,
    "frac_num1": 0.2943,
    "frac_opener": -0.1114,
    "frac_past": 0.309,
    "frac_pct": -0.1494,
    "frac_pval": -0.0006,
    "frac_report": 0.3578,
    "frac_stats": 0.2783,
    "len1": 0.3163,
    "len1_long": -0.0415,
    "len1_mid": 0.102,
    "len1_short": 0.2558,
    "len2": 0.3536,
    "len2_long": 0.2652,
    "len2_mid": 0.008,
    "len2_short": 0.0804,
    "len3": -0.075,
    "len3_long": 0.2596,
    "len3_mid": -0.0279,
    "len3_short": -0.3067,
    "len4": -0.1838,
    "len4_long": 0.209,
    "len4_mid": -0.3645,
    "len4_short": -0.0283,
    "len5": -0.2685,
    "len5_long": -0.3108,
    "len5_mid": 0.0434,
    "len5_short": -0.0011,
    "len6": -0.1425,
    "len6_long": -0.3815,
    "len6_mid": 0.2391,
    "len6_short": -0.0002,
    "numbers_stop": 0.0119,
    "role@bias:B": -0.5218,
    "role@bias:C": -0.0735,
    "role@bias:M": 0.93,
    "role@bias:R": 0.3322,
    "role@start:B": -0.059,
    "role@start:C": -6.0243,
    "role@start:M": -2.9485,
    "role@start:R": -6.0243,
    "role@step:BB": -0.5227,
    "role@step:BC": -5.428,
    "role@step:BM": -0.9639,
    "role@step:BR": -3.8498,
    "role@step:MC": -4.1224,
    "role@step:MM": -0.2717,
    "role@step:MR": -1.5062,
    "role@step:RC": -1.6276,
    "role@step:RR": -0.2187,
    "run_role": 0.0804,
    "sentence:0": -0.8774,
    "sentence:00": -0.1272,
    "sentence:0001": -0.0871,
    "sentence:001": -0.2709,
    "sentence:01": -0.1135,
    "sentence:02": -0.1354,
    "sentence:04": -0.1172,
    "sentence:05": -0.2869,
    "sentence:06": -0.0762,
    "sentence:1": -0.4727,
    "sentence:10": -0.2313,
    "sentence:100": -0.1304,
    "sentence:1000": -0.0727,
    "sentence:107": -0.1194,
    "sentence:12": -0.1017,
    "sentence:13": -0.2315,
    "sentence:14": -0.1036,
    "sentence:15": -0.2107,
    "sentence:151": -0.0799,
    "sentence:16": -0.2439,
    "sentence:17": -0.2899,
    "sentence:18": -0.1477,
    "sentence:19": -0.0909,
    "sentence:2": -0.5507,
    "sentence:20": -0.1736,
    "sentence:2000": -0.1315,
    "sentence:2001": -0.1182,
    "sentence:2004": -0.077,
    "sentence:2005": -0.108,
    "sentence:2006": -0.0999,
    "sentence:2007": 0.0764,
    "sentence:2009": -0.0699,
    "sentence:2010": -0.1143,
    "sentence:2012": -0.2309,
    "sentence:2013": -0.1177,
    "sentence:2014": -0.0831,
    "sentence:2015": 0.0833,
    "sentence:2016": 0.2787,
    "sentence:2018": 0.1786,
    "sentence:21": -0.158,
    "sentence:22": -0.1189,
    "sentence:23": -0.1667,
    "sentence:24": -0.2847,
    "sentence:25": -0.1167,
    "sentence:26": -0.1133,
    "sentence:27": 0.1188,
    "sentence:28": -0.1235,
    "sentence:29": -0.1622,
    "sentence:3": -0.4204,
    "sentence:30": -0.07,
    "sentence:31": -0.2193,
    "sentence:32": -0.1331,
    "sentence:33": -0.0982,
    "sentence:34": -0.1522,
    "sentence:35": -0.1187,
    "sentence:38": -0.1678,
    "sentence:39": -0.0974,
    "sentence:4": -0.2697,
    "sentence:40": -0.1032,
    "sentence:45": -0.1935,
    "sentence:47": -0.1315,
    "sentence:48": -0.1359,
    "sentence:50": -0.075,
    "sentence:51": -0.0926,
    "sentence:53": -0.1495,
    "sentence:54": -0.1336,
    "sentence:56": -0.0757,
    "sentence:57": -0.1232,
    "sentence:61": -0.0711,
    "sentence:62": -0.1091,
    "sentence:65": -0.137,
    "sentence:68": -0.1369,
    "sentence:69": -0.2164,
    "sentence:7": -0.4194,
    "sentence:71": -0.0872,
    "sentence:73": -0.0916,
    "sentence:74": -0.1428,
    "sentence:76": -0.1179,
    "sentence:79": -0.0845,
    "sentence:8": -0.1636,
    "sentence:83": -0.0774,
    "sentence:85": -0.1822,
    "sentence:86": -0.1351,
    "sentence:88": -0.1303,
    "sentence:9": -0.295,
    "sentence:91": -0.096,
    "sentence:95": -0.6845,
    "sentence:97": -0.1014,
    "sentence:98": -0.1052,
    "sentence:99": -0.0804,
    "sentence:a1": 0.2251,
    "sentence:a2": 0.1231,
    "sentence:abdomen": 0.3665,
    "sentence:abdominal": 0.2292,
    "sentence:ability": 0.0885,
    "sentence:ablation": -0.0774,
    "sentence:able": 0.3584,
    "sentence:about": 0.1032,
    "sentence:abscess": 0.2047,
    "sentence:abscesses": 0.1225,
    "sentence:abstracts": -0.0761,
    "sentence:academic": -0.1024,
    "sentence:acceptable": 0.2032,
    "sentence:accepted": -0.0889,
    "sentence:account": -0.1072,
    "sentence:accumulation": -0.0841,
    "sentence:achieved": -0.0808,
    "sentence:acid": -0.0677,
    "sentence:across": -0.1441,
    "sentence:acting": 0.0841,
    "sentence:active": 0.1429,
    "sentence:activity": -0.1036,
    "sentence:acupuncture": 0.499,
    "sentence:acute": -0.1926,
    "sentence:additional": -0.163,
    "sentence:additionally": -0.1637,
    "sentence:address": 0.1066,
    "sentence:addressed": 0.1665,
    "sentence:adequate": 0.1187,
    "sentence:adjacent": -0.0695,
    "sentence:adjusted": -0.119,
    "sentence:adjustment": -0.0896,
    "sentence:administered": -0.1873,
    "sentence:administration": -0.1181,
    "sentence:admitted": -0.1064,
    "sentence:adolescent": -0.079,
    "sentence:adolescents": -0.0966,
    "sentence:adults": 0.3159,
    "sentence:advanced": -0.1225,
    "sentence:advantages": 0.1591,
    "sentence:af": -0.1336,
    "sentence:affect": -0.113,
    "sentence:affected": 0.0832,
    "sentence:affects": -0.0702,
    "sentence:africa": 0.1464,
    "sentence:after": -0.1846,
    "sentence:again": 0.1271,
    "sentence:against": 0.1337,
    "sentence:age": 0.2139,
    "sentence:aged": -0.154,
    "sentence:agent": -0.1268,
    "sentence:agents": -0.1375,
    "sentence:aging": -0.0723,
    "sentence:aim": -0.2377,
    "sentence:aimed": -0.1964,
    "sentence:aims": -0.0996,
    "sentence:air": -0.1049,
    "sentence:airway": -0.1622,
    "sentence:alcohol": -0.1446,
    "sentence:algorithm": -0.144,
    "sentence:all": -0.1688,
    "sentence:allocated": -0.0926,
    "sentence:allow": 0.0717,
    "sentence:allowed": 0.0751,
    "sentence:along": 0.1029,
    "sentence:alpha": -0.0794,
    "sentence:altered": -0.0929,
    "sentence:although": -0.1237,
    "sentence:amino": 0.1142,
    "sentence:amoxicillin": -0.0726,
    "sentence:an": -0.0815,
    "sentence:analgesic": -0.0699,
    "sentence:analysed": 0.0816,
    "sentence:analyses": -0.2472,
    "sentence:analysis": -0.4071,
    "sentence:analyze": -0.0696,
    "sentence:analyzed": -0.247,
    "sentence:and": -0.3451,
    "sentence:anesthesia": -0.1418,
    "sentence:angle": -0.1184,
    "sentence:animal": -0.114,
    "sentence:animals": -0.0728,
    "sentence:another": -0.1,
    "sentence:answer": 0.2102,
    "sentence:anterior": -0.14,
    "sentence:antibiotic": 0.2457,
    "sentence:antibiotics": 0.5656,
    "sentence:antimicrobial": -0.0716,
    "sentence:anxiety": -0.1692,
    "sentence:apparent": -0.0936,
    "sentence:appear": 0.1358,
    "sentence:appeared": 0.1113,
    "sentence:appears": 0.1224,
    "sentence:appendectomy": 0.2838,
    "sentence:appendicitis": 0.2542,
    "sentence:applicable": -0.0872,
    "sentence:applied": 0.073,
    "sentence:appropriate": -0.0788,
    "sentence:are": 0.6614,
    "sentence:area": 0.1961,
    "sentence:arm": -0.387,
    "sentence:arms": -0.0982,
    "sentence:around": 0.1367,
    "sentence:article": -0.0879,
    "sentence:as": 0.073,
    "sentence:asa": -0.1017,
    "sentence:ascertain": -0.0824,
    "sentence:asd": -0.1307,
    "sentence:asked": 0.0882,
    "sentence:aspiration": 0.4689,
    "sentence:assess": -0.4742,
    "sentence:assessed": -0.3443,
    "sentence:assessment": -0.2931,
    "sentence:assignment": -0.0742,
    "sentence:assisted": -0.075,
    "sentence:associated": 0.1463,
    "sentence:association": -0.2435,
    "sentence:associations": -0.1675,
    "sentence:asthma": -0.1464,
    "sentence:asymptomatic": 0.1305,
    "sentence:attempt": 0.0779,
    "sentence:attention": -0.2209,
    "sentence:attributed": -0.1091,
    "sentence:atypical": -0.1846,
    "sentence:auditory": -0.0858,
    "sentence:august": 0.1172,
    "sentence:authors": -0.199,
    "sentence:autism": -0.0831,
    "sentence:autistic": -0.1173,
    "sentence:availability": 0.1018,
    "sentence:available": 0.2019,
    "sentence:average": 0.179,
    "sentence:aware": -0.0885,
    "sentence:b": -0.2376,
    "sentence:b1": 0.081,
    "sentence:baby": 0.3552,
    "sentence:background": 0.7059,
    "sentence:bacteria": 0.4429,
    "sentence:bacterial": 0.1087,
    "sentence:balance": -0.1201,
    "sentence:base": -0.1065,
    "sentence:baseline": -0.2731,
    "sentence:basis": -0.085,
    "sentence:be": 0.6026,
    "sentence:been": -0.3794,
    "sentence:before": 0.2755,
    "sentence:being": 0.091,
    "sentence:beliefs": -0.1153,
    "sentence:beneficial": 0.1682,
    "sentence:benefit": 0.5447,
    "sentence:benefits": 0.1126,
    "sentence:best": 0.0803,
    "sentence:better": 0.5171,
    "sentence:between": -0.2875,
    "sentence:bias": -0.0884,
    "sentence:bilateral": -0.1203,
    "sentence:biliary": 0.1384,
    "sentence:binding": -0.107,
    "sentence:biological": -0.0706,
    "sentence:biopsy": -0.1556,
    "sentence:birth": 0.1148,
    "sentence:bleeding": 0.202,
    "sentence:blind": -0.1084,
    "sentence:body": 0.1218,
    "sentence:bone": -0.1292,
    "sentence:both": 0.1277,
    "sentence:bowel": 0.1342,
    "sentence:breast": 0.1031,
    "sentence:breastfeeding": 0.3267,
    "sentence:broad": -0.0746,
    "sentence:but": -0.1537,
    "sentence:calculated": -0.1166,
    "sentence:called": 0.5374,
    "sentence:can": 0.7336,
    "sentence:canal": 0.0932,
    "sentence:cancer": 0.1611,
    "sentence:cannot": 0.4142,
    "sentence:capsules": -0.0784,
    "sentence:cardiac": -0.1378,
    "sentence:cardiovascular": -0.1845,
    "sentence:care": -0.1268,
    "sentence:carried": -0.1101,
    "sentence:case": -0.4054,
    "sentence:cases": 0.2282,
    "sentence:caused": 0.1223,
    "sentence:causes": 0.1911,
    "sentence:causing": 0.1887,
    "sentence:cavity": 0.2304,
    "sentence:cd": -0.1458,
    "sentence:cdva": -0.1386,
    "sentence:cell": -0.2108,
    "sentence:cells": -0.0857,
    "sentence:center": -0.1766,
    "sentence:centers": -0.068,
    "sentence:central": -0.2056,
    "sentence:cerebral": -0.1135,
    "sentence:cerebrospinal": -0.0798,
    "sentence:certain": 0.0713,
    "sentence:cervical": -0.1262,
    "sentence:chain": -0.098,
    "sentence:chance": 0.1693,
    "sentence:characteristics": 0.4767,
    "sentence:checked": -0.1139,
    "sentence:chemical": -0.0968,
    "sentence:chemotherapy": -0.1343,
    "sentence:chest": -0.2383,
    "sentence:child": -0.1545,
    "sentence:childbirth": 0.0787,
    "sentence:children": 0.499,
    "sentence:china": 0.1137,
    "sentence:chinese": 0.1826,
    "sentence:choice": 0.186,
    "sentence:cholesterol": -0.1262,
    "sentence:ci": -0.7578,
    "sentence:citations": -0.0686,
    "sentence:class": -0.1675,
    "sentence:clear": 0.2432,
    "sentence:clearance": -0.1253,
    "sentence:clearly": 0.1651,
    "sentence:cleavage": -0.0794,
    "sentence:clinic": -0.0993,
    "sentence:clinical": -0.3367,
    "sentence:clinically": -0.0692,
    "sentence:clinicaltrials": -0.1427,
    "sentence:clinicians": 0.1425,
    "sentence:closure": 0.0878,
    "sentence:cluster": -0.1449,
    "sentence:clusters": -0.1181,
    "sentence:cm": 0.0762,
    "sentence:co": -0.0968,
    "sentence:cochrane": -0.1404,
    "sentence:cognitive": -0.103,
    "sentence:cohort": -0.1264,
    "sentence:colitis": 0.1576,
    "sentence:collected": -0.1311,
    "sentence:collections": -0.1109,
    "sentence:colon": 0.3061,
    "sentence:colony": -0.0856,
    "sentence:colorectal": -0.0763,
    "sentence:combination": 0.1653,
    "sentence:commercial": 0.0732,
    "sentence:commonly": -0.0931,
    "sentence:communication": 0.0659,
    "sentence:comparable": 0.2537,
    "sentence:comparative": -0.0734,
    "sentence:compare": -0.2326,
    "sentence:compared": 0.3356,
    "sentence:comparing": -0.2239,
    "sentence:comparison": -0.0974,
    "sentence:complete": -0.1571,
    "sentence:completed": -0.2894,
    "sentence:completely": -0.0837,
    "sentence:completion": -0.1229,
    "sentence:complex": -0.1473,
    "sentence:compliance": -0.1201,
    "sentence:complications": 0.4203,
    "sentence:composition": -0.0687,
    "sentence:computed": -0.1351,
    "sentence:concentration": -0.1509,
    "sentence:concentrations": -0.159,
    "sentence:conclusions": 0.2317,
    "sentence:concurrent": -0.0957,
    "sentence:condition": -0.1024,
    "sentence:conducted": 0.2351,
    "sentence:confidence": -0.1232,
    "sentence:confirm": 0.1974,
    "sentence:confirms": 0.1254,
    "sentence:confounding": 0.1002,
    "sentence:consecutive": -0.1156,
    "sentence:consensus": -0.1405,
    "sentence:consent": -0.129,
    "sentence:consequences": -0.095,
    "sentence:consider": 0.0793,
    "sentence:considered": -0.0975,
    "sentence:consisted": -0.0807,
    "sentence:consistent": 0.0787,
    "sentence:consumption": 0.1001,
    "sentence:contacted": -0.1416,
    "sentence:content": 0.1258,
    "sentence:continuous": -0.1429,
    "sentence:contrast": -0.0754,
    "sentence:contributed": 0.1062,
    "sentence:contribution": -0.0726,
    "sentence:control": -0.3607,
    "sentence:controlled": -0.1696,
    "sentence:controls": -0.1135,
    "sentence:conventional": 0.1029,
    "sentence:corneal": 0.2713,
    "sentence:correction": -0.234,
    "sentence:correlated": 0.0855,
    "sentence:corticosteroids": 0.142,
    "sentence:costs": -0.1716,
    "sentence:could": 0.2745,
    "sentence:countries": 0.091,
    "sentence:course": -0.2395,
    "sentence:criteria": -0.216,
    "sentence:critical": -0.1969,
    "sentence:crohn": 0.5013,
    "sentence:cross": -0.1923,
    "sentence:ct": -0.1528,
    "sentence:culture": -0.185,
    "sentence:cure": 0.0873,
    "sentence:cured": 0.1672,
    "sentence:cycle": -0.0811,
    "sentence:d": -0.2033,
    "sentence:daily": -0.1988,
    "sentence:damage": -0.0793,
    "sentence:data": -0.1928,
    "sentence:database": -0.1969,
    "sentence:day": 0.0774,
    "sentence:days": 0.0846,
    "sentence:de": 0.2305,
    "sentence:death": 0.375,
    "sentence:deaths": 0.345,
    "sentence:debate": -0.0759,
    "sentence:debridement": -0.0858,
    "sentence:decision": -0.108,
    "sentence:decline": 0.1306,
    "sentence:decrease": 0.0997,
    "sentence:deep": -0.1109,
    "sentence:deficit": -0.0769,
    "sentence:delayed": 0.2561,
    "sentence:delivery": -0.1277,
    "sentence:demographic": -0.0718,
    "sentence:demonstrated": -0.3601,
    "sentence:density": -0.1232,
    "sentence:dental": 0.2761,
    "sentence:department": -0.1441,
    "sentence:depends": 0.0691,
    "sentence:depression": -0.2023,
    "sentence:derived": 0.2144,
    "sentence:describe": -0.1686,
    "sentence:describes": 0.1151,
    "sentence:design": -0.1458,
    "sentence:despite": -0.0746,
    "sentence:detected": -0.1213,
    "sentence:determine": -0.2309,
    "sentence:develop": 0.0964,
    "sentence:developed": -0.2399,
    "sentence:device": -0.0923,
    "sentence:devices": 0.0931,
    "sentence:diabetes": -0.1232,
    "sentence:diabetic": 0.2503,
    "sentence:diagnosed": -0.1426,
    "sentence:diagnoses": -0.0862,
    "sentence:diagnosis": 0.1712,
    "sentence:diameter": -0.075,
    "sentence:diarrhoea": 0.0934,
    "sentence:did": 0.0967,
    "sentence:died": -0.1889,
    "sentence:diet": 0.5018,
    "sentence:differ": -0.1529,
    "sentence:differed": -0.0995,
    "sentence:difference": 0.1701,
    "sentence:different": 0.2124,
    "sentence:digestive": 0.1817,
    "sentence:dimensions": -0.0913,
    "sentence:direct": 0.1335,
    "sentence:direction": 0.1595,
    "sentence:disability": -0.263,
    "sentence:discharged": -0.0773,
    "sentence:discomfort": 0.2992,
    "sentence:discontinuation": -0.1006,
    "sentence:discussed": -0.1088,
    "sentence:diseases": -0.202,
    "sentence:disorder": -0.1805,
    "sentence:disorders": -0.0938,
    "sentence:disseminated": -0.1183,
    "sentence:dissemination": -0.0741,
    "sentence:distributed": 0.1425,
    "sentence:distribution": -0.1304,
    "sentence:divided": -0.0873,
    "sentence:dna": -0.0762,
    "sentence:do": 0.1241,
    "sentence:documented": -0.0909,
    "sentence:does": 0.2175,
    "sentence:domains": -0.2777,
    "sentence:dorsal": -0.0789,
    "sentence:dosage": -0.071,
    "sentence:dose": 0.086,
    "sentence:doses": 0.0792,
    "sentence:double": -0.1443,
    "sentence:drain": 0.3325,
    "sentence:drainage": -0.1174,
    "sentence:draw": 0.139,
    "sentence:drug": 0.1289,
    "sentence:drugs": 0.3257,
    "sentence:due": -0.088,
    "sentence:duration": 0.1507,
    "sentence:dysfunction": -0.1985,
    "sentence:e": 0.3157,
    "sentence:each": -0.124,
    "sentence:ear": -0.0732,
    "sentence:earlier": 0.1671,
    "sentence:early": 0.1026,
    "sentence:educational": -0.0736,
    "sentence:effect": -0.1345,
    "sentence:effective": 0.1996,
    "sentence:effectiveness": -0.1829,
    "sentence:effects": 0.198,
    "sentence:efficacy": -0.1418,
    "sentence:eight": -0.0692,
    "sentence:either": -0.1467,
    "sentence:eleven": -0.0866,
    "sentence:eligibility": -0.0946,
    "sentence:eligible": -0.1446,
    "sentence:embase": -0.219,
    "sentence:end": -0.1006,
    "sentence:endometriosis": -0.0948,
    "sentence:endometritis": 0.2815,
    "sentence:endoscopic": 0.3553,
    "sentence:endoscopy": 0.1229,
    "sentence:energy": 0.2174,
    "sentence:english": -0.1248,
    "sentence:enhanced": -0.0838,
    "sentence:enhancement": -0.0811,
    "sentence:enrolled": -0.1714,
    "sentence:entire": -0.077,
    "sentence:entity": -0.1008,
    "sentence:entry": 0.0897,
    "sentence:environmental": -0.0795,
    "sentence:epidural": -0.2547,
    "sentence:epilepsy": -0.0959,
    "sentence:essential": -0.1381,
    "sentence:established": -0.1947,
    "sentence:estimates": -0.1634,
    "sentence:et": -0.1444,
    "sentence:ethical": 0.0807,
    "sentence:etiology": -0.0747,
    "sentence:evaluate": -0.4975,
    "sentence:evaluated": -0.2787,
    "sentence:evaluating": -0.2114,
    "sentence:evaluation": -0.2298,
    "sentence:event": -0.0863,
    "sentence:events": -0.3509,
    "sentence:every": -0.1245,
    "sentence:evidence": 0.9635,
    "sentence:examination": 0.1782,
    "sentence:examinations": 0.1222,
    "sentence:examine": -0.1885,
    "sentence:examined": -0.2301,
    "sentence:example": -0.1236,
    "sentence:excellent": 0.1079,
    "sentence:excluded": -0.1882,
    "sentence:exercise": -0.1372,
    "sentence:exhibited": -0.0863,
    "sentence:experience": 0.1785,
    "sentence:experiences": -0.1267,
    "sentence:experimental": -0.1622,
    "sentence:explore": -0.1314,
    "sentence:exposed": -0.1237,
    "sentence:expressed": -0.1437,
    "sentence:expression": -0.158,
    "sentence:extensive": 0.1894,
    "sentence:extensively": 0.0848,
    "sentence:extracted": -0.2591,
    "sentence:extraction": -0.1426,
    "sentence:eye": 0.1707,
    "sentence:eyes": -0.3517,
    "sentence:f": -0.0646,
    "sentence:facial": 0.0989,
    "sentence:fact": 0.1806,
    "sentence:factor": -0.109,
    "sentence:factors": -0.1633,
    "sentence:failure": -0.1162,
    "sentence:failures": 0.073,
    "sentence:family": -0.0738,
    "sentence:far": 0.0734,
    "sentence:fat": -0.1214,
    "sentence:fatigue": -0.0989,
    "sentence:feasible": 0.3407,
    "sentence:feeding": 0.1549,
    "sentence:female": -0.0839,
    "sentence:fewer": 0.2555,
    "sentence:fibrillation": -0.0847,
    "sentence:filled": 0.1505,
    "sentence:finally": -0.1054,
    "sentence:find": 0.3623,
    "sentence:findings": 0.128,
    "sentence:fine": -0.0673,
    "sentence:firm": 0.081,
    "sentence:first": -0.1105,
    "sentence:fistula": 0.2986,
    "sentence:five": 0.2133,
    "sentence:fixation": 0.1216,
    "sentence:fixed": -0.1255,
    "sentence:flora": -0.1345,
    "sentence:fluid": 0.1115,
    "sentence:focused": -0.1139,
    "sentence:follow": -0.3308,
    "sentence:following": -0.2043,
    "sentence:food": 0.1208,
    "sentence:for": 0.0719,
    "sentence:formation": -0.0869,
    "sentence:forms": 0.2617,
    "sentence:formulations": -0.0714,
    "sentence:forty": -0.1257,
    "sentence:found": 0.3133,
    "sentence:four": -0.1758,
    "sentence:fracture": -0.071,
    "sentence:frequency": -0.173,
    "sentence:frequent": 0.1515,
    "sentence:frequently": 0.0927,
    "sentence:full": -0.1883,
    "sentence:functions": -0.1206,
    "sentence:funded": 0.2311,
    "sentence:funding": 0.5131,
    "sentence:further": 0.4523,
    "sentence:furthermore": 0.1609,
    "sentence:future": 0.3714,
    "sentence:gain": -0.0699,
    "sentence:gamma": -0.0801,
    "sentence:gastric": 0.2397,
    "sentence:gastro": 0.0798,
    "sentence:gel": 0.1049,
    "sentence:gene": -0.0885,
    "sentence:general": -0.137,
    "sentence:generally": 0.2114,
    "sentence:given": 0.2282,
    "sentence:giving": 0.2163,
    "sentence:glaucoma": -0.1031,
    "sentence:global": -0.1388,
    "sentence:goal": -0.089,
    "sentence:gov": -0.1427,
    "sentence:grade": -0.2135,
    "sentence:gram": -0.1086,
    "sentence:granulocyte": -0.0896,
    "sentence:greater": -0.1108,
    "sentence:group": -0.5726,
    "sentence:groups": -0.6134,
    "sentence:growth": -0.2112,
    "sentence:guide": -0.0779,
    "sentence:guidelines": -0.0991,
    "sentence:gut": 0.2274,
    "sentence:h": -0.1077,
    "sentence:harms": 0.3392,
    "sentence:has": 0.1622,
    "sentence:having": 0.1888,
    "sentence:hdl": -0.0767,
    "sentence:he": -0.105,
    "sentence:heal": 0.3665,
    "sentence:healed": 0.2348,
    "sentence:healing": 0.2443,
    "sentence:health": -0.081,
    "sentence:heart": -0.2026,
    "sentence:help": 0.1972,
    "sentence:hematologic": -0.0767,
    "sentence:hemodynamic": 0.1542,
    "sentence:hence": -0.0789,
    "sentence:her": 0.0758,
    "sentence:heterogeneous": -0.1122,
    "sentence:high": 0.1745,
    "sentence:higher": 0.1065,
    "sentence:highest": -0.0838,
    "sentence:highly": 0.1281,
    "sentence:his": -0.1229,
    "sentence:home": -0.1372,
    "sentence:hospital": 0.1434,
    "sentence:hospitalization": 0.0862,
    "sentence:hospitals": -0.0735,
    "sentence:how": 0.0882,
    "sentence:human": -0.0725,
    "sentence:hypertension": -0.131,
    "sentence:hypotension": -0.1022,
    "sentence:hypothesis": -0.1468,
    "sentence:i": -0.3371,
    "sentence:identification": -0.0871,
    "sentence:identified": 0.094,
    "sentence:identifying": -0.1562,
    "sentence:ie": -0.0666,
    "sentence:if": 0.2224,
    "sentence:ifn": -0.1204,
    "sentence:ii": -0.1514,
    "sentence:iliopsoas": -0.1233,
    "sentence:illness": -0.1047,
    "sentence:image": -0.0723,
    "sentence:images": -0.0935,
    "sentence:imaging": -0.2059,
    "sentence:immune": 0.0724,
    "sentence:impaired": -0.0758,
    "sentence:impairment": -0.0804,
    "sentence:implant": -0.1285,
    "sentence:implementation": -0.0743,
    "sentence:importance": -0.0988,
    "sentence:important": 0.1229,
    "sentence:improving": 0.1024,
    "sentence:inability": 0.1338,
    "sentence:inadequate": 0.0738,
    "sentence:incision": 0.1357,
    "sentence:include": 0.5775,
    "sentence:included": -0.1877,
    "sentence:including": -0.215,
    "sentence:inclusion": -0.2236,
    "sentence:incomplete": -0.1083,
    "sentence:increase": 0.1467,
    "sentence:increased": -0.0865,
    "sentence:increases": 0.1243,
    "sentence:increasing": 0.0794,
    "sentence:independently": -0.2788,
    "sentence:index": -0.2798,
    "sentence:india": 0.1028,
    "sentence:indicate": 0.167,
    "sentence:indicated": -0.2964,
    "sentence:indicating": 0.1088,
    "sentence:individuals": 0.3193,
    "sentence:induced": -0.2253,
    "sentence:induces": 0.0936,
    "sentence:induction": -0.1607,
    "sentence:industry": 0.1654,
    "sentence:infant": -0.0836,
    "sentence:infected": 0.3883,
    "sentence:infection": 0.3093,
    "sentence:infections": 0.6346,
    "sentence:infectious": -0.0841,
    "sentence:inflammation": 0.4233,
    "sentence:influence": -0.1091,
    "sentence:information": 0.1367,
    "sentence:inhibitors": -0.1737,
    "sentence:initial": -0.362,
    "sentence:injection": 0.2227,
    "sentence:injections": 0.1479,
    "sentence:inserted": 0.1696,
    "sentence:inside": 0.2106,
    "sentence:insight": 0.0741,
    "sentence:instillation": 0.0764,
    "sentence:institute": -0.0871,
    "sentence:institution": -0.0728,
    "sentence:institutional": -0.1123,
    "sentence:instrument": 0.0981,
    "sentence:instruments": 0.1439,
    "sentence:insufficient": 0.1415,
    "sentence:intention": -0.1571,
    "sentence:intermediate": -0.0928,
    "sentence:international": -0.109,
    "sentence:interpreted": -0.0933,
    "sentence:interval": -0.1675,
    "sentence:intervals": -0.11,
    "sentence:intervention": -0.4434,
    "sentence:interventions": -0.3335,
    "sentence:intestinal": 0.0672,
    "sentence:intestine": 0.1707,
    "sentence:into": 0.1097,
    "sentence:intracranial": -0.1277,
    "sentence:intramuscular": 0.084,
    "sentence:intraocular": -0.0946,
    "sentence:introduction": 0.0697,
    "sentence:investigated": 0.103,
    "sentence:investigators": 0.0914,
    "sentence:involved": -0.0951,
    "sentence:involvement": -0.0801,
    "sentence:involving": 0.1336,
    "sentence:iq": -0.1007,
    "sentence:irrespective": -0.1044,
    "sentence:irrigation": -0.1607,
    "sentence:is": 0.7613,
    "sentence:ischemia": 0.0935,
    "sentence:issue": -0.1377,
    "sentence:issues": 0.1403,
    "sentence:it": 0.3965,
    "sentence:items": -0.1811,
    "sentence:its": -0.1359,
    "sentence:iv": -0.1095,
    "sentence:japan": -0.0878,
    "sentence:june": 0.0793,
    "sentence:key": 0.6539,
    "sentence:kidney": -0.1165,
    "sentence:knowledge": -0.2692,
    "sentence:known": -0.2609,
    "sentence:kyphosis": -0.0875,
    "sentence:l": -0.0988,
    "sentence:la": 0.0789,
    "sentence:label": -0.0882,
    "sentence:laboratory": -0.1332,
    "sentence:lack": 0.154,
    "sentence:language": 0.3219,
    "sentence:laparoscopic": 0.2081,
    "sentence:large": 0.2231,
    "sentence:largely": -0.1601,
    "sentence:laser": -0.101,
    "sentence:last": -0.0852,
    "sentence:later": -0.1835,
    "sentence:latter": -0.1324,
    "sentence:lead": 0.0968,
    "sentence:leading": 0.0866,
    "sentence:leads": 0.116,
    "sentence:least": -0.2323,
    "sentence:led": 0.0762,
    "sentence:left": -0.1276,
    "sentence:length": -0.1284,
    "sentence:lengths": 0.2005,
    "sentence:lens": -0.1394,
    "sentence:less": 0.1548,
    "sentence:level": -0.1369,
    "sentence:levels": -0.4706,
    "sentence:library": -0.0858,
    "sentence:life": 0.0791,
    "sentence:lifestyle": -0.182,
    "sentence:like": 0.1403,
    "sentence:limbs": 0.072,
    "sentence:limited": -0.1046,
    "sentence:line": -0.1235,
    "sentence:linear": -0.1474,
    "sentence:lipoprotein": -0.0835,
    "sentence:liquid": 0.1692,
    "sentence:lists": -0.2342,
    "sentence:little": -0.1807,
    "sentence:live": -0.0941,
    "sentence:liver": 0.2495,
    "sentence:local": 0.1543,
    "sentence:logistic": -0.0849,
    "sentence:long": 0.2656,
    "sentence:longer": 0.3083,
    "sentence:longitudinal": -0.0839,
    "sentence:looked": 0.5012,
    "sentence:lost": -0.1286,
    "sentence:low": -0.112,
    "sentence:lower": 0.1684,
    "sentence:lung": -0.1687,
    "sentence:m": -0.0684,
    "sentence:made": 0.1064,
    "sentence:magnetic": -0.1165,
    "sentence:magnitude": -0.0731,
    "sentence:main": 0.1167,
    "sentence:maintenance": 0.1635,
    "sentence:majority": 0.1071,
    "sentence:make": 0.2688,
    "sentence:makes": 0.2159,
    "sentence:making": 0.1004,
    "sentence:male": -0.1811,
    "sentence:males": -0.1302,
    "sentence:man": -0.1073,
    "sentence:management": -0.3507,
    "sentence:manifestation": 0.0785,
    "sentence:many": 0.2039,
    "sentence:markedly": -0.1119,
    "sentence:matched": -0.1365,
    "sentence:material": -0.0691,
    "sentence:maternal": -0.2292,
    "sentence:maximal": 0.1068,
    "sentence:may": 0.6728,
    "sentence:md": -0.1425,
    "sentence:mean": -0.4421,
    "sentence:measured": -0.0796,
    "sentence:measures": -0.3595,
    "sentence:measuring": -0.1185,
    "sentence:mechanical": -0.1299,
    "sentence:media": 0.1069,
    "sentence:median": -0.2642,
    "sentence:mediated": -0.1073,
    "sentence:mediators": -0.0781,
    "sentence:medical": 0.1795,
    "sentence:medication": -0.1971,
    "sentence:medicine": 0.1136,
    "sentence:medicines": 0.1813,
    "sentence:medline": -0.207,
    "sentence:members": -0.1028,
    "sentence:membrane": -0.1419,
    "sentence:men": -0.1258,
    "sentence:mental": -0.3167,
    "sentence:messages": 0.1634,
    "sentence:met": -0.1,
    "sentence:meta": -0.2096,
    "sentence:method": 0.3786,
    "sentence:methodological": -0.1217,
    "sentence:methods": 0.1898,
    "sentence:methotrexate": 0.546,
    "sentence:mg": 0.2122,
    "sentence:mi": -0.1554,
    "sentence:micro": 0.1577,
    "sentence:middle": -0.0849,
    "sentence:might": 0.2348,
    "sentence:mild": -0.071,
    "sentence:million": 0.083,
    "sentence:min": -0.0734,
    "sentence:minor": -0.0812,
    "sentence:miscarriage": -0.0769,
    "sentence:mixed": -0.0857,
    "sentence:ml": -0.0928,
    "sentence:mm": -0.1914,
    "sentence:mobility": -0.1097,
    "sentence:modalities": -0.0983,
    "sentence:model": -0.3734,
    "sentence:models": -0.1903,
    "sentence:modified": -0.1104,
    "sentence:monitoring": 0.074,
    "sentence:monotherapy": 0.0687,
    "sentence:month": -0.2508,
    "sentence:months": -0.1305,
    "sentence:morbidity": 0.0906,
    "sentence:more": 0.4176,
    "sentence:morphine": 0.1305,
    "sentence:mortality": 0.17,
    "sentence:most": 0.2817,
    "sentence:mostly": 0.331,
    "sentence:mother": 0.3342,
    "sentence:motor": -0.0833,
    "sentence:ms": -0.1192,
    "sentence:much": -0.0759,
    "sentence:multilevel": -0.0791,
    "sentence:multiple": -0.0699,
    "sentence:multivariate": -0.0919,
    "sentence:muscle": -0.089,
    "sentence:muscles": 0.0958,
    "sentence:muscular": -0.0834,
    "sentence:must": 0.1316,
    "sentence:n": -0.4897,
    "sentence:national": -0.1582,
    "sentence:natural": -0.0931,
    "sentence:nature": -0.1557,
    "sentence:nausea": 0.0905,
    "sentence:near": 0.1036,
    "sentence:neck": 0.1148,
    "sentence:necrosis": 0.072,
    "sentence:need": 0.193,
    "sentence:needed": 0.3641,
    "sentence:needle": 0.383,
    "sentence:needs": 0.1261,
    "sentence:neither": -0.2051,
    "sentence:neurologic": -0.0905,
    "sentence:neurological": -0.2393,
    "sentence:neutrophil": 0.1812,
    "sentence:newly": -0.1322,
    "sentence:nine": 0.0737,
    "sentence:no": 0.2001,
    "sentence:non": 0.3103,
    "sentence:nor": -0.148,
    "sentence:normal": -0.1144,
    "sentence:nose": 0.1242,
    "sentence:not": 0.3454,
    "sentence:noted": -0.1958,
    "sentence:novel": 0.0828,
    "sentence:now": -0.1285,
    "sentence:number": 0.1497,
    "sentence:numbers": 0.1049,
    "sentence:nutrition": 0.2258,
    "sentence:nutritional": 0.0762,
    "sentence:obese": -0.1131,
    "sentence:obesity": -0.0964,
    "sentence:objective": -0.2115,
    "sentence:objectives": -0.0763,
    "sentence:observation": 0.1703,
    "sentence:obtain": -0.0849,
    "sentence:obtained": -0.195,
    "sentence:obvious": -0.1254,
    "sentence:occur": 0.1003,
    "sentence:occurred": -0.2002,
    "sentence:occurring": -0.1172,
    "sentence:occurs": 0.2386,
    "sentence:often": 0.2358,
    "sentence:old": -0.1569,
    "sentence:older": -0.0685,
    "sentence:one": 0.1213,
    "sentence:operation": 0.3369,
    "sentence:operative": -0.1608,
    "sentence:optimal": -0.0823,
    "sentence:option": 0.0741,
    "sentence:oral": 0.1622,
    "sentence:order": -0.1227,
    "sentence:organization": -0.1444,
    "sentence:orientation": -0.081,
    "sentence:original": -0.0957,
    "sentence:osteomyelitis": 0.0942,
    "sentence:our": 0.3805,
    "sentence:out": 0.3641,
    "sentence:outcome": -0.1571,
    "sentence:outpatient": -0.102,
    "sentence:outside": 0.1348,
    "sentence:ovarian": -0.0899,
    "sentence:over": 0.0744,
    "sentence:overall": -0.1317,
    "sentence:ovid": -0.0713,
    "sentence:ovulation": -0.1683,
    "sentence:own": 0.1671,
    "sentence:oxide": -0.1044,
    "sentence:p": -0.7991,
    "sentence:pa": 0.1508,
    "sentence:pain": 0.4681,
    "sentence:painful": 0.184,
    "sentence:pancreas": 0.175,
    "sentence:pancreatic": 0.2242,
    "sentence:parameters": -0.1438,
    "sentence:parent": -0.1166,
    "sentence:parents": -0.0781,
    "sentence:participants": 0.6119,
    "sentence:participate": -0.1339,
    "sentence:participation": -0.1442,
    "sentence:particularly": 0.2113,
    "sentence:parts": 0.0703,
    "sentence:pass": 0.0821,
    "sentence:past": -0.192,
    "sentence:pathogenesis": -0.0635,
    "sentence:patient": -0.439,
    "sentence:patients": -0.3041,
    "sentence:pelvic": 0.207,
    "sentence:penicillin": 0.3153,
    "sentence:people": 0.6924,
    "sentence:peptide": -0.1442,
    "sentence:perceived": -0.0746,
    "sentence:percent": -0.1611,
    "sentence:percentage": -0.0842,
    "sentence:perception": 0.0694,
    "sentence:percutaneous": -0.0822,
    "sentence:perforated": -0.1205,
    "sentence:perform": 0.1794,
    "sentence:performance": -0.1704,
    "sentence:performed": -0.3124,
    "sentence:period": -0.3562,
    "sentence:perioperative": 0.1406,
    "sentence:peritoneal": 0.113,
    "sentence:persistent": -0.1717,
    "sentence:personal": -0.1048,
    "sentence:personnel": -0.0993,
    "sentence:pharmaceutical": 0.1231,
    "sentence:phase": -0.1439,
    "sentence:physical": -0.2297,
    "sentence:place": 0.1119,
    "sentence:placebo": -0.4167,
    "sentence:plain": 0.6559,
    "sentence:planned": 0.2521,
    "sentence:plate": 0.0682,
    "sentence:platform": -0.0738,
    "sentence:play": -0.135,
    "sentence:plays": -0.0843,
    "sentence:point": -0.1017,
    "sentence:pool": 0.0746,
    "sentence:poor": 0.127,
    "sentence:populations": 0.1297,
    "sentence:portion": -0.0869,
    "sentence:position": -0.0845,
    "sentence:positive": -0.1694,
    "sentence:positively": 0.0784,
    "sentence:possibility": 0.131,
    "sentence:posterior": -0.0937,
    "sentence:postoperative": -0.1864,
    "sentence:postoperatively": -0.0736,
    "sentence:postpartum": 0.0851,
    "sentence:potential": -0.1279,
    "sentence:power": -0.0896,
    "sentence:practice": -0.1777,
    "sentence:pre": -0.1088,
    "sentence:predicted": -0.1892,
    "sentence:prediction": -0.077,
    "sentence:predisposing": 0.0764,
    "sentence:predominant": 0.1624,
    "sentence:predominantly": -0.0922,
    "sentence:preferences": 0.0771,
    "sentence:preferred": -0.0879,
    "sentence:pregnancy": -0.3107,
    "sentence:preoperative": 0.0901,
    "sentence:preoperatively": -0.07,
    "sentence:present": -0.193,
    "sentence:presentation": -0.0784,
    "sentence:presented": -0.2704,
    "sentence:presenting": -0.0744,
    "sentence:preserved": 0.0842,
    "sentence:pressure": -0.1866,
    "sentence:pretreatment": -0.1001,
    "sentence:prevalence": -0.0791,
    "sentence:prevented": -0.1034,
    "sentence:preventing": -0.1461,
    "sentence:primary": -0.2028,
    "sentence:prior": -0.1695,
    "sentence:probability": 0.0889,
    "sentence:probably": 0.1093,
    "sentence:problems": 0.2343,
    "sentence:procedural": -0.0862,
    "sentence:procedure": 0.3478,
    "sentence:procedures": -0.157,
    "sentence:process": -0.2717,
    "sentence:processes": 0.1063,
    "sentence:processing": -0.0801,
    "sentence:produce": 0.1296,
    "sentence:product": -0.0764,
    "sentence:production": -0.1942,
    "sentence:prognosis": -0.1394,
    "sentence:prognostic": -0.1116,
    "sentence:program": -0.1104,
    "sentence:programs": -0.1627,
    "sentence:progression": -0.1279,
    "sentence:project": -0.0887,
    "sentence:prolonged": 0.0702,
    "sentence:prophylactic": -0.1619,
    "sentence:proposed": 0.1322,
    "sentence:prospective": -0.2536,
    "sentence:protein": -0.1181,
    "sentence:proved": -0.1452,
    "sentence:proven": 0.0711,
    "sentence:provide": 0.3176,
    "sentence:provides": 0.135,
    "sentence:providing": 0.13,
    "sentence:pruritus": -0.072,
    "sentence:psoas": -0.1239,
    "sentence:psychosocial": -0.0976,
    "sentence:publication": -0.205,
    "sentence:pulmonary": -0.0735,
    "sentence:purpose": -0.0731,
    "sentence:pus": 0.2546,
    "sentence:pyomyositis": 0.1338,
    "sentence:qualitative": -0.1414,
    "sentence:quality": 0.1721,
    "sentence:quantitative": -0.1076,
    "sentence:quasi": -0.0903,
    "sentence:question": 0.3883,
    "sentence:questionnaire": -0.2732,
    "sentence:questionnaires": -0.0883,
    "sentence:r": -0.1868,
    "sentence:radiographs": -0.0927,
    "sentence:random": -0.1737,
    "sentence:randomised": -0.1349,
    "sentence:randomization": -0.0903,
    "sentence:randomized": -0.2359,
    "sentence:randomly": -0.1179,
    "sentence:ranged": 0.2667,
    "sentence:rapidly": -0.084,
    "sentence:rare": -0.1161,
    "sentence:rated": -0.1192,
    "sentence:rates": 0.3151,
    "sentence:rather": 0.1134,
    "sentence:ratio": -0.1677,
    "sentence:ratios": 0.115,
    "sentence:rct": -0.1664,
    "sentence:rcts": 0.1821,
    "sentence:reach": -0.1067,
    "sentence:reached": -0.075,
    "sentence:reaching": -0.0982,
    "sentence:reactions": 0.2073,
    "sentence:real": -0.0779,
    "sentence:reason": 0.0915,
    "sentence:receiving": 0.0988,
    "sentence:recent": -0.2959,
    "sentence:recently": -0.0894,
    "sentence:receptor": -0.2087,
    "sentence:recipients": -0.158,
    "sentence:records": -0.0825,
    "sentence:recovered": -0.2617,
    "sentence:recruited": -0.0814,
    "sentence:recruitment": -0.1209,
    "sentence:recurrence": 0.0951,
    "sentence:recurrent": -0.0975,
    "sentence:reduce": 0.1844,
    "sentence:reduces": 0.2343,
    "sentence:reducing": 0.1989,
    "sentence:reduction": -0.2321,
    "sentence:reference": -0.339,
    "sentence:references": -0.0954,
    "sentence:refute": 0.1839,
    "sentence:regarding": -0.0769,
    "sentence:regimens": 0.1349,
    "sentence:region": -0.1592,
    "sentence:regions": -0.0818,
    "sentence:register": -0.2515,
    "sentence:registry": -0.1066,
    "sentence:regression": -0.218,
    "sentence:regular": -0.1043,
    "sentence:relapse": 0.1819,
    "sentence:related": -0.4089,
    "sentence:relation": -0.188,
    "sentence:relationship": -0.1131,
    "sentence:relevance": 0.1403,
    "sentence:reliable": 0.1781,
    "sentence:reliably": 0.0969,
    "sentence:remain": -0.1084,
    "sentence:remained": -0.1246,
    "sentence:remission": 0.32,
    "sentence:remove": 0.2159,
    "sentence:removed": 0.093,
    "sentence:renal": -0.2194,
    "sentence:repeated": -0.117,
    "sentence:reperfusion": 0.1177,
    "sentence:reported": 0.0995,
    "sentence:reports": -0.186,
    "sentence:represent": -0.0822,
    "sentence:representing": -0.072,
    "sentence:represents": 0.0884,
    "sentence:require": 0.1218,
    "sentence:required": -0.1565,
    "sentence:requirement": 0.0968,
    "sentence:requires": 0.2674,
    "sentence:requiring": -0.1247,
    "sentence:rescue": -0.1076,
    "sentence:research": 0.1188,
    "sentence:researchers": 0.6616,
    "sentence:resection": -0.0973,
    "sentence:residual": -0.0665,
    "sentence:resistance": 0.1587,
    "sentence:resolution": 0.195,
    "sentence:resolved": -0.1489,
    "sentence:resonance": -0.1274,
    "sentence:resource": 0.1102,
    "sentence:respective": -0.0864,
    "sentence:respectively": -0.2944,
    "sentence:respiratory": -0.0776,
    "sentence:response": -0.2698,
    "sentence:responsible": 0.0908,
    "sentence:rest": 0.0998,
    "sentence:restoration": 0.147,
    "sentence:restrictions": -0.1444,
    "sentence:result": -0.0911,
    "sentence:resulted": 0.1034,
    "sentence:results": 0.4299,
    "sentence:retention": -0.0748,
    "sentence:retrospective": -0.2079,
    "sentence:retrospectively": -0.0958,
    "sentence:return": -0.1898,
    "sentence:revealed": -0.3752,
    "sentence:review": 0.4698,
    "sentence:reviewed": -0.1625,
    "sentence:reviews": -0.3088,
    "sentence:rise": -0.0725,
    "sentence:risks": -0.0805,
    "sentence:risperidone": -0.073,
    "sentence:robust": 0.1238,
    "sentence:role": -0.2145,
    "sentence:route": -0.1309,
    "sentence:routine": 0.2731,
    "sentence:rr": -0.4102,
    "sentence:rule": 0.1247,
    "sentence:s": 0.4467,
    "sentence:safe": 0.1873,
    "sentence:same": -0.0924,
    "sentence:satisfied": 0.1982,
    "sentence:saturation": -0.071,
    "sentence:scale": -0.3285,
    "sentence:schizophrenia": -0.0898,
    "sentence:score": -0.29,
    "sentence:scored": -0.0774,
    "sentence:scores": -0.2718,
    "sentence:screened": -0.1277,
    "sentence:sd": -0.0847,
    "sentence:search": 0.1044,
    "sentence:searched": 0.2114,
    "sentence:searches": -0.1224,
    "sentence:secondary": -0.1011,
    "sentence:sedation": -0.1201,
    "sentence:see": 0.2017,
    "sentence:seems": 0.1051,
    "sentence:seen": 0.1241,
    "sentence:segment": -0.1279,
    "sentence:selective": -0.1046,
    "sentence:self": -0.2299,
    "sentence:sensitive": -0.1103,
    "sentence:sensitivity": -0.1832,
    "sentence:sepsis": -0.089,
    "sentence:september": 0.2018,
    "sentence:septic": 0.162,
    "sentence:sequence": -0.1259,
    "sentence:sequences": -0.1659,
    "sentence:serious": 0.5691,
    "sentence:serum": -0.1545,
    "sentence:service": -0.1941,
    "sentence:services": -0.1976,
    "sentence:sessions": -0.0813,
    "sentence:setting": -0.0726,
    "sentence:seven": 0.1996,
    "sentence:several": -0.121,
    "sentence:severity": -0.202,
    "sentence:she": -0.1508,
    "sentence:shift": -0.0924,
    "sentence:shorter": -0.0937,
    "sentence:should": 0.8089,
    "sentence:showed": 0.0939,
    "sentence:shown": -0.2001,
    "sentence:side": 0.268,
    "sentence:significance": -0.0858,
    "sentence:significant": -0.2102,
    "sentence:significantly": -0.2285,
    "sentence:signs": -0.0672,
    "sentence:simultaneous": -0.1406,
    "sentence:since": -0.2438,
    "sentence:single": -0.1997,
    "sentence:sinus": 0.3422,
    "sentence:sinuses": 0.1068,
    "sentence:sites": -0.2132,
    "sentence:situations": -0.0714,
    "sentence:six": 0.2504,
    "sentence:sizes": 0.108,
    "sentence:skeletal": 0.091,
    "sentence:skin": 0.2155,
    "sentence:sleep": -0.0844,
    "sentence:slight": -0.113,
    "sentence:small": 0.7187,
    "sentence:so": 0.091,
    "sentence:social": -0.1691,
    "sentence:soft": 0.0916,
    "sentence:some": 0.3955,
    "sentence:sometimes": -0.0696,
    "sentence:sources": 0.1385,
    "sentence:south": 0.0855,
    "sentence:specialised": -0.084,
    "sentence:specificity": -0.11,
    "sentence:specimens": -0.0819,
    "sentence:spectrum": -0.1942,
    "sentence:speech": -0.1449,
    "sentence:speed": -0.1285,
    "sentence:spinal": -0.3388,
    "sentence:spine": 0.0668,
    "sentence:spondylodiscitis": -0.0815,
    "sentence:spontaneous": -0.091,
    "sentence:staff": -0.1024,
    "sentence:standardised": 0.0883,
    "sentence:staphylococcus": -0.0837,
    "sentence:started": -0.0964,
    "sentence:starting": 0.0917,
    "sentence:states": -0.1148,
    "sentence:statistically": -0.1397,
    "sentence:status": -0.1733,
    "sentence:stay": 0.3647,
    "sentence:stenosis": -0.0736,
    "sentence:step": -0.1301,
    "sentence:steroids": 0.1335,
    "sentence:still": -0.1018,
    "sentence:stimulating": -0.0968,
    "sentence:stimulation": -0.1417,
    "sentence:stomach": 0.1125,
    "sentence:stop": 0.1785,
    "sentence:strategy": -0.1089,
    "sentence:stratified": -0.1195,
    "sentence:streptococcus": 0.0974,
    "sentence:stress": -0.1028,
    "sentence:strong": 0.1008,
    "sentence:strongly": -0.1225,
    "sentence:structural": -0.155,
    "sentence:structure": -0.0715,
    "sentence:structured": -0.0888,
    "sentence:studies": 0.8518,
    "sentence:sub": 0.2995,
    "sentence:subgroup": -0.1107,
    "sentence:subjective": -0.1798,
    "sentence:subjects": -0.3356,
    "sentence:subsequently": -0.1396,
    "sentence:successful": 0.0999,
    "sentence:such": 0.1148,
    "sentence:suffered": -0.1259,
    "sentence:sufficient": 0.1321,
    "sentence:suggest": 0.2252,
    "sentence:suggesting": 0.1249,
    "sentence:suggests": 0.1246,
    "sentence:suitable": 0.067,
    "sentence:summary": 0.7258,
    "sentence:superior": 0.0778,
    "sentence:support": 0.258,
    "sentence:surface": 0.0863,
    "sentence:surgery": 0.2946,
    "sentence:surgical": 0.2237,
    "sentence:surrounding": 0.0927,
    "sentence:survival": 0.1378,
    "sentence:susceptibility": -0.1729,
    "sentence:suspected": 0.0715,
    "sentence:suspicion": 0.2156,
    "sentence:symptomatic": -0.0738,
    "sentence:symptoms": 0.3306,
    "sentence:synthesis": -0.1387,
    "sentence:systematic": -0.2426,
    "sentence:systematically": -0.1389,
    "sentence:systemic": -0.0912,
    "sentence:t": -0.205,
    "sentence:take": 0.0994,
    "sentence:taken": 0.0877,
    "sentence:taking": 0.2261,
    "sentence:target": -0.1466,
    "sentence:targeted": -0.0837,
    "sentence:targets": -0.1469,
    "sentence:technique": 0.1595,
    "sentence:techniques": 0.2947,
    "sentence:technology": -0.1052,
    "sentence:teeth": -0.0663,
    "sentence:ten": 0.1008,
    "sentence:tenderness": 0.1211,
    "sentence:term": 0.2148,
    "sentence:test": -0.3615,
    "sentence:tested": -0.1056,
    "sentence:tests": -0.1752,
    "sentence:the": 0.2399,
    "sentence:them": 0.2673,
    "sentence:then": 0.1294,
    "sentence:therapeutic": -0.0953,
    "sentence:therapies": -0.1925,
    "sentence:therapy": 0.0748,
    "sentence:these": 0.2121,
    "sentence:they": 0.1983,
    "sentence:thickness": -0.1159,
    "sentence:third": -0.072,
    "sentence:thirty": -0.146,
    "sentence:this": 0.5043,
    "sentence:those": -0.1469,
    "sentence:thought": 0.2052,
    "sentence:threatening": 0.1118,
    "sentence:throat": 0.2116,
    "sentence:thrombosis": -0.1296,
    "sentence:times": 0.1815,
    "sentence:timing": 0.157,
    "sentence:tissues": 0.0713,
    "sentence:to": 0.1337,
    "sentence:tolerability": -0.0994,
    "sentence:tolerated": 0.1127,
    "sentence:tomography": -0.1063,
    "sentence:tone": -0.0856,
    "sentence:too": 0.1744,
    "sentence:took": 0.1161,
    "sentence:tool": -0.1098,
    "sentence:tools": -0.1516,
    "sentence:tooth": 0.2219,
    "sentence:topical": 0.121,
    "sentence:total": -0.1019,
    "sentence:tract": 0.1348,
    "sentence:traditional": 0.1311,
    "sentence:training": -0.1084,
    "sentence:transfer": -0.1009,
    "sentence:transplant": -0.1221,
    "sentence:treated": 0.18,
    "sentence:treating": 0.0995,
    "sentence:treatment": 0.1056,
    "sentence:treatments": 0.1768,
    "sentence:trend": -0.1452,
    "sentence:trial": 0.0951,
    "sentence:trials": 0.6246,
    "sentence:tube": 0.0854,
    "sentence:tuberculosis": -0.0702,
    "sentence:tuberculous": -0.1382,
    "sentence:tumor": 0.082,
    "sentence:tumors": -0.0915,
    "sentence:twenty": -0.1252,
    "sentence:twice": -0.1486,
    "sentence:typical": -0.0868,
    "sentence:typically": 0.0934,
    "sentence:ulcerative": 0.1589,
    "sentence:unable": 0.1329,
    "sentence:uncertain": 0.0899,
    "sentence:uncertainty": 0.101,
    "sentence:unclear": 0.154,
    "sentence:uncommon": -0.0848,
    "sentence:uncomplicated": 0.1677,
    "sentence:undergoing": 0.1342,
    "sentence:underwent": -0.1971,
    "sentence:unilateral": -0.0765,
    "sentence:unique": -0.0915,
    "sentence:united": -0.0825,
    "sentence:units": -0.0751,
    "sentence:university": -0.2771,
    "sentence:unknown": -0.1637,
    "sentence:unlike": 0.12,
    "sentence:unpublished": -0.0873,
    "sentence:until": 0.1178,
    "sentence:untreated": -0.1556,
    "sentence:up": 0.3348,
    "sentence:update": -0.1039,
    "sentence:upon": -0.0802,
    "sentence:upper": 0.0847,
    "sentence:urgent": 0.0798,
    "sentence:usa": 0.1983,
    "sentence:use": 0.3074,
    "sentence:users": -0.0922,
    "sentence:uses": -0.0971,
    "sentence:using": -0.1488,
    "sentence:usual": 0.0922,
    "sentence:usually": 0.4866,
    "sentence:utilization": -0.0671,
    "sentence:v": -0.1044,
    "sentence:vaginal": 0.2127,
    "sentence:validated": -0.0798,
    "sentence:value": -0.2698,
    "sentence:values": -0.0939,
    "sentence:variability": 0.0709,
    "sentence:variables": -0.1311,
    "sentence:variation": -0.0628,
    "sentence:varied": 0.2315,
    "sentence:variety": 0.2212,
    "sentence:various": -0.1256,
    "sentence:vein": -0.1065,
    "sentence:ventricular": 0.0831,
    "sentence:very": 0.3832,
    "sentence:video": -0.1012,
    "sentence:view": 0.1245,
    "sentence:visit": -0.128,
    "sentence:visits": -0.0849,
    "sentence:visual": -0.1515,
    "sentence:vitro": -0.0888,
    "sentence:volume": -0.201,
    "sentence:volunteers": -0.1271,
    "sentence:vs": -0.0731,
    "sentence:wanted": 0.2378,
    "sentence:warranted": 0.1439,
    "sentence:was": -0.7807,
    "sentence:water": 0.1758,
    "sentence:way": 0.2496,
    "sentence:we": -0.0941,
    "sentence:weakness": 0.0737,
    "sentence:weeks": -0.1437,
    "sentence:weight": -0.1365,
    "sentence:well": -0.0902,
    "sentence:were": -0.6226,
    "sentence:what": 1.2129,
    "sentence:when": 0.3353,
    "sentence:whereas": -0.241,
    "sentence:which": 0.1892,
    "sentence:while": -0.2538,
    "sentence:white": 0.1399,
    "sentence:who": 0.2946,
    "sentence:whom": -0.073,
    "sentence:why": 0.2054,
    "sentence:withdrawal": 0.0735,
    "sentence:within": -0.1173,
    "sentence:woman": 0.0843,
    "sentence:women": 0.2373,
    "sentence:work": -0.1445,
    "sentence:world": -0.0898,
    "sentence:wound": 0.3513,
    "sentence:wounds": 0.1899,
    "sentence:year": 0.1123,
    "sentence:α": -0.1017,
    "sentence@bias": -0.9481,
    "sentence@end0": 3.3801,
    "sentence@end1": 1.714,
    "sentence@end2": 0.4141,
    "sentence@end3": -0.278,
    "sentence@end4": -0.6447,
    "sentence@end5": -0.8224,
    "sentence@end6": -1.0049,
    "sentence@end7": -0.9723,
    "sentence@end8": -1.0984,
    "sentence@end9": -1.3863,
    "seq_start": 0.3162,
    "tense_shift": 0.5713,
    "topic_down_after": 0.3577,
    "topic_from_none": 0.1974,
    "topic_top": 0.9284,
    "topic_up": 0.3653,
}

#: The role model's weights: a feature a line, then its weight for each of B, M, R, C
#: (0: none), added to WEIGHTS as "role:ROLE:FEATURE".
ROLE_TABLE = """\
cue:case -0.1394 1.081 -0.457 -0.4845
cue:contrast 0.4387 -0.4439 0.0684 -0.0636
cue:cue -0.0941 -0.0797 -0.0593 0.2384
cue:edverb -0.0274 0.2769 0.0658 -0.3869
cue:eval 0.0317 -0.3023 0.1748 0.1053
cue:explicit -0.0044 -0.0069 -0.1643 0.1755
cue:followon -0.3033 0.3087 -0.1181 0.1125
cue:future -0.0305 0.0668 -0.103 0.0683
cue:hedge 0.0717 -0.334 0.0975 0.1634
cue:judging 0.3494 -0.7587 -0.3364 0.6659
cue:long 0.0026 0.2005 0.0166 -0.2165
cue:modal 0.037 -0.3719 -0.0171 0.3433
cue:num1 -0.2047 -0.2437 0.3812 -0.0728
cue:num3 -0.24 -0.0135 0.3294 -0.1362
cue:opener 0.4052 -0.1334 -0.2117 -0.0586
cue:parennum -0.2395 0.0016 0.1757 0.0188
cue:past -0.1274 0.0647 0.3075 -0.3045
cue:pct 0.0106 0.0559 -0.148 0.1785
cue:present 0.3366 -0.4554 -0.2053 0.3096
cue:pval 0.1301 0.0599 0.4776 -0.7153
cue:report -0.2516 0.1584 0.3835 -0.3585
cue:safety 0.1591 -0.079 -0.0776 -0.0036
cue:short -0.2624 0.1901 0.3194 -0.2668
cue:stats -0.2037 -0.4517 0.6408 -0.3676
cue:studyref 0.3694 -0.4607 -0.108 0.199
cue:we 0.0351 -0.0446 -0.1296 0.139
end:0 -0.6118 -0.4002 -0.8388 1.473
end:1 -1.0211 0.0225 1.105 -0.0138
end:2 -0.2764 0.1913 0.6577 -0.5635
end:3 -0.1905 0.3742 0.5871 -0.7606
end:4 0.2911 0.2065 0.3154 -0.817
end:5 0.3684 0.3312 0.0415 -0.7387
end:6 0.4927 0.1605 -0.1289 -0.5204
end:7 0.4711 -0.0374 -0.3777 -0.0432
end:8 0.3592 0.0821 -0.4879 0.0649
end:9 -0.0462 -0.692 -0.3879 0.9777
first: -0.3554 -0.0481 0.019 0.3844
first:a -0.5808 0.2959 0.2138 0.0721
first:academic -0.101 0.1339 -0.0289 -0.0039
first:acute 0.084 -0.1387 0.1014 -0.0467
first:additional 0.1682 -0.0034 -0.1521 -0.0127
first:additionally 0.0617 -0.0562 0.2137 -0.2192
first:adverse -0.0679 -0.0275 -0.2534 0.3489
first:after -0.0479 -0.252 0.538 -0.2385
first:age -0.1521 -0.119 0.3413 -0.0702
first:all -0.0704 0.1429 0.0209 -0.0938
first:also 0.0425 -0.0499 -0.1123 0.1197
first:although 0.1507 -0.1406 0.1148 -0.1248
first:among -0.1267 -0.3092 0.1644 0.2715
first:an 0.0214 0.0478 -0.1108 0.0416
first:another -0.0186 -0.146 0.2331 -0.0686
first:antibiotic -0.0288 0.1689 -0.1586 0.0186
first:antibiotics -0.0133 -0.0019 -0.0124 0.0276
first:approximately 0.0048 -0.1622 0.0405 0.1169
first:as 0.2073 -0.0956 -0.0375 -0.0741
first:at -0.1209 -0.063 0.1244 0.0595
first:background -0.0742 -0.0348 -0.1445 0.2539
first:based -0.2374 -0.1011 0.3563 -0.0178
first:baseline -0.0043 -0.057 0.2025 -0.1412
first:because 0.0692 0.0787 -0.2387 0.0907
first:between -0.1963 0.1587 0.0644 -0.0267
first:blood -0.0418 0.189 -0.3379 0.1906
first:both 0.1925 -0.1253 -0.3794 0.3121
first:by -0.0005 0.035 -0.0534 0.0189
first:case 0.2241 -0.1742 0.0185 -0.0683
first:changes -0.039 0.0836 0.0234 -0.0679
first:children -0.0096 0.1367 -0.093 -0.0342
first:clinical -0.0181 0.4176 -0.415 0.0155
first:clinicians -0.0427 -0.0471 0.0453 0.0445
first:compared -0.0685 -0.0174 0.0442 0.0419
first:complications -0.0013 -0.0146 0.0954 -0.0794
first:computed -0.0447 0.0162 0.0488 -0.0203
first:continuous -0.0142 -0.0277 0.2149 -0.1731
first:current 0.0928 -0.0275 -0.1201 0.0548
first:currently -0.004 -0.0358 -0.1129 0.1527
first:data -0.1612 0.4272 -0.2697 0.0036
first:despite -0.0477 -0.1473 0.118 0.0769
first:diagnosis 0.1709 -0.2618 0.1312 -0.0402
first:differences -0.0302 0.0798 0.0224 -0.0721
first:different 0.3288 -0.3387 -0.1218 0.1316
first:drainage 0.0219 -0.0435 0.022 -0.0003
first:during 0.4697 -0.2742 -0.065 -0.1304
first:each 0.0337 -0.2216 0.2283 -0.0405
first:early -0.0789 -0.1502 0.2559 -0.0267
first:eight -0.0266 0.2267 -0.0521 -0.148
first:eighteen -0.1224 -0.1348 0.2627 -0.0055
first:eighty -0.0145 0.1018 -0.075 -0.0123
first:eleven -0.0651 -0.028 0.1817 -0.0886
first:eligible -0.0107 0.0641 -0.0514 -0.002
first:evaluation -0.0931 0.2735 -0.1708 -0.0095
first:even -0.0088 -0.0597 0.1108 -0.0422
first:experimental 0.0765 -0.0103 -0.0561 -0.0101
first:eyes -0.0727 0.2556 -0.1802 -0.0028
first:few 0.092 -0.0657 -0.02 -0.0063
first:fifty -0.178 0.1085 -0.0596 0.1291
first:finally -0.0759 0.23 0.0461 -0.2002
first:findings 0.0002 -0.0023 -0.003 0.0051
first:five -0.1079 0.1564 -0.2499 0.2014
first:follow -0.0138 -0.0108 0.1319 -0.1072
first:following 0.0622 0.2207 -0.1637 -0.1192
first:for -0.1734 0.0189 0.0484 0.1059
first:forty 0.0425 -0.1694 0.1698 -0.0428
first:four -0.2815 -0.0325 0.1997 0.1143
first:fourteen -0.0312 -0.3877 0.4378 -0.0189
first:from -0.0463 -0.2507 0.3678 -0.0709
first:further -0.0271 -0.0448 -0.1474 0.2197
first:furthermore 0.0001 -0.0886 0.0389 0.0497
first:future -0.0075 -0.0329 -0.088 0.1284
first:given 0.0093 -0.0126 -0.0156 0.019
first:group -0.1375 0.3201 -0.1552 -0.0274
first:he -0.0967 -0.1041 0.2143 -0.0136
first:here -0.0904 -0.1049 0.3146 -0.1193
first:high -0.0445 -0.1298 0.1305 0.0438
first:higher 0.1699 -0.0547 -0.0768 -0.0384
first:how 0.019 -0.0106 -0.0125 0.004
first:however 0.3623 -0.3803 -0.0463 0.0641
first:if -0.0338 0.0579 -0.0994 0.0753
first:improvement -0.0046 -0.0132 0.3015 -0.2837
first:in -0.1848 -0.1527 0.4163 -0.0784
first:incidence 0.0092 -0.0253 0.0893 -0.0732
first:inclusion 0.1401 0.0053 -0.1037 -0.0417
first:it 0.0945 0.1325 -0.0258 -0.2011
first:key -0.038 0.1025 -0.403 0.3389
first:logistic -0.0091 0.0573 0.0309 -0.079
first:low 0.0247 -0.1526 0.0755 0.0524
first:main 0.047 0.2309 -0.171 -0.1069
first:many 0.0751 -0.0738 -0.1065 0.1051
first:mean -0.1884 -0.0769 0.3568 -0.0916
first:median 0.2478 -0.4071 0.1715 -0.0123
first:more -0.0741 0.1595 -0.145 0.0597
first:moreover -0.0211 -0.0736 0.1789 -0.0842
first:mortality 0.0618 -0.2627 0.254 -0.0531
first:most 0.1409 -0.3001 0.109 0.0502
first:mri -0.0578 -0.0525 -0.2272 0.3373
first:multiple 0.0124 -0.1801 -0.0258 0.1934
first:multivariate -0.0065 -0.009 0.1097 -0.0942
first:nine -0.0091 0.0159 -0.0052 -0.0016
first:no 0.0403 -0.3756 0.5738 -0.2377
first:non 0.0164 0.0291 -0.2022 0.1567
first:none -0.0337 0.2408 0.0364 -0.2435
first:not -0.2072 0.2897 -0.0744 -0.0081
first:observational -0.1107 0.1448 -0.0295 -0.0046
first:of -0.203 -0.4387 0.734 -0.0923
first:on -0.056 -0.0192 -0.1204 0.1956
first:once -0.0104 -0.0608 0.1025 -0.0313
first:one -0.1964 -0.141 0.3893 -0.0522
first:only -0.1378 0.1083 0.0811 -0.0516
first:open -0.0121 0.0098 0.0313 -0.0289
first:oral 0.0076 -0.0111 -0.0782 0.0817
first:other -0.035 -0.0571 0.1845 -0.0923
first:our 0.1798 -0.4433 0.1233 0.1401
first:outcome -0.0766 0.2859 -0.201 -0.0083
first:outcomes 0.1368 -0.085 0.0109 -0.0627
first:over -0.0351 0.078 0.0342 -0.0771
first:overall -0.0641 -0.2273 0.5169 -0.2253
first:pain -0.0022 0.2532 -0.202 -0.049
first:participants -0.0466 0.4144 -0.2562 -0.1118
first:patient -0.1244 0.3039 0.0311 -0.2105
first:patients -0.1814 0.6145 -0.3426 -0.0908
first:people 0.072 -0.0067 -0.0966 0.0314
first:physical -0.1098 -0.0096 0.1164 0.003
first:plain -0.0703 -0.0864 -0.1389 0.2964
first:plasma -0.0501 -0.2123 0.1942 0.0682
first:possible -0.0202 -0.0309 0.0439 0.0072
first:postoperative -0.0181 0.04 -0.076 0.0541
first:previous 0.0711 -0.0675 -0.1116 0.1079
first:primary 0.2899 0.0463 -0.3156 -0.0205
first:prospective -0.2702 0.2448 0.0256 -0.0003
first:psoas -0.0255 -0.092 -0.1648 0.2823
first:quality -0.0196 -0.0371 -0.2361 0.293
first:randomised -0.197 0.4285 -0.1567 -0.0746
first:randomized -0.38 0.496 -0.0625 -0.0533
first:rcts -0.1966 0.262 -0.0521 -0.0134
first:recently 0.0464 -0.029 -0.0113 -0.0061
first:results -0.0738 0.5815 -0.3525 -0.1552
first:retrospective -0.2115 0.3104 -0.0861 -0.0127
first:review -0.2619 0.319 -0.0491 -0.0079
first:risk -0.0314 -0.0007 0.0408 -0.0087
first:secondary -0.0009 0.3168 -0.4858 0.1698
first:serum -0.032 0.3224 -0.2511 -0.0393
first:seven -0.0171 -0.0986 0.0281 0.0875
first:seventeen -0.0401 -0.1001 0.1798 -0.0395
first:several 0.1147 -0.0312 -0.1452 0.0618
first:side -0.0139 0.2792 -0.3137 0.0485
first:significant -0.0271 -0.0988 0.0097 0.1161
first:similar -0.0924 -0.029 0.1517 -0.0304
first:similarly 0.1817 -0.2694 0.0517 0.0359
first:since 0.053 -0.0124 -0.1212 0.0807
first:six -0.027 -0.1552 0.283 -0.1008
first:sixty -0.1195 0.2911 -0.1582 -0.0134
first:some 0.1713 -0.2337 0.0886 -0.0263
first:spinal -0.0952 0.0577 -0.161 0.1984
first:standard -0.0347 -0.1325 0.1876 -0.0203
first:staphylococcus -0.0235 -0.1552 0.1782 0.0005
first:studies -0.2646 0.421 -0.0483 -0.108
first:study 0.2279 -0.1176 -0.3916 0.282
first:subjects 0.2706 -0.1788 0.0136 -0.1054
first:surgery -0.0064 -0.0749 0.1291 -0.0478
first:surgical 0.1915 0.2041 -0.0736 -0.3221
first:survival 0.2848 -0.2344 -0.0223 -0.0281
first:ten -0.0356 0.0244 0.0163 -0.0051
first:the 0.0067 -0.2087 0.0925 0.1106
first:there -0.076 -0.1411 0.0946 0.1235
first:therefore 0.3264 -0.1387 -0.1629 -0.0249
first:these -0.0439 0.0609 -0.0775 0.0603
first:they 0.0019 -0.1328 -0.0249 0.1558
first:thirty -0.1176 -0.0328 0.173 -0.0226
first:this -0.1771 0.1193 -0.1834 0.2408
first:those -0.0158 0.0583 0.0878 -0.1302
first:three -0.3117 -0.2431 0.3931 0.1618
first:thus -0.0108 -0.1167 0.0839 0.0436
first:time 0.0945 -0.158 0.0937 -0.0302
first:to 1.4158 -0.6391 -0.6568 -0.1946
first:total -0.0117 0.2301 -0.3467 0.1283
first:treatment 0.0741 -0.0126 -0.045 -0.0165
first:trials -0.025 0.1179 0.0011 -0.094
first:tuberculous -0.0082 -0.1072 0.0476 0.0678
first:twelve -0.0643 0.0316 0.0731 -0.0404
first:twenty -0.3121 0.1553 0.2199 -0.063
first:two -0.2831 0.3266 0.248 -0.2919
first:university -0.1534 0.2234 -0.0622 -0.0078
first:use -0.015 -0.0136 -0.0153 0.044
first:using -0.0251 0.0183 0.1457 -0.1389
first:we -0.1731 0.0059 0.0888 0.0819
first:what -0.0215 -0.0795 -0.2666 0.3691
first:when -0.1046 -0.0906 0.0033 0.1919
first:while -0.0052 0.2543 -0.193 -0.056
first:with -0.0378 0.0045 0.0913 -0.058
first:within 0.0261 0.115 -0.1277 -0.0134
first:women -0.0784 0.2137 -0.1614 0.0261
place:0 2.2863 1.677 -0.953 -3.1033
place:1 0.5173 1.6196 0.7479 -2.7051
place:2 -1.5675 0.5346 1.1221 -0.1014
place:3 -1.7917 -1.0154 0.7886 2.1473
place:4 -1.9161 -2.4445 -1.2729 2.8541
place:opening 1.1496 -0.5898 -0.4894 -0.4547
w:0 0.2409 0.4562 0.015 -0.6845
w:00 -0.0359 0.0382 0.1275 -0.1299
w:000 -0.0427 0.2935 -0.2919 0.0411
w:0001 -0.0139 0.0264 0.0248 -0.0372
w:001 -0.0829 -0.0982 0.3352 -0.1534
w:002 -0.0019 -0.0408 0.047 -0.0043
w:003 -0.0162 -0.1091 0.1378 -0.0125
w:004 -0.0041 -0.0641 0.0746 -0.0065
w:005 -0.0175 -0.1017 0.1253 -0.0062
w:006 -0.0443 0.1547 -0.2985 0.1882
w:007 -0.005 -0.0884 0.0972 -0.0037
w:008 -0.0108 0.0536 -0.0085 -0.0342
w:01 0.1698 0.1662 -0.2999 -0.0364
w:011 -0.0038 -0.0345 0.0433 -0.005
w:013 -0.0227 -0.1755 0.2068 -0.0086
w:018 -0.0184 -0.0463 0.066 -0.0013
w:02 -0.0672 -0.0998 0.3908 -0.2238
w:03 0.1932 -0.2511 -0.0006 0.0583
w:04 -0.0213 -0.0055 0.1117 -0.085
w:041 -0.0091 -0.0344 0.0548 -0.0113
w:05 -0.1493 0.3227 0.0769 -0.2493
w:06 -0.0073 -0.1592 0.2411 -0.0744
w:07 -0.0188 -0.2681 0.2957 -0.0088
w:08 -0.0261 -0.0163 0.0605 -0.018
w:09 -0.0279 -0.0858 0.1231 -0.0094
w:1 -0.1185 0.2904 0.0967 -0.2616
w:10 -0.179 -0.15 0.4436 -0.1146
w:100 -0.2229 0.3627 -0.0403 -0.0994
w:1000 0.0292 -0.0892 0.0948 -0.0348
w:101 -0.0943 -0.0413 0.0482 0.0874
w:102 -0.0069 0.0222 -0.011 -0.0043
w:104 -0.0267 0.1231 -0.1552 0.0588
w:106 -0.0144 0.3005 -0.2663 -0.0198
w:107 0.0579 -0.0864 0.1214 -0.0929
w:109 -0.0392 -0.013 0.0753 -0.0231
w:11 -0.0577 -0.0939 0.0039 0.1472
w:113 -0.059 -0.0646 0.1365 -0.0129
w:12 0.0784 -0.2994 0.2353 -0.0144
w:120 0.0805 -0.1158 -0.0323 0.0676
w:124 -0.0291 0.052 -0.0211 -0.0018
w:125 0.2682 0.0001 -0.1748 -0.0936
w:126 -0.0336 0.0867 -0.0396 -0.0135
w:127 -0.0648 0.1642 -0.0964 -0.003
w:13 -0.1257 -0.1807 0.419 -0.1124
w:130 -0.0478 0.1955 -0.146 -0.0018
w:14 -0.0915 -0.2194 0.1963 0.1142
w:140 -0.0305 -0.0617 0.1004 -0.0082
w:141 -0.0276 -0.203 0.2279 0.0026
w:145 -0.0572 -0.0675 0.126 -0.0013
w:15 -0.1106 0.034 0.1571 -0.0804
w:150 -0.0273 -0.0353 0.0999 -0.0373
w:151 -0.0033 0.021 0.1048 -0.1224
w:159 -0.0072 -0.0847 0.1007 -0.0088
w:16 -0.3877 0.1891 0.1415 0.057
w:160 -0.0116 0.0457 -0.0336 -0.0004
w:17 0.0597 -0.2958 0.4832 -0.2469
w:176 -0.0025 -0.0428 0.063 -0.0177
w:18 -0.0558 0.1103 -0.0357 -0.0186
w:19 0.1282 -0.2802 0.3546 -0.2024
w:1946 -0.0118 0.0179 -0.0023 -0.0038
w:1950 -0.0177 0.0365 -0.011 -0.0078
w:1966 -0.0102 0.0154 -0.0029 -0.0022
w:197 -0.0075 -0.0557 0.0372 0.026
w:1974 -0.0167 0.0318 -0.0059 -0.0093
w:1980 -0.021 0.0318 -0.0305 0.0197
w:1992 0.056 -0.2769 0.2444 -0.0235
w:1993 -0.1875 0.2127 -0.017 -0.0082
w:1996 0.0068 -0.1862 0.2227 -0.0434
w:1997 0.0536 -0.0259 -0.0224 -0.0053
w:1998 -0.1505 -0.0118 0.1386 0.0237
w:2 0.251 -0.0016 0.0717 -0.3206
w:20 -0.3104 -0.2372 0.3594 0.1884
w:200 -0.11 0.2936 -0.1701 -0.0135
w:2000 -0.0212 0.2404 -0.0961 -0.123
w:2001 0.1019 0.0589 -0.1187 -0.0421
w:2004 0.1448 0.0021 -0.2245 0.0777
w:2005 -0.1396 0.1665 -0.0133 -0.0136
w:2006 -0.1462 0.3545 -0.1617 -0.0465
w:2007 0.0471 -0.1091 -0.0584 0.1203
w:2008 0.0744 -0.2116 0.1178 0.0194
w:2009 -0.154 0.1865 -0.0303 -0.0021
w:2010 -0.0532 0.4191 -0.2804 -0.0855
w:2011 -0.0312 0.1307 -0.2939 0.1945
w:2012 0.0369 0.2483 -0.1373 -0.1477
w:2013 -0.1901 0.272 -0.0603 -0.0216
w:2014 0.3846 0.418 -0.5806 -0.222
w:2015 0.0093 0.0715 -0.1067 0.026
w:2016 -0.0684 0.0312 -0.0531 0.0903
w:2017 -0.0502 0.1021 -0.076 0.024
w:2018 -0.112 0.1369 -0.0541 0.0292
w:21 -0.0944 0.2541 -0.0222 -0.1374
w:210 -0.0539 0.1038 -0.048 -0.0019
w:22 0.0082 -0.0682 0.0587 0.0014
w:23 -0.1355 -0.1375 0.3981 -0.1251
w:24 0.0691 0.12 0.0006 -0.1897
w:25 -0.2299 0.2069 -0.0064 0.0293
w:250 -0.0621 0.0979 0 -0.0359
w:26 -0.1428 0.3519 -0.1009 -0.1082
w:27 -0.0147 -0.1731 0.0504 0.1372
w:270 -0.0044 -0.0169 0.0651 -0.0437
w:28 -0.2179 0.3311 -0.0519 -0.0615
w:29 -0.0598 -0.0071 0.1856 -0.1186
w:3 -0.1605 0.1496 0.303 -0.2936
w:30 0.1033 0.2877 -0.3714 -0.0198
w:300 -0.095 0.2127 -0.0961 -0.0217
w:31 -0.133 -0.4127 0.7221 -0.1763
w:32 0.1179 -0.5409 0.4147 0.0083
w:33 0.0808 0.0204 -0.0551 -0.0461
w:34 -0.0998 -0.0956 0.2847 -0.0892
w:35 -0.3265 0.0799 0.2039 0.0429
w:36 0.0624 -0.544 0.2262 0.2555
w:37 -0.0707 0.0108 0.1029 -0.0429
w:38 -0.0847 0.0358 0.2211 -0.1722
w:39 -0.1439 -0.2598 0.4352 -0.0316
w:4 -0.0391 0.0679 0.1896 -0.2177
w:40 0.1304 0.1997 -0.2113 -0.1189
w:400 -0.0785 0.0738 -0.1019 0.1066
w:41 -0.0344 -0.0355 0.1717 -0.1018
w:42 -0.2853 0.1377 0.1659 -0.0184
w:43 0.1318 -0.1324 -0.0472 0.048
w:44 0.0881 -0.503 0.3455 0.0695
w:45 0.0661 0.0021 0.1993 -0.2675
w:46 0.0115 -0.2184 0.1919 0.0149
w:47 -0.0551 -0.3073 0.4653 -0.1031
w:48 -0.2438 0.2569 0.158 -0.171
w:49 -0.0547 0.0911 -0.0644 0.0279
w:5 -0.2395 0.0386 0.0352 0.1662
w:50 0.0222 -0.0645 -0.2096 0.2522
w:500 -0.0634 0.1378 -0.3235 0.2491
w:51 -0.1138 -0.3446 0.3739 0.0846
w:52 -0.0807 -0.0609 -0.0089 0.1505
w:53 -0.1298 -0.2137 0.4664 -0.1229
w:54 0.0563 -0.1533 0.2353 -0.1382
w:55 -0.0634 -0.0749 0.0971 0.0412
w:56 -0.0306 -0.1502 0.224 -0.0432
w:57 0.0578 0.0308 -0.0264 -0.062
w:58 -0.0371 -0.0069 0.0406 0.0035
w:59 -0.1034 -0.2649 0.3208 0.0475
w:6 -0.2975 0.0561 -0.0033 0.2443
w:60 0.0385 -0.2764 0.0544 0.1834
w:61 0.0111 -0.1023 0.0718 0.0194
w:62 -0.0627 -0.0173 0.2032 -0.1232
w:63 -0.0227 0.0698 0.0556 -0.1028
w:64 -0.0793 -0.0979 0.0467 0.1305
w:65 0.1421 -0.1331 0.0178 -0.0268
w:66 -0.0476 0.1867 -0.1102 -0.0289
w:67 -0.0486 0.0442 -0.0078 0.0121
w:68 -0.007 -0.0606 0.1689 -0.1012
w:69 0.0436 0.0617 0.1783 -0.2836
w:7 0.0006 -0.0793 0.3601 -0.2813
w:70 0.6834 -0.7758 0.1386 -0.0462
w:71 0.2035 -0.0236 -0.1097 -0.0703
w:72 0.149 -0.3374 0.2024 -0.014
w:73 0.2831 0.0068 -0.2123 -0.0776
w:74 0.0605 0.1346 0.0416 -0.2367
w:75 -0.1276 0.4311 -0.2937 -0.0099
w:76 -0.1601 -0.0892 0.4306 -0.1811
w:77 0.1994 -0.0462 -0.077 -0.0761
w:78 -0.025 -0.1708 0.2208 -0.025
w:79 0.0988 0.0866 -0.1231 -0.0624
w:8 0.0745 0.0469 -0.0734 -0.0481
w:80 -0.1399 -0.1841 -0.0369 0.3608
w:800 -0.0569 0.0804 -0.043 0.0194
w:81 -0.0448 -0.2464 0.1181 0.1731
w:82 -0.0903 -0.0747 0.2125 -0.0475
w:83 -0.0452 0.1892 -0.0015 -0.1425
w:84 -0.0395 0.282 -0.2888 0.0462
w:85 -0.0706 -0.1616 0.3806 -0.1485
w:86 -0.0666 0.361 -0.1406 -0.1539
w:87 0.1158 -0.1095 0.0232 -0.0296
w:88 -0.012 -0.0316 0.1751 -0.1315
w:89 -0.007 0.054 -0.0374 -0.0097
w:9 0.0641 -0.0404 0.018 -0.0411
w:90 0.1267 -0.1592 -0.0384 0.071
w:91 -0.1095 0.121 0.0573 -0.0687
w:92 -0.0208 -0.1103 0.1957 -0.0644
w:93 -0.0136 0.1618 -0.1092 -0.039
w:94 -0.0554 0.1547 -0.065 -0.0344
w:95 -0.1631 0.171 0.35 -0.3581
w:96 -0.0468 0.121 -0.0905 0.0163
w:97 -0.0573 -0.01 0.1252 -0.0578
w:98 -0.0432 0.2195 0.038 -0.2142
w:99 -0.1005 -0.0704 0.1955 -0.0246
w:a 0.3272 -0.037 -0.2661 -0.0348
w:a1 -0.2138 -0.2445 -0.0687 0.527
w:a2 -0.0323 -0.1219 -0.1369 0.2911
w:abc 0.2029 -0.6122 0.1197 0.2898
w:abdomen -0.049 0.0253 -0.114 0.1378
w:abdominal 0.1312 0.1349 -0.4611 0.195
w:ability 0.1482 -0.0168 -0.2689 0.1374
w:ablation -0.1653 -0.0165 0.1125 0.0693
w:able -0.0673 -0.1814 0.1626 0.0863
w:abnormal 0.0479 0.2063 -0.2674 0.0132
w:abnormalities 0.086 0.1292 -0.202 -0.0132
w:about -0.0939 -0.0815 -0.1319 0.3074
w:above -0.0363 -0.1164 0.2416 -0.0888
w:abscess -0.0364 -0.0545 0.1652 -0.0745
w:abscesses 0.0581 -0.4929 0.2374 0.1973
w:absence -0.051 -0.0359 0.0229 0.064
w:absolute -0.1019 0.2744 -0.1369 -0.0356
w:abstract -0.0568 0.0908 -0.0343 0.0004
w:abstracts 0.049 0.0028 0.0487 -0.1005
w:academic -0.1159 0.2293 0.0052 -0.1186
w:accelerated 0.136 0.084 -0.1596 -0.0604
w:acceptable 0.3179 -0.3293 -0.1296 0.1411
w:accepted 0.0772 -0.0136 -0.048 -0.0156
w:access 0.0227 -0.2258 0.1733 0.0298
w:according 0.2598 -0.1278 -0.3788 0.2472
w:accordingly 0.2482 -0.1542 -0.0509 -0.0431
w:account 0.0214 0.3236 -0.3201 -0.0249
w:accumulation -0.0849 -0.3539 0.4595 -0.0206
w:accuracy -0.2172 0.2643 -0.1218 0.0747
w:accurate 0.0603 -0.0729 -0.0913 0.104
w:achieve 0.0417 -0.0607 -0.1282 0.1474
w:achieved 0.0075 -0.187 0.2571 -0.0776
w:acid 0.1068 -0.4964 0.3067 0.083
w:acquired -0.0346 0.1465 -0.1011 -0.0108
w:across 0.0545 0.076 0.0794 -0.21
w:acting 0.0001 -0.03 -0.0972 0.1272
w:action -0.027 -0.1681 0.2825 -0.0873
w:activation -0.0468 -0.1155 0.1227 0.0396
w:active -0.1302 0.1008 -0.2848 0.3142
w:activities 0.0653 -0.0719 0.095 -0.0885
w:activity 0.4134 0.2727 -0.5945 -0.0916
w:acuity -0.0172 0.0231 0.1651 -0.171
w:acupuncture 0.0476 -0.1505 -0.127 0.2301
w:acute 0.096 -0.1802 0.0117 0.0727
w:adaptation 0.0011 -0.0715 0.0973 -0.027
w:adapted -0.001 -0.0713 -0.1442 0.2165
w:added 0.1656 -0.0127 -0.0066 -0.1463
w:adding 0.082 0.0046 -0.054 -0.0325
w:addition 0.2482 0.14 -0.4991 0.1109
w:additional 0.0043 0.3693 -0.1602 -0.2133
w:additionally 0.0536 0.0965 0.0762 -0.2263
w:address 0.0557 0.0344 -0.1805 0.0903
w:addressed -0.0105 -0.1771 -0.0593 0.2468
w:adenosine 0.1135 -0.0839 -0.0098 -0.0198
w:adequate -0.0164 -0.2624 0.2702 0.0085
w:adequately 0.1519 -0.0926 -0.1266 0.0673
w:adherence 0.0369 -0.2046 -0.131 0.2986
w:adjacent 0.0664 0.1862 -0.2419 -0.0106
w:adjusted 0.356 -0.1626 -0.0874 -0.1059
w:adjusting -0.037 -0.0807 -0.0559 0.1736
w:adjustment -0.023 -0.0005 0.2122 -0.1887
w:adjuvant 0.0854 -0.0586 -0.1009 0.0742
w:administered 0.2474 0.0474 -0.262 -0.0328
w:administration 0.121 0.0899 0.1412 -0.3521
w:admission -0.1116 -0.0193 0.0139 0.117
w:admitted 0.2205 -0.0476 -0.0528 -0.1202
w:adolescent 0.0341 -0.0098 -0.0212 -0.0031
w:adolescents -0.0717 0.0202 0.1195 -0.0679
w:adult 0.125 0.2663 -0.4857 0.0945
w:adults -0.097 0.1171 -0.3695 0.3493
w:advanced 0.2683 -0.1378 -0.0267 -0.1038
w:advantages 0.0129 -0.0153 -0.1929 0.1953
w:adverse -0.0807 -0.2 0.3403 -0.0597
w:aes -0.0306 -0.1181 0.1651 -0.0165
w:af 0.0114 0.0659 -0.0702 -0.0071
w:affect 0.0389 0.196 -0.1045 -0.1305
w:affected -0.0657 0.0919 -0.2878 0.2616
w:affecting 0.0485 -0.0565 0.0395 -0.0316
w:affects -0.0033 -0.0486 0.0378 0.0141
w:africa 0.0185 -0.1176 0.0496 0.0495
w:after 0.0864 0.1863 0.0609 -0.3346
w:again -0.0212 0.187 -0.1607 -0.0051
w:against 0.0202 0.0756 0.0059 -0.1017
w:age -0.4751 -0.1736 0.3224 0.3263
w:aged -0.0234 0.7021 -0.5632 -0.1157
w:agent -0.0123 0.0445 -0.1585 0.1264
w:agents 0.1548 -0.1576 0.0535 -0.0507
w:ages 0.0531 0.111 -0.1609 -0.0033
w:aggressive -0.0462 -0.0452 0.0446 0.0468
w:aging 0.1288 -0.0057 -0.1182 -0.0049
w:agonist 0.0431 -0.0567 -0.078 0.0916
w:agreement -0.0532 0.3617 -0.2645 -0.044
w:aim 0.8572 -0.5932 -0.3425 0.077
w:aimed 0.4331 -0.6386 0.2204 -0.0147
w:aims 0.1507 0.0724 -0.2011 -0.022
w:air -0.0457 0.0715 -0.0201 -0.0058
w:airway 0.289 -0.1041 -0.1626 -0.0222
w:alcohol -0.0637 0.0873 -0.0149 -0.0087
w:algorithm -0.0615 0.158 -0.0026 -0.0939
w:all -0.7123 -0.0886 0.6905 0.1108
w:allele 0.1147 -0.0058 -0.2414 0.1325
w:allergic 0.1486 -0.1372 0.026 -0.0374
w:allergy 0.011 -0.0047 0.0095 -0.0158
w:allocated 0.2178 0.1527 -0.3177 -0.0529
w:allocation -0.0627 -0.0205 0.044 0.0392
w:allow -0.0788 -0.0433 0.1137 0.0083
w:allowed 0.0155 -0.0434 -0.031 0.0588
w:allowing 0.0209 0.0139 -0.0261 -0.0087
w:allows -0.0034 -0.0004 -0.0019 0.0057
w:almost -0.0203 -0.0791 0.2491 -0.1497
w:alone 0.2002 -0.2547 -0.2287 0.2833
w:along -0.1882 0.0686 0.0802 0.0393
w:alpha 0.0645 -0.176 0.2433 -0.1318
w:already 0.008 -0.1741 0.16 0.0062
w:also -0.0188 0.3283 -0.0812 -0.2287
w:alter -0.006 -0.0868 0.1562 -0.0634
w:alteration 0.0007 -0.0011 -0.0754 0.0758
w:altered 0.0023 -0.01 0.125 -0.1173
w:alternative -0.0107 0.0365 0.0308 -0.0567
w:although 0.1017 -0.0389 -0.0035 -0.0594
w:always -0.0634 0.1338 -0.2243 0.154
w:ambulatory -0.0119 0.338 -0.2624 -0.0638
w:america -0.0233 -0.2181 0.2489 -0.0075
w:american -0.0584 -0.0183 0.0666 0.01
w:amino -0.1073 0.111 -0.0003 -0.0034
w:among 0.2486 -0.2987 -0.0099 0.0604
w:amount 0.0081 0.0369 0.1058 -0.1507
w:amounts -0.0099 0.0735 -0.0156 -0.0479
w:amoxicillin -0.1889 0.2523 0.0243 -0.0876
w:an -0.0101 -0.0306 -0.0228 0.064
w:analgesia 0.0408 -0.3563 0.1989 0.1167
w:analgesic 0.1058 0.3804 -0.4163 -0.0698
w:analog -0.0251 0.2268 -0.1819 -0.0199
w:analogue -0.0321 0.0326 0.0446 -0.045
w:analysed -0.0356 -0.0417 -0.0671 0.1443
w:analyses 0.2779 0.0305 -0.1084 -0.2
w:analysis 0.0381 0.1802 0.349 -0.5674
w:analyze 0.0736 -0.0406 -0.0217 -0.0113
w:analyzed 0.0874 0.4742 -0.4492 -0.1119
w:analyzing 0.007 -0.0262 -0.0107 0.0299
w:and 0.0598 0.1375 -0.0502 -0.1539
w:anemia -0.0035 0.0765 -0.0883 0.0152
w:anesthesia 0.2734 0.2664 -0.5018 -0.038
w:anesthesiologists -0.0237 0.1099 -0.0382 -0.048
w:anesthetic 0.0273 0.0004 -0.0251 -0.0025
w:anesthetics 0.0076 -0.1808 0.1635 0.0096
w:angiotensin -0.086 0.1817 -0.0868 -0.0089
w:angle -0.0831 0.197 0.0597 -0.1736
w:animal 0.0806 -0.0942 0.0036 0.0101
w:animals 0.1828 -0.3248 0.1599 -0.0179
w:annual 0.0938 -0.1208 0.0403 -0.0133
w:another -0.0584 0.2254 0.0688 -0.2358
w:answer -0.0524 -0.0037 -0.1287 0.1849
w:antagonist 0.0422 -0.0912 -0.0224 0.0713
w:anterior 0.0594 -0.1103 -0.0788 0.1298
w:anti 0.1742 -0.0257 -0.1109 -0.0376
w:antibiotic 0.2554 -0.1673 -0.1325 0.0455
w:antibiotics -0.1041 -0.3622 0.1871 0.2803
w:antibody -0.0613 0.2614 -0.1665 -0.0336
w:antigen -0.1058 -0.0299 0.2215 -0.0858
w:antimicrobial 0.2602 -0.2104 -0.0273 -0.0225
w:antiretroviral -0.0076 -0.048 0.0459 0.0097
w:antituberculous 0.2581 -0.1911 -0.1741 0.1072
w:anxiety 0.1454 -0.0097 0.0883 -0.224
w:any -0.2675 0.5181 0.0344 -0.2851
w:apolipoprotein 0.0083 0.1171 -0.1174 -0.008
w:apparent -0.0524 -0.1939 0.3042 -0.0579
w:appear -0.0095 -0.001 -0.0445 0.055
w:appearance -0.0613 0.1095 -0.0432 -0.0049
w:appeared -0.0253 -0.1691 0.0383 0.156
w:appears -0.0203 -0.0007 -0.088 0.109
w:appendectomy -0.0011 -0.0249 -0.0368 0.0629
w:appendicitis 0.1328 -0.2235 -0.0724 0.1631
w:applicable -0.2345 0.4357 -0.1879 -0.0132
w:application 0.1976 0.0225 -0.0356 -0.1845
w:applied -0.013 0.1912 -0.2834 0.1052
w:approach 0.0075 -0.3177 0.0575 0.2527
w:approaches 0.1049 0.0378 -0.1503 0.0077
w:appropriate -0.1623 0.375 0.2256 -0.4383
w:approximately 0.0436 0.2333 -0.4092 0.1322
w:april 0.1128 -0.0756 -0.0571 0.0199
w:are 0.2312 0.0825 -0.2493 -0.0575
w:area -0.1021 0.3167 -0.3422 0.1276
w:areas -0.0351 -0.129 0.0009 0.1632
w:arm -0.1451 -0.1433 0.5991 -0.3107
w:arms -0.2214 0.2736 0.017 -0.0693
w:around 0.2031 0.107 -0.2022 -0.1079
w:arterial 0.5732 -0.6274 -0.051 0.1052
w:artery 0.0583 0.1298 -0.2374 0.0492
w:arthritis 0.1233 -0.1433 0.003 0.017
w:article -0.0057 0.2411 -0.1932 -0.0422
w:articles -0.0455 -0.0352 0.0642 0.0165
w:as 0.183 -0.1954 0.0693 -0.0581
w:asa 0.175 0.0328 -0.1001 -0.1076
w:ascertain 0.0763 -0.039 0.1584 -0.1957
w:asd -0.0716 0.1537 -0.006 -0.0761
w:asked 0.0421 0.1944 -0.2432 0.0068
w:aspects 0.0225 0.034 -0.1272 0.0706
w:aspiration -0.0409 -0.165 -0.0679 0.274
w:assay -0.0298 0.1478 -0.1111 -0.0068
w:assays -0.0729 -0.1095 -0.0004 0.1828
w:assess 0.2004 0.054 -0.1213 -0.1324
w:assessed 0.0022 0.6222 -0.4982 -0.1273
w:assesses -0.1779 0.2818 -0.0582 -0.0457
w:assessing -0.0444 -0.0865 0.0307 0.1001
w:assessment 0.1084 0.4605 -0.2623 -0.3065
w:assessments -0.1163 0.2226 -0.0814 -0.0249
w:assigned 0.1329 0.1085 -0.2006 -0.0409
w:assignment -0.0244 0.1606 -0.1198 -0.0165
w:assisted -0.1091 0.0008 -0.0349 0.1432
w:associated 0.0907 -0.6939 0.2024 0.401
w:association 0.2076 -0.2901 0.2065 -0.1239
w:associations 0.0725 -0.0096 0.0377 -0.1006
w:asthma -0.1646 0.2222 -0.0761 0.0185
w:astigmatism -0.0593 0.0722 -0.2 0.187
w:asymptomatic 0.0881 -0.2473 0.0888 0.0704
w:at 0.0005 0.1196 -0.0449 -0.0761
w:atp -0.0247 0.065 -0.0617 0.0214
w:atrial 0.1661 0.1984 -0.3154 -0.0491
w:atrium 0.0355 -0.0642 0.0329 -0.0042
w:attempt 0.0046 -0.0606 -0.066 0.122
w:attempted 0.0092 -0.0134 -0.0367 0.041
w:attendance -0.0191 -0.1449 0.155 0.009
w:attention 0.0035 -0.1137 0.4779 -0.3677
w:attributed 0.0719 -0.1154 0.1775 -0.134
w:attrition -0.0321 -0.0289 -0.0563 0.1173
w:atypical -0.0097 0.1311 0.2438 -0.3651
w:auditory -0.0379 0.0695 -0.0008 -0.0308
w:august -0.0334 0.036 -0.0243 0.0217
w:aureus 0.1041 -0.0117 -0.1954 0.103
w:author -0.0592 0.1818 -0.1206 -0.0021
w:authors 0.4515 -0.2155 -0.4167 0.1811
w:autism -0.0844 0.182 -0.2496 0.152
w:autistic -0.1409 0.0126 0.3694 -0.2411
w:availability -0.0355 -0.0476 0.0589 0.0242
w:available 0.0734 -0.4155 0.322 0.0204
w:average -0.2806 -0.1398 0.0034 0.4171
w:avoid -0.0758 -0.1122 0.2008 -0.0128
w:aware -0.0001 -0.0668 0.1815 -0.1146
w:b -0.3812 0.2634 0.4444 -0.3266
w:b1 -0.0736 -0.0289 -0.0325 0.135
w:baby -0.0174 -0.0369 -0.1365 0.191
w:back 0.0158 0.2446 -0.2465 -0.0139
w:background -0.0911 -0.0642 -0.0756 0.2316
w:bacteria 0.0555 -0.3237 -0.1166 0.385
w:bacterial -0.0372 -0.0775 0.0059 0.1087
w:bag -0.0275 0.1 -0.1012 0.0286
w:balance 0.0585 0.1612 -0.2194 -0.0002
w:barrier -0.0172 -0.0184 0.0421 -0.0065
w:basal 0.2057 -0.27 0.0179 0.0465
w:base 0.1697 -0.26 0.276 -0.1857
w:based 0.2245 0.1387 -0.3342 -0.0292
w:baseline -0.3006 0.41 0.1683 -0.2778
w:basis 0.0396 0.0616 0.0228 -0.124
w:be 0.021 -0.0816 -0.2164 0.2728
w:became -0.0773 -0.0557 0.2289 -0.0959
w:because 0.2035 -0.2603 -0.0562 0.1129
w:become 0.0355 -0.0457 0.0268 -0.0166
w:been 0.4304 -0.0759 -0.2211 -0.1307
w:before -0.1482 0.3665 -0.4094 0.1911
w:beginning -0.045 0.0132 0.0168 0.0149
w:behavior -0.0014 -0.0161 -0.0253 0.0427
w:behavioral -0.07 0.0548 -0.2364 0.2516
w:behaviors -0.1004 0.1212 0.0221 -0.0428
w:being 0.0662 -0.0063 0.0682 -0.1282
w:beliefs 0.1431 -0.17 -0.0746 0.1015
w:below -0.021 -0.0781 -0.1094 0.2086
w:beneficial -0.0603 -0.0677 0.0188 0.1091
w:benefit 0.2482 -0.362 -0.6088 0.723
w:benefits 0.1176 -0.1709 -0.1088 0.1623
w:best 0.0418 -0.0985 0.073 -0.0162
w:beta -0.2018 0.1513 -0.2184 0.269
w:better 0.1015 -0.5777 0.0889 0.387
w:between -0.0558 -0.0716 0.2465 -0.1188
w:beyond -0.0097 -0.0121 0.2584 -0.2366
w:bias -0.6002 -0.2636 0.8143 0.0493
w:bilateral -0.0116 -0.0223 0.187 -0.153
w:biliary -0.0229 -0.0452 0.0315 0.0366
w:binary -0.0917 -0.0122 0.113 -0.0091
w:binding 0.0377 -0.1808 0.305 -0.1619
w:biochemical -0.006 0.1293 -0.1294 0.0061
w:biological 0.3993 -0.3966 0.0068 -0.0095
w:biomarkers -0.0756 0.0644 0.0697 -0.0585
w:biomedical -0.0547 0.0852 -0.0248 -0.0057
w:biopsy 0.0784 -0.2006 0.2164 -0.0942
w:birth 0.1499 0.1644 -0.2169 -0.0974
w:births 0.1786 -0.0754 -0.0693 -0.0339
w:bladder -0.069 0.1409 -0.1783 0.1065
w:blastocyst -0.0273 0.2147 -0.1396 -0.0477
w:bleeding -0.0791 0.2273 -0.3729 0.2248
w:blind -0.0164 0.2776 -0.2481 -0.0129
w:blinded -0.0985 0.1179 -0.0081 -0.0113
w:blinding -0.0215 0.0715 -0.0187 -0.0313
w:block 0.0581 0.0394 -0.0941 -0.0034
w:blockade 0.0025 -0.0046 0 0.0021
w:blocking -0.0201 -0.0552 0.0732 0.0021
w:blood 0.2281 0.2175 -0.3344 -0.111
w:body 0.1925 -0.1714 0.049 -0.07
w:bolus -0.1116 0.2622 -0.1442 -0.0064
w:bone -0.1715 0.1414 0.2109 -0.1807
w:both -0.2213 -0.2287 0.2485 0.2023
w:bowel 0.2464 -0.1787 -0.212 0.1442
w:brain -0.0911 0.2214 -0.2966 0.1664
w:breast 0.1052 -0.2998 0.0536 0.1409
w:breastfeeding 0.0566 -0.1494 0.025 0.0679
w:brief -0.0155 0.2643 -0.1843 -0.0645
w:broad -0.0131 -0.0611 0.1409 -0.0667
w:bupivacaine -0.0072 -0.0078 -0.0044 0.0195
w:burden 0.0039 0.0308 -0.0448 0.0101
w:but 0.0423 -0.6152 0.4647 0.1082
w:by 0.0489 -0.0511 -0.1311 0.1366
w:bypass -0.0356 -0.0323 0.0523 0.0157
w:c -0.1959 0.1216 0.1902 -0.116
w:calculate -0.1607 0.1964 -0.0339 -0.0019
w:calculated -0.0136 0.6078 -0.474 -0.1201
w:called 0.0631 -0.1447 -0.1327 0.2148
w:can 0.1153 -0.0151 -0.2988 0.1973
w:canal -0.0279 -0.0138 0.0074 0.0343
w:cancer 0.1245 0.1963 -0.5007 0.1799
w:candidate -0.0443 -0.1371 0.3028 -0.1214
w:cannot -0.0219 -0.0405 -0.374 0.4365
w:capacity 0.0187 -0.0897 -0.1261 0.1971
w:capsule -0.0287 -0.2718 0.321 -0.0206
w:capsules -0.0721 0.1111 0.0657 -0.1047
w:carcinoma -0.067 0.1129 -0.108 0.0621
w:cardiac 0.4414 -0.0109 -0.3971 -0.0334
w:cardiopulmonary 0.0106 -0.0341 -0.0306 0.0541
w:cardiovascular 0.0623 0.1574 0.0007 -0.2204
w:care -0.0487 0.182 -0.0702 -0.063
w:carried -0.13 0.2363 -0.0959 -0.0104
w:case -0.2929 0.7625 -0.0904 -0.3791
w:cases -0.3601 -0.5586 0.2465 0.6725
w:cataract -0.0763 0.1077 -0.1391 0.1078
w:categories -0.0625 -0.193 0.3171 -0.0616
w:categorized 0.1399 0.0172 -0.1538 -0.0033
w:category -0.0258 0.1676 -0.2317 0.0899
w:catheter 0.0404 0.2351 -0.2819 0.0063
w:causative -0.0522 0.1202 0.1807 -0.2487
w:cause 0.2043 -0.335 0.0245 0.1062
w:caused 0.2487 -0.4092 -0.2159 0.3764
w:causes 0.0176 -0.0021 0.0931 -0.1085
w:causing 0.3517 -0.1312 -0.1758 -0.0447
w:cavity -0.0838 -0.3773 0.3805 0.0807
w:cd 0.0873 -0.1463 0.0723 -0.0133
w:cdva -0.0106 -0.0608 0.2669 -0.1955
w:cell 0.2621 -0.1106 -0.029 -0.1225
w:cells -0.1063 0.2286 0.0265 -0.1488
w:cellular -0.0262 0.1406 -0.1846 0.0702
w:center -0.5238 0.7016 -0.1575 -0.02
w:centers -0.1193 0.3345 -0.1851 -0.0301
w:central -0.2212 -0.0348 -0.1398 0.3962
w:centre -0.0473 0.1011 -0.0467 -0.0071
w:cerebral 0.0718 -0.2328 0.1732 -0.0122
w:cerebrospinal -0.0174 0.0795 -0.0123 -0.0498
w:certain 0.1846 -0.1253 -0.0883 0.029
w:certainty -0.079 -0.1022 0.2362 -0.055
w:cervical 0.1706 -0.024 -0.2066 0.06
w:cesarean 0.0917 0.1635 -0.2401 -0.0151
w:cessation 0.0321 -0.0794 0.0615 -0.0142
w:chain 0.1774 -0.0254 -0.1344 -0.0176
w:challenge -0.0308 0.3557 -0.3409 0.0161
w:challenges 0.0534 -0.0772 0.0248 -0.001
w:challenging 0.0632 -0.06 -0.0026 -0.0005
w:chamber 0.0035 0.1138 -0.1144 -0.0029
w:chance -0.0598 0.0134 -0.0591 0.1056
w:change 0.134 -0.0733 0.0014 -0.062
w:changed 0.0235 0.0441 -0.0669 -0.0007
w:changes 0.017 0.4161 -0.4671 0.0343
w:characteristic 0.0646 -0.1043 0.0793 -0.0396
w:characteristics -0.0456 0.0696 -0.1228 0.0987
w:characterized -0.1829 -0.2053 0.1717 0.2165
w:chart 0.2451 -0.1647 -0.0795 -0.001
w:charts -0.0435 0.224 -0.1753 -0.0053
w:checked -0.0793 0.1815 -0.0809 -0.0212
w:checklist -0.0365 0.0786 -0.0401 -0.002
w:chemical -0.0081 0.0161 0.1647 -0.1727
w:chemotherapy 0.0807 -0.1231 0.0113 0.0312
w:chest 0.006 -0.1416 0.2374 -0.1018
w:chi -0.0256 -0.0338 0.0656 -0.0062
w:child 0.0148 0.0821 0.0106 -0.1075
w:childbirth -0.1298 0.1112 -0.0856 0.1042
w:childhood 0.0357 0.1665 -0.3303 0.1281
w:children -0.4511 -0.2991 -0.0523 0.8024
w:china -0.007 -0.1293 0.0525 0.0838
w:chinese -0.0482 0.0313 -0.1448 0.1618
w:choice 0.1036 -0.1985 -0.0479 0.1428
w:cholesterol -0.012 0.1912 -0.0004 -0.1788
w:chronic 0.2287 -0.065 -0.3858 0.2222
w:ci -0.0598 -0.1012 0.5767 -0.4164
w:cinahl -0.0398 0.0794 -0.0207 -0.0189
w:circulating -0.015 -0.222 0.2582 -0.0212
w:circulation -0.0455 0.133 0.0276 -0.1152
w:cis 0.0336 0.1415 -0.1612 -0.0139
w:cisplatin -0.0268 0.0067 0.067 -0.0468
w:citation -0.1136 0.0762 -0.156 0.1935
w:citations -0.0325 -0.0072 0.0705 -0.0308
w:class -0.152 0.1249 -0.0485 0.0756
w:classification -0.0815 -0.0845 0.0442 0.1217
w:classified -0.0391 0.1813 0.0001 -0.1423
w:clear -0.0122 -0.1943 -0.1334 0.3399
w:clearance -0.0205 0.1272 0.0427 -0.1494
w:clearly -0.0292 -0.1669 0.1039 0.0923
w:cleavage -0.0346 0.2309 -0.1116 -0.0848
w:cleft 0.0379 -0.0199 0.1069 -0.1248
w:clinic -0.2085 0.3261 -0.1011 -0.0163
w:clinical -0.0975 0.2792 -0.0754 -0.1064
w:clinically -0.0716 0.4556 -0.0577 -0.3263
w:clinicaltrials -0.0686 0.4895 -0.1734 -0.2475
w:clinician -0.0052 -0.0481 0.1145 -0.0613
w:clinicians -0.0747 0.076 -0.0864 0.0852
w:clinics -0.0736 0.0866 -0.0054 -0.0076
w:close -0.0702 -0.1362 0.1242 0.0822
w:closed -0.041 0.1121 -0.2639 0.1928
w:closely 0.0264 -0.1739 0.1575 -0.0101
w:closure 0.0956 -0.1254 -0.2575 0.2873
w:cluster -0.0406 0.0585 0.0152 -0.0331
w:clusters -0.1455 0.1919 -0.0304 -0.0159
w:cm -0.0421 0.4019 -0.3311 -0.0287
w:co 0.2125 -0.1686 0.0653 -0.1092
w:cochrane -0.0435 0.4196 -0.3673 -0.0082
w:coefficient -0.0631 -0.195 0.3261 -0.0681
w:coefficients -0.008 0.1492 -0.1715 0.0303
w:cognition -0.1331 0.3059 -0.1145 -0.0583
w:cognitive 0.0173 0.1263 -0.0911 -0.0524
w:coherence -0.0948 0.0907 0.0967 -0.0926
w:cohort -0.0977 0.4311 -0.2327 -0.1007
w:coli 0.1463 -0.1792 0.0627 -0.0299
w:colitis -0.0957 0.1617 -0.0004 -0.0655
w:collected -0.1273 0.2824 -0.1764 0.0213
w:collection -0.0142 0.0025 -0.0247 0.0364
w:collections -0.0084 0.4318 -0.3729 -0.0505
w:colon -0.0603 0.0952 -0.1674 0.1326
w:colony 0.1181 -0.1222 0.1128 -0.1087
w:colorectal 0.0443 -0.0782 0.0762 -0.0423
w:combination 0.4277 -0.0902 -0.4731 0.1356
w:combinations 0.0568 0.1988 -0.2806 0.0251
w:combined 0.1136 0.2228 -0.1185 -0.218
w:commercial 0.2077 -0.4288 0.2302 -0.0091
w:common 0.0174 -0.2049 0.1767 0.0109
w:commonly 0.2195 -0.2412 0.0597 -0.038
w:communication -0.032 -0.0275 -0.0561 0.1156
w:community -0.0731 -0.0963 0.0999 0.0695
w:comparable -0.1721 -0.4151 0.4213 0.1659
w:comparative -0.0132 -0.0426 0.1316 -0.0758
w:compare 0.3402 -0.1081 -0.1638 -0.0675
w:compared -0.3204 -0.3383 0.3148 0.3414
w:comparing 0.0652 0.5367 -0.3125 -0.2892
w:comparison -0.1531 0.0657 0.3875 -0.3001
w:comparisons -0.0862 -0.15 0.1525 0.0836
w:complaints -0.0287 -0.036 0.1452 -0.0805
w:complementary -0.0997 -0.0782 0.1835 -0.0055
w:complete 0.3429 -0.2744 0.132 -0.2003
w:completed -0.1405 0.2435 0.0968 -0.1999
w:completely -0.0284 -0.073 0.2122 -0.1108
w:completing -0.053 0.253 -0.1841 -0.0159
w:completion 0.2972 -0.2127 0.2583 -0.3427
w:complex 0.0581 -0.1589 0.1255 -0.0247
w:compliance 0.0618 0.2333 0.0025 -0.2977
w:complicated 0.2355 -0.316 -0.1028 0.1832
w:complication 0.0633 -0.1121 0.0566 -0.0078
w:complications 0.171 -0.1967 -0.2135 0.2394
w:component -0.0027 0.0724 -0.1945 0.1248
w:components -0.076 0.2711 -0.0986 -0.0966
w:composite -0.0376 0.3518 -0.3101 -0.0041
w:composition 0.1095 -0.0147 0.0048 -0.0996
w:comprehensive 0.0754 -0.0635 -0.0272 0.0154
w:compression -0.0891 0.248 -0.172 0.0131
w:comprised -0.0677 -0.3098 0.2376 0.1399
w:computed 0.0619 0.1691 -0.1493 -0.0817
w:computer 0.1026 -0.1135 -0.0041 0.015
w:concealment -0.0428 -0.2025 0.2052 0.0402
w:concentration -0.2125 -0.0249 0.3314 -0.094
w:concentrations -0.1733 -0.0497 0.2443 -0.0213
w:concern -0.0098 0.0027 0.0464 -0.0394
w:concerns -0.0284 0.0591 -0.0093 -0.0214
w:conclude -0.0232 -0.0286 0.0328 0.019
w:conclusion -0.0028 -0.0001 -0.0144 0.0172
w:conclusions -0.0642 -0.1664 0.1546 0.0762
w:concomitant -0.0595 0.0007 0.0304 0.0283
w:concurrent -0.0383 -0.0729 0.2679 -0.1567
w:condition 0.2203 0.0443 -0.2921 0.0274
w:conditions 0.1547 -0.0716 -0.2109 0.1277
w:conducted -0.0606 0.0336 -0.3064 0.3331
w:conference -0.0679 -0.07 0.226 -0.0881
w:confidence 0.0377 0.4979 -0.4492 -0.0864
w:confirm -0.0537 -0.0753 -0.0523 0.1813
w:confirmed 0.0037 0.0753 0.1486 -0.2276
w:confirms -0.0388 -0.0283 -0.1567 0.2237
w:confounding 0.0238 -0.0374 -0.2071 0.2206
w:congenital 0.1089 -0.1592 0.0881 -0.0378
w:consecutive -0.4171 0.9427 -0.4919 -0.0334
w:consensus 0.0608 0.0869 -0.1088 -0.0389
w:consent 0.1645 -0.0504 -0.0265 -0.0876
w:consequences 0.0024 -0.05 0.1573 -0.1097
w:conservative 0.0798 -0.2156 0.0978 0.038
w:consider -0.0051 -0.1917 0.1333 0.0635
w:considerable -0.0282 -0.123 0.131 0.0202
w:consideration 0.1551 -0.1871 0.3278 -0.2958
w:considered -0.1593 0.2474 0.0391 -0.1273
w:considering -0.0716 -0.1146 0.1507 0.0355
w:consisted -0.2876 -0.2796 0.6085 -0.0413
w:consistent 0.0071 0.0168 -0.1146 0.0907
w:consistently 0.0419 -0.2433 0.0663 0.1351
w:consisting -0.1769 0.0802 0.1109 -0.0142
w:consists -0.1538 0.1959 -0.1153 0.0732
w:constant -0.0268 -0.1266 0.053 0.1003
w:consultation -0.0644 0.1091 0.0087 -0.0533
w:consumption -0.0262 0.2939 -0.2735 0.0058
w:contact 0.0696 -0.1137 0.0678 -0.0237
w:contacted -0.1366 0.2594 -0.0291 -0.0937
w:contained -0.0179 0.0625 -0.098 0.0533
w:containing -0.0643 0.1195 -0.0577 0.0026
w:contains 0.2763 -0.2373 -0.0306 -0.0085
w:content -0.0806 0.3099 -0.3089 0.0795
w:context -0.0574 0.1328 -0.1214 0.046
w:continuation -0.0449 -0.0416 0.1026 -0.0161
w:continued -0.199 0.3427 -0.1645 0.0208
w:continuing -0.0299 0.0843 -0.1854 0.1311
w:continuous 0.173 0.2539 -0.2384 -0.1885
w:contrast -0.0708 -0.1462 0.3477 -0.1307
w:contribute 0.004 -0.0279 -0.126 0.1499
w:contributed -0.1629 -0.1404 0.1772 0.1261
w:contribution 0.1159 -0.1095 0.0674 -0.0739
w:control -0.0435 0.2075 0.0083 -0.1721
w:controlled -0.1176 0.5745 -0.4608 0.0082
w:controlling -0.0385 0.0257 0.0572 -0.0445
w:controls -0.0365 -0.0944 0.2079 -0.0771
w:controversial 0.3091 -0.2671 -0.0514 0.0094
w:conventional 0.0245 -0.03 0.0625 -0.0571
w:cord -0.0556 -0.0546 -0.0126 0.1227
w:corneal -0.069 0.1315 -0.345 0.2825
w:coronary 0.241 -0.0511 -0.2611 0.0713
w:correct 0.0142 0.0401 -0.0352 -0.0191
w:corrected 0.0822 -0.0765 0.0006 -0.0062
w:correction -0.0836 0.5804 -0.232 -0.2649
w:correlated -0.1514 -0.2399 -0.0507 0.4421
w:correlation -0.0351 0.3078 -0.2954 0.0227
w:correlations -0.0058 -0.0394 0.0881 -0.0429
w:corresponding 0.0284 0.0787 -0.0883 -0.0187
w:cortical 0.0289 0.0256 -0.0512 -0.0032
w:corticosteroids 0.0331 -0.3373 0.1703 0.134
w:cost -0.1292 0.1197 -0.0017 0.0111
w:costs -0.1062 0.4093 -0.1247 -0.1784
w:could 0.0462 -0.0669 0.3435 -0.323
w:counseling -0.0216 -0.2126 0.1648 0.0693
w:count -0.0555 0.0795 -0.2359 0.2119
w:countries 0.0353 -0.0678 -0.0259 0.0585
w:counts -0.0241 -0.0407 -0.1023 0.1671
w:course -0.2669 0.3405 0.106 -0.1795
w:courses -0.1366 0.1722 0.0184 -0.054
w:covariates 0.1825 -0.0734 -0.1001 -0.009
w:coverage -0.1054 -0.1079 0.2425 -0.0292
w:cox 0.2399 -0.189 -0.0878 0.0369
w:created -0.0588 0.1889 -0.1453 0.0152
w:criteria -0.1352 0.0679 0.1541 -0.0866
w:criterion -0.0216 0.0149 0.081 -0.0743
w:critical 0.1367 -0.2392 0.3453 -0.2428
w:crohn 0.0293 -0.1152 -0.1069 0.1932
w:cross -0.2798 0.4465 0.0586 -0.2253
w:crossover 0.181 -0.1017 -0.0731 -0.0061
w:crp -0.047 0.5502 -0.4635 -0.0396
w:crucial 0.0052 0.0528 -0.0608 0.0029
w:csf -0.0242 -0.0363 -0.0167 0.0773
w:ct -0.2739 0.3112 0.1836 -0.2208
w:culture -0.0446 -0.1157 0.4087 -0.2483
w:cultures -0.0169 0.0136 -0.0625 0.0658
w:cumulative -0.062 -0.0505 0.1372 -0.0246
w:cure -0.1239 0.1877 -0.064 0.0002
w:cured -0.0074 -0.4313 0.2356 0.2031
w:current 0.2841 -0.0368 -0.1655 -0.0819
w:currently 0.1028 -0.3301 0.0036 0.2236
w:curve -0.0233 -0.2083 0.2631 -0.0316
w:cutaneous 0.1039 0.0188 -0.1797 0.057
w:cycle -0.0315 0.3415 -0.2456 -0.0643
w:cycles -0.0697 0.3528 -0.0403 -0.2427
w:cytokines 0.0251 0.1096 -0.1146 -0.0201
w:d -0.1193 -0.0809 0.3092 -0.1089
w:daily 0.0328 0.4471 -0.2631 -0.2169
w:damage 0.0266 -0.0243 0.0896 -0.0919
w:data -0.2226 0.197 0.1089 -0.0832
w:database -0.1712 0.4638 -0.1843 -0.1083
w:databases -0.1764 0.1324 -0.0386 0.0825
w:date -0.1144 0.3358 -0.2978 0.0763
w:day -0.0094 0.105 -0.182 0.0866
w:days -0.4543 0.4175 -0.1483 0.1848
w:de 0.0262 -0.1514 -0.4372 0.5623
w:death -0.3177 0.2041 0.0829 0.0308
w:deaths -0.106 -0.1886 0.228 0.0668
w:debate 0.1085 -0.0522 -0.0193 -0.0369
w:debridement 0.2599 -0.0689 -0.1006 -0.0904
w:decades 0.1078 -0.2042 0.1043 -0.0079
w:december -0.1659 0.4305 -0.23 -0.0345
w:decision 0.2272 -0.0169 -0.0771 -0.1333
w:decline -0.0597 0.0507 -0.2211 0.2301
w:decompression 0.1749 0.1941 -0.2684 -0.1005
w:decrease 0.062 -0.3168 0.1817 0.0732
w:decreased -0.1342 -0.2056 0.3486 -0.0089
w:decreases 0.0215 -0.0892 -0.0946 0.1622
w:decreasing -0.0361 0.1777 -0.0628 -0.0789
w:deep 0.0797 -0.2383 0.1612 -0.0026
w:deficiency 0.0305 -0.0098 -0.0514 0.0308
w:deficit 0.0429 -0.0658 0.1883 -0.1654
w:deficits -0.0558 -0.0642 0.0272 0.0927
w:defined -0.251 0.6327 -0.5113 0.1296
w:definitive 0.0799 -0.1484 0.1185 -0.0499
w:degree -0.0754 -0.1892 0.1943 0.0703
w:degrees 0.0887 0.1625 -0.2127 -0.0385
w:delay -0.0799 -0.0586 0.1069 0.0316
w:delayed -0.0002 -0.2486 0.0479 0.201
w:delays -0.0021 -0.123 0.123 0.0022
w:delivered 0.1915 -0.067 -0.0292 -0.0953
w:delivery -0.0276 0.235 -0.1685 -0.0389
w:demographic -0.0811 -0.0327 0.1694 -0.0557
w:demographics 0.0557 0.1506 -0.1884 -0.0179
w:demonstrate 0.0334 -0.1075 0.0047 0.0694
w:demonstrated -0.0091 0.1318 0.3661 -0.4888
w:demonstrates 0.1055 -0.0142 -0.0983 0.007
w:density -0.0465 0.2058 0.0387 -0.198
w:dental 0.0021 -0.25 0.0692 0.1788
w:department 0.0214 0.1395 -0.1064 -0.0545
w:dependent 0.0116 0.1368 -0.0737 -0.0747
w:depending -0.0848 0.2395 0.0073 -0.162
w:depends -0.0098 -0.0216 -0.0378 0.0692
w:depressed -0.0859 -0.0553 0.0376 0.1036
w:depression -0.0224 0.0057 0.2618 -0.2451
w:depressive 0.1546 -0.2407 0.0185 0.0675
w:depth -0.0209 -0.159 0.2216 -0.0417
w:derived -0.0433 -0.1413 -0.1831 0.3677
w:describe 0.2848 -0.1596 -0.0049 -0.1201
w:described -0.0849 0.1023 -0.0204 0.003
w:describes 0.0181 -0.1887 -0.1407 0.3112
w:descriptive -0.1011 0.1996 -0.0872 -0.0112
w:design 0.4475 -0.3277 -0.0118 -0.1079
w:designed 0.0081 -0.3012 0.3253 -0.0321
w:despite -0.1268 0.055 0.0545 0.0173
w:details -0.0536 0.0765 -0.0199 -0.003
w:detect 0.0543 -0.0446 -0.0687 0.0589
w:detected -0.1659 -0.3644 0.5 0.0303
w:detection -0.0147 -0.0697 -0.0731 0.1575
w:determine 0.4226 0.061 -0.4336 -0.0504
w:determined 0.3513 0.149 -0.4543 -0.0461
w:determining -0.1548 0.1108 0.0508 -0.0068
w:develop -0.0366 0.4446 -0.3942 -0.0137
w:developed -0.0082 0.0925 0.1581 -0.2423
w:developing 0.104 -0.1135 0.0671 -0.0577
w:development -0.0184 0.1869 -0.3226 0.1541
w:developmental -0.0215 0.0387 -0.0442 0.0269
w:deviation -0.0288 0.0101 0.0174 0.0013
w:device -0.0034 -0.0121 -0.0718 0.0874
w:devices 0.0644 0.1102 -0.3118 0.1371
w:diabetes 0.0546 0.0607 -0.1552 0.0399
w:diabetic 0.125 0.1532 -0.4493 0.171
w:diagnosed -0.4417 0.18 0.1346 0.1269
w:diagnoses 0.01 -0.0738 0.1354 -0.0716
w:diagnosing -0.0199 -0.0452 0.0751 -0.01
w:diagnosis -0.0668 -0.0249 -0.3314 0.4229
w:diagnostic -0.0452 0.0445 -0.0382 0.0389
w:diameter -0.0053 0.0853 0.0132 -0.0932
w:diarrhea 0.0423 -0.0375 0.0575 -0.0623
w:diarrhoea 0.036 -0.2812 0.0401 0.2051
w:diastolic -0.0149 -0.0679 0.066 0.0169
w:dichotomous -0.1123 0.3865 -0.2574 -0.0168
w:did -0.0582 -0.0759 -0.0378 0.1718
w:died -0.0177 -0.2709 0.4815 -0.1928
w:diet -0.6361 -0.0904 0.3466 0.3799
w:dietary -0.0622 0.1371 -0.1216 0.0467
w:differ -0.0231 0.0279 0.007 -0.0117
w:differed -0.0196 -0.212 0.3866 -0.155
w:difference -0.0036 -0.1912 0.1829 0.011
w:differences 0.4946 -0.3359 0.0603 -0.219
w:different -0.0995 -0.2841 0.0662 0.3174
w:differential -0.0048 -0.0453 0.0313 0.0188
w:difficult 0.1009 -0.0234 -0.1372 0.0597
w:difficulties -0.0846 -0.0946 0.0614 0.1177
w:difficulty -0.0281 0.091 0.1471 -0.2099
w:digestive -0.0104 -0.0017 -0.0137 0.0257
w:dimensional 0.1397 -0.1053 -0.0274 -0.0069
w:dimensions 0.0769 -0.0777 0.0512 -0.0504
w:diminished 0.0008 -0.0543 0.0494 0.0042
w:diopter -0.029 0.1387 -0.1053 -0.0044
w:diopters -0.0651 -0.0652 0.1357 -0.0055
w:direct -0.149 0.084 0.0358 0.0293
w:directed 0.0289 -0.2573 0.2026 0.0258
w:direction -0.0227 -0.0065 -0.1185 0.1478
w:directly 0.0114 0.0744 -0.0968 0.011
w:disability 0.0163 0.269 -0.0725 -0.2129
w:disc 0.3924 -0.0149 -0.3398 -0.0378
w:discharge 0.1819 0.0264 -0.1831 -0.0252
w:discharged -0.0046 0.3311 -0.2814 -0.0451
w:discomfort -0.0595 0.0656 -0.1395 0.1335
w:discontinuation -0.033 -0.0655 0.24 -0.1414
w:discontinued -0.0493 -0.0205 0.1347 -0.065
w:discussed 0.0242 0.2764 -0.2743 -0.0262
w:discussion -0.2065 0.3582 -0.1357 -0.016
w:disease 0.4104 -0.2951 -0.1792 0.0643
w:diseases -0.0069 0.4233 -0.3187 -0.0976
w:disorder 0.0467 0.0043 0.058 -0.109
w:disorders 0.2075 -0.014 -0.0651 -0.1285
w:disseminated -0.0636 0.0431 0.1424 -0.122
w:dissemination -0.2061 0.3108 -0.0824 -0.0222
w:distal 0.0401 0.0372 -0.1095 0.0321
w:distance -0.0383 0.1088 0.1098 -0.1802
w:distinct 0.0737 -0.2102 0.1418 -0.0054
w:distress -0.0317 -0.0734 0.003 0.102
w:distributed -0.0527 0.0993 -0.2202 0.1736
w:distribution -0.0401 0.0237 0.2415 -0.2251
w:divided -0.2998 0.5644 -0.2504 -0.0143
w:dizziness -0.1556 -0.2257 0.0954 0.2859
w:dl -0.0123 -0.084 0.0987 -0.0023
w:dna -0.1905 0.2915 -0.1091 0.0081
w:do -0.138 -0.2463 0.0603 0.3239
w:documented 0.0398 -0.0384 0.02 -0.0214
w:does -0.0488 -0.044 -0.0323 0.1251
w:domains -0.0757 -0.1307 0.4021 -0.1957
w:done -0.0822 0.1256 -0.0275 -0.0158
w:donor -0.043 0.0614 -0.1777 0.1593
w:dorsal -0.0189 0.1027 -0.0179 -0.0659
w:dosage 0.0034 0.2307 -0.0864 -0.1476
w:dose 0.0294 0.157 -0.3521 0.1658
w:doses 0.1015 0.3258 -0.5108 0.0834
w:dosing -0.0004 -0.0139 0.0112 0.003
w:double 0.1137 0.0626 -0.181 0.0048
w:down 0.1398 -0.076 0.0718 -0.1357
w:doxorubicin -0.1478 0.0937 -0.0635 0.1176
w:drain 0.1023 -0.0232 -0.2606 0.1817
w:drainage 0.0787 0.1583 0.0256 -0.2627
w:drained -0.0649 0.35 -0.2158 -0.0692
w:draw -0.0144 -0.0125 -0.0751 0.1021
w:drawn -0.0244 -0.262 0.2674 0.019
w:driven 0.0135 -0.0108 0.0082 -0.0108
w:drug 0.1708 -0.013 -0.0612 -0.0967
w:drugs -0.1811 0.192 -0.3475 0.3366
w:dry -0.0032 -0.0236 -0.0279 0.0548
w:dual -0.006 0.087 -0.072 -0.0089
w:due 0.6693 -0.5697 0.1194 -0.2192
w:duration -0.2052 0.0251 0.1998 -0.0198
w:during 0.21 0.0894 -0.1941 -0.1061
w:dynamic 0.0253 -0.0011 -0.052 0.0278
w:dysfunction 0.4542 -0.1364 -0.0831 -0.2348
w:e -0.3137 -0.0182 -0.0497 0.3816
w:each 0.0038 0.3135 -0.1111 -0.2059
w:ear 0.2046 0.1519 -0.2831 -0.0734
w:earlier 0.0349 -0.0945 -0.0828 0.1424
w:early 0.2086 -0.2713 0.0638 -0.0012
w:easily -0.003 -0.1257 0.1437 -0.015
w:eastern 0.2086 -0.1315 -0.0753 -0.0019
w:easy 0.2039 0.1515 -0.3274 -0.0281
w:ebsco -0.0256 0.0488 -0.0074 -0.0158
w:echocardiography 0.6177 -0.1464 -0.3388 -0.1326
w:economic -0.0137 0.0449 0.0063 -0.0376
w:edema -0.0124 0.023 0.0233 -0.0339
w:education 0.0592 -0.0785 0.0553 -0.0359
w:educational -0.0214 -0.0358 0.1297 -0.0725
w:effect 0.4061 -0.1322 -0.2056 -0.068
w:effective 0.1498 -0.0772 -0.4519 0.3771
w:effectively 0.0013 -0.0129 0.1075 -0.0959
w:effectiveness 0.2708 -0.1704 -0.155 0.0548
w:effects 0.4111 -0.2071 -0.5206 0.3167
w:efficacy 0.3907 -0.2056 -0.3633 0.1791
w:efficiency -0.012 -0.0479 0.0263 0.0335
w:efficient 0.0067 -0.0189 0.0845 -0.0723
w:efforts 0.0126 0.0443 -0.065 0.008
w:egfr 0.0591 0.0808 -0.0539 -0.0859
w:eight 0.1746 -0.1424 -0.0375 0.0052
w:eighteen -0.1224 -0.1348 0.2627 -0.0055
w:eighty -0.0016 0.045 -0.0276 -0.0158
w:either 0.2234 0.2015 -0.0169 -0.4081
w:ejection -0.1052 0.1803 -0.1466 0.0716
w:elderly 0.1804 -0.0427 -0.2082 0.0705
w:elective 0.2066 -0.1671 -0.0237 -0.0158
w:electronic -0.1589 0.2972 -0.1851 0.0468
w:electrophoresis 0.0037 0.0646 -0.0676 -0.0007
w:elevated -0.1566 0.3395 -0.0673 -0.1156
w:elevation 0.0795 0.0297 -0.0754 -0.0338
w:eleven -0.0697 -0.0165 0.1792 -0.093
w:eligibility -0.0694 0.1685 -0.0797 -0.0194
w:eligible -0.1821 0.2537 0.0763 -0.1478
w:elucidate -0.0523 -0.0125 -0.008 0.0728
w:embase -0.137 0.2528 -0.0657 -0.0497
w:embryo -0.0143 -0.0384 -0.0876 0.1402
w:emerged -0.0078 -0.2463 0.3237 -0.0696
w:emergency 0.0596 -0.0398 -0.1061 0.0863
w:employed 0.1004 -0.0486 -0.1459 0.0942
w:emptying 0.019 -0.0055 -0.0568 0.0434
w:encountered 0.0017 -0.0563 0.1033 -0.0487
w:end -0.2152 0.3026 -0.0252 -0.0621
w:endometrial 0.0008 0.0459 -0.0439 -0.0028
w:endometriosis -0.0578 0.2497 -0.1219 -0.07
w:endometritis 0.1254 -0.1994 -0.0446 0.1188
w:endoscopic -0.0183 -0.1414 -0.2417 0.4012
w:endoscopy 0.2511 -0.117 -0.1409 0.0068
w:endothelial -0.1052 0.0631 0.2711 -0.2292
w:endpoint -0.0075 0.2074 -0.1772 -0.0227
w:endpoints -0.0162 0.2243 -0.2323 0.0243
w:energy 0.3008 -0.2626 -0.0761 0.0379
w:english -0.029 0.1147 0.0092 -0.0949
w:enhance 0.008 -0.0059 -0.0533 0.0511
w:enhanced -0.1013 -0.1961 0.4871 -0.1897
w:enhancement -0.0261 -0.3125 0.3681 -0.0294
w:enlargement -0.0906 0.1244 -0.0059 -0.0279
w:enrolled 0.2676 -0.1204 -0.0312 -0.116
w:enrollment -0.0542 0.1572 -0.0775 -0.0255
w:ensure -0.0089 0.1066 -0.0998 0.0021
w:entire -0.0808 0.116 0.0011 -0.0364
w:entity 0.2032 -0.1505 -0.0448 -0.0079
w:entry 0.0359 -0.181 -0.041 0.186
w:environmental 0.0082 -0.0313 0.154 -0.1308
w:enzyme -0.091 0.0631 -0.0633 0.0912
w:enzymes -0.0386 -0.0457 0.1112 -0.027
w:epidemiological -0.0504 0.055 -0.0015 -0.0031
w:epidural -0.0007 0.2119 -0.2442 0.0334
w:epilepsy 0.0593 -0.0746 0.1672 -0.152
w:episodes 0.0021 0.2969 -0.2254 -0.0736
w:epithelial 0.0783 0.1075 -0.2248 0.039
w:equal -0.0741 0.2264 -0.0748 -0.0774
w:equally -0.0043 -0.0654 0.0651 0.0045
w:equivalent 0.1569 0.0066 -0.1316 -0.0319
w:eradication -0.0306 0.0603 -0.0944 0.0646
w:error -0.0228 0.0927 -0.0459 -0.0241
w:erythrocyte -0.05 0.0356 0.0152 -0.0008
w:escherichia 0.1467 -0.1616 0.0426 -0.0277
w:especially 0.1256 -0.115 -0.1046 0.0939
w:esr -0.0418 0.1741 -0.0451 -0.0871
w:essential -0.0658 -0.0695 0.4076 -0.2722
w:establish -0.1269 0.2644 -0.1452 0.0077
w:established -0.1591 0.3337 -0.0847 -0.0899
w:estimate -0.0128 0.1317 -0.1777 0.0588
w:estimated 0.3512 0.3503 -0.676 -0.0255
w:estimates 0.1617 -0.0378 0.1254 -0.2492
w:et -0.0284 -0.435 0.688 -0.2245
w:ethical -0.0481 0.2727 -0.1176 -0.1069
w:etiology 0.0319 0.1855 -0.1506 -0.0668
w:european -0.0165 -0.0775 0.0891 0.0049
w:evaluate 0.7957 -0.4183 -0.1115 -0.2651
w:evaluated 0.2977 0.2347 -0.311 -0.2214
w:evaluating -0.2274 0.377 0.0333 -0.1829
w:evaluation 0.1389 0.1171 0.077 -0.333
w:evaluations -0.0281 0.0472 -0.0181 -0.001
w:even 0.0551 0.1819 -0.1846 -0.0527
w:event 0.1017 -0.1105 0.1602 -0.1513
w:events 0.1428 0.2746 0.0003 -0.4176
w:every -0.1078 0.0642 0.0564 -0.0126
w:evidence -0.339 -0.5198 0.1601 0.7011
w:evident -0.0045 -0.0278 0.0252 0.0071
w:evolution -0.0398 -0.0541 -0.0861 0.18
w:exacerbation -0.0046 -0.0122 0.0621 -0.0453
w:examination 0.2011 -0.0041 -0.6223 0.4254
w:examinations -0.0067 -0.0063 -0.0045 0.0175
w:examine 0.0744 0.3279 -0.3437 -0.0586
w:examined 0.3486 0.2407 -0.5444 -0.0449
w:example 0.0417 -0.0368 -0.0047 -0.0002
w:excellent -0.0128 -0.0986 -0.1001 0.2115
w:except -0.1342 -0.1182 0.3215 -0.0689
w:excluded -0.3254 0.6934 -0.174 -0.1939
w:exercise 0.0358 0.3626 -0.2899 -0.1084
w:exhibited -0.0931 -0.1321 0.2961 -0.0709
w:existing -0.0078 -0.0017 -0.0134 0.0229
w:exists 0.1016 -0.0912 0.0383 -0.0487
w:exogenous 0.0413 -0.119 0.1946 -0.117
w:expanded 0.0557 -0.0398 -0.0111 -0.0047
w:expected -0.0583 -0.0035 0.1358 -0.074
w:experience 0.4263 -0.4918 -0.1227 0.1882
w:experienced 0.3245 0.062 -0.4059 0.0195
w:experiences 0.1491 -0.0799 0.0723 -0.1416
w:experiencing -0.0196 -0.0379 0.1425 -0.085
w:experimental -0.2492 0.3444 -0.0539 -0.0413
w:expert -0.0935 0.1901 -0.1444 0.0478
w:experts -0.0953 0.1021 -0.0315 0.0247
w:explained 0.0598 -0.1012 0.1604 -0.119
w:explore 0.4941 -0.2877 -0.2003 -0.006
w:explored 0.2086 0.1399 -0.3811 0.0326
w:exposed -0.1279 -0.1695 0.3731 -0.0757
w:exposure 0.5154 -0.3048 -0.238 0.0274
w:expressed -0.185 -0.1585 0.5545 -0.2111
w:expression 0.2416 0.0615 -0.2344 -0.0686
w:extended 0.1136 -0.1501 0.0897 -0.0532
w:extension 0.0203 0.0713 -0.0351 -0.0565
w:extensive 0.1387 -0.1147 -0.2843 0.2603
w:extensively -0.0119 0.0442 -0.0617 0.0294
w:extent -0.0477 0.0039 -0.0199 0.0637
w:external 0.2055 0.0598 -0.0411 -0.2243
w:extracted -0.166 0.5796 -0.3527 -0.0607
w:extraction -0.1087 0.3418 -0.2067 -0.0264
w:extremely 0.0633 -0.0668 0.0069 -0.0034
w:eye -0.2864 0.1584 0.0145 0.1136
w:eyes -0.1843 -0.193 0.5966 -0.2192
w:f 0.1393 -0.3538 0.2576 -0.0431
w:facial -0.0108 -0.002 -0.1873 0.2001
w:facilitate 0.0998 -0.1135 -0.0241 0.0378
w:fact -0.0798 -0.0888 -0.0231 0.1917
w:factor -0.0629 -0.0461 -0.0217 0.1308
w:factors 0.4898 -0.1448 -0.3269 -0.018
w:failed -0.0567 -0.1015 0.0923 0.0659
w:failure -0.2094 -0.1856 0.4002 -0.0053
w:failures 0.0193 -0.2477 0.0392 0.1892
w:families -0.129 0.1079 0.068 -0.0469
w:family 0.0021 0.024 0.0063 -0.0324
w:far 0.018 -0.1089 -0.1752 0.2661
w:fashion -0.0755 0.2878 -0.2035 -0.0088
w:fast -0.1315 -0.3306 0.4299 0.0321
w:faster 0.0693 -0.1713 0.2317 -0.1296
w:fasting -0.0164 0.0358 0.0107 -0.03
w:fat 0.015 -0.038 0.2072 -0.1842
w:fatigue -0.0285 -0.0709 0.189 -0.0896
w:favorable 0.1015 -0.1631 0.0882 -0.0267
w:favour 0.0918 0.1814 -0.1477 -0.1255
w:favourable 0.0292 0.0529 -0.0563 -0.0259
w:feasibility 0.1119 -0.031 -0.0782 -0.0028
w:feasible -0.0177 -0.0319 -0.1445 0.1944
w:features 0.0483 -0.0205 -0.0864 0.0586
w:febrile -0.0416 0.1185 -0.1346 0.0578
w:february 0.2695 -0.0604 -0.0256 -0.1836
w:feeding -0.0113 0.0195 -0.0572 0.0491
w:female -0.0989 0.1495 0.0782 -0.1289
w:females -0.0487 0.2475 -0.2647 0.0658
w:femoral 0.0777 -0.2327 0.0897 0.0653
w:femtosecond -0.0357 0.1018 -0.0467 -0.0195
w:fentanyl 0.0646 0.0343 -0.1172 0.0183
w:fertility -0.1201 0.3812 -0.2465 -0.0145
w:fertilization -0.0151 -0.0445 0.0258 0.0338
w:fetal -0.0154 0.1761 -0.1317 -0.029
w:fever -0.2735 -0.4076 0.431 0.25
w:few 0.1109 -0.4817 0.2938 0.077
w:fewer 0.0823 -0.1586 -0.2962 0.3726
w:fibrillation 0.1845 -0.0866 -0.0387 -0.0592
w:field -0.1988 0.2283 -0.0316 0.0021
w:fifty -0.1921 0.2887 -0.4382 0.3416
w:filled -0.0168 0.066 -0.0811 0.0319
w:final -0.0402 0.1458 -0.0078 -0.0977
w:finally -0.0759 0.23 0.0461 -0.2002
w:find -0.324 0.245 -0.0683 0.1474
w:finding -0.0375 -0.0512 0.1401 -0.0514
w:findings 0.0391 0.07 -0.0051 -0.104
w:fine -0.088 0.0918 -0.0021 -0.0017
w:firm -0.0171 -0.0141 -0.158 0.1892
w:first 0.126 0.216 -0.2671 -0.0749
w:fistula -0.0687 0.2018 -0.4707 0.3376
w:five -0.4086 -0.4698 0.4251 0.4531
w:fixation -0.1012 0.2492 -0.2917 0.1437
w:fixed -0.0085 0.3062 -0.1846 -0.1131
w:flap -0.0313 0.1498 -0.088 -0.0305
w:flora 0.0168 -0.0469 0.1671 -0.137
w:flow 0.2452 -0.4107 -0.1318 0.2974
w:fluid 0.1638 0.1196 -0.2487 -0.0347
w:focal -0.0462 -0.1865 0.2542 -0.0216
w:focus 0.0511 0.2745 -0.152 -0.1736
w:focused 0.0816 -0.0339 -0.1612 0.1136
w:focusing 0.3431 -0.1279 -0.0979 -0.1172
w:follow -0.1334 -0.0179 0.3841 -0.2329
w:followed -0.0153 -0.0011 0.042 -0.0256
w:following -0.0458 0.3992 -0.3447 -0.0085
w:follows 0.0017 -0.1483 0.2158 -0.0692
w:food 0.0891 -0.0734 -0.0418 0.0261
w:for 0.0341 -0.1006 -0.1082 0.1764
w:form -0.0508 0.4042 -0.1021 -0.2514
w:formation -0.0378 0.133 -0.2993 0.2041
w:forms -0.18 0.325 -0.2408 0.0959
w:formula -0.0538 0.0849 0.0689 -0.1
w:formulation 0.3414 -0.2369 -0.0974 -0.0071
w:formulations 0.0034 0.0837 -0.011 -0.076
w:forty 0.0169 -0.1622 0.19 -0.0448
w:forward -0.0356 -0.0717 0.0617 0.0456
w:found 0.3794 -0.8676 0.1387 0.3498
w:four -0.5645 0.1498 0.5115 -0.0968
w:fourteen -0.0312 -0.3877 0.4378 -0.0189
w:fourth -0.0986 0.302 -0.1234 -0.08
w:fraction -0.1091 0.3516 -0.217 -0.0254
w:fracture -0.0735 0.148 -0.013 -0.0616
w:framework 0.107 -0.0281 -0.075 -0.0039
w:frankel -0.0305 -0.1123 0.1517 -0.0089
w:free -0.1155 -0.0731 0.1329 0.0556
w:frequency 0.1867 0.312 -0.3745 -0.1243
w:frequent 0.0259 -0.4056 0.0527 0.327
w:frequently -0.0088 -0.3649 0.0297 0.344
w:from -0.0807 0.1495 -0.1085 0.0406
w:fsh -0.0162 0.1337 -0.0027 -0.1148
w:full -0.1387 -0.1081 0.3621 -0.1154
w:fully 0.0054 -0.0993 0.1845 -0.0906
w:function 0.0966 -0.0121 -0.0496 -0.0351
w:functional -0.1694 0.2509 0.1412 -0.2227
w:functioning 0.0624 0.0779 -0.1993 0.059
w:functions 0.0437 -0.0953 0.0144 0.0373
w:funded -0.0291 -0.0267 -0.0543 0.1103
w:funding -0.0052 -0.1363 -0.1588 0.3005
w:further -0.0231 -0.0189 -0.0377 0.0802
w:furthermore 0.0001 -0.0937 0.0441 0.0496
w:fusion -0.0803 -0.1729 0.1589 0.0943
w:future 0.0003 -0.0029 -0.0547 0.0576
w:g 0.0464 -0.2398 0.1871 0.0063
w:gain -0.0093 -0.0866 0.1222 -0.0264
w:gains -0.0152 -0.1314 0.19 -0.0434
w:gamma -0.0549 -0.1057 0.2717 -0.1112
w:gas 0.1711 -0.0794 -0.0779 -0.0138
w:gastric 0.3535 -0.2337 -0.5699 0.4502
w:gastro 0.0346 -0.0999 -0.2108 0.2761
w:gastrointestinal -0.0321 -0.1226 0.0381 0.1166
w:gave -0.0233 0.1652 -0.068 -0.0739
w:gel 0.0349 0.059 -0.1597 0.0657
w:gender -0.0886 -0.1289 0.3944 -0.1769
w:gene 0.1552 -0.4309 0.2763 -0.0006
w:general 0.024 0.1178 -0.1316 -0.0103
w:generalized 0.0092 0.0918 -0.0929 -0.0081
w:generally 0.1326 -0.2972 -0.0505 0.215
w:generated -0.0617 0.2217 -0.1013 -0.0586
w:generation -0.0196 -0.2177 0.2773 -0.04
w:generic -0.0124 0.105 -0.0867 -0.0059
w:genes 0.1659 -0.3137 0.1518 -0.004
w:genetic -0.0815 -0.0839 0.0577 0.1076
w:genitourinary -0.0354 -0.0147 0.0092 0.0409
w:genotype -0.0626 -0.0043 0.1818 -0.1149
w:gestational -0.0211 0.3117 -0.2989 0.0083
w:girls -0.0767 0.0935 -0.0413 0.0246
w:given 0.2976 0.007 -0.4747 0.1701
w:giving -0.0106 -0.097 -0.1143 0.222
w:glaucoma -0.0412 0.1015 0.0233 -0.0837
w:global -0.0045 0.1933 -0.1344 -0.0545
w:glucose -0.0132 0.1639 -0.1025 -0.0482
w:goal -0.0123 -0.0169 0.0847 -0.0554
w:gold 0.0509 -0.3182 0.0856 0.1817
w:good -0.0675 0.2175 -0.1432 -0.0068
w:gov -0.0686 0.4895 -0.1734 -0.2475
w:grade -0.2835 0.5696 -0.0932 -0.1929
w:graded -0.0352 0.1097 -0.1069 0.0324
w:gradient 0.329 -0.0592 -0.2426 -0.0272
w:grading -0.0535 0.1286 0.1224 -0.1975
w:gradual -0.0162 -0.1405 0.0088 0.1479
w:graft -0.0282 0.1503 -0.0157 -0.1064
w:gram -0.0283 -0.2751 0.3403 -0.0369
w:granulocyte 0.1059 -0.078 0.0808 -0.1087
w:great -0.0077 0.0198 -0.1203 0.1082
w:greater -0.0896 0.0192 0.1909 -0.1204
w:greatest -0.0141 -0.0357 0.069 -0.0191
w:group -0.0153 0.0445 0.3388 -0.3759
w:groups -0.0509 0.3921 0.2128 -0.5536
w:growing 0.2015 0.0164 -0.0686 -0.1494
w:growth 0.0248 -0.0734 0.3678 -0.3191
w:guidance 0.0511 0.1019 -0.1306 -0.0225
w:guide 0.1012 0.1156 -0.1837 -0.0332
w:guided -0.1115 -0.0408 0.043 0.1094
w:guidelines 0.1909 -0.1061 -0.1502 0.0655
w:gut -0.0352 -0.0162 0.0546 -0.0031
w:gy -0.1031 0.0705 -0.0135 0.0461
w:h 0.1047 0.0516 0.007 -0.1633
w:had -0.2378 -0.2199 -0.0379 0.4986
w:half -0.2911 -0.0224 0.3639 -0.0504
w:hand -0.0267 0.0725 -0.0374 -0.0083
w:handsearched -0.0774 0.1601 -0.0702 -0.0125
w:harm 0.08 -0.0495 -0.1309 0.1003
w:harmful -0.0437 -0.0995 -0.1355 0.2788
w:harms 0.0588 -0.1323 -0.242 0.3157
w:has 0.129 -0.0976 -0.1359 0.1052
w:have 0.3443 -0.2242 0.0002 -0.1189
w:having -0.0208 -0.2852 0.1063 0.1997
w:hazard 0.094 -0.0128 -0.0744 -0.0068
w:hazards -0.0358 -0.0505 0.1427 -0.0564
w:hba1c -0.0227 0.2531 -0.2014 -0.0289
w:hdl 0.0322 0.1597 -0.0613 -0.1306
w:he -0.1548 -0.0889 0.2277 0.016
w:head -0.0923 0.1977 -0.0577 -0.0477
w:headache -0.0232 0.0015 0.1141 -0.0925
w:heal 0.1124 -0.0968 -0.162 0.1466
w:healed -0.0198 -0.0825 0.087 0.0153
w:healing -0.0588 -0.4296 0.1744 0.314
w:health -0.3468 0.257 0.2658 -0.1759
w:healthcare 0.0353 -0.0113 -0.0197 -0.0043
w:healthy -0.2072 0.4812 -0.1958 -0.0782
w:heart 0.087 0.2393 -0.0616 -0.2647
w:height -0.1521 -0.0351 0.272 -0.0848
w:help 0.1368 -0.2186 0.111 -0.029
w:hematologic -0.1679 0.014 0.31 -0.1561
w:hemodynamic -0.0394 -0.0789 -0.0552 0.1736
w:hemodynamics 0.0205 0.298 -0.2536 -0.065
w:hemoglobin -0.0382 0.0911 -0.0452 -0.0077
w:hence 0.1105 0.0297 -0.1442 0.004
w:her -0.0134 -0.0666 -0.0292 0.1093
w:here -0.0555 -0.1454 0.1497 0.0512
w:heterogeneity -0.0825 0.1579 -0.1842 0.1088
w:heterogeneous 0.0217 -0.0804 0.1198 -0.0611
w:high 0.4689 -0.6288 -0.0389 0.1985
w:higher 0.3498 -0.8142 0.2499 0.2155
w:highest -0.0444 -0.1882 0.2544 -0.0218
w:highlight -0.0047 -0.0006 -0.003 0.0083
w:highly 0.0125 -0.0372 -0.0442 0.0689
w:hip 0.0209 -0.0938 0.0956 -0.0227
w:his -0.0413 -0.2971 0.3513 -0.0129
w:histological 0.1282 -0.0735 -0.0332 -0.0215
w:history 0.1201 0.2152 -0.3016 -0.0336
w:hiv 0.0373 -0.0999 -0.1714 0.2342
w:home -0.0601 0.0649 0.1085 -0.1134
w:hormone -0.0333 0.0596 -0.1736 0.1471
w:hospital -0.5603 0.1933 0.2077 0.1593
w:hospitalisation -0.0328 -0.041 0.1224 -0.0486
w:hospitalised -0.0914 -0.0308 0.0993 0.0229
w:hospitalization -0.0199 -0.0577 -0.056 0.1336
w:hospitals 0.0421 0.0121 -0.0254 -0.0288
w:hour 0.0876 -0.0201 -0.0669 -0.0007
w:hours -0.406 0.5297 -0.3002 0.1765
w:how 0.144 -0.1512 0.0071 0.0001
w:however 0.3333 0.0371 -0.2863 -0.0841
w:hr 0.3518 0.2953 -0.5803 -0.0668
w:human 0.1017 0.0426 -0.2825 0.1383
w:hundred -0.2814 0.0395 0.0621 0.1799
w:hypertension 0.2088 0.0301 -0.0995 -0.1393
w:hypotension -0.1268 0.3404 -0.1672 -0.0463
w:hypothesis 0.1166 0.1662 -0.2863 0.0035
w:i 0.0061 0.2059 0.1569 -0.3686
w:ibd 0.0049 0.0355 -0.0156 -0.0249
w:ictrp -0.0218 0.0344 -0.0081 -0.0045
w:identical -0.043 0.0971 -0.224 0.1699
w:identification 0.1834 0.002 -0.1746 -0.0107
w:identified -0.5048 -0.082 0.2662 0.3201
w:identify 0.0581 0.0305 -0.1196 0.031
w:identifying 0.0799 -0.1232 0.2093 -0.166
w:ie 0.078 0.1008 -0.0672 -0.1117
w:if 0.2561 -0.1981 -0.1668 0.1092
w:ifn 0.2713 -0.2359 0.1189 -0.1543
w:ii 0.0552 0.0486 -0.1264 0.0227
w:iii 0.0145 -0.1205 -0.1379 0.2439
w:il -0.1018 -0.2236 0.3707 -0.0451
w:iliac -0.1344 -0.2917 0.4327 -0.0066
w:iliopsoas -0.0146 0.1837 -0.1922 0.023
w:illness 0.0373 0.1033 -0.0987 -0.042
w:image -0.0395 0.1252 0.0053 -0.091
w:images -0.0007 0.0151 -0.0589 0.0445
w:imaging 0.0325 0.5194 -0.1953 -0.3566
w:immediate -0.0426 0.1386 -0.1342 0.0383
w:immediately 0.1806 0.0199 -0.2314 0.0309
w:immune -0.1444 0.4597 -0.3022 -0.0131
w:immunocompromised 0.0123 -0.0143 -0.0226 0.0245
w:immunodeficiency 0.0512 -0.1352 0.0483 0.0357
w:impact 0.0158 -0.2859 0.1005 0.1699
w:impaired -0.0051 -0.1251 0.2366 -0.1064
w:impairment 0.1532 0.2477 -0.2677 -0.1333
w:implant -0.0508 0.2781 0.057 -0.2843
w:implantation -0.0148 0.2984 -0.2173 -0.0662
w:implanted -0.0256 0.0264 0.0039 -0.0047
w:implementation -0.1587 0.004 0.1655 -0.0108
w:implemented -0.0001 0.1677 -0.1535 -0.0141
w:implications 0.0803 -0.0674 -0.0203 0.0074
w:importance -0.0335 -0.1358 0.3001 -0.1308
w:important 0.1452 -0.2056 0.0133 0.0471
w:improve 0.0968 -0.137 -0.1059 0.146
w:improved 0.0498 -0.3994 0.3061 0.0436
w:improvement -0.0649 -0.598 0.5796 0.0836
w:improvements -0.0679 -0.2001 0.1561 0.1119
w:improves -0.0561 -0.0447 0.4043 -0.3034
w:improving 0.0436 -0.0919 -0.0496 0.0979
w:in 0.293 -0.3999 0.0029 0.0966
w:inability -0.052 0.0172 0.0116 0.0233
w:inadequate -0.0132 -0.2002 0.0258 0.1876
w:inception -0.067 0.0962 -0.0258 -0.0034
w:incidence -0.0171 -0.0579 -0.0026 0.0778
w:incident -0.1112 0.4817 -0.3955 0.025
w:incision 0.068 -0.1977 0.0545 0.0752
w:incisions -0.0478 0.0541 -0.0755 0.0691
w:include -0.0169 0.0375 -0.3112 0.2913
w:included -0.8021 0.0413 0.6023 0.1598
w:includes -0.1984 -0.0756 0.2753 -0.0014
w:including 0.0591 0.0749 -0.1636 0.0295
w:inclusion -0.3709 0.0393 0.3834 -0.0514
w:income -0.0393 0.1147 -0.098 0.0226
w:incomplete 0.0042 -0.0544 0.1373 -0.087
w:incontinence -0.1037 0.1837 -0.0594 -0.0205
w:increase -0.0278 0.0109 0.1634 -0.1464
w:increased 0.1918 -0.4014 -0.0628 0.2727
w:increases 0.2064 -0.4517 0.0247 0.2206
w:increasing 0.1508 -0.1982 -0.164 0.2114
w:increasingly 0.0265 -0.0237 -0.0975 0.0946
w:independence -0.0149 -0.0005 -0.0676 0.083
w:independent -0.0686 -0.0366 0.1601 -0.055
w:independently -0.2531 0.8248 -0.3513 -0.2202
w:index -0.0909 0.1768 0.3621 -0.448
w:indexed -0.0228 0.045 -0.0079 -0.0143
w:india 0.1046 -0.074 -0.1815 0.1508
w:indicate -0.0708 0.3129 -0.2953 0.0531
w:indicated 0.0321 -0.1908 0.4946 -0.3358
w:indicating -0.0518 -0.2682 0.0423 0.2778
w:indication -0.0415 0.0805 -0.0856 0.0465
w:indications 0.0209 -0.0119 -0.0148 0.0059
w:indices -0.0589 0.1732 -0.123 0.0087
w:individual 0.1951 -0.1553 -0.1288 0.089
w:individuals -0.1039 -0.2338 0.1418 0.1961
w:induced -0.1791 0.4167 -0.1291 -0.1084
w:induces -0.0511 -0.1079 -0.0776 0.2366
w:induction 0.1062 0.0084 0.1528 -0.2675
w:industry -0.0434 0.0501 -0.1238 0.1171
w:infant 0.0149 0.129 -0.0201 -0.1238
w:infants -0.1536 0.2747 0.0204 -0.1416
w:infarction 0.1798 -0.0393 -0.0617 -0.0788
w:infected -0.0279 -0.4378 0.3776 0.0883
w:infection 0.1373 -0.0227 -0.1897 0.0755
w:infections -0.0748 -0.2154 -0.1916 0.482
w:infectious 0.2258 -0.0437 0.139 -0.3211
w:infective -0.0014 -0.0834 0.0985 -0.0136
w:inferior -0.0673 -0.0426 0.048 0.0619
w:infertility -0.0365 0.0736 0.0518 -0.089
w:inflammation 0.1244 0.1922 -0.5036 0.1872
w:inflammatory 0.0855 -0.253 0.2846 -0.117
w:influence 0.1507 -0.2039 0.2487 -0.1956
w:influenced -0.0229 -0.1023 -0.032 0.1572
w:influences 0.0593 -0.0554 -0.0238 0.0199
w:inform 0.0759 -0.0363 -0.0689 0.0293
w:information -0.0053 0.1918 -0.3274 0.1409
w:infusion 0.1757 0.1671 -0.3617 0.0191
w:inhibition -0.0254 0.1301 0.0063 -0.111
w:inhibitor 0.1501 -0.2084 0.0497 0.0086
w:inhibitors 0.0547 -0.0378 0.0657 -0.0827
w:initial -0.2991 0.4689 0.2598 -0.4296
w:initially -0.1915 0.1282 0.0989 -0.0357
w:initiated 0.2182 -0.2526 -0.1353 0.1697
w:initiation -0.0226 0.2861 -0.4803 0.2168
w:injection -0.1624 -0.1531 0.2266 0.0889
w:injections -0.0112 -0.1846 0.0077 0.188
w:injuries -0.0707 -0.0337 -0.1268 0.2312
w:injury 0.0015 -0.5636 0.6539 -0.0916
w:inner -0.0008 0.0148 -0.013 -0.001
w:inserted -0.0662 0.1836 -0.2133 0.0959
w:insertion -0.0232 0.2295 -0.0543 -0.1519
w:inside 0.1145 -0.1315 -0.0291 0.0462
w:insight 0.0613 -0.1705 -0.1035 0.2126
w:instability 0.0934 -0.085 0.0193 -0.0277
w:instillation -0.0155 0.103 -0.1046 0.0171
w:institute -0.1562 0.3663 -0.1888 -0.0213
w:institution 0.1978 -0.1252 -0.0379 -0.0347
w:institutional 0.106 0.4494 -0.0908 -0.4646
w:instrument -0.07 0.0716 -0.034 0.0322
w:instrumentation 0.0619 -0.0255 -0.084 0.0476
w:instruments -0.1 0.0437 -0.0751 0.1313
w:insufficient -0.214 -0.0969 0.6056 -0.2945
w:insulin -0.025 0.0179 -0.0933 0.1003
w:intake 0.2425 -0.464 0.0864 0.1352
w:integrated -0.0468 -0.1273 0.2056 -0.0316
w:intensity -0.0223 0.1262 -0.2368 0.1329
w:intensive -0.0817 -0.0659 0.1844 -0.0367
w:intention -0.0521 0.0191 0.1007 -0.0676
w:interaction 0.0348 0.1997 -0.2242 -0.0102
w:interactions -0.0672 -0.0917 0.1677 -0.0087
w:interest -0.024 -0.0957 0.0968 0.0228
w:intermediate -0.019 0.0195 0.1271 -0.1277
w:intermittent -0.0895 0.1668 -0.0644 -0.0129
w:internal 0.1865 0.0495 -0.2081 -0.0279
w:international 0.0162 0.0505 -0.0868 0.0202
w:interpretation -0.0022 -0.008 -0.0077 0.0179
w:interpreted -0.0145 -0.1943 0.2132 -0.0044
w:interquartile -0.0231 -0.2931 0.3168 -0.0006
w:interval -0.0975 0.0362 0.1362 -0.075
w:intervals 0.3339 -0.0154 -0.2506 -0.0678
w:intervention 0.0812 0.448 0.0123 -0.5415
w:interventions -0.0288 -0.0107 0.2437 -0.2044
w:interview -0.0462 0.1902 -0.1254 -0.0185
w:interviews -0.0712 0.2142 -0.1295 -0.0135
w:intestinal -0.0351 0.1002 -0.1784 0.1133
w:intestine -0.0203 0.0107 -0.0159 0.0256
w:into 0.2352 0.3868 -0.62 -0.0028
w:intra 0.1112 0.3008 -0.4033 -0.0087
w:intracranial -0.0679 0.454 -0.3047 -0.0815
w:intracytoplasmic -0.0569 0.2172 -0.121 -0.0392
w:intramuscular 0.0046 -0.0071 -0.075 0.0775
w:intraocular 0.03 0.1803 -0.2015 -0.0089
w:intraoperative -0.2256 -0.0232 0.2177 0.0311
w:intrathecal 0.0044 0.0523 -0.0755 0.0188
w:intravenous 0.114 -0.1477 -0.2698 0.3035
w:intravenously 0.1657 -0.1395 -0.0382 0.012
w:introduction 0.0541 -0.0081 -0.0756 0.0297
w:intubation -0.0273 0.0882 -0.0555 -0.0053
w:invasive -0.1031 -0.0431 -0.048 0.1942
w:investigate 0.1252 -0.0566 -0.0987 0.0301
w:investigated 0.266 -0.0683 -0.2448 0.0472
w:investigating 0.1471 0.0033 -0.0996 -0.0509
w:investigation -0.1564 0.2182 0.0562 -0.118
w:investigations -0.0448 0.0934 -0.0261 -0.0225
w:investigators -0.0185 -0.0443 -0.0613 0.1241
w:involve 0.1073 -0.0752 -0.0424 0.0103
w:involved -0.3117 0.0304 0.4212 -0.1399
w:involvement -0.0842 -0.083 0.0842 0.0829
w:involves 0.2983 -0.1484 -0.1722 0.0223
w:involving -0.1523 -0.3881 0.3167 0.2237
w:iol -0.0329 0.1516 -0.3849 0.2661
w:iols -0.0131 0.0066 0.0535 -0.0469
w:ipa -0.1875 0.3044 -0.2506 0.1338
w:iq 0.2602 0.0557 -0.0156 -0.3003
w:iqr -0.0069 -0.0445 0.1141 -0.0627
w:irradiation 0.0935 -0.0687 -0.0265 0.0017
w:irrespective -0.0165 0.0378 0.0187 -0.0401
w:irrigation -0.1115 0.1414 0.1054 -0.1353
w:is -0.0257 -0.2041 0.0868 0.1521
w:ischemia -0.0366 0.1721 -0.3582 0.2227
w:ischemic 0.1031 0.1209 -0.1677 -0.0563
w:isolated -0.0811 -0.0337 -0.0073 0.122
w:issue -0.0101 0.051 -0.0221 -0.0188
w:issues -0.0313 -0.0048 -0.0285 0.0647
w:it 0.1457 -0.4306 0.1284 0.1573
w:italy -0.2255 0.2272 -0.0172 0.0155
w:item 0.2417 0.0338 -0.2233 -0.0523
w:items 0.0492 0.2101 -0.0063 -0.2531
w:its 0.1497 -0.0042 -0.0924 -0.0533
w:iu 0.0331 -0.0255 0.0021 -0.0097
w:iv -0.1776 0.3389 -0.0894 -0.0718
w:ivf -0.0124 0.4276 -0.4086 -0.0065
w:january -0.1986 0.6441 -0.4172 -0.0285
w:japan -0.0534 0.0328 0.0331 -0.0126
w:joint 0.0058 -0.1054 0.328 -0.2284
w:judged -0.0626 0.0242 0.0363 0.0021
w:juice 0.1397 -0.0921 0.0304 -0.078
w:july -0.1238 0.1689 -0.0401 -0.005
w:june -0.0596 0.166 -0.1276 0.0212
w:just -0.007 0.1354 -0.2044 0.076
w:k -0.0265 0.2994 -0.3269 0.0539
w:key -0.2873 0.1997 -0.2996 0.3876
w:kg -0.0694 0.3001 -0.2641 0.0334
w:kidney 0.1405 0.0326 -0.138 -0.035
w:knee 0.1805 -0.0321 -0.2303 0.0818
w:knowledge 0.0202 -0.259 0.0774 0.1615
w:known 0.0777 -0.0133 -0.0714 0.007
w:kyphosis -0.0274 -0.276 0.3538 -0.0505
w:l 0.0877 -0.0015 -0.0135 -0.0728
w:la -0.0244 -0.0084 -0.1878 0.2206
w:label -0.2026 0.3243 -0.0598 -0.0619
w:labeled -0.0627 0.1592 -0.0881 -0.0084
w:laboratory -0.2396 0.4187 -0.1414 -0.0377
w:lack -0.0362 -0.1631 0.1134 0.0859
w:lacking -0.1156 0.0889 0.1154 -0.0887
w:language -0.3672 0.4426 -0.1515 0.0756
w:laparoscopic -0.0766 -0.2556 0.2514 0.0807
w:laparoscopy 0.0453 0.1677 -0.1988 -0.0142
w:large 0.27 -0.0672 -0.2373 0.0346
w:largely -0.057 0.1255 0.1727 -0.2411
w:larger -0.0874 0.0155 0.2572 -0.1853
w:largest -0.0262 0.0827 0.0092 -0.0657
w:laser -0.0605 0.1826 -0.0704 -0.0518
w:last -0.0676 0.0691 -0.1174 0.1159
w:lasting -0.0755 0.0087 0.0505 0.0163
w:late -0.0229 0.0861 0.0946 -0.1579
w:later -0.0994 0.1734 0.3103 -0.3843
w:lateral 0.1105 0.0818 -0.1385 -0.0538
w:latin -0.0095 -0.1804 0.1945 -0.0047
w:latter -0.0193 -0.0349 0.2266 -0.1724
w:lead -0.1171 -0.074 0.2872 -0.096
w:leading -0.1129 -0.004 0.0238 0.0931
w:leads -0.0484 0.0379 -0.1165 0.127
w:leak 0.096 -0.0972 -0.0714 0.0726
w:leakage -0.0082 -0.0013 0.0603 -0.0507
w:least -0.2493 0.4312 -0.0299 -0.1518
w:led -0.0426 -0.1736 0.1566 0.0596
w:left -0.0594 -0.051 0.1782 -0.0677
w:leg 0.0196 0.0624 -0.0659 -0.016
w:length -0.297 -0.0319 0.3942 -0.0652
w:lengths -0.0958 -0.1905 0.0567 0.2296
w:lens 0.0255 0.1476 -0.0866 -0.0866
w:lesion -0.1135 -0.0392 0.2046 -0.052
w:lesions -0.1019 0.372 -0.5123 0.2422
w:less -0.2173 -0.0675 0.2036 0.0812
w:leukopenia -0.0055 -0.0992 0.1604 -0.0557
w:level -0.1003 0.2526 0.1327 -0.2851
w:levels 0.0209 0.0551 0.3852 -0.4612
w:library -0.0916 0.1588 -0.0553 -0.0118
w:life 0.2621 0.2119 -0.3443 -0.1297
w:lifestyle -0.079 0.0942 0.2772 -0.2924
w:light -0.0116 -0.034 0.0297 0.0158
w:like -0.1345 0.2093 -0.0295 -0.0452
w:likelihood 0.0427 -0.1077 0.0017 0.0632
w:likely -0.076 -0.2757 0.5765 -0.2246
w:lilacs -0.1145 0.0253 -0.103 0.1923
w:limb 0.0263 0.0954 -0.2413 0.1197
w:limbs -0.0285 0.2707 -0.4648 0.2226
w:limit 0.0363 0.0558 -0.1452 0.0532
w:limitations -0.0855 0.4147 -0.0706 -0.2585
w:limited -0.0062 -0.2841 0.137 0.1533
w:limiting -0.0484 -0.181 0.172 0.0574
w:limits -0.1393 -0.0711 0.1969 0.0134
w:line -0.0083 -0.1645 0.3076 -0.1348
w:linear 0.1659 0.2651 -0.379 -0.052
w:lines -0.077 -0.184 0.2261 0.0349
w:linked -0.0218 -0.0611 0.1612 -0.0783
w:lipid 0.0221 0.1393 -0.159 -0.0025
w:lipids 0.1043 -0.2484 0.3811 -0.2371
w:lipoprotein 0.0023 0.1837 -0.0465 -0.1395
w:liquid -0.0856 0.0064 0.0746 0.0047
w:list -0.0264 -0.1792 0.2143 -0.0087
w:lists -0.1962 0.3552 -0.1192 -0.0395
w:literature 0.0654 0.1975 -0.4093 0.1465
w:little 0.008 -0.2193 0.3714 -0.16
w:live 0.3264 -0.2217 0.0833 -0.188
w:liver 0.0618 -0.3064 0.172 0.0726
w:living -0.091 0.2518 -0.1393 -0.0215
w:local -0.3283 0.2183 0.0336 0.0764
w:localized 0.0881 -0.1369 -0.0394 0.0881
w:located 0.0264 -0.1408 0.0521 0.0622
w:location 0.0505 0.1028 -0.1395 -0.0138
w:locoregional -0.0163 -0.0218 0.0155 0.0226
w:logistic -0.0596 0.1238 0.0252 -0.0895
w:long -0.1226 0.0714 -0.2016 0.2528
w:longer 0.1569 -0.4176 0.0432 0.2175
w:longitudinal -0.1087 0.4433 -0.2976 -0.037
w:looked -0.0082 -0.0779 -0.1681 0.2547
w:loss -0.2508 0.0205 0.2201 0.0102
w:lost -0.009 -0.2966 0.5116 -0.2059
w:low -0.0336 -0.5741 0.3922 0.2163
w:lower -0.1984 -0.364 0.4458 0.1162
w:lowering 0.0562 0.2786 -0.2148 -0.12
w:lowest -0.027 -0.092 0.1359 -0.0168
w:lumbar -0.1027 -0.1554 0.1619 0.0962
w:lung 0.0001 -0.1425 0.0757 0.0668
w:lymph -0.0213 0.3267 -0.1966 -0.1088
w:m 0.3568 0.1734 -0.3899 -0.1402
w:m2 -0.0113 -0.1007 0.113 -0.001
w:made 0.1076 -0.2215 0.0124 0.1016
w:magnetic 0.0447 0.2223 -0.1141 -0.1529
w:magnitude -0.0724 -0.0012 0.2742 -0.2006
w:main -0.1621 -0.0732 0.1151 0.1202
w:mainly -0.0842 -0.2174 0.0657 0.236
w:maintain 0.0935 -0.0205 -0.0062 -0.0668
w:maintained 0.2978 -0.509 0.2784 -0.067
w:maintenance -0.2576 0.0029 -0.1218 0.3764
w:major -0.088 0.1675 -0.1916 0.112
w:majority 0.0007 0.0001 -0.2646 0.2638
w:make 0.0202 -0.1214 -0.0304 0.1318
w:makes -0.0305 -0.0135 -0.0848 0.1288
w:making -0.0584 0.071 -0.129 0.1165
w:male -0.035 0.0013 0.4649 -0.4312
w:males -0.2303 -0.0299 0.3426 -0.0824
w:malignancy -0.0167 0.0643 -0.0031 -0.0445
w:malignant 0.0313 -0.1709 -0.0193 0.1589
w:man -0.3113 0.4766 -0.1288 -0.0364
w:managed 0.0264 -0.2395 0.1392 0.0739
w:management 0.5321 -0.0635 -0.1742 -0.2947
w:manager -0.0379 0.1001 -0.0605 -0.0017
w:mandibular -0.0654 -0.0011 0.0484 0.0181
w:manifest 0.0302 0.0118 -0.0078 -0.0342
w:manifestation -0.0094 -0.0798 0.0209 0.0683
w:manifestations 0.0029 0.0057 -0.0002 -0.0083
w:manner 0.0211 0.176 -0.1231 -0.074
w:manual 0.1991 -0.0725 -0.1149 -0.0116
w:many 0.183 0.0465 -0.5171 0.2876
w:march -0.0856 0.0168 0.0002 0.0686
w:marked 0.0946 -0.1756 -0.0085 0.0895
w:markedly -0.0209 -0.0817 0.2145 -0.1119
w:markers -0.0144 0.0141 0.1255 -0.1252
w:mass 0.3007 -0.2564 -0.1574 0.1131
w:matched -0.1272 0.186 0.1276 -0.1864
w:matching -0.1656 0.0906 0.1166 -0.0416
w:material 0.0482 0.0468 0.0853 -0.1804
w:materials 0.159 -0.1663 -0.0173 0.0247
w:maternal -0.0424 -0.0627 0.3112 -0.2061
w:maxillary -0.1213 0.0566 -0.1359 0.2006
w:maximal -0.0353 0.2506 -0.3646 0.1493
w:maximum 0.253 -0.264 0.0063 0.0047
w:may 0.1046 -0.2241 -0.1459 0.2607
w:md -0.0705 0.3376 -0.1847 -0.0823
w:mean -0.2115 0.1814 0.3253 -0.2947
w:means -0.0915 0.0281 0.0653 -0.0018
w:measure -0.1101 0.0939 -0.1064 0.1226
w:measured 0.3177 0.3236 -0.8267 0.1856
w:measurement -0.0586 0.2185 -0.1303 -0.0296
w:measurements 0.1942 0.1807 -0.6002 0.2253
w:measures -0.2572 0.4593 0.1408 -0.3428
w:measuring 0.1544 0.0342 -0.0677 -0.1209
w:mechanical 0.0377 0.0143 0.0165 -0.0685
w:mechanism -0.1145 -0.4375 0.2513 0.3008
w:mechanisms -0.2454 0.1733 0.0421 0.03
w:media 0.1709 0.0198 -0.2848 0.094
w:median 0.2267 -0.1157 0.1619 -0.2716
w:mediated -0.0504 -0.2409 0.5434 -0.252
w:mediators 0.0869 0.0287 -0.0551 -0.0605
w:medical -0.0849 0.3206 -0.1028 -0.1331
w:medication 0.1215 0.1379 0.0997 -0.359
w:medications -0.0092 -0.0568 0.0648 0.0013
w:medicine -0.1268 0.0153 -0.0856 0.1971
w:medicines 0.0458 -0.0652 -0.0507 0.0701
w:medline -0.1801 0.2925 -0.063 -0.0489
w:meet 0.0523 0.1101 -0.1791 0.0166
w:mellitus 0.1279 -0.338 0.1459 0.0642
w:members -0.0228 0.2348 -0.1884 -0.0236
w:membrane -0.0195 0.0652 0.1463 -0.192
w:men 0.1347 0.148 -0.2195 -0.0632
w:mental -0.0916 0.1033 0.5187 -0.5304
w:messages -0.0041 0.0349 -0.0623 0.0315
w:met -0.0431 -0.4454 0.445 0.0436
w:meta 0.1633 -0.0481 0.1915 -0.3067
w:metabolic 0.1987 -0.3229 0.0713 0.0528
w:metastatic -0.0446 0.0574 -0.0156 0.0028
w:methicillin 0.0838 0.2758 -0.3515 -0.0081
w:method 0.0474 -0.3977 -0.3304 0.6805
w:methodological -0.1157 0.1673 -0.2281 0.1766
w:methodology -0.1251 0.1859 -0.1025 0.0417
w:methods 0.3963 -0.4698 -0.2279 0.3015
w:methotrexate -0.0135 -0.2907 -0.1518 0.4561
w:mg 0.5093 0.0335 -0.8436 0.3006
w:mi 0.2225 0.0274 -0.1254 -0.1244
w:micro 0.0493 -0.0698 0.0389 -0.0184
w:microbiologic 0.2562 -0.1965 -0.0545 -0.0051
w:microbiological 0.1037 -0.1389 0.0929 -0.0578
w:microg -0.1389 0.3026 -0.1411 -0.0226
w:mid 0.0393 -0.0386 0.1002 -0.1009
w:middle 0.474 -0.4144 0.0075 -0.0671
w:might -0.2639 -0.0603 0.1179 0.2063
w:mild -0.1604 0.2303 0.0133 -0.0832
w:million -0.0701 0.0321 0.0075 0.0305
w:min 0.0106 0.2199 -0.0817 -0.1487
w:mind 0.0062 -0.0717 0.1062 -0.0407
w:minimal 0.0682 -0.1536 -0.0315 0.117
w:minimally -0.0801 0.004 -0.1087 0.1848
w:minimum 0.4 -0.4373 0.0497 -0.0123
w:minor 0.1702 0.2936 0.0353 -0.4991
w:minute -0.0706 0.1088 -0.0358 -0.0024
w:minutes -0.2515 0.3541 -0.1707 0.068
w:miscarriage -0.0207 0.2327 -0.0622 -0.1498
w:missing -0.0281 0.1264 -0.0223 -0.0759
w:mixed -0.1345 -0.0333 0.1302 0.0377
w:ml 0.228 0.0283 -0.1317 -0.1247
w:mm -0.084 0.2981 -0.0947 -0.1193
w:mmhg -0.0071 0.0989 -0.0648 -0.0271
w:mmol -0.0046 -0.0399 0.0715 -0.027
w:mobility 0.1712 0.0499 -0.111 -0.1102
w:modalities 0.0354 0.0061 -0.0159 -0.0255
w:mode -0.0066 0.189 -0.1651 -0.0174
w:model -0.3012 0.3874 0.2072 -0.2933
w:modeling 0.0831 0.0351 -0.1218 0.0036
w:models 0.4435 -0.0036 -0.2477 -0.1922
w:moderate -0.1085 -0.0905 0.0555 0.1436
w:modified 0.1072 0.0676 0.0058 -0.1806
w:molecular -0.268 0.0608 0.0796 0.1276
w:monitor 0.2581 -0.1887 -0.035 -0.0343
w:monitored -0.0367 0.3295 -0.2768 -0.016
w:monitoring 0.0346 0.0471 0.0138 -0.0955
w:monotherapy -0.0677 -0.2167 0.105 0.1793
w:month -0.1854 0.4111 -0.0221 -0.2036
w:months -0.3397 0.4849 -0.0375 -0.1078
w:morbidity 0.1425 -0.3388 -0.0071 0.2032
w:more -0.1009 -0.4123 0.1552 0.3582
w:moreover -0.0211 -0.0736 0.1789 -0.0842
w:morphine 0.3736 -0.2737 -0.1842 0.0843
w:morphology 0.0086 -0.016 0.0559 -0.0485
w:mortality -0.0596 0.1287 -0.1181 0.0489
w:most -0.0742 -1.0114 0.5477 0.5383
w:mostly -0.0152 -0.2246 -0.139 0.3788
w:mother -0.058 0.0535 -0.2071 0.2118
w:motility -0.0007 -0.0288 0.0361 -0.0066
w:motion -0.0213 0.0376 -0.0134 -0.0028
w:motor 0.4152 -0.2432 -0.068 -0.1039
w:mouth 0.0087 0.0184 0.1036 -0.1307
w:movement 0.0497 0.0454 -0.078 -0.0171
w:mri -0.1182 -0.0973 0.1719 0.0437
w:ms -0.0282 -0.1917 0.3904 -0.1705
w:much -0.005 -0.183 0.2767 -0.0887
w:multi -0.0507 0.1537 -0.0561 -0.0469
w:multicenter 0.0104 0.091 -0.0823 -0.019
w:multicentre -0.06 0.0333 -0.0333 0.06
w:multilevel 0.0568 -0.0806 0.0601 -0.0362
w:multiple -0.0013 -0.103 0.0258 0.0786
w:multivariate -0.0185 0.135 -0.0017 -0.1148
w:muscle -0.2728 -0.1421 -0.2027 0.6181
w:muscles -0.0152 -0.1674 0.0852 0.0974
w:muscular -0.0491 0.0822 0.0634 -0.0964
w:must 0.0004 -0.066 -0.1338 0.1992
w:mycobacterium -0.1745 0.159 0.0487 -0.0332
w:myocardial 0.1707 -0.0413 -0.0977 -0.0317
w:myopic -0.0133 0.0608 -0.0064 -0.0411
w:n -0.1968 0.3845 0.2386 -0.4263
w:nasal -0.0415 0.0572 -0.2071 0.1914
w:national 0.2524 -0.2918 0.0961 -0.0566
w:natural 0.013 -0.1006 0.3213 -0.2337
w:nature 0.3558 -0.3096 0.2634 -0.3096
w:nausea 0.0789 -0.0324 -0.0482 0.0017
w:near -0.0556 -0.0833 0.0743 0.0645
w:nearly 0.0487 -0.0657 0.0259 -0.0089
w:necessary -0.0759 0.0676 0.2065 -0.1982
w:neck -0.1206 -0.1523 0.1135 0.1594
w:necrosis -0.0467 -0.0072 -0.1992 0.2531
w:need -0.0359 0.1089 0.2116 -0.2846
w:needed -0.1574 -0.0525 0.306 -0.0955
w:needle -0.2841 0.1887 -0.1217 0.2173
w:needs 0.0397 -0.0814 -0.1245 0.1662
w:negative -0.1397 0.0607 0.1263 -0.0471
w:negatively -0.007 -0.0456 0.1775 -0.1249
w:neither -0.0422 -0.1057 0.3914 -0.2433
w:nerve -0.0587 -0.497 0.5248 0.0308
w:nervous 0.0144 0.0083 -0.0302 0.0075
w:network -0.0478 -0.0569 0.1653 -0.0607
w:neurologic 0.0335 -0.1867 0.2552 -0.102
w:neurological -0.0973 0.5042 -0.0143 -0.3926
w:neutrophil -0.1037 -0.1989 -0.0741 0.3767
w:new -0.0249 -0.0213 -0.235 0.2816
w:newly 0.0018 -0.0149 0.1254 -0.1123
w:next -0.0745 -0.0164 0.0679 0.023
w:ng -0.0248 -0.0689 0.0981 -0.0044
w:nine -0.3424 -0.274 0.4936 0.1229
w:no -0.3684 -0.3115 0.4987 0.1779
w:node -0.0334 0.2887 -0.2868 0.0315
w:nodes -0.0286 0.2193 0.0979 -0.2886
w:non -0.2282 -0.127 -0.0628 0.4183
w:none -0.1173 0.1278 0.0224 -0.033
w:nonspecific 0.0127 0.1597 -0.1499 -0.0225
w:nor -0.0144 -0.2013 0.3948 -0.1791
w:normal 0.1314 0.0121 0.0961 -0.2397
w:normalized -0.0132 0.0688 0.035 -0.0907
w:north -0.2787 -0.0197 0.3404 -0.0421
w:nose 0.1007 -0.1271 -0.1115 0.138
w:not -0.1414 -0.339 0.2595 0.2221
w:noted -0.1446 -0.0031 0.362 -0.2143
w:novel 0.0924 -0.2971 0.137 0.0677
w:november -0.1173 0.1485 -0.0231 -0.008
w:now 0.0569 -0.056 0.0258 -0.0268
w:number -0.1602 0.0918 0.1195 -0.0513
w:numbers -0.0471 -0.18 0.1204 0.1067
w:nursing -0.0487 0.1471 -0.076 -0.0224
w:nutrition 0.0026 -0.004 -0.1385 0.1399
w:nutritional -0.0054 -0.0145 -0.0148 0.0347
w:o -0.0156 0.0831 -0.0572 -0.0103
w:obese 0.1278 -0.118 0.0224 -0.0321
w:obesity -0.0069 -0.0609 0.1692 -0.1014
w:objective 0.2354 -0.2481 0.015 -0.0018
w:objectives 0.1979 -0.1561 -0.0364 -0.0054
w:observation 0.1553 -0.1406 -0.2363 0.2216
w:observational -0.3264 0.3574 -0.0227 -0.0081
w:observations -0.042 0.2046 -0.1986 0.0361
w:observe -0.0166 0.0241 0.0012 -0.0087
w:observed -0.1333 -0.1795 0.2601 0.0532
w:observer 0.0961 -0.0561 -0.0476 0.0076
w:obstruction 0.4155 0.0458 -0.4006 -0.0607
w:obstructive 0.1502 -0.0839 -0.0591 -0.0072
w:obtain -0.1066 0.0455 0.0999 -0.0387
w:obtained -0.0446 0.1028 0.0502 -0.1083
w:obvious -0.0002 -0.0466 0.073 -0.0262
w:obviously -0.0045 -0.1184 0.1372 -0.0144
w:occur 0.055 -0.0841 0.006 0.0231
w:occurred -0.0528 -0.0116 0.1498 -0.0856
w:occurrence 0.0673 0.1218 -0.1894 0.0002
w:occurring -0.1014 0.533 -0.2145 -0.2172
w:occurs -0.2254 0.2909 -0.3783 0.3128
w:october -0.0752 0.1189 -0.0098 -0.034
w:ocular -0.1302 0.22 -0.1345 0.0447
w:odds -0.0755 0.0769 -0.0096 0.0081
w:of 0.0119 -0.143 -0.0298 0.1595
w:offer 0.0366 -0.0066 -0.022 -0.008
w:often 0.1777 -0.3425 -0.0517 0.2164
w:old -0.2326 0.5668 -0.2579 -0.0765
w:older 0.0257 -0.1484 0.0941 0.0287
w:on 0.2947 -0.1072 -0.0777 -0.1096
w:once 0.3724 -0.1006 -0.2646 -0.007
w:one -0.1829 -0.3441 0.4274 0.099
w:ongoing -0.1019 0.1435 -0.1199 0.0783
w:only -0.0306 -0.3 0.3759 -0.0451
w:onset -0.0379 -0.0863 0.2114 -0.0872
w:oocyte -0.0089 -0.1481 0.2811 -0.124
w:open -0.0912 -0.3868 0.2985 0.1795
w:operated -0.0389 0.038 0.0225 -0.0216
w:operating -0.0399 -0.0806 0.1031 0.0174
w:operation 0.2857 -0.104 -0.1979 0.0166
w:operations 0.0052 -0.0834 0.0698 0.0084
w:operative 0.1795 -0.0601 0.1363 -0.2557
w:ophthalmic -0.1421 0.168 -0.0198 -0.0061
w:ophthalmology -0.1365 0.3479 -0.2028 -0.0086
w:opioid 0.0324 -0.0252 0.0342 -0.0415
w:optimal 0.0802 -0.0058 -0.0847 0.0104
w:option -0.0051 -0.0056 -0.0197 0.0305
w:options 0.0138 0.0294 -0.0322 -0.011
w:or -0.2645 0.3354 -0.0659 -0.0009
w:oral -0.1079 0.1106 -0.1777 0.175
w:order 0.1874 0.0296 -0.0943 -0.1227
w:organ 0.0356 0.0135 -0.065 0.0159
w:organism -0.0355 -0.0417 0.2754 -0.1982
w:organisms -0.0528 -0.0522 0.0363 0.0687
w:organization -0.0313 0.1142 -0.0545 -0.0283
w:organs -0.032 0.2398 -0.229 0.0212
w:orientation 0.0672 0.041 -0.0381 -0.07
w:origin 0.1833 -0.0344 -0.2022 0.0534
w:original 0.0281 -0.0854 0.1104 -0.0532
w:ors -0.0047 0.1368 -0.1313 -0.0007
w:orthodontic -0.0001 0.0577 -0.2566 0.199
w:orthopedic 0.002 -0.047 0.0461 -0.0012
w:os -0.0271 -0.2414 0.114 0.1545
w:osteomyelitis 0.1799 0.0193 -0.332 0.1329
w:other -0.4736 0.2618 0.3908 -0.1791
w:our 0.0424 -0.3365 -0.0476 0.3417
w:out -0.14 0.1174 -0.1601 0.1826
w:outcome 0.0959 0.2393 -0.4524 0.1174
w:outcomes -0.1116 0.1283 -0.169 0.1525
w:outpatient -0.0485 0.111 0.087 -0.1494
w:outside -0.0253 -0.0499 -0.0172 0.0924
w:ovarian 0.0325 0.2074 -0.1146 -0.1252
w:over -0.2507 -0.1363 0.3153 0.0715
w:overall -0.375 -0.0979 0.6316 -0.1591
w:ovid -0.048 0.0842 -0.0146 -0.0215
w:ovulation -0.0024 -0.0042 0.1808 -0.1742
w:own -0.2061 -0.2769 0.3895 0.0935
w:oxide -0.0606 -0.0811 0.3239 -0.1822
w:oxygen 0.0432 0.142 -0.0679 -0.1173
w:p -0.0401 0.0556 0.1029 -0.0987
w:pa -0.174 -0.2542 0.0217 0.4065
w:pain -0.1584 -0.0695 0.0189 0.2089
w:painful -0.0771 0.2821 -0.1926 -0.0124
w:pair -0.0398 0.029 0.0208 -0.01
w:palate 0.0114 -0.0008 0.0635 -0.0741
w:pancreas -0.0313 0.052 -0.0703 0.0496
w:pancreatic -0.0754 -0.1738 0.1364 0.1128
w:parallel -0.1148 0.1152 0.0042 -0.0045
w:parameters -0.0126 0.0549 0.0619 -0.1042
w:paravertebral -0.2244 -0.0964 0.3183 0.0024
w:parent 0.0211 -0.1389 0.1427 -0.025
w:parenteral 0.0921 -0.2027 0.0973 0.0133
w:parents -0.0801 0.1332 0.0092 -0.0623
w:parietal 0.0534 0.1382 -0.0908 -0.1007
w:part 0.0599 -0.0488 0.0023 -0.0134
w:partial 0.0527 -0.2553 0.2445 -0.0419
w:partially -0.0164 0.0608 0.1247 -0.1691
w:participant 0.0549 -0.0589 -0.0846 0.0886
w:participants -0.5614 -0.4364 0.542 0.4544
w:participate 0.1291 0.002 -0.0826 -0.0485
w:participated 0.1092 -0.0341 -0.0663 -0.0088
w:participating -0.1726 0.1857 -0.2148 0.2017
w:participation 0.0133 0.0689 -0.0115 -0.0707
w:particular 0.0342 -0.0446 -0.0479 0.0582
w:particularly -0.0139 -0.0508 -0.2283 0.293
w:partners 0.0186 -0.0305 -0.0781 0.09
w:parts -0.0085 -0.0406 0.0292 0.0199
w:pass 0.0626 -0.0452 -0.0284 0.0111
w:past -0.0259 -0.237 0.451 -0.188
w:pathogenesis 0.0225 -0.0249 -0.0166 0.019
w:pathogens 0.1047 -0.092 -0.0031 -0.0097
w:pathologic 0.0327 -0.0153 0.0336 -0.0511
w:pathology 0.1087 -0.3218 0.2129 0.0002
w:pathway 0.0286 -0.1163 0.0896 -0.0019
w:patient 0.3586 -0.1333 0.3203 -0.5459
w:patients -0.1415 -0.0629 0.2249 -0.0198
w:pattern -0.0559 -0.1591 0.2557 -0.0406
w:patterns 0.2276 -0.0604 -0.179 0.0118
w:pcr -0.1177 0.0429 0.0709 0.004
w:peak -0.0942 0.2941 -0.1175 -0.0823
w:pediatric 0.225 -0.3899 0.1633 0.0016
w:pelvic 0.0604 -0.3828 0.1262 0.1962
w:penicillin -0.0614 -0.178 -0.1653 0.4048
w:people -0.1313 0.0185 -0.0927 0.207
w:peptide -0.0063 0.0098 0.1468 -0.1503
w:per 0.0867 -0.012 -0.0268 -0.0479
w:perceived -0.0388 0.1042 -0.0139 -0.0515
w:percent 0.0294 -0.0306 0.0509 -0.0497
w:percentage -0.0152 -0.1153 0.2243 -0.0937
w:perception -0.0084 0.0962 -0.1364 0.0485
w:percutaneous -0.0494 -0.0917 0.2797 -0.1386
w:perforated 0.257 -0.2575 -0.0847 0.0852
w:perform -0.0247 0.1261 -0.2231 0.1216
w:performance 0.2319 -0.2795 0.1459 -0.0983
w:performed -0.1862 0.7866 -0.5032 -0.0969
w:performing 0.1191 -0.0944 -0.0757 0.051
w:peri -0.0791 -0.1054 0.1658 0.0187
w:period 0.3207 0.1248 -0.0286 -0.4169
w:periods 0.436 -0.184 -0.2594 0.0073
w:perioperative -0.007 -0.0143 -0.3014 0.3228
w:peripheral 0.0397 0.151 -0.0829 -0.1078
w:peritoneal -0.0602 -0.0948 0.1258 0.0293
w:peritonitis 0.057 -0.1187 0.0549 0.0068
w:persistent 0.3074 -0.1919 0.1716 -0.2872
w:person 0.1415 -0.2827 0.1653 -0.0241
w:personal 0.0081 0.0272 -0.0277 -0.0076
w:personnel -0.0531 0.159 -0.0414 -0.0644
w:persons 0.0992 -0.1063 -0.166 0.173
w:pfs -0.169 0.1336 0.0937 -0.0584
w:pharmaceutical -0.061 0.0568 -0.0842 0.0885
w:pharmacological 0.0834 -0.0252 -0.0642 0.0061
w:phase -0.015 -0.0316 0.0419 0.0048
w:phases -0.1034 -0.0531 0.1358 0.0206
w:physical 0.2969 -0.1865 -0.1264 0.0163
w:physician -0.0368 0.0869 -0.0134 -0.0367
w:physiological -0.0294 -0.0986 0.1566 -0.0285
w:pilot 0.0003 0.0448 -0.0706 0.0256
w:place 0.004 -0.0482 0.0249 0.0193
w:placebo 0.3171 0.1468 -0.0551 -0.4086
w:placed -0.078 0.1574 -0.1114 0.032
w:placement 0.0463 0.036 -0.0561 -0.0261
w:plain -0.1819 -0.0495 -0.0278 0.2597
w:plane -0.0281 0.0305 0.0034 -0.0058
w:planned -0.0588 -0.0619 -0.1702 0.2909
w:plasma -0.1252 0.1259 -0.2441 0.2436
w:plate 0.0596 -0.031 -0.1795 0.151
w:platelet -0.0935 0.1231 -0.1454 0.1158
w:platform -0.029 0.0477 -0.0129 -0.0057
w:play -0.1071 -0.0398 0.3443 -0.1974
w:plays 0.1541 -0.1154 -0.0262 -0.0124
w:pleural -0.0733 0.0001 -0.0374 0.1106
w:plus -0.1414 0.1301 -0.0683 0.0797
w:pneumonia -0.0977 0.0578 0.0186 0.0212
w:point -0.0338 0.0575 0.0568 -0.0806
w:points -0.025 0.0868 -0.0249 -0.0369
w:polymerase 0.0223 0.1056 -0.1177 -0.0103
w:polymorphism -0.1539 0.1191 -0.0187 0.0536
w:polymorphisms 0.0885 0.0243 -0.1064 -0.0063
w:pool -0.1662 -0.018 0.0151 0.1691
w:pooled -0.213 0.0491 0.2506 -0.0867
w:poor -0.0009 -0.26 0.0658 0.195
w:poorly -0.0033 -0.196 0.2377 -0.0384
w:population -0.0328 -0.0322 -0.3676 0.4325
w:populations 0.1147 -0.1218 -0.069 0.0762
w:portal -0.0286 0.0904 -0.1814 0.1196
w:portion -0.0144 -0.0275 0.067 -0.0251
w:position 0.0229 0.0328 0.0515 -0.1072
w:positive -0.1219 -0.0495 0.3082 -0.1368
w:positively -0.0018 -0.0937 -0.0433 0.1388
w:possibility -0.0201 0.0164 -0.0528 0.0564
w:possible -0.0366 0.1522 0.0827 -0.1982
w:possibly 0.0261 -0.0505 -0.0358 0.0601
w:post 0.2286 0.1302 -0.1551 -0.2037
w:posterior 0.0171 0.3013 -0.1478 -0.1706
w:postoperative 0.1008 0.1401 -0.1397 -0.1013
w:postoperatively 0.0496 0.1822 -0.2 -0.0318
w:postpartum -0.0401 0.2006 -0.2478 0.0872
w:posttraumatic 0.1238 -0.1231 -0.1369 0.1362
w:potential 0.269 -0.3351 0.2258 -0.1597
w:potentially -0.0867 0.0951 -0.1156 0.1071
w:power -0.073 0.1905 -0.1681 0.0506
w:practice -0.0937 0.1624 0.1282 -0.197
w:practices -0.0587 0.2037 -0.1564 0.0114
w:practitioners 0.058 -0.0544 -0.0234 0.0198
w:pre 0.1906 -0.1579 0.0767 -0.1093
w:predict 0.0983 -0.3251 0.2424 -0.0156
w:predicted 0.0142 0.2284 0.0287 -0.2713
w:predicting 0.0515 -0.0185 -0.0459 0.0129
w:prediction 0.0143 0.0371 0.1142 -0.1655
w:predictive 0.0109 -0.0224 -0.0342 0.0456
w:predictor -0.0039 -0.0579 -0.0716 0.1334
w:predictors 0.1841 -0.0971 -0.0185 -0.0685
w:predisposing 0.161 -0.351 0.0847 0.1054
w:predominant -0.0118 -0.1564 -0.1931 0.3613
w:predominantly -0.0033 -0.1251 0.2118 -0.0834
w:preferences 0.0583 -0.1104 -0.0031 0.0552
w:preferred 0.1816 -0.1483 0.0268 -0.0601
w:pregnancy -0.1836 0.4523 0.0068 -0.2755
w:preliminary -0.0472 0.0673 -0.111 0.091
w:preoperative 0.2135 -0.0844 -0.2861 0.157
w:preoperatively -0.0195 -0.1532 0.2508 -0.078
w:preparation -0.0035 -0.0539 0.3031 -0.2456
w:prescribed 0.0251 -0.2319 0.1361 0.0708
w:presence -0.1842 0.466 -0.1494 -0.1324
w:present 0.7056 -0.3917 -0.1276 -0.1863
w:presentation 0.1436 -0.3343 0.2861 -0.0953
w:presented 0.0092 0.2315 -0.2364 -0.0044
w:presenting -0.242 0.3368 -0.0962 0.0014
w:preserved -0.0581 -0.2259 0.0734 0.2106
w:pressure 0.1023 0.1197 0.0128 -0.2348
w:pretreatment 0.0464 -0.0459 0.1039 -0.1045
w:prevalence 0.0731 -0.1875 0.2123 -0.0979
w:prevalent -0.0672 -0.0362 0.1218 -0.0184
w:prevent 0.0252 -0.2679 0.1598 0.0829
w:prevented -0.0242 0.1828 -0.0241 -0.1346
w:preventing 0.3153 -0.2974 0.1976 -0.2155
w:prevention 0.0627 -0.0658 -0.0843 0.0874
w:preventive 0.1079 -0.1234 0.0182 -0.0026
w:previous -0.3142 0.0661 0.1943 0.0536
w:previously 0.1221 0.2814 -0.5774 0.1741
w:primarily -0.1127 -0.1096 0.0013 0.2211
w:primary -0.2612 0.3094 -0.0457 -0.0025
w:prior 0.1634 0.2007 -0.2097 -0.1544
w:private -0.205 0.2973 -0.0842 -0.0081
w:probability -0.012 -0.0192 -0.0632 0.0945
w:probably -0.0049 0.1308 -0.2201 0.0942
w:problem 0.1018 0.0202 -0.1207 -0.0013
w:problems 0.1255 0.0151 -0.2435 0.103
w:procedural -0.0019 -0.028 0.1628 -0.1329
w:procedure 0.2676 -0.1549 -0.2727 0.1601
w:procedures -0.0589 0.3154 -0.2466 -0.0099
w:proceedings -0.0729 0.1118 -0.0306 -0.0083
w:process -0.0984 0.1476 0.2221 -0.2714
w:processes -0.1275 -0.0221 0.0649 0.0847
w:processing -0.0179 -0.0172 0.0636 -0.0285
w:produce 0.005 -0.0673 -0.1574 0.2197
w:produced 0.0031 -0.1722 0.2335 -0.0643
w:produces 0.0125 -0.0313 -0.0009 0.0197
w:producing 0.0989 -0.1246 0.0952 -0.0695
w:product -0.0146 0.049 0.1188 -0.1532
w:production -0.0414 -0.1603 0.4568 -0.2551
w:products 0.016 -0.0128 -0.0156 0.0123
w:profile -0.0018 0.0357 -0.0177 -0.0161
w:prognosis -0.0601 -0.0909 0.3118 -0.1609
w:prognostic 0.2691 -0.0477 -0.12 -0.1014
w:program 0.3446 0.0115 -0.3488 -0.0073
w:programme -0.017 -0.1359 0.205 -0.0523
w:programs 0.0292 -0.1171 0.2091 -0.1213
w:progressing -0.2605 0.4545 -0.193 -0.001
w:progression 0.0856 -0.0219 -0.0725 0.0088
w:progressive 0.0685 0.0736 -0.1231 -0.019
w:project 0.079 0.0841 -0.1068 -0.0562
w:prolonged 0.075 -0.1347 -0.0178 0.0775
w:promising 0.1224 -0.0848 -0.1074 0.0698
w:promote 0.0516 -0.0513 -0.0155 0.0152
w:prompt -0.0579 0.0909 0.1519 -0.1849
w:proper 0.0495 -0.0437 0.0073 -0.013
w:properties -0.006 0.0878 -0.0901 0.0083
w:prophylactic 0.0051 0.1968 -0.1552 -0.0467
w:prophylaxis 0.3933 -0.1583 -0.1026 -0.1324
w:propofol 0.0106 0.0916 -0.1352 0.033
w:proportion -0.2296 0.3468 -0.2389 0.1219
w:proportional -0.0433 -0.0363 0.1361 -0.0565
w:proportions -0.0077 0.0281 0.111 -0.1314
w:proposed -0.1674 0.0799 -0.2467 0.3342
w:prospective -0.1996 0.4504 -0.2291 -0.021
w:prospectively -0.0187 0.2119 -0.1885 -0.0047
w:prostaglandin -0.0019 -0.024 0.0654 -0.0395
w:protection -0.0164 0.0001 0.0452 -0.0289
w:protective -0.0274 0.0919 0.1752 -0.2397
w:protein 0.2987 -0.3134 0.0475 -0.0328
w:proteins -0.1442 -0.1552 0.2167 0.0827
w:protocol -0.091 0.0266 0.0725 -0.0081
w:protocols 0.1101 0.018 -0.0565 -0.0716
w:proved 0.0051 0.297 -0.0465 -0.2556
w:proven 0.0335 0.1118 -0.1179 -0.0273
w:provide 0.0876 -0.2248 0.0678 0.0695
w:provided -0.2687 0.1475 0.1357 -0.0145
w:providers -0.0162 -0.0395 -0.109 0.1647
w:provides 0.1517 -0.0948 -0.1125 0.0555
w:providing -0.094 -0.2206 0.2589 0.0557
w:pruritus -0.0096 -0.081 0.1593 -0.0687
w:psoas -0.0371 0.1198 0.0515 -0.1338
w:psychiatric -0.1619 0.1556 0.0396 -0.0332
w:psychological 0.2148 -0.2622 -0.201 0.2486
w:psychosocial -0.0667 0.0383 0.1133 -0.0849
w:ptsd 0.0479 -0.0834 -0.0189 0.0544
w:public 0.0484 0.0551 -0.2165 0.1131
w:publication -0.1556 0.486 -0.1751 -0.1551
w:published 0.3268 -0.108 -0.3923 0.1736
w:pubmed -0.026 0.0539 -0.0219 -0.0061
w:pulmonary 0.2363 -0.0356 0.0126 -0.2135
w:pump 0.0872 -0.1012 -0.049 0.063
w:puncture -0.1023 0.0348 0.0871 -0.0196
w:purpose 0.2438 -0.235 -0.0317 0.0228
w:pus 0.0012 -0.1657 0.0563 0.1083
w:pyogenic -0.3691 0.2571 -0.0621 0.1741
w:pyomyositis -0.023 0.1641 -0.1578 0.0166
w:qol -0.1647 -0.1662 0.3379 -0.007
w:qualitative -0.0127 0.2646 -0.0835 -0.1685
w:quality -0.0746 -0.0615 0.0585 0.0773
w:quantified -0.0011 0.2186 -0.2145 -0.0032
w:quantitative -0.0282 -0.0103 0.0635 -0.025
w:quasi -0.0857 0.0339 0.0723 -0.0205
w:question 0.2106 -0.2545 -0.2916 0.3358
w:questioned -0.037 0.3136 -0.1959 -0.0808
w:questionnaire -0.3746 0.5714 -0.1018 -0.095
w:questionnaires -0.0868 0.2363 -0.2191 0.0697
w:questions -0.1192 0.2033 -0.0505 -0.0337
w:r -0.0989 0.0904 0.2099 -0.2015
w:radiation 0.0096 -0.0337 0.0358 -0.0117
w:radiograph -0.1532 0.1015 0.0796 -0.0279
w:radiographic -0.0595 0.1851 -0.1472 0.0215
w:radiographs -0.0275 0.0598 0.0937 -0.126
w:radiography -0.0016 0.019 -0.0133 -0.004
w:radiological -0.1602 0.0148 0.1724 -0.0271
w:radiotherapy 0.2332 -0.0181 -0.2051 -0.0101
w:raised -0.0059 -0.119 0.0934 0.0315
w:random -0.1463 0.5098 -0.2452 -0.1185
w:randomisation -0.0567 0.1279 -0.0816 0.0104
w:randomised -0.404 0.6438 -0.1545 -0.0849
w:randomization -0.1346 0.0099 0.1079 0.0168
w:randomized 0.2067 0.4935 -0.555 -0.1452
w:randomly -0.2307 0.8036 -0.5686 -0.0044
w:range 0.0008 -0.5632 0.3882 0.1744
w:ranged -0.0996 -0.1738 0.2414 0.0322
w:ranging -0.082 -0.2502 0.3377 -0.0055
w:rapid -0.1427 0.0114 0.0891 0.0422
w:rapidly 0.044 -0.0798 0.0979 -0.0621
w:rare -0.0049 -0.3069 -0.1011 0.4131
w:rarely 0.1892 -0.2126 0.0337 -0.0102
w:rash -0.01 -0.1049 0.115 -0.0001
w:rate 0.3674 -0.0473 -0.2935 -0.0271
w:rated -0.2229 0.1185 0.1708 -0.0663
w:rates -0.173 0.1317 -0.1801 0.2216
w:rather -0.1127 0.0452 -0.0313 0.0989
w:rating -0.0907 0.3426 -0.0363 -0.2157
w:ratings -0.0612 0.1371 -0.0305 -0.0454
w:ratio -0.1851 0.0086 0.1149 0.0615
w:ratios -0.09 0.4318 -0.6555 0.3137
w:rats -0.1227 0.0349 0.1384 -0.0506
w:rct -0.2308 0.2254 0.0105 -0.0052
w:rcts -0.3647 -0.2591 0.3164 0.3074
w:re -0.0181 -0.3848 0.4532 -0.0502
w:reach -0.0899 0.3869 -0.2697 -0.0272
w:reached 0.0134 -0.109 0.1386 -0.0429
w:reaching 0.0037 0.0057 0.0834 -0.0929
w:reaction -0.0143 0.1303 -0.1334 0.0174
w:reactions 0.143 -0.3117 -0.0506 0.2193
w:reactive -0.074 0.09 -0.0038 -0.0122
w:real -0.0039 -0.0462 0.0642 -0.0141
w:reason -0.0264 0.0096 0.067 -0.0502
w:reasons 0.5067 -0.1078 -0.3464 -0.0526
w:receive 0.1341 0.4229 -0.4976 -0.0592
w:received 0.0277 0.4477 -0.4365 -0.0388
w:receiver -0.0334 0.0057 0.0711 -0.0434
w:receiving -0.1476 0.2539 -0.1447 0.0384
w:recent 0.5371 -0.4189 0.1274 -0.2454
w:recently 0.2045 -0.1723 -0.1008 0.0687
w:receptor 0.0011 0.0761 0.02 -0.0972
w:recipients 0.081 0.0227 -0.0139 -0.0899
w:recognition -0.1004 0.0975 -0.039 0.042
w:recombinant 0.0255 0.0746 -0.0938 -0.0063
w:recommend 0.0254 -0.0495 -0.0172 0.0414
w:recommendations 0.1872 0.1086 -0.2873 -0.0085
w:recommended 0.1155 -0.1174 0.1612 -0.1592
w:reconstruction -0.0022 0.0117 -0.1206 0.1111
w:record -0.184 0.2067 -0.0813 0.0587
w:recorded -0.0904 0.5194 -0.6483 0.2191
w:records -0.2073 0.2406 -0.0014 -0.0319
w:recovered -0.0455 0.6861 -0.1518 -0.4888
w:recovery 0.5988 -0.2231 -0.1749 -0.2008
w:recruited -0.1274 0.2661 -0.1763 0.0376
w:recruitment 0.028 0.1946 -0.0575 -0.1651
w:recurrence -0.086 0.3394 -0.3407 0.0872
w:recurrences 0.0347 -0.1603 0.1475 -0.0218
w:recurrent 0.0834 0.2562 -0.1673 -0.1723
w:red -0.0031 0.045 0.0423 -0.0842
w:reduce 0.1083 -0.1261 -0.043 0.061
w:reduced -0.0422 -0.4934 0.461 0.0748
w:reduces 0.228 -0.2487 -0.0951 0.1159
w:reducing 0.0443 -0.2225 -0.1506 0.3288
w:reduction 0.1158 -0.0764 0.364 -0.4037
w:reductions -0.0478 -0.1197 0.152 0.0155
w:reference -0.1085 0.2944 0.0863 -0.2721
w:references -0.1402 0.2249 -0.067 -0.0178
w:referral -0.0175 0.1575 -0.1392 -0.0008
w:referred 0.1535 -0.1453 -0.009 0.0009
w:reflect 0.0464 -0.096 -0.0312 0.0807
w:refraction -0.0205 -0.0034 0.0683 -0.0443
w:refractive -0.0752 0.237 -0.162 0.0002
w:refractory -0.0236 -0.0389 0.0452 0.0173
w:refute -0.0269 -0.0059 -0.0615 0.0944
w:regard -0.003 0.0504 -0.1978 0.1503
w:regarding 0.0364 -0.0727 0.0956 -0.0593
w:regardless -0.0301 0.0061 -0.0752 0.0992
w:regimen -0.0287 -0.0991 0.0622 0.0655
w:regimens 0.1866 -0.0907 -0.2166 0.1206
w:region -0.0127 -0.2687 0.2332 0.0483
w:regional 0.181 -0.1598 -0.0442 0.0231
w:regions -0.0352 -0.0629 0.2736 -0.1756
w:register 0.0097 0.1202 -0.0672 -0.0623
w:registers -0.0232 0.035 -0.0637 0.0519
w:registries 0.0421 0.0008 -0.0288 -0.0141
w:registry -0.1612 0.066 0.1099 -0.0145
w:regression -0.2394 0.4398 0.0513 -0.2516
w:regular 0.0018 0.1693 -0.0208 -0.1503
w:regularly 0.0222 0.0335 -0.0643 0.0087
w:relapse -0.1656 -0.1338 0.1096 0.1899
w:related -0.1189 0.0937 0.3246 -0.2995
w:relating -0.0476 0.1671 -0.1191 -0.0004
w:relation 0.1318 -0.0336 -0.016 -0.0822
w:relationship 0.0415 0.1244 -0.1061 -0.0597
w:relative 0.0089 -0.1099 -0.0506 0.1515
w:relatively -0.0587 0.0878 0.0457 -0.0747
w:release -0.019 -0.0951 0.1547 -0.0406
w:relevance -0.0081 -0.0086 -0.1677 0.1845
w:relevant -0.1902 0.3587 -0.1092 -0.0593
w:reliable -0.0062 -0.0018 -0.0653 0.0733
w:reliably -0.0144 -0.05 -0.0274 0.0918
w:relief 0.1105 -0.1021 -0.2395 0.2312
w:relieve 0.0163 0.0099 -0.0298 0.0037
w:remain 0.0522 0.2636 -0.1196 -0.1962
w:remained -0.041 -0.2681 0.5149 -0.2058
w:remaining -0.0321 -0.2864 0.3691 -0.0506
w:remains 0.1627 -0.2406 -0.0077 0.0856
w:remission -0.1257 -0.0222 0.0857 0.0624
w:removal 0.0856 -0.1787 0.225 -0.1319
w:remove -0.0259 0.0311 -0.0628 0.0576
w:removed 0.2647 0.172 -0.2132 -0.2234
w:renal -0.0284 0.1598 0.093 -0.2244
w:reoperation -0.1066 0.0775 -0.044 0.0731
w:repeat -0.056 -0.0438 0.1992 -0.0994
w:repeated -0.1462 0.0984 0.1273 -0.0795
w:reperfusion -0.048 0.0696 -0.2677 0.2461
w:replaced -0.006 0.2089 -0.148 -0.0549
w:replacement 0.0424 0.1269 -0.0194 -0.15
w:report -0.1984 0.0289 -0.3152 0.485
w:reported -0.2605 -0.7321 0.5702 0.4219
w:reporting 0.3142 -0.3711 0.0496 0.0073
w:reports 0.154 0.2703 -0.2628 -0.1614
w:represent -0.0463 -0.0438 0.1909 -0.1007
w:representing -0.0629 0.3175 -0.2055 -0.0491
w:represents -0.0015 -0.0681 -0.0845 0.1541
w:reproductive -0.0868 0.0201 0.0753 -0.0086
w:require 0.032 -0.0052 -0.1572 0.1303
w:required 0.1057 0.0354 -0.001 -0.1402
w:requirement -0.0292 -0.0851 0.0113 0.103
w:requirements -0.0782 0.1361 -0.0292 -0.0287
w:requires -0.0185 -0.0197 -0.0573 0.0955
w:requiring 0.0232 0.0754 -0.0732 -0.0254
w:rescue 0.2588 -0.1055 -0.0108 -0.1426
w:research 0.0503 0.0226 0.0031 -0.0759
w:researchers -0.0661 -0.0449 -0.2256 0.3375
w:resection -0.1003 0.1331 -0.0205 -0.0124
w:residual 0.1327 -0.0107 -0.0711 -0.0509
w:resistance 0.017 -0.0198 -0.1561 0.1589
w:resistant -0.0332 0.5597 -0.4798 -0.0467
w:resolution -0.1296 -0.2455 0.1549 0.22
w:resolved -0.0472 0.0268 0.1341 -0.1138
w:resonance 0.0467 0.22 -0.1135 -0.1532
w:resource 0.0235 -0.0428 -0.0449 0.0643
w:resources 0.1898 0.0034 -0.1652 -0.028
w:respect 0.3426 -0.0155 -0.3913 0.0641
w:respective -0.0125 0.004 0.1536 -0.1451
w:respectively -0.0911 0.1553 0.2808 -0.3448
w:respiratory -0.0691 -0.0574 0.1731 -0.0466
w:respond -0.0132 0.0445 -0.0104 -0.0208
w:responded -0.0242 -0.042 0.0968 -0.0306
w:responders -0.0131 -0.0196 -0.0802 0.1129
w:response 0.2664 -0.199 0.1982 -0.2655
w:responses -0.0546 0.0689 -0.1138 0.0995
w:responsible 0.0366 0.0234 -0.1679 0.1079
w:rest 0.1156 -0.1889 -0.1229 0.1962
w:restoration -0.0259 -0.0709 0.0191 0.0778
w:restored 0.3187 -0.1328 -0.0721 -0.1138
w:restricted -0.0116 -0.0832 0.0647 0.0301
w:restriction -0.1452 0.1191 0.0271 -0.001
w:restrictions -0.1346 0.2411 -0.0885 -0.018
w:result -0.2028 -0.0979 0.5939 -0.2932
w:resulted -0.1246 -0.2535 0.2795 0.0986
w:resulting 0.0632 -0.1287 -0.0012 0.0667
w:results 0.1201 -0.1119 -0.0815 0.0737
w:retention -0.1529 0.1169 0.1085 -0.0725
w:retrieved -0.0768 0.2264 -0.1725 0.023
w:retrospective -0.6004 0.8451 -0.2628 0.0183
w:retrospectively -0.1241 0.415 -0.2532 -0.0376
w:return 0.2079 -0.1132 0.1097 -0.2044
w:returned 0.0155 -0.1373 0.2479 -0.126
w:revealed 0.1936 -0.0152 0.2018 -0.3804
w:reverse -0.0133 -0.1526 0.1675 -0.0016
w:review -0.1747 0.0495 -0.0092 0.1357
w:reviewed -0.1124 0.4522 -0.1091 -0.2307
w:reviewers -0.01 0.1079 -0.0783 -0.0196
w:reviews -0.0373 -0.0604 0.2376 -0.1399
w:rifampicin -0.0112 0.2742 -0.2302 -0.0327
w:right 0.1025 -0.0056 0.0361 -0.133
w:rise 0.1068 -0.1973 0.1316 -0.0412
w:risk -0.0166 -0.2612 0.0933 0.1843
w:risks 0.0336 0.0155 0.0081 -0.0572
w:risperidone -0.0627 -0.0181 0.1143 -0.0334
w:robust -0.0139 -0.0421 -0.1661 0.2221
w:role 0.035 -0.1236 0.2485 -0.1601
w:room -0.0193 0.0447 0.026 -0.0514
w:root 0.2339 -0.6197 0.3235 0.0623
w:route -0.0167 0.2091 -0.067 -0.1255
w:routine 0.0409 0.0643 -0.3104 0.2053
w:routinely 0.0856 -0.0606 -0.0404 0.0153
w:rr -0.1254 0.2321 0.121 -0.2266
w:rt -0.1083 0.0401 0.065 0.0031
w:rule -0.0147 -0.1524 0.1373 0.0299
w:run -0.0266 -0.0409 0.0781 -0.0106
w:s -0.3786 0.2172 -0.2018 0.3632
w:safe 0.0268 -0.0449 -0.0242 0.0422
w:safety -0.0502 -0.0591 0.0259 0.0839
w:saline 0.0804 -0.0576 0.1192 -0.142
w:same 0.1045 -0.1525 -0.145 0.1932
w:sample -0.0501 0.1806 -0.1823 0.0517
w:samples -0.1005 0.396 -0.3854 0.0898
w:sampling -0.013 0.1029 -0.0841 -0.0058
w:satisfaction 0.3404 -0.1467 -0.1365 -0.0571
w:satisfactory -0.021 -0.0392 0.0484 0.0118
w:satisfied -0.0202 -0.2372 0.0882 0.1692
w:saturation -0.0607 0.0952 0.1327 -0.1673
w:scale -0.1514 0.6041 -0.2144 -0.2384
w:scales -0.0658 0.2975 -0.1534 -0.0783
w:scan -0.0796 0.2699 -0.1512 -0.0391
w:scans -0.1582 0.0725 0.1625 -0.0768
w:schedule 0.0236 0.1785 -0.1722 -0.03
w:scheduled -0.0492 0.0178 0.0526 -0.0212
w:schizophrenia 0.2194 0.0044 -0.2317 0.0079
w:school -0.0358 0.1118 -0.1008 0.0248
w:science -0.1036 0.1476 -0.0361 -0.0079
w:scopus -0.1078 0.0363 -0.1251 0.1967
w:score -0.0483 0.3453 0.1646 -0.4616
w:scored -0.2266 0.1161 0.1571 -0.0466
w:scores 0.6497 -0.3706 0.1559 -0.435
w:scoring -0.1045 0.292 -0.1905 0.0031
w:screened 0.0136 0.1145 -0.0815 -0.0466
w:screening 0.0026 0.0361 -0.2862 0.2475
w:sd -0.1019 0.2293 -0.0925 -0.0348
w:se -0.0655 -0.149 0.0563 0.1582
w:search -0.2548 0.3784 -0.3569 0.2334
w:searched -0.3547 0.538 -0.3961 0.212
w:searches -0.0502 0.1459 -0.0619 -0.0339
w:searching -0.099 0.1706 -0.104 0.0323
w:second 0.4134 -0.2572 -0.0203 -0.1361
w:secondary -0.2432 0.0435 0.2096 -0.0097
w:secretion 0.0348 -0.0056 -0.0918 0.0626
w:section 0.0014 -0.0042 -0.0563 0.0591
w:sectional -0.16 0.3426 -0.2191 0.0365
w:sedation -0.0831 0.0279 0.1783 -0.1231
w:sedimentation -0.05 0.0356 0.0152 -0.0008
w:see 0.1394 -0.1687 -0.1181 0.1475
w:seem -0.002 -0.0004 -0.0044 0.0068
w:seemed -0.0084 -0.0035 0.2178 -0.2058
w:seems -0.006 -0.0279 0.0391 -0.0053
w:seen 0.2122 -0.1901 -0.0292 0.0071
w:segment -0.0427 0.1204 0.0764 -0.154
w:select -0.0201 0.0452 -0.0484 0.0234
w:selected 0.0873 0.1403 -0.3211 0.0938
w:selection 0.0099 -0.1403 0.192 -0.0617
w:selective 0.0958 -0.1534 0.1182 -0.0606
w:self -0.099 0.2417 -0.0194 -0.1234
w:sensation -0.116 0.2103 -0.0657 -0.0286
w:sensitive 0.1709 -0.0942 -0.0179 -0.0588
w:sensitivity -0.1493 0.2127 -0.1056 0.0422
w:sensory 0.0548 0.0658 -0.1314 0.0109
w:separate -0.0196 0.1019 -0.0807 -0.0016
w:separated 0.3844 -0.2811 -0.1036 0.0003
w:sepsis 0.0597 -0.2177 0.2948 -0.1369
w:september 0.0471 -0.1833 0.0356 0.1006
w:septic 0.1102 -0.373 -0.0455 0.3084
w:sequence -0.0309 0.1042 0.0469 -0.1202
w:sequences 0.2371 -0.1117 -0.007 -0.1184
w:sequencing -0.0463 -0.013 0.0628 -0.0035
w:serial -0.0149 -0.2279 0.1192 0.1235
w:series -0.3346 0.4761 -0.1856 0.0442
w:serious -0.1946 -0.07 -0.0224 0.2873
w:serum 0.013 0.528 -0.5238 -0.0173
w:service -0.038 0.089 0.1049 -0.1558
w:services 0.0272 0.0052 0.1635 -0.1958
w:sessions 0.1574 0.2694 -0.3987 -0.0281
w:set -0.2241 0.2375 -0.0757 0.0624
w:setting 0.1664 -0.0207 -0.1343 -0.0114
w:settings 0.0509 -0.0978 0.0621 -0.0151
w:seven -0.0905 -0.1019 -0.1009 0.2934
w:seventeen -0.043 -0.0969 0.1794 -0.0395
w:seventy -0.0168 -0.0034 0.0375 -0.0173
w:several 0.1729 -0.018 0.0582 -0.2131
w:severe 0.0206 -0.3926 0.0072 0.3649
w:severity -0.0049 -0.0771 0.1215 -0.0396
w:sex -0.244 -0.0158 0.0949 0.1649
w:sexual 0.0572 0.0494 -0.1288 0.0223
w:sham 0.3154 -0.2882 -0.1193 0.092
w:shape 0.0723 0.0525 -0.1283 0.0035
w:she 0.3173 0.165 -0.4041 -0.0782
w:shift -0.0226 -0.11 0.2448 -0.1122
w:short -0.1664 -0.1061 0.353 -0.0805
w:shorter 0.1174 -0.098 0.0379 -0.0574
w:should -0.0641 -0.2085 -0.1064 0.3802
w:show 0.1361 -0.0142 0.1462 -0.2682
w:showed -0.0852 -0.1894 0.0727 0.2014
w:shown 0.2177 -0.3971 0.0494 0.1303
w:shows -0.1096 -0.1701 0.2962 -0.0165
w:side 0.292 0.0738 -0.2638 -0.1017
w:sided 0.1254 0.0428 -0.159 -0.0092
w:significance 0.0204 0.423 -0.3481 -0.0953
w:significant 0.0644 -0.1106 -0.146 0.2061
w:significantly -0.1592 -0.124 0.0257 0.2736
w:signs -0.0929 -0.0455 0.2457 -0.1073
w:similar -0.2037 -0.4536 0.563 0.095
w:similarly 0.1808 -0.3068 0.1098 0.0162
w:simple 0.2101 -0.0735 -0.1914 0.0548
w:simultaneous 0.0476 0.2112 -0.1873 -0.0715
w:simultaneously -0.0348 0.0568 0.0466 -0.0685
w:since 0.0109 -0.0616 0.1802 -0.1295
w:single -0.1155 0.3567 -0.0568 -0.1844
w:sinus 0.2646 -0.0869 -0.3749 0.1974
w:sinuses -0.0031 0.0751 -0.1126 0.0406
w:site 0.0014 0.1699 -0.0734 -0.0979
w:sites 0.4143 -0.1176 -0.1681 -0.1287
w:situ -0.0464 0.189 -0.132 -0.0107
w:situations 0.012 -0.0028 -0.0058 -0.0034
w:six -0.3092 -0.2037 0.3295 0.1832
w:sixty 0.1216 -0.2483 0.1406 -0.0138
w:size -0.1828 0.3372 -0.1912 0.0368
w:sizes -0.0357 -0.0071 -0.1018 0.1446
w:skeletal -0.1705 -0.2174 0.196 0.192
w:skills -0.1084 0.0905 -0.0777 0.0957
w:skin -0.03 0.2546 -0.2196 -0.0049
w:sleep -0.0195 0.1039 -0.0526 -0.0318
w:slight -0.0241 -0.1377 0.3017 -0.1399
w:slightly -0.0091 -0.0011 -0.0442 0.0544
w:slow -0.0058 0.2901 -0.4182 0.1338
w:slower 0.116 -0.1418 0.0179 0.0079
w:small 0.1926 -0.4662 -0.0241 0.2991
w:smaller 0.2273 -0.3892 0.1727 -0.0108
w:smokers -0.0452 0.3489 -0.3004 -0.0032
w:smoking 0.2207 -0.1661 -0.0148 -0.0399
w:so 0.0853 -0.1058 0.1505 -0.1298
w:social -0.117 0.1154 0.0983 -0.0967
w:society -0.0354 0.1068 -0.0681 -0.0033
w:soft 0.0525 0.0137 -0.1151 0.0489
w:software -0.011 0.1641 -0.1474 -0.0057
w:solid -0.1039 0.168 0.1306 -0.1947
w:solution 0.0201 0.0356 0.044 -0.0998
w:some 0.0232 -0.3515 0.1833 0.1452
w:sometimes 0.0849 -0.0909 -0.0053 0.0113
w:somewhat -0.0092 -0.0213 0.1409 -0.1103
w:soon -0.0314 -0.1051 0.1529 -0.0165
w:sought 0.2934 -0.2543 -0.0406 0.0015
w:sound -0.1341 0.2069 -0.0027 -0.0701
w:source -0.1467 0.0979 0.1904 -0.1416
w:sources -0.0932 0.0199 0.2125 -0.1392
w:south 0.1092 -0.0692 -0.0747 0.0347
w:space -0.0724 0.2665 -0.0591 -0.135
w:special 0.0679 -0.0711 0.0073 -0.004
w:specialised 0.0882 -0.0398 -0.0167 -0.0317
w:specialist -0.0033 0.0949 -0.0725 -0.019
w:species -0.1464 -0.0931 0.1921 0.0474
w:specific 0.1243 0.006 -0.2127 0.0825
w:specifically -0.1825 -0.0793 -0.2745 0.5363
w:specificity 0.1253 0.1109 -0.1337 -0.1024
w:specimens -0.1595 0.1497 0.0287 -0.0189
w:spectrum 0.2815 0.0051 -0.1999 -0.0867
w:speech 0.093 0.0076 0.0468 -0.1475
w:speed 0.1768 -0.1003 0.0988 -0.1753
w:spent -0.0195 0.0795 -0.0266 -0.0334
w:sperm -0.0508 0.2072 -0.1587 0.0022
w:spherical -0.0644 0.0201 0.0552 -0.0109
w:spinal 0.067 0.1992 0.247 -0.5135
w:spine 0.0414 0.1688 -0.2223 0.0122
w:spondylitis -0.1941 0.1748 -0.0427 0.062
w:spondylodiscitis 0.0995 -0.0366 0.0177 -0.0806
w:spontaneous -0.0074 0.2655 -0.2374 -0.0206
w:spread -0.052 0.1264 0.0159 -0.0903
w:spreading 0.0312 0.0308 -0.0567 -0.0054
w:square -0.0808 -0.1265 0.2175 -0.0102
w:st 0.178 -0.1305 -0.0441 -0.0034
w:stability -0.0174 -0.0675 0.1453 -0.0603
w:stable 0.0831 0.0536 -0.2947 0.1581
w:staff 0.0271 -0.0314 0.2412 -0.237
w:stage 0.0681 -0.1844 -0.0428 0.1592
w:stages 0.0272 -0.2468 0.3839 -0.1643
w:staining -0.0161 0.1464 -0.0503 -0.08
w:standard 0.0507 -0.0245 0.0252 -0.0514
w:standardised -0.0913 0.2037 -0.1751 0.0627
w:standardized -0.1022 0.2028 -0.1096 0.009
w:staphylococcus 0.0353 0.1824 -0.2568 0.0391
w:start -0.0143 0.1025 -0.1055 0.0173
w:started -0.0445 0.0614 0.0918 -0.1088
w:starting -0.0954 0.0872 -0.1166 0.1248
w:state -0.0925 0.4045 -0.281 -0.0311
w:states -0.1783 0.1398 0.0689 -0.0304
w:statistic -0.0612 0.2487 -0.0903 -0.0972
w:statistical 0.0994 -0.0151 0.0234 -0.1076
w:statistically -0.1992 0.2471 0.0163 -0.0637
w:status 0.5486 -0.1929 -0.3534 -0.0022
w:stay 0.1135 -0.25 -0.1655 0.3021
w:stem 0.1249 -0.0996 -0.0262 0.0008
w:stenosis 0.035 0.0687 0.0099 -0.1135
w:stent -0.1813 0.1549 0.12 -0.0936
w:step 0.0229 -0.0256 0.0533 -0.0505
w:steps -0.1077 0.08 0.0788 -0.051
w:steroid 0.2195 -0.2732 0.101 -0.0473
w:steroids -0.0068 0.076 -0.0937 0.0245
w:still 0.032 -0.1264 0.2062 -0.1117
w:stimulating 0.1195 -0.0823 0.027 -0.0642
w:stimulation -0.1107 0.5827 -0.3838 -0.0882
w:stomach -0.0292 -0.1615 0.0964 0.0942
w:stop -0.0033 0.3033 -0.4157 0.1158
w:stopping 0.0135 0.029 -0.0075 -0.0351
w:strain -0.038 -0.0032 0.1102 -0.0689
w:strategies -0.1308 -0.0298 0.1619 -0.0013
w:strategy 0.1936 -0.2086 -0.0333 0.0483
w:stratification -0.1543 -0.0356 0.0857 0.1042
w:stratified -0.1421 0.5085 -0.3197 -0.0467
w:strength -0.1024 0.0377 -0.0743 0.139
w:streptococcus -0.2565 -0.1792 0.0066 0.4291
w:stress 0.0672 -0.1329 0.2359 -0.1702
w:stroke 0.0917 -0.1488 0.1287 -0.0717
w:strong -0.0491 0.2871 -0.2708 0.0329
w:strongly 0.1232 -0.1024 0.0454 -0.0662
w:structural 0.0865 0.0726 -0.0042 -0.1549
w:structure 0.0089 -0.1769 0.1931 -0.0251
w:structured -0.0427 0.1515 -0.0565 -0.0523
w:structures -0.1169 0.3015 -0.1517 -0.0329
w:studied 0.2665 -0.0196 -0.3794 0.1324
w:studies -0.7257 -0.6637 0.5188 0.8714
w:study -0.1179 0.0179 0.1134 -0.0138
w:sub -0.0237 -0.0591 -0.1545 0.2373
w:subacute 0.0678 -0.0199 -0.0747 0.0267
w:subcutaneous -0.0211 -0.0725 0.125 -0.0314
w:subgroup -0.0831 0.0433 0.2299 -0.19
w:subgroups -0.0606 0.0689 -0.0175 0.0092
w:subject -0.1202 0.2628 -0.1729 0.0304
w:subjective -0.1209 0.0233 0.1428 -0.0452
w:subjects 0.0208 -0.0142 0.2654 -0.2719
w:subsequent 0.2037 0.1775 -0.3911 0.01
w:subsequently -0.0005 -0.0627 0.0714 -0.0083
w:subset 0.082 -0.0505 -0.1111 0.0797
w:substantial -0.1181 -0.0063 0.1343 -0.0098
w:substantially 0.126 0.1024 -0.1324 -0.0961
w:subtype 0.0233 -0.1741 0.1566 -0.0058
w:success 0.1166 0.0229 -0.0996 -0.0399
w:successful 0.0013 -0.0937 0.3454 -0.253
w:successfully -0.2883 0.2039 -0.039 0.1233
w:such 0.1443 -0.1487 -0.0186 0.023
w:suffered -0.1484 0.1655 0.0752 -0.0923
w:suffering -0.0885 0.1638 -0.0713 -0.0039
w:sufficient -0.0225 -0.0944 -0.2708 0.3877
w:suggest 0.058 -0.046 -0.0948 0.082
w:suggested 0.1304 -0.2066 0.034 0.0422
w:suggesting -0.0492 -0.0476 -0.0434 0.1401
w:suggests -0.0232 -0.0024 -0.0695 0.0952
w:suitable 0.0018 -0.0043 -0.0188 0.0213
w:summary 0.0453 -0.1908 -0.3195 0.4654
w:superior -0.0354 -0.1259 0.1819 -0.0207
w:support 0.2069 -0.0578 -0.2232 0.0742
w:supported -0.0282 -0.1783 0.1541 0.0524
w:supporting -0.0481 0.0676 0.035 -0.0544
w:supports 0.0063 -0.0077 -0.0025 0.0038
w:suppression 0.0508 -0.1482 0.097 0.0004
w:surface 0.2075 0.0027 -0.3086 0.0984
w:surgeon 0.0167 -0.0377 0.0135 0.0076
w:surgeons 0.1309 -0.1948 -0.0983 0.1622
w:surgeries 0.1769 -0.0224 -0.1398 -0.0147
w:surgery -0.1344 -0.0964 0.032 0.1985
w:surgical 0.1058 -0.2664 0.089 0.0714
w:surgically -0.1103 0.1924 -0.0774 -0.0047
w:surrounding -0.0492 0.14 -0.1798 0.089
w:survey -0.3023 0.4727 -0.2723 0.1019
w:survival 0.0921 -0.2169 0.067 0.0577
w:susceptibility -0.0002 -0.0345 0.1088 -0.0741
w:suspected 0.0127 -0.2625 0.2098 0.04
w:suspicion -0.0184 -0.0359 -0.2245 0.2788
w:sustained -0.0025 -0.2458 0.1369 0.1114
w:swelling -0.246 0.1391 0.1553 -0.0484
w:symptom 0.0029 -0.0432 -0.1422 0.1826
w:symptomatic -0.0927 0.0164 -0.0094 0.0857
w:symptoms 0.5419 -0.4667 -0.1242 0.049
w:syndrome -0.1643 -0.1561 -0.0704 0.391
w:synthesis -0.0278 0.0176 0.1464 -0.1362
w:system 0.0461 0.6423 -0.3956 -0.293
w:systematic 0.1505 -0.0478 -0.0304 -0.0721
w:systematically 0.0912 0.0065 -0.0286 -0.0691
w:systemic 0.1747 0.0078 -0.0163 -0.1662
w:systems 0.0925 -0.1172 -0.0615 0.0863
w:systolic -0.0306 -0.088 0.0877 0.0309
w:t -0.1632 0.4113 -0.0392 -0.209
w:t1 -0.0329 0.0189 -0.0962 0.1102
w:t2 -0.0466 0.3964 -0.3078 -0.042
w:t3 -0.0421 0.2412 -0.2459 0.0467
w:t4 -0.0098 0.2419 -0.1411 -0.0909
w:take 0.014 -0.0373 0.1149 -0.0916
w:taken -0.0358 0.1276 -0.087 -0.0048
w:taking -0.0284 0.0736 -0.0343 -0.0108
w:target -0.2265 0.4119 0.013 -0.1982
w:targeted 0.009 -0.0832 -0.0096 0.0837
w:targets 0.1287 -0.1009 0.0815 -0.1093
w:tb 0.1645 -0.2036 0.0421 -0.003
w:teaching 0.281 -0.1512 -0.184 0.0541
w:team 0.1617 -0.2565 0.101 -0.0061
w:technique -0.1573 0.1564 -0.0742 0.0752
w:techniques 0.0555 -0.0713 -0.3388 0.3548
w:technology 0.0237 -0.1282 0.0917 0.0128
w:teeth 0.1356 -0.0912 -0.0328 -0.0117
w:telephone 0.0841 -0.2861 0.1839 0.0181
w:temperature -0.0194 0.1742 -0.1902 0.0354
w:ten -0.1896 0.2747 -0.1935 0.1084
w:tenderness -0.0381 0.1338 -0.1611 0.0654
w:term -0.1242 -0.1437 0.0171 0.2507
w:terms -0.0696 -0.3957 0.2169 0.2485
w:tertiary -0.2138 0.2782 -0.0493 -0.015
w:test -0.3381 0.9109 -0.232 -0.3406
w:tested 0.2056 0.0544 -0.2206 -0.0394
w:testing 0.1421 0.1289 -0.3092 0.0382
w:tests 0.0091 0.4719 -0.407 -0.0741
w:than -0.0343 -0.2346 0.2554 0.0148
w:that 0.118 -0.094 0.0975 -0.1209
w:the 0.2515 -0.12 -0.1391 -0.0609
w:their 0.0193 0.279 -0.2811 -0.0172
w:them -0.2993 -0.2414 0.2319 0.3088
w:then -0.08 0.23 -0.1731 0.023
w:theoretical 0.0004 -0.1087 0.026 0.0823
w:therapeutic 0.1417 -0.0374 0.0618 -0.1659
w:therapies 0.1274 -0.0902 0.1327 -0.1699
w:therapy 0.0301 -0.1348 0.1373 -0.0329
w:there 0.3197 -0.4789 0.0684 0.0914
w:thereafter -0.0451 0.0878 -0.0397 -0.003
w:therefore 0.3885 -0.3239 0.0037 -0.0681
w:these 0.2093 -0.3658 0.2227 -0.0659
w:they -0.0624 0.0425 -0.009 0.0289
w:thickness -0.0513 0.1009 0.069 -0.1186
w:third -0.1072 0.1381 -0.0233 -0.0077
w:thirty -0.134 -0.0087 0.1943 -0.0515
w:this 0.3015 -0.3752 -0.1902 0.263
w:thoracic 0.1542 -0.1479 0.0312 -0.0375
w:those -0.0581 0.0781 0.0623 -0.0823
w:though -0.0068 -0.0251 0.0237 0.0083
w:thought 0.0112 -0.0332 -0.0292 0.0513
w:threatening 0.226 -0.093 -0.1082 -0.0247
w:three -0.3329 -0.0943 0.3356 0.092
w:throat 0.0816 -0.1991 -0.0114 0.1288
w:thrombocytopenia -0.0068 -0.0728 -0.0257 0.1053
w:thrombosis 0.2345 -0.1763 0.0887 -0.147
w:through -0.0104 -0.0028 0.0402 -0.0269
w:throughout -0.009 -0.0547 0.0416 0.0221
w:thus -0.0439 -0.0135 0.0116 0.0459
w:time -0.4407 -0.1701 0.4332 0.1776
w:timely 0.0037 -0.0068 -0.003 0.0061
w:times 0.197 -0.2615 -0.3892 0.4538
w:timing 0.0833 0.0127 -0.0967 0.0007
w:tissue 0.0974 -0.0458 -0.0429 -0.0085
w:tissues -0.0895 0.0647 0.0441 -0.0193
w:to 0.2321 -0.3356 -0.0693 0.1202
w:together 0.1878 -0.1197 -0.0355 -0.0326
w:tolerability -0.1398 0.6085 -0.2195 -0.2493
w:tolerance -0.0871 0.0569 0.0118 0.0184
w:tolerated -0.0613 0.0979 -0.2673 0.2306
w:tomography -0.0807 0.1861 -0.0544 -0.0511
w:tone -0.0507 0.1867 -0.0217 -0.1143
w:too -0.0212 -0.1377 -0.2218 0.3806
w:took -0.0295 0.0266 -0.0399 0.0428
w:tool 0.0552 0.106 -0.0979 -0.0633
w:tools 0.0017 -0.0226 0.0535 -0.0326
w:tooth 0.2191 -0.2678 0.0799 -0.0312
w:top 0.0358 0.0054 -0.06 0.0188
w:topical -0.0323 -0.0856 0.1004 0.0174
w:total -0.0919 -0.2339 0.4577 -0.1316
w:toward 0.0383 0.0529 -0.0047 -0.0865
w:toxicity -0.102 -0.0605 0.2914 -0.1289
w:tract 0.0882 -0.0885 -0.1377 0.1379
w:traditional 0.0257 -0.211 0.0744 0.1109
w:training 0.3431 -0.0723 -0.197 -0.0738
w:transfer -0.0049 0.0543 0.0032 -0.0526
w:transient -0.0371 -0.014 0.095 -0.044
w:transmission 0.0576 -0.0008 -0.0654 0.0086
w:transplant 0.1783 -0.2765 0.1092 -0.011
w:transplantation -0.0632 0.1707 -0.0815 -0.026
w:transport 0.1194 -0.1327 0.0252 -0.0118
w:transporters 0.0962 -0.1321 -0.211 0.2468
w:transverse 0.0329 0.1605 -0.1948 0.0014
w:trauma -0.1705 0.294 -0.122 -0.0014
w:traumatic 0.0272 -0.0538 -0.0218 0.0483
w:treat -0.0344 0.0206 0.0003 0.0135
w:treated -0.0333 -0.0581 -0.298 0.3897
w:treating 0.0786 -0.0556 -0.0697 0.0467
w:treatment 0.3322 -0.1527 -0.1318 -0.0488
w:treatments 0.1598 -0.2173 -0.0361 0.0937
w:trend -0.0063 0.0509 0.2353 -0.28
w:trends 0.1168 -0.1421 0.0871 -0.0618
w:trial -0.3429 -0.0328 0.1759 0.1996
w:trials -0.7999 -0.3359 0.3329 0.8034
w:tube -0.0078 -0.023 -0.0178 0.0486
w:tuberculosis -0.1163 0.3717 -0.1865 -0.0687
w:tuberculous -0.0153 -0.0933 0.1237 -0.0151
w:tumor -0.0403 -0.2565 0.094 0.2028
w:tumors 0.0371 -0.1147 -0.0087 0.0865
w:twelve -0.1266 0.1029 0.0645 -0.0408
w:twenty -0.2253 0.1928 0.0967 -0.0642
w:twice -0.0056 0.1044 -0.0758 -0.0231
w:two -0.02 -0.0879 0.0785 0.029
w:type 0.0184 -0.0299 -0.0288 0.0402
w:types -0.2174 0.0258 0.2529 -0.0613
w:typical 0.0133 0.0346 -0.037 -0.0109
w:typically -0.034 -0.0596 0.0582 0.0354
w:u -0.0318 0.2923 -0.3059 0.0453
w:uk -0.0327 0.0294 -0.0215 0.0249
w:ulcer 0.1914 -0.0279 -0.3323 0.1689
w:ulcerative -0.0456 0.0422 -0.0354 0.0388
w:ultrasound -0.1001 0.1454 -0.2016 0.1564
w:unable -0.1089 -0.2798 0.3499 0.0388
w:uncertain -0.2675 -0.1803 0.5058 -0.0579
w:uncertainty 0.003 0.0878 -0.2374 0.1466
w:unchanged -0.0142 -0.2524 0.3115 -0.0448
w:unclear -0.1819 -0.2427 0.167 0.2577
w:uncommon 0.0745 -0.0684 -0.0574 0.0513
w:uncomplicated 0.0259 -0.0754 -0.0849 0.1345
w:uncorrected -0.0079 0.0073 0.002 -0.0013
w:under 0.182 -0.1061 -0.3146 0.2388
w:undergo 0.1057 -0.2512 0.1519 -0.0064
w:undergoing 0.049 0.2562 -0.4943 0.1891
w:undergone 0.1381 -0.154 0.0578 -0.0419
w:underlying 0.078 -0.2506 0.179 -0.0064
w:understand 0.0604 -0.0839 -0.0898 0.1133
w:understanding 0.0917 -0.0847 0.0003 -0.0073
w:understood 0.0286 -0.0084 -0.0102 -0.0099
w:undertaken 0.0845 -0.1473 0.0768 -0.0141
w:underwent -0.487 0.473 0.0311 -0.0171
w:unilateral 0.1202 -0.1812 0.0794 -0.0185
w:unique -0.0142 0.1358 -0.0075 -0.114
w:unit -0.1519 0.0254 0.0592 0.0673
w:united -0.0597 -0.0044 0.0847 -0.0206
w:units 0.1829 0.3411 -0.5109 -0.0131
w:university -0.5938 0.7346 -0.0664 -0.0737
w:unknown 0.2111 -0.2262 -0.0187 0.0339
w:unlike -0.0463 -0.0475 0.1071 -0.0134
w:unpublished -0.0266 0.1974 -0.1105 -0.0603
w:until -0.1326 0.2368 -0.2524 0.1481
w:untreated 0.0614 0.1504 0.0229 -0.2347
w:up -0.3606 0.1296 0.0763 0.1545
w:update 0.272 -0.4033 0.0821 0.0494
w:updated 0.0434 -0.2968 0.1919 0.0614
w:upon 0.0927 -0.1411 0.0718 -0.0233
w:upper 0.1232 0.1093 -0.4834 0.251
w:uptake -0.0385 0.0666 0.099 -0.1271
w:urban 0.0383 0.0111 -0.0465 -0.0029
w:urgent -0.0194 0.1182 -0.1188 0.02
w:urinary -0.1218 0.4947 -0.3153 -0.0576
w:urine 0.0323 -0.0443 -0.0028 0.0148
w:us -0.0533 0.1171 -0.0499 -0.014
w:usa -0.0668 -0.1055 -0.0138 0.186
w:use 0.0981 -0.0777 0.0611 -0.0805
w:used -0.2066 0.6379 -0.1675 -0.264
w:useful 0.0452 -0.0127 -0.0265 -0.0061
w:users -0.0435 -0.0777 0.2201 -0.099
w:uses -0.1908 0.0945 0.096 0.0004
w:using 0.0024 0.3836 -0.1189 -0.2671
w:usual -0.0471 0.1887 -0.078 -0.0635
w:usually 0.0587 -0.287 -0.1145 0.343
w:utilization -0.0262 0.2973 -0.0965 -0.1746
w:utilized -0.0431 0.1059 0.0707 -0.1336
w:v 0.089 -0.2116 0.2172 -0.0947
w:vaginal -0.0467 -0.0086 0.1021 -0.0468
w:valid 0.0915 -0.1186 -0.0501 0.0773
w:validated -0.0379 0.1823 -0.0179 -0.1265
w:validation -0.18 -0.0586 0.2911 -0.0524
w:validity -0.1099 0.1681 -0.0668 0.0087
w:valuable -0.0003 -0.0009 -0.0014 0.0026
w:value -0.0675 0.1143 0.1955 -0.2423
w:values -0.1738 -0.375 0.6507 -0.1019
w:valve 0.2853 -0.0332 -0.1408 -0.1113
w:variability -0.0219 -0.0033 -0.0915 0.1166
w:variable -0.0361 -0.0449 0.111 -0.0299
w:variables 0.1262 0.1148 -0.2006 -0.0403
w:variance -0.0137 0.1067 -0.0505 -0.0425
w:variation 0.1721 -0.2042 -0.0125 0.0446
w:variations 0.2059 -0.2219 -0.1652 0.1812
w:varied 0.0762 -0.444 0.2845 0.0833
w:variety 0.021 -0.3974 0.1988 0.1776
w:various 0.0376 0.2422 -0.2751 -0.0047
w:varying -0.0183 0.0347 -0.0138 -0.0027
w:vas -0.0699 0.0985 -0.1385 0.1101
w:vascular 0.2262 -0.2031 -0.1228 0.0997
w:vein 0.0962 -0.0573 -0.0035 -0.0355
w:velocity -0.0776 0.1147 -0.1391 0.1019
w:venous 0.2295 -0.0885 -0.0959 -0.0451
w:ventilated -0.0021 0.1348 -0.1372 0.0044
w:ventricular 0.0737 -0.0997 -0.041 0.067
w:verbal -0.0728 -0.0386 0.1222 -0.0108
w:version -0.0795 -0.1333 0.2349 -0.0221
w:versus -0.0583 -0.2258 0.2076 0.0766
w:vertebrae 0.0014 0.1689 -0.2814 0.111
w:vertebral -0.1986 0.335 -0.3272 0.1911
w:very 0.0977 -0.2784 0.0393 0.1417
w:vessels -0.0449 -0.0133 0.008 0.0502
w:via 0.0818 -0.0263 -0.2646 0.2091
w:video -0.112 0.2863 -0.0926 -0.0817
w:view -0.0069 0.0583 -0.1443 0.0929
w:virus 0.0639 0.0479 -0.1451 0.0333
w:visible 0.0252 -0.0145 -0.0034 -0.0074
w:vision -0.0645 0.1061 -0.0447 0.003
w:visit -0.0541 0.141 0.1627 -0.2495
w:visits -0.0367 0.0328 0.0944 -0.0904
w:visual -0.0981 0.2637 0.1026 -0.2682
w:vital 0.0183 0.0363 -0.0594 0.0048
w:vitamin 0.0402 -0.1561 0.0713 0.0446
w:vitro -0.2535 0.3922 -0.23 0.0913
w:vivo -0.1975 0.176 0.0395 -0.018
w:volume -0.151 -0.0337 0.3582 -0.1734
w:volumes -0.0811 0.1295 -0.152 0.1036
w:volunteers -0.1454 0.3105 0.0353 -0.2004
w:vomiting -0.0321 -0.0659 0.2379 -0.1398
w:vs 0.4157 -0.2278 -0.2512 0.0635
w:w -0.0301 0.3381 -0.2719 -0.0361
w:walk -0.0384 -0.0591 0.1121 -0.0147
w:walking -0.1594 0.1013 0.0833 -0.0252
w:wall 0.0591 0.0322 -0.1407 0.0494
w:wanted -0.0237 -0.0256 -0.067 0.1164
w:warranted -0.0088 -0.0025 -0.022 0.0334
w:was 0.1774 0.3876 -0.1728 -0.316
w:water -0.0408 0.0255 -0.0512 0.0664
w:way -0.0541 -0.1058 -0.0234 0.1833
w:ways -0.0032 -0.0137 -0.0136 0.0305
w:we 0.0162 0.3552 -0.2416 -0.1308
w:weakness -0.178 0.2938 -0.3023 0.1865
w:web -0.0118 0.0362 -0.0196 -0.0049
w:week 0.0229 0.0187 -0.1348 0.0933
w:weekly 0.2759 -0.1077 -0.2507 0.0826
w:weeks 0.1161 0.2162 -0.0599 -0.2724
w:weight -0.0593 -0.1197 0.2249 -0.0459
w:weighted 0.0058 0.0304 -0.034 -0.0022
w:well 0.1545 -0.1966 -0.0578 0.1001
w:were -0.2889 0.5718 -0.2159 -0.1112
w:western -0.1035 0.2814 -0.1412 -0.0366
w:what -0.1378 -0.2544 -0.1368 0.5305
w:when 0.1135 -0.722 0.2546 0.354
w:where -0.0546 -0.0726 0.0731 0.0541
w:whereas -0.2489 -0.0034 0.394 -0.1417
w:whether 0.1805 -0.3833 0.0151 0.1873
w:which -0.3196 0.1971 -0.0769 0.1993
w:while -0.1545 0.0641 0.1845 -0.0939
w:white 0.3475 -0.2381 -0.096 -0.0134
w:who -0.0589 0.1663 -0.2602 0.1521
w:whole -0.032 -0.0429 0.1674 -0.0925
w:whom -0.0221 0.1873 -0.0149 -0.1503
w:whose 0.1766 -0.1363 -0.0907 0.0504
w:why 0.0044 -0.0329 -0.0962 0.1247
w:wide 0.0552 -0.2045 0.2516 -0.1023
w:widely 0.1361 -0.0439 0.0141 -0.1063
w:will 0.2468 0.954 -0.6455 -0.5549
w:with 0.26 -0.0358 -0.2361 0.0047
w:withdrawal -0.2733 -0.0635 0.3043 0.0325
w:within 0.076 -0.0695 0.2902 -0.2968
w:without 0.324 -0.3369 -0.028 0.0408
w:woman 0.1579 -0.0101 -0.2209 0.073
w:women -0.0795 -0.2457 0.119 0.2064
w:work -0.1488 -0.0061 0.475 -0.3201
w:working -0.026 0.0292 0.0669 -0.0701
w:world 0.0009 -0.0073 0.0734 -0.0669
w:worse -0.0111 -0.0137 0.1615 -0.1367
w:worsening -0.0353 -0.0906 0.1916 -0.0658
w:would 0.0615 0.1927 0.3239 -0.5778
w:wound 0.1416 -0.2823 -0.1298 0.2706
w:wounds 0.0358 -0.0435 -0.031 0.0387
w:x 0.0227 0.0795 -0.1458 0.0435
w:y -0.017 -0.2381 0.3032 -0.0481
w:year 0.1486 -0.0247 -0.2918 0.1677
w:years 0.0686 0.2912 -0.2834 -0.0765
w:yet 0.0234 0.0021 0.0438 -0.0693
w:yield 0.0037 -0.1212 0.0176 0.0998
w:yielded 0.1185 -0.1612 0.0669 -0.0241
w:young 0.0335 -0.2859 0.4541 -0.2018
w:younger -0.0059 0.188 -0.1612 -0.0208
w:zealand -0.0352 0.0651 -0.1378 0.1078
w:α -0.0325 0.0051 0.1334 -0.106
w:β -0.0423 -0.1175 0.2176 -0.0578
w:μg -0.0293 0.0594 0.0211 -0.0512
w:μm -0.0039 0.0208 -0.016 -0.0009
"""
for _line in ROLE_TABLE.splitlines():
    _feature, *_weights = _line.split(" ")
    for _role, _weight in zip("BMRC", _weights, strict=True):
        if _weight != "0":
            WEIGHTS[f"role:{_role}:{_feature}"] = float(_weight)
