"""Weights of the conclusion boundary model (generated: do not edit by hand).

Regenerate with `python -m evtable.evaluate.conclusion_train --corpus ../shared/corpus`.
Trained on the 287 structured PubMed XML abstracts with one CONCLUSIONS section in the development
corpus (pubmed_xml/), 133 other labelled abstracts of it (medline/, ris/, bibtex/; see
evaluate.conclusion.training_cases) and 91 EBM-NLP abstracts with section headings
(evaluate.conclusion_ebm), labels stripped; the sentence model (sentence: keys) on every sentence of
them (evaluate.conclusion_sentences).
"""

WEIGHTS: dict[str, float] = {
    "all_present": 0.2165,
    "any_case": -0.1295,
    "any_cue": 0.0257,
    "any_modal": -0.0152,
    "any_num1": -0.6102,
    "any_opener": 0.0119,
    "any_past": -0.1639,
    "any_pct": -0.262,
    "any_pval": -0.2878,
    "any_report": -0.1635,
    "any_stats": -0.1262,
    "before_case": 0.2738,
    "before_contrast": -0.1869,
    "before_cue": 0.0782,
    "before_edverb": 0.3434,
    "before_eval": 0.0361,
    "before_followon": 0.1581,
    "before_future": -0.075,
    "before_hedge": 0.1334,
    "before_judging": -0.6497,
    "before_long": 0.4334,
    "before_modal": 0.2119,
    "before_none": 0.2853,
    "before_num1": -0.2157,
    "before_num3": 0.2399,
    "before_opener": -0.0402,
    "before_parennum": 0.2115,
    "before_past": 0.5383,
    "before_pct": -0.0522,
    "before_present": -0.0868,
    "before_pval": 0.6196,
    "before_report": 0.2926,
    "before_role": 0.0215,
    "before_safety": 0.3462,
    "before_short": -0.3549,
    "before_stats": 0.4364,
    "before_studyref": 0.1237,
    "before_we": 0.2191,
    "before_word:": -0.2486,
    "before_word:a": -0.2543,
    "before_word:after": -0.0305,
    "before_word:all": -0.1026,
    "before_word:although": 0.309,
    "before_word:among": -0.1063,
    "before_word:an": -0.1758,
    "before_word:at": 0.0026,
    "before_word:both": -0.2591,
    "before_word:clinical": 0.0279,
    "before_word:compared": -0.0394,
    "before_word:data": -0.1134,
    "before_word:despite": -0.3167,
    "before_word:during": -0.3699,
    "before_word:early": -0.0228,
    "before_word:for": 0.0986,
    "before_word:forty": -0.0334,
    "before_word:four": 0.23,
    "before_word:high": 0.0419,
    "before_word:however": -0.099,
    "before_word:in": -0.0348,
    "before_word:it": 0.0964,
    "before_word:mean": 0.0018,
    "before_word:median": -0.0409,
    "before_word:no": 0.5425,
    "before_word:none": 0.0523,
    "before_word:of": 0.0699,
    "before_word:on": -0.1074,
    "before_word:one": -0.0283,
    "before_word:only": -0.06,
    "before_word:our": -0.0237,
    "before_word:overall": -0.0828,
    "before_word:participants": -0.2031,
    "before_word:patient": 0.0744,
    "before_word:patients": 0.1255,
    "before_word:postoperative": -0.0226,
    "before_word:prospective": -0.0315,
    "before_word:results": 0.0379,
    "before_word:significant": -0.024,
    "before_word:since": 0.0484,
    "before_word:spinal": -0.2852,
    "before_word:staphylococcus": -0.0668,
    "before_word:the": -0.057,
    "before_word:there": 0.1306,
    "before_word:these": 0.3045,
    "before_word:thirty": -0.021,
    "before_word:this": -0.1687,
    "before_word:three": 0.2695,
    "before_word:to": -0.0391,
    "before_word:treatment": -0.046,
    "before_word:twenty": -0.0022,
    "before_word:two": 0.2735,
    "before_word:we": -0.338,
    "before_word:when": -0.0023,
    "first_case": 0.167,
    "first_contrast": -0.8661,
    "first_cue": 0.0256,
    "first_edverb": -0.0529,
    "first_eval": 0.1689,
    "first_followon": -0.2535,
    "first_future": -0.5769,
    "first_hedge": -0.0582,
    "first_judging": 0.4164,
    "first_long": 0.2857,
    "first_modal": 0.0824,
    "first_num1": -0.2602,
    "first_num3": 0.107,
    "first_opener": 0.497,
    "first_parennum": -0.5886,
    "first_past": -0.2267,
    "first_pct": -0.4592,
    "first_present": 0.1183,
    "first_pval": -0.1964,
    "first_report": -0.057,
    "first_role": -0.1185,
    "first_safety": 0.2856,
    "first_short": -0.5205,
    "first_stats": 0.0296,
    "first_studyref": 0.408,
    "first_we": 0.3903,
    "first_word:": 0.0879,
    "first_word:a": -0.1052,
    "first_word:after": 0.0519,
    "first_word:all": 0.0557,
    "first_word:although": -0.2383,
    "first_word:among": 0.1581,
    "first_word:an": 0.0323,
    "first_word:at": -0.1493,
    "first_word:based": 0.0296,
    "first_word:both": -0.0949,
    "first_word:clinical": 0.0595,
    "first_word:compared": -0.0516,
    "first_word:data": 0.1226,
    "first_word:despite": -0.0446,
    "first_word:during": 0.1733,
    "first_word:early": 0.1352,
    "first_word:for": 0.0245,
    "first_word:four": -0.1006,
    "first_word:further": -0.0512,
    "first_word:high": 0.1865,
    "first_word:however": -0.4867,
    "first_word:in": 0.0761,
    "first_word:it": -0.309,
    "first_word:mean": -0.0355,
    "first_word:median": -0.0014,
    "first_word:moreover": -0.1716,
    "first_word:no": -0.3107,
    "first_word:none": -0.024,
    "first_word:of": -0.0622,
    "first_word:on": -0.0268,
    "first_word:one": -0.3827,
    "first_word:only": -0.1694,
    "first_word:our": 0.4552,
    "first_word:overall": -0.0375,
    "first_word:participants": -0.0704,
    "first_word:patient": -0.1605,
    "first_word:patients": -0.0045,
    "first_word:postoperative": 0.0141,
    "first_word:results": 0.2391,
    "first_word:significant": 0.2522,
    "first_word:since": 0.125,
    "first_word:spinal": 0.2639,
    "first_word:staphylococcus": -0.0242,
    "first_word:the": 0.6381,
    "first_word:there": -0.0722,
    "first_word:therefore": -0.1424,
    "first_word:these": -0.4787,
    "first_word:this": 0.4291,
    "first_word:three": 0.0342,
    "first_word:to": -0.0085,
    "first_word:treatment": -0.0919,
    "first_word:two": -0.1486,
    "first_word:using": 0.0715,
    "first_word:we": 0.2579,
    "first_word:when": 0.4877,
    "first_word:with": -0.1284,
    "frac_case": -0.1434,
    "frac_cue": 0.0576,
    "frac_modal": -0.11,
    "frac_num1": 0.2593,
    "frac_opener": -0.0209,
    "frac_past": 0.2165,
    "frac_pct": -0.1124,
    "frac_pval": -0.0678,
    "frac_report": 0.2671,
    "frac_stats": 0.3224,
    "len1": 0.2875,
    "len1_long": 0.0201,
    "len1_mid": 0.0981,
    "len1_short": 0.1694,
    "len2": 0.355,
    "len2_long": 0.2574,
    "len2_mid": -0.0141,
    "len2_short": 0.1117,
    "len3": -0.0272,
    "len3_long": 0.2138,
    "len3_mid": 0.0126,
    "len3_short": -0.2535,
    "len4": -0.2886,
    "len4_long": 0.1975,
    "len4_mid": -0.4599,
    "len4_short": -0.0262,
    "len5": -0.1857,
    "len5_long": -0.29,
    "len5_mid": 0.1054,
    "len5_short": -0.0012,
    "len6": -0.1409,
    "len6_long": -0.3988,
    "len6_mid": 0.258,
    "len6_short": -0.0001,
    "numbers_stop": -0.0902,
    "role@bias:B": -0.6678,
    "role@bias:C": -0.0797,
    "role@bias:M": 0.9929,
    "role@bias:R": 0.3989,
    "role@start:B": -0.0592,
    "role@start:C": -5.8348,
    "role@start:M": -2.9261,
    "role@start:R": -6.9334,
    "role@step:BB": -0.5075,
    "role@step:BC": -5.4341,
    "role@step:BM": -0.9851,
    "role@step:BR": -3.9002,
    "role@step:MC": -4.1123,
    "role@step:MM": -0.2679,
    "role@step:MR": -1.5202,
    "role@step:RC": -1.666,
    "role@step:RR": -0.2095,
    "run_role": 0.0992,
    "sentence:0": -0.866,
    "sentence:00": -0.121,
    "sentence:0001": -0.076,
    "sentence:001": -0.2849,
    "sentence:01": -0.131,
    "sentence:02": -0.1362,
    "sentence:04": -0.0941,
    "sentence:05": -0.2693,
    "sentence:06": -0.0806,
    "sentence:1": -0.5711,
    "sentence:10": -0.2812,
    "sentence:100": -0.1437,
    "sentence:106": -0.0715,
    "sentence:107": -0.1279,
    "sentence:13": -0.2374,
    "sentence:14": -0.078,
    "sentence:15": -0.1795,
    "sentence:16": -0.3157,
    "sentence:17": -0.2674,
    "sentence:18": -0.135,
    "sentence:19": -0.0801,
    "sentence:2": -0.5997,
    "sentence:20": -0.0964,
    "sentence:2000": -0.1395,
    "sentence:2001": -0.1193,
    "sentence:2004": -0.0844,
    "sentence:2005": -0.1197,
    "sentence:2006": -0.109,
    "sentence:2007": 0.0707,
    "sentence:2009": -0.0774,
    "sentence:2010": -0.1218,
    "sentence:2012": -0.2407,
    "sentence:2013": -0.1214,
    "sentence:2014": -0.0892,
    "sentence:2015": 0.0753,
    "sentence:2016": 0.2726,
    "sentence:2018": 0.1712,
    "sentence:21": -0.1121,
    "sentence:22": -0.1287,
    "sentence:23": -0.1626,
    "sentence:24": -0.2399,
    "sentence:25": -0.1363,
    "sentence:26": -0.1341,
    "sentence:27": 0.127,
    "sentence:28": -0.1075,
    "sentence:29": -0.1501,
    "sentence:3": -0.3718,
    "sentence:31": -0.2083,
    "sentence:32": -0.1408,
    "sentence:33": -0.1057,
    "sentence:34": -0.1146,
    "sentence:35": -0.1317,
    "sentence:37": -0.0687,
    "sentence:38": -0.1662,
    "sentence:39": -0.0986,
    "sentence:4": -0.26,
    "sentence:40": -0.079,
    "sentence:400": 0.0739,
    "sentence:45": -0.1952,
    "sentence:47": -0.114,
    "sentence:48": -0.1163,
    "sentence:50": -0.0694,
    "sentence:51": -0.0971,
    "sentence:52": -0.0663,
    "sentence:53": -0.1516,
    "sentence:54": -0.1159,
    "sentence:56": -0.0719,
    "sentence:57": -0.127,
    "sentence:58": -0.0618,
    "sentence:60": 0.07,
    "sentence:61": -0.0735,
    "sentence:62": -0.0968,
    "sentence:64": 0.0757,
    "sentence:65": -0.1346,
    "sentence:66": -0.0681,
    "sentence:68": -0.1032,
    "sentence:69": -0.1354,
    "sentence:7": -0.4139,
    "sentence:71": -0.0818,
    "sentence:72": -0.0645,
    "sentence:73": -0.092,
    "sentence:74": -0.1296,
    "sentence:76": -0.0977,
    "sentence:77": -0.0687,
    "sentence:79": -0.066,
    "sentence:8": -0.124,
    "sentence:83": -0.0699,
    "sentence:84": 0.0787,
    "sentence:85": -0.1712,
    "sentence:86": -0.128,
    "sentence:88": -0.1284,
    "sentence:9": -0.2532,
    "sentence:90": -0.0605,
    "sentence:91": -0.0949,
    "sentence:95": -0.6788,
    "sentence:97": -0.1034,
    "sentence:98": -0.1181,
    "sentence:99": -0.0832,
    "sentence:a": 0.0507,
    "sentence:a1": 0.2292,
    "sentence:a2": 0.1211,
    "sentence:abdomen": 0.3531,
    "sentence:abdominal": 0.2059,
    "sentence:ability": 0.0861,
    "sentence:ablation": -0.0881,
    "sentence:able": 0.3595,
    "sentence:about": 0.0854,
    "sentence:abscess": 0.1387,
    "sentence:abscesses": 0.0914,
    "sentence:abstracts": -0.0801,
    "sentence:academic": -0.1101,
    "sentence:acceptable": 0.2043,
    "sentence:accepted": -0.0783,
    "sentence:account": -0.1647,
    "sentence:accumulation": -0.0862,
    "sentence:achieved": -0.1149,
    "sentence:across": -0.1403,
    "sentence:active": 0.1581,
    "sentence:activity": -0.0671,
    "sentence:acute": -0.1831,
    "sentence:additional": -0.1323,
    "sentence:additionally": -0.1702,
    "sentence:address": 0.1019,
    "sentence:addressed": 0.1692,
    "sentence:adequate": 0.109,
    "sentence:adjacent": -0.0742,
    "sentence:adjusted": -0.1232,
    "sentence:adjustment": -0.0936,
    "sentence:administration": -0.1138,
    "sentence:admitted": -0.1026,
    "sentence:adolescent": -0.0848,
    "sentence:adolescents": -0.0957,
    "sentence:adults": 0.2818,
    "sentence:advanced": -0.1146,
    "sentence:advantages": 0.1664,
    "sentence:af": -0.1286,
    "sentence:affect": -0.1262,
    "sentence:affected": 0.1329,
    "sentence:affects": -0.0782,
    "sentence:africa": 0.1427,
    "sentence:after": -0.154,
    "sentence:again": 0.1342,
    "sentence:against": 0.1379,
    "sentence:age": 0.2134,
    "sentence:aged": -0.1523,
    "sentence:agent": -0.1197,
    "sentence:agents": -0.1042,
    "sentence:aging": -0.0791,
    "sentence:aim": -0.2442,
    "sentence:aimed": -0.2076,
    "sentence:aims": -0.1237,
    "sentence:airway": -0.1649,
    "sentence:algorithm": -0.1549,
    "sentence:all": -0.194,
    "sentence:allocated": -0.0856,
    "sentence:allow": 0.0701,
    "sentence:allowed": 0.0749,
    "sentence:along": 0.1136,
    "sentence:altered": -0.0971,
    "sentence:alternative": 0.0709,
    "sentence:although": -0.0618,
    "sentence:amoxicillin": -0.0771,
    "sentence:analgesic": -0.0781,
    "sentence:analysed": 0.0765,
    "sentence:analyses": -0.2437,
    "sentence:analysis": -0.3715,
    "sentence:analyze": -0.0722,
    "sentence:analyzed": -0.2731,
    "sentence:and": -0.3444,
    "sentence:anesthesia": -0.1666,
    "sentence:anesthesiologists": -0.0639,
    "sentence:angle": -0.1177,
    "sentence:animal": -0.1175,
    "sentence:another": -0.1301,
    "sentence:answer": 0.207,
    "sentence:anterior": -0.1622,
    "sentence:antibiotic": 0.1929,
    "sentence:antibiotics": 0.5076,
    "sentence:anxiety": -0.1778,
    "sentence:any": -0.0715,
    "sentence:apparent": -0.0809,
    "sentence:appeared": 0.1299,
    "sentence:appears": 0.1144,
    "sentence:appendectomy": 0.2877,
    "sentence:appendicitis": 0.2459,
    "sentence:applicable": -0.0959,
    "sentence:application": -0.0671,
    "sentence:applied": 0.069,
    "sentence:appropriate": -0.0974,
    "sentence:are": 0.6615,
    "sentence:area": 0.176,
    "sentence:areas": 0.0678,
    "sentence:arm": -0.3576,
    "sentence:arms": -0.0897,
    "sentence:around": 0.1471,
    "sentence:article": -0.0907,
    "sentence:as": 0.0694,
    "sentence:ascertain": -0.0838,
    "sentence:asd": -0.1464,
    "sentence:asked": 0.0696,
    "sentence:aspiration": 0.4453,
    "sentence:assess": -0.4406,
    "sentence:assessed": -0.3767,
    "sentence:assessment": -0.282,
    "sentence:assignment": -0.079,
    "sentence:assisted": -0.0763,
    "sentence:associated": 0.1183,
    "sentence:association": -0.2563,
    "sentence:associations": -0.1716,
    "sentence:attention": -0.2212,
    "sentence:attributed": -0.0993,
    "sentence:atypical": -0.183,
    "sentence:auditory": -0.09,
    "sentence:august": 0.1128,
    "sentence:authors": -0.2083,
    "sentence:autistic": -0.1277,
    "sentence:availability": 0.1042,
    "sentence:available": 0.2034,
    "sentence:average": 0.1774,
    "sentence:b": -0.2085,
    "sentence:b1": 0.0793,
    "sentence:baby": 0.339,
    "sentence:background": 0.6862,
    "sentence:bacteria": 0.4208,
    "sentence:bacterial": 0.1221,
    "sentence:balance": -0.1204,
    "sentence:base": -0.1171,
    "sentence:baseline": -0.2395,
    "sentence:basis": -0.0832,
    "sentence:be": 0.6113,
    "sentence:because": 0.0654,
    "sentence:been": -0.3203,
    "sentence:before": 0.1786,
    "sentence:being": 0.0919,
    "sentence:beliefs": -0.125,
    "sentence:beneficial": 0.0757,
    "sentence:benefit": 0.6241,
    "sentence:benefits": 0.1798,
    "sentence:better": 0.4763,
    "sentence:between": -0.2811,
    "sentence:bias": -0.1189,
    "sentence:bilateral": -0.1295,
    "sentence:biliary": 0.1387,
    "sentence:binding": -0.1284,
    "sentence:biological": -0.0773,
    "sentence:biopsy": -0.1405,
    "sentence:birth": 0.1067,
    "sentence:bleeding": 0.2265,
    "sentence:blind": -0.0834,
    "sentence:block": -0.0668,
    "sentence:body": 0.12,
    "sentence:bone": -0.1088,
    "sentence:both": 0.1059,
    "sentence:bowel": 0.1402,
    "sentence:breast": 0.1139,
    "sentence:breastfeeding": 0.3242,
    "sentence:broad": -0.0859,
    "sentence:but": -0.2455,
    "sentence:calculated": -0.1252,
    "sentence:called": 0.5281,
    "sentence:can": 0.6824,
    "sentence:canal": 0.0713,
    "sentence:cancer": 0.1365,
    "sentence:cannot": 0.4031,
    "sentence:cardiac": -0.1089,
    "sentence:cardiovascular": -0.0852,
    "sentence:care": -0.1491,
    "sentence:carried": -0.1123,
    "sentence:case": -0.4226,
    "sentence:cases": 0.1773,
    "sentence:cause": 0.0899,
    "sentence:caused": 0.1514,
    "sentence:causes": 0.2022,
    "sentence:causing": 0.1991,
    "sentence:cavity": 0.2085,
    "sentence:cd": -0.1651,
    "sentence:cdva": -0.1411,
    "sentence:cell": -0.1508,
    "sentence:cells": -0.0852,
    "sentence:center": -0.1654,
    "sentence:centers": -0.0655,
    "sentence:central": -0.1829,
    "sentence:cerebral": -0.119,
    "sentence:certainty": 0.0725,
    "sentence:cervical": -0.1074,
    "sentence:chain": -0.1025,
    "sentence:chance": 0.1725,
    "sentence:characteristics": 0.4532,
    "sentence:checked": -0.1112,
    "sentence:chemical": -0.0794,
    "sentence:chemotherapy": -0.1647,
    "sentence:chest": -0.2426,
    "sentence:child": -0.1463,
    "sentence:childhood": -0.0768,
    "sentence:children": 0.5228,
    "sentence:china": 0.1049,
    "sentence:chinese": 0.1676,
    "sentence:choice": 0.1718,
    "sentence:cholesterol": -0.1094,
    "sentence:chronic": -0.0666,
    "sentence:ci": -0.7426,
    "sentence:citations": -0.072,
    "sentence:class": -0.1706,
    "sentence:clear": 0.2023,
    "sentence:clearance": -0.1271,
    "sentence:clearly": 0.1526,
    "sentence:cleavage": -0.09,
    "sentence:clinic": -0.0899,
    "sentence:clinical": -0.352,
    "sentence:clinically": -0.0977,
    "sentence:clinicaltrials": -0.1414,
    "sentence:clinicians": 0.1683,
    "sentence:closure": 0.0788,
    "sentence:cluster": -0.1522,
    "sentence:clusters": -0.1298,
    "sentence:cm": 0.0829,
    "sentence:co": -0.0997,
    "sentence:cochrane": -0.1469,
    "sentence:cognitive": -0.1086,
    "sentence:cohort": -0.1438,
    "sentence:colitis": 0.1744,
    "sentence:collected": -0.1153,
    "sentence:colon": 0.2835,
    "sentence:colorectal": -0.0751,
    "sentence:combination": 0.1773,
    "sentence:combinations": 0.0617,
    "sentence:combined": -0.0693,
    "sentence:commonly": -0.0938,
    "sentence:communication": 0.0774,
    "sentence:comparable": 0.169,
    "sentence:comparative": -0.0732,
    "sentence:compare": -0.1951,
    "sentence:compared": 0.2877,
    "sentence:comparing": -0.2084,
    "sentence:comparison": -0.11,
    "sentence:comparisons": 0.0629,
    "sentence:complaints": -0.0683,
    "sentence:complete": -0.1338,
    "sentence:completed": -0.2584,
    "sentence:completely": -0.0924,
    "sentence:completion": -0.095,
    "sentence:complex": -0.146,
    "sentence:compliance": -0.0795,
    "sentence:complications": 0.3859,
    "sentence:composition": -0.0689,
    "sentence:computed": -0.1387,
    "sentence:concentration": -0.1484,
    "sentence:concentrations": -0.1252,
    "sentence:concerns": -0.0692,
    "sentence:conclusions": 0.2092,
    "sentence:condition": -0.1009,
    "sentence:conducted": 0.2062,
    "sentence:conference": -0.0615,
    "sentence:confidence": -0.1242,
    "sentence:confirm": 0.1994,
    "sentence:confirmed": -0.0855,
    "sentence:confirms": 0.1221,
    "sentence:confounding": 0.0988,
    "sentence:consecutive": -0.114,
    "sentence:consensus": -0.1446,
    "sentence:consent": -0.1268,
    "sentence:consequences": -0.1141,
    "sentence:consider": 0.0791,
    "sentence:considered": -0.101,
    "sentence:consisted": -0.0826,
    "sentence:consistent": 0.078,
    "sentence:consumption": 0.1043,
    "sentence:contacted": -0.1389,
    "sentence:content": 0.1126,
    "sentence:continued": 0.0696,
    "sentence:continuous": -0.1204,
    "sentence:contrast": -0.0916,
    "sentence:contributed": 0.0994,
    "sentence:contribution": -0.075,
    "sentence:control": -0.2773,
    "sentence:controlled": -0.1238,
    "sentence:controls": -0.0928,
    "sentence:conventional": 0.1345,
    "sentence:cord": 0.0665,
    "sentence:corneal": 0.2687,
    "sentence:correction": -0.2386,
    "sentence:correlated": 0.073,
    "sentence:correlation": -0.1075,
    "sentence:corticosteroids": 0.1254,
    "sentence:costs": -0.1823,
    "sentence:could": 0.2767,
    "sentence:countries": 0.0924,
    "sentence:course": -0.2736,
    "sentence:cox": 0.0604,
    "sentence:criteria": -0.2083,
    "sentence:critical": -0.1812,
    "sentence:crohn": 0.4966,
    "sentence:cross": -0.2047,
    "sentence:csf": -0.1084,
    "sentence:ct": -0.1477,
    "sentence:culture": -0.1874,
    "sentence:cure": 0.0893,
    "sentence:cured": 0.1629,
    "sentence:cycle": -0.0823,
    "sentence:d": -0.1841,
    "sentence:daily": -0.2223,
    "sentence:damage": -0.0832,
    "sentence:data": -0.2411,
    "sentence:database": -0.2071,
    "sentence:days": 0.0474,
    "sentence:de": 0.2244,
    "sentence:death": 0.351,
    "sentence:deaths": 0.3583,
    "sentence:debate": -0.0833,
    "sentence:debridement": -0.0819,
    "sentence:december": -0.0665,
    "sentence:decision": -0.1103,
    "sentence:decrease": 0.1671,
    "sentence:deep": -0.0942,
    "sentence:deficit": -0.0879,
    "sentence:defined": -0.0745,
    "sentence:delayed": 0.2525,
    "sentence:delivery": -0.1485,
    "sentence:demographic": -0.076,
    "sentence:demonstrated": -0.3582,
    "sentence:density": -0.1405,
    "sentence:dental": 0.2287,
    "sentence:department": -0.141,
    "sentence:depression": -0.1742,
    "sentence:depressive": -0.0622,
    "sentence:derived": 0.206,
    "sentence:describe": -0.1647,
    "sentence:describes": 0.1034,
    "sentence:design": -0.0867,
    "sentence:detected": -0.1419,
    "sentence:determine": -0.1813,
    "sentence:develop": 0.0952,
    "sentence:developed": -0.2266,
    "sentence:development": 0.0902,
    "sentence:device": -0.0967,
    "sentence:diabetes": -0.1323,
    "sentence:diabetic": 0.1261,
    "sentence:diagnosed": -0.1552,
    "sentence:diagnoses": -0.0929,
    "sentence:diagnosis": 0.1711,
    "sentence:diameter": -0.0762,
    "sentence:did": 0.097,
    "sentence:died": -0.1755,
    "sentence:diet": 0.4502,
    "sentence:differ": -0.1799,
    "sentence:differed": -0.1038,
    "sentence:difference": 0.1722,
    "sentence:different": 0.2009,
    "sentence:difficulty": -0.0554,
    "sentence:digestive": 0.1828,
    "sentence:dimensions": -0.0943,
    "sentence:direct": 0.1149,
    "sentence:direction": 0.1537,
    "sentence:disability": -0.2255,
    "sentence:discharge": 0.0804,
    "sentence:discomfort": 0.2838,
    "sentence:discussed": -0.1157,
    "sentence:diseases": -0.1925,
    "sentence:disorder": -0.1919,
    "sentence:disorders": -0.1008,
    "sentence:disseminated": -0.1164,
    "sentence:dissemination": -0.0764,
    "sentence:distributed": 0.1428,
    "sentence:distribution": -0.1339,
    "sentence:divided": -0.0824,
    "sentence:dna": -0.0721,
    "sentence:documented": -0.1148,
    "sentence:does": 0.1956,
    "sentence:domains": -0.2869,
    "sentence:dosage": -0.0773,
    "sentence:dose": 0.2488,
    "sentence:doses": 0.0795,
    "sentence:double": -0.1021,
    "sentence:drain": 0.3128,
    "sentence:drainage": -0.1192,
    "sentence:draw": 0.1341,
    "sentence:driven": -0.0642,
    "sentence:drug": 0.1132,
    "sentence:drugs": 0.2915,
    "sentence:duration": 0.1342,
    "sentence:during": 0.0855,
    "sentence:dysfunction": -0.1786,
    "sentence:e": 0.2923,
    "sentence:each": -0.0797,
    "sentence:earlier": 0.084,
    "sentence:early": 0.1346,
    "sentence:economic": -0.0713,
    "sentence:effect": -0.1427,
    "sentence:effective": 0.1927,
    "sentence:effectiveness": -0.1645,
    "sentence:effects": 0.2852,
    "sentence:efficacy": -0.0724,
    "sentence:either": -0.1002,
    "sentence:eleven": -0.0835,
    "sentence:eligibility": -0.0938,
    "sentence:eligible": -0.1325,
    "sentence:elucidate": 0.0664,
    "sentence:embase": -0.2287,
    "sentence:end": -0.1025,
    "sentence:endometriosis": -0.0984,
    "sentence:endometritis": 0.261,
    "sentence:endoscopic": 0.341,
    "sentence:energy": 0.2159,
    "sentence:english": -0.1291,
    "sentence:enhanced": -0.1157,
    "sentence:enhancement": -0.0608,
    "sentence:enrolled": -0.1663,
    "sentence:entire": -0.0886,
    "sentence:entity": -0.1065,
    "sentence:entry": 0.0683,
    "sentence:environmental": -0.075,
    "sentence:epidural": -0.253,
    "sentence:epilepsy": -0.0964,
    "sentence:equivalent": -0.0991,
    "sentence:eradication": 0.068,
    "sentence:especially": -0.0724,
    "sentence:essential": -0.0978,
    "sentence:established": -0.1486,
    "sentence:estimates": -0.1657,
    "sentence:et": -0.1305,
    "sentence:etiology": -0.0754,
    "sentence:evaluate": -0.4923,
    "sentence:evaluated": -0.2458,
    "sentence:evaluating": -0.1881,
    "sentence:evaluation": -0.2331,
    "sentence:event": -0.1236,
    "sentence:events": -0.2517,
    "sentence:every": -0.0787,
    "sentence:evidence": 0.9514,
    "sentence:examination": 0.18,
    "sentence:examinations": 0.1166,
    "sentence:examine": -0.1871,
    "sentence:examined": -0.2247,
    "sentence:excellent": 0.1237,
    "sentence:excluded": -0.1733,
    "sentence:exercise": -0.1152,
    "sentence:exhibited": -0.0828,
    "sentence:expected": -0.0586,
    "sentence:experience": 0.1507,
    "sentence:experienced": 0.0632,
    "sentence:experiences": -0.108,
    "sentence:experimental": -0.1546,
    "sentence:explore": -0.1356,
    "sentence:exposed": -0.1367,
    "sentence:exposure": -0.0768,
    "sentence:expressed": -0.1064,
    "sentence:expression": -0.1752,
    "sentence:extensive": 0.1957,
    "sentence:extracted": -0.2528,
    "sentence:extraction": -0.1595,
    "sentence:eye": 0.1614,
    "sentence:eyes": -0.3419,
    "sentence:f": -0.0682,
    "sentence:facial": 0.098,
    "sentence:fact": 0.1508,
    "sentence:factors": -0.1229,
    "sentence:failure": -0.1326,
    "sentence:far": 0.0635,
    "sentence:fat": -0.1182,
    "sentence:fatigue": -0.101,
    "sentence:feasible": 0.3369,
    "sentence:feeding": 0.1449,
    "sentence:female": -0.0733,
    "sentence:fertilization": -0.0818,
    "sentence:fever": 0.069,
    "sentence:fewer": 0.1875,
    "sentence:fibrillation": -0.0777,
    "sentence:fifty": 0.0656,
    "sentence:filled": 0.144,
    "sentence:find": 0.3546,
    "sentence:findings": 0.1699,
    "sentence:firm": 0.0709,
    "sentence:first": -0.1354,
    "sentence:fistula": 0.2739,
    "sentence:five": 0.2347,
    "sentence:fixed": -0.1217,
    "sentence:fluid": 0.0994,
    "sentence:focused": -0.1091,
    "sentence:follow": -0.2867,
    "sentence:following": -0.209,
    "sentence:food": 0.1157,
    "sentence:for": 0.0831,
    "sentence:formation": -0.0819,
    "sentence:forms": 0.2428,
    "sentence:forty": -0.1101,
    "sentence:found": 0.2477,
    "sentence:four": -0.1259,
    "sentence:fracture": -0.0746,
    "sentence:frequency": -0.1595,
    "sentence:frequent": 0.1508,
    "sentence:frequently": 0.0943,
    "sentence:full": -0.1844,
    "sentence:functions": -0.121,
    "sentence:funded": 0.2103,
    "sentence:funding": 0.4896,
    "sentence:further": 0.464,
    "sentence:furthermore": 0.1277,
    "sentence:future": 0.3742,
    "sentence:gain": -0.0982,
    "sentence:gastric": 0.2581,
    "sentence:gel": 0.0994,
    "sentence:gene": -0.085,
    "sentence:general": -0.1193,
    "sentence:generally": 0.1954,
    "sentence:given": 0.2689,
    "sentence:giving": 0.217,
    "sentence:global": -0.1418,
    "sentence:gov": -0.1414,
    "sentence:grade": -0.2068,
    "sentence:graft": -0.0782,
    "sentence:gram": -0.1121,
    "sentence:greater": -0.0883,
    "sentence:group": -0.4746,
    "sentence:groups": -0.5007,
    "sentence:growth": -0.1954,
    "sentence:guide": -0.0804,
    "sentence:guided": -0.0607,
    "sentence:guidelines": -0.1122,
    "sentence:gut": 0.2137,
    "sentence:harms": 0.3188,
    "sentence:has": 0.1838,
    "sentence:having": 0.1873,
    "sentence:he": -0.1185,
    "sentence:heal": 0.3612,
    "sentence:healed": 0.2256,
    "sentence:healing": 0.2198,
    "sentence:health": -0.1288,
    "sentence:heart": -0.1653,
    "sentence:help": 0.2067,
    "sentence:hemodynamic": 0.0728,
    "sentence:hence": -0.0776,
    "sentence:her": 0.0658,
    "sentence:heterogeneous": -0.1159,
    "sentence:high": 0.1225,
    "sentence:higher": 0.1111,
    "sentence:highest": -0.0768,
    "sentence:highly": 0.1264,
    "sentence:his": -0.1325,
    "sentence:home": -0.1334,
    "sentence:hospital": 0.1448,
    "sentence:hospitalization": 0.1369,
    "sentence:hospitals": -0.0655,
    "sentence:how": 0.0769,
    "sentence:human": -0.0894,
    "sentence:hypertension": -0.1133,
    "sentence:hypothesis": -0.1453,
    "sentence:i": -0.309,
    "sentence:identification": -0.081,
    "sentence:identifying": -0.1622,
    "sentence:if": 0.2102,
    "sentence:ii": -0.1438,
    "sentence:iliopsoas": -0.126,
    "sentence:illness": -0.1194,
    "sentence:image": -0.0841,
    "sentence:images": -0.0999,
    "sentence:imaging": -0.1985,
    "sentence:immune": 0.0883,
    "sentence:impact": -0.0649,
    "sentence:impairment": -0.0823,
    "sentence:implant": -0.1192,
    "sentence:implanted": -0.0625,
    "sentence:implementation": -0.0773,
    "sentence:important": 0.1264,
    "sentence:improved": 0.0638,
    "sentence:improvements": 0.0651,
    "sentence:improving": 0.0938,
    "sentence:inability": 0.1246,
    "sentence:incision": 0.1149,
    "sentence:include": 0.6078,
    "sentence:included": -0.2071,
    "sentence:including": -0.2413,
    "sentence:inclusion": -0.2159,
    "sentence:increase": 0.1559,
    "sentence:increased": -0.0917,
    "sentence:independent": 0.0829,
    "sentence:independently": -0.2289,
    "sentence:index": -0.2816,
    "sentence:india": 0.0987,
    "sentence:indicated": -0.2827,
    "sentence:indicating": 0.1071,
    "sentence:individual": -0.0659,
    "sentence:individuals": 0.2981,
    "sentence:induced": -0.2342,
    "sentence:induces": 0.102,
    "sentence:induction": -0.1355,
    "sentence:industry": 0.1551,
    "sentence:infant": -0.0683,
    "sentence:infected": 0.3938,
    "sentence:infection": 0.2755,
    "sentence:infections": 0.5924,
    "sentence:infectious": -0.1044,
    "sentence:inflammation": 0.3472,
    "sentence:inflammatory": -0.0975,
    "sentence:influence": -0.0628,
    "sentence:information": 0.1417,
    "sentence:infusion": 0.0824,
    "sentence:inhibitors": -0.0636,
    "sentence:initial": -0.3457,
    "sentence:initiation": 0.0651,
    "sentence:injection": 0.1986,
    "sentence:injections": 0.1402,
    "sentence:injury": -0.0916,
    "sentence:inserted": 0.1858,
    "sentence:inside": 0.2061,
    "sentence:insight": 0.0644,
    "sentence:instability": -0.0689,
    "sentence:institute": -0.0806,
    "sentence:institution": -0.0783,
    "sentence:instrument": 0.1007,
    "sentence:instruments": 0.0916,
    "sentence:insufficient": 0.146,
    "sentence:intention": -0.1119,
    "sentence:intermediate": -0.0999,
    "sentence:international": -0.109,
    "sentence:interpreted": -0.0898,
    "sentence:interval": -0.1187,
    "sentence:intervals": -0.1019,
    "sentence:intervention": -0.3755,
    "sentence:interventions": -0.3282,
    "sentence:intestine": 0.1711,
    "sentence:into": 0.1045,
    "sentence:intracranial": -0.1319,
    "sentence:intraocular": -0.1001,
    "sentence:intravenous": 0.0618,
    "sentence:investigate": 0.0962,
    "sentence:investigated": 0.0819,
    "sentence:investigating": -0.0706,
    "sentence:investigators": 0.0818,
    "sentence:involved": -0.0886,
    "sentence:involvement": -0.0879,
    "sentence:involving": 0.1381,
    "sentence:irrespective": -0.1089,
    "sentence:irrigation": -0.1826,
    "sentence:is": 0.7455,
    "sentence:issue": -0.1486,
    "sentence:issues": 0.1507,
    "sentence:it": 0.4175,
    "sentence:items": -0.1882,
    "sentence:its": -0.1608,
    "sentence:iv": -0.0746,
    "sentence:japan": -0.09,
    "sentence:june": 0.0778,
    "sentence:key": 0.6236,
    "sentence:kg": 0.0642,
    "sentence:kidney": -0.1266,
    "sentence:knowledge": -0.261,
    "sentence:known": -0.2692,
    "sentence:kyphosis": -0.0928,
    "sentence:la": 0.0683,
    "sentence:laboratory": -0.1469,
    "sentence:lack": 0.1712,
    "sentence:language": 0.3108,
    "sentence:laparoscopic": 0.1938,
    "sentence:large": 0.1992,
    "sentence:largely": -0.1513,
    "sentence:largest": -0.0712,
    "sentence:laser": -0.1142,
    "sentence:last": -0.0878,
    "sentence:later": -0.18,
    "sentence:latter": -0.1337,
    "sentence:lead": 0.0914,
    "sentence:leading": 0.0715,
    "sentence:leads": 0.1053,
    "sentence:least": -0.2659,
    "sentence:led": 0.0887,
    "sentence:left": -0.2015,
    "sentence:length": -0.1025,
    "sentence:lengths": 0.1878,
    "sentence:lens": -0.1422,
    "sentence:less": 0.1713,
    "sentence:level": -0.1404,
    "sentence:levels": -0.4356,
    "sentence:library": -0.0962,
    "sentence:life": 0.0619,
    "sentence:lifestyle": -0.0891,
    "sentence:like": 0.1182,
    "sentence:limit": 0.0631,
    "sentence:line": -0.1405,
    "sentence:linear": -0.151,
    "sentence:lipoprotein": -0.0802,
    "sentence:liquid": 0.1528,
    "sentence:lists": -0.2308,
    "sentence:little": -0.1794,
    "sentence:live": -0.143,
    "sentence:liver": 0.2173,
    "sentence:local": 0.1032,
    "sentence:logistic": -0.0884,
    "sentence:long": 0.2871,
    "sentence:longer": 0.2792,
    "sentence:longitudinal": -0.0777,
    "sentence:looked": 0.492,
    "sentence:loss": -0.0718,
    "sentence:lost": -0.1351,
    "sentence:low": -0.1743,
    "sentence:lower": 0.1197,
    "sentence:lung": -0.141,
    "sentence:m": -0.0648,
    "sentence:made": 0.1288,
    "sentence:magnetic": -0.1252,
    "sentence:magnitude": -0.0796,
    "sentence:main": 0.1193,
    "sentence:maintenance": 0.174,
    "sentence:majority": 0.0996,
    "sentence:make": 0.2451,
    "sentence:makes": 0.2159,
    "sentence:making": 0.0892,
    "sentence:male": -0.1524,
    "sentence:males": -0.1426,
    "sentence:man": -0.1332,
    "sentence:managed": 0.0611,
    "sentence:management": -0.347,
    "sentence:manifestation": 0.0806,
    "sentence:many": 0.1128,
    "sentence:markedly": -0.1011,
    "sentence:markers": -0.1096,
    "sentence:matched": -0.1355,
    "sentence:material": -0.0795,
    "sentence:maternal": -0.1759,
    "sentence:may": 0.6861,
    "sentence:md": -0.1379,
    "sentence:mean": -0.4651,
    "sentence:measured": -0.0746,
    "sentence:measurements": -0.0953,
    "sentence:measures": -0.3345,
    "sentence:measuring": -0.0981,
    "sentence:mechanical": -0.1239,
    "sentence:mechanisms": -0.0695,
    "sentence:media": 0.0972,
    "sentence:median": -0.2337,
    "sentence:mediated": -0.1156,
    "sentence:mediators": -0.0812,
    "sentence:medical": 0.1578,
    "sentence:medication": -0.1395,
    "sentence:medicine": 0.0978,
    "sentence:medicines": 0.1581,
    "sentence:medline": -0.2141,
    "sentence:members": -0.1141,
    "sentence:membrane": -0.1495,
    "sentence:men": -0.1471,
    "sentence:mental": -0.2962,
    "sentence:messages": 0.1647,
    "sentence:met": -0.1154,
    "sentence:meta": -0.1987,
    "sentence:method": 0.3318,
    "sentence:methodological": -0.1097,
    "sentence:methods": 0.2076,
    "sentence:mg": 0.2027,
    "sentence:micro": 0.1622,
    "sentence:middle": -0.0861,
    "sentence:might": 0.2631,
    "sentence:min": -0.0841,
    "sentence:minor": -0.0795,
    "sentence:miscarriage": -0.0781,
    "sentence:missing": -0.0623,
    "sentence:mixed": -0.0986,
    "sentence:ml": -0.0806,
    "sentence:mm": -0.1984,
    "sentence:mobility": -0.1147,
    "sentence:model": -0.3929,
    "sentence:models": -0.1962,
    "sentence:modified": -0.1187,
    "sentence:molecular": -0.066,
    "sentence:monitoring": 0.0776,
    "sentence:month": -0.2859,
    "sentence:months": -0.1906,
    "sentence:morbidity": 0.1053,
    "sentence:more": 0.4148,
    "sentence:morphine": 0.1537,
    "sentence:mortality": 0.1672,
    "sentence:most": 0.2416,
    "sentence:mostly": 0.3278,
    "sentence:mother": 0.3217,
    "sentence:motor": -0.0919,
    "sentence:mri": -0.0785,
    "sentence:ms": -0.1256,
    "sentence:much": -0.0945,
    "sentence:multilevel": -0.0815,
    "sentence:multiple": -0.0757,
    "sentence:multivariate": -0.0756,
    "sentence:muscle": -0.0699,
    "sentence:muscles": 0.1185,
    "sentence:muscular": -0.0846,
    "sentence:must": 0.1223,
    "sentence:n": -0.4707,
    "sentence:national": -0.1425,
    "sentence:natural": -0.0965,
    "sentence:nature": -0.1609,
    "sentence:nausea": 0.1776,
    "sentence:near": 0.0926,
    "sentence:necrosis": 0.0585,
    "sentence:need": 0.2945,
    "sentence:needed": 0.3556,
    "sentence:needle": 0.4104,
    "sentence:needs": 0.0689,
    "sentence:neither": -0.2001,
    "sentence:neurologic": -0.0948,
    "sentence:neurological": -0.2606,
    "sentence:no": 0.2513,
    "sentence:non": 0.3228,
    "sentence:nor": -0.1516,
    "sentence:normal": -0.1104,
    "sentence:normalized": -0.0641,
    "sentence:north": -0.0678,
    "sentence:not": 0.3749,
    "sentence:noted": -0.2239,
    "sentence:novel": 0.0834,
    "sentence:now": -0.1026,
    "sentence:number": 0.1425,
    "sentence:numbers": 0.0862,
    "sentence:nutrition": 0.2853,
    "sentence:nutritional": 0.0676,
    "sentence:obesity": -0.079,
    "sentence:objective": -0.2044,
    "sentence:objectives": -0.0853,
    "sentence:observation": 0.1783,
    "sentence:observed": -0.0674,
    "sentence:obtain": -0.0822,
    "sentence:obtained": -0.1622,
    "sentence:obvious": -0.1288,
    "sentence:occur": 0.0772,
    "sentence:occurred": -0.1301,
    "sentence:occurring": -0.1157,
    "sentence:occurs": 0.173,
    "sentence:often": 0.2266,
    "sentence:old": -0.1769,
    "sentence:older": -0.0897,
    "sentence:on": -0.1128,
    "sentence:one": 0.0847,
    "sentence:operation": 0.301,
    "sentence:operative": -0.1933,
    "sentence:optimal": -0.0892,
    "sentence:option": 0.0793,
    "sentence:oral": 0.1679,
    "sentence:order": -0.109,
    "sentence:organization": -0.1493,
    "sentence:orientation": -0.0844,
    "sentence:original": -0.122,
    "sentence:osteomyelitis": 0.0854,
    "sentence:other": 0.0613,
    "sentence:our": 0.4041,
    "sentence:out": 0.3652,
    "sentence:outcome": -0.1464,
    "sentence:outpatient": -0.0848,
    "sentence:outside": 0.1517,
    "sentence:ovarian": -0.0892,
    "sentence:over": 0.0726,
    "sentence:overall": -0.083,
    "sentence:ovid": -0.0774,
    "sentence:own": 0.1557,
    "sentence:oxide": -0.1094,
    "sentence:p": -0.7421,
    "sentence:pa": 0.1392,
    "sentence:pain": 0.4375,
    "sentence:painful": 0.1936,
    "sentence:pancreas": 0.1783,
    "sentence:pancreatic": 0.2043,
    "sentence:parameters": -0.1214,
    "sentence:parent": -0.1202,
    "sentence:part": 0.0926,
    "sentence:participants": 0.5685,
    "sentence:participate": -0.1269,
    "sentence:participation": -0.1593,
    "sentence:particularly": 0.1723,
    "sentence:parts": 0.0714,
    "sentence:past": -0.1639,
    "sentence:pathogenesis": -0.0746,
    "sentence:patient": -0.4293,
    "sentence:patients": -0.3126,
    "sentence:pattern": -0.0711,
    "sentence:pelvic": 0.2017,
    "sentence:penicillin": 0.2809,
    "sentence:people": 0.6457,
    "sentence:peptide": -0.1138,
    "sentence:perceived": -0.0747,
    "sentence:percent": -0.0708,
    "sentence:perception": 0.0819,
    "sentence:percutaneous": -0.0855,
    "sentence:perforated": -0.1101,
    "sentence:perform": 0.1705,
    "sentence:performance": -0.1505,
    "sentence:performed": -0.3121,
    "sentence:period": -0.3678,
    "sentence:perioperative": 0.1398,
    "sentence:peritoneal": 0.1063,
    "sentence:persistent": -0.1631,
    "sentence:personal": -0.1086,
    "sentence:personnel": -0.1053,
    "sentence:pharmaceutical": 0.1084,
    "sentence:phase": -0.1655,
    "sentence:physical": -0.2408,
    "sentence:pilot": 0.0836,
    "sentence:place": 0.073,
    "sentence:placebo": -0.294,
    "sentence:placement": 0.0608,
    "sentence:plain": 0.6535,
    "sentence:planned": 0.2413,
    "sentence:platform": -0.07,
    "sentence:play": -0.1161,
    "sentence:plus": 0.0888,
    "sentence:point": -0.1149,
    "sentence:pool": 0.0643,
    "sentence:poor": 0.1032,
    "sentence:populations": 0.1183,
    "sentence:position": -0.0786,
    "sentence:positive": -0.1796,
    "sentence:positively": 0.0814,
    "sentence:possibility": 0.1186,
    "sentence:post": -0.0627,
    "sentence:posterior": -0.0962,
    "sentence:postoperative": -0.2089,
    "sentence:postoperatively": -0.075,
    "sentence:postpartum": 0.0786,
    "sentence:potential": -0.1296,
    "sentence:power": -0.0585,
    "sentence:practice": -0.1595,
    "sentence:pre": -0.1114,
    "sentence:predicted": -0.1776,
    "sentence:prediction": -0.0858,
    "sentence:predictive": -0.0746,
    "sentence:predisposing": 0.0729,
    "sentence:predominant": 0.1581,
    "sentence:predominantly": -0.0923,
    "sentence:preferences": 0.0728,
    "sentence:preferred": -0.0909,
    "sentence:pregnancy": -0.2804,
    "sentence:preoperative": 0.0838,
    "sentence:preoperatively": -0.0766,
    "sentence:preparation": -0.0763,
    "sentence:present": -0.2351,
    "sentence:presentation": -0.0639,
    "sentence:presented": -0.289,
    "sentence:presenting": -0.0779,
    "sentence:preserved": 0.0635,
    "sentence:pressure": -0.1623,
    "sentence:pretreatment": -0.0766,
    "sentence:prevalence": -0.0806,
    "sentence:prevented": -0.0663,
    "sentence:preventing": -0.1054,
    "sentence:previous": -0.0829,
    "sentence:primary": -0.2305,
    "sentence:prior": -0.1654,
    "sentence:private": -0.063,
    "sentence:probability": 0.0946,
    "sentence:probably": 0.0762,
    "sentence:problems": 0.1726,
    "sentence:procedure": 0.3555,
    "sentence:procedures": -0.1353,
    "sentence:process": -0.2881,
    "sentence:processes": 0.1036,
    "sentence:processing": -0.0829,
    "sentence:produce": 0.1037,
    "sentence:product": -0.0824,
    "sentence:production": -0.1918,
    "sentence:prognosis": -0.1212,
    "sentence:program": -0.1061,
    "sentence:programs": -0.1571,
    "sentence:progression": -0.1461,
    "sentence:prolonged": 0.1102,
    "sentence:prophylactic": -0.167,
    "sentence:prophylaxis": 0.0938,
    "sentence:proportion": -0.0794,
    "sentence:proposed": 0.1424,
    "sentence:prospective": -0.2568,
    "sentence:protective": -0.0639,
    "sentence:protein": -0.1263,
    "sentence:protocols": -0.0735,
    "sentence:proved": -0.1473,
    "sentence:provide": 0.2531,
    "sentence:provided": -0.075,
    "sentence:provides": 0.1973,
    "sentence:providing": 0.0954,
    "sentence:pruritus": -0.0615,
    "sentence:psoas": -0.1193,
    "sentence:publication": -0.2058,
    "sentence:pulmonary": -0.066,
    "sentence:purpose": -0.0828,
    "sentence:pus": 0.2269,
    "sentence:pyomyositis": 0.1262,
    "sentence:qualitative": -0.1193,
    "sentence:quality": 0.1791,
    "sentence:quantitative": -0.1182,
    "sentence:quasi": -0.1008,
    "sentence:question": 0.3795,
    "sentence:questionnaire": -0.2792,
    "sentence:questionnaires": -0.0896,
    "sentence:r": -0.1987,
    "sentence:radiographs": -0.0879,
    "sentence:radiography": -0.0616,
    "sentence:random": -0.1521,
    "sentence:randomised": -0.1517,
    "sentence:randomization": -0.079,
    "sentence:randomized": -0.1552,
    "sentence:randomly": -0.0949,
    "sentence:ranged": 0.2579,
    "sentence:rapidly": -0.0711,
    "sentence:rare": -0.1351,
    "sentence:rated": -0.1021,
    "sentence:rates": 0.3292,
    "sentence:rather": 0.1006,
    "sentence:ratio": -0.124,
    "sentence:ratios": 0.1145,
    "sentence:rct": -0.1599,
    "sentence:rcts": 0.1525,
    "sentence:reach": -0.1144,
    "sentence:reached": -0.0733,
    "sentence:reaching": -0.1075,
    "sentence:reactions": 0.1763,
    "sentence:reactive": -0.067,
    "sentence:real": -0.0874,
    "sentence:reason": 0.0901,
    "sentence:receiving": 0.122,
    "sentence:recent": -0.2632,
    "sentence:recently": -0.0781,
    "sentence:receptor": -0.1427,
    "sentence:recipients": -0.1637,
    "sentence:recommendations": -0.076,
    "sentence:records": -0.0904,
    "sentence:recovered": -0.2656,
    "sentence:recruited": -0.081,
    "sentence:recruitment": -0.1289,
    "sentence:recurrence": 0.1066,
    "sentence:recurrent": -0.1196,
    "sentence:reduce": 0.2928,
    "sentence:reduced": -0.0957,
    "sentence:reduces": 0.2232,
    "sentence:reducing": 0.1305,
    "sentence:reduction": -0.1803,
    "sentence:reference": -0.343,
    "sentence:references": -0.0944,
    "sentence:referred": -0.0685,
    "sentence:refractory": -0.066,
    "sentence:refute": 0.1819,
    "sentence:regarding": -0.0981,
    "sentence:regardless": 0.0629,
    "sentence:regimens": 0.0842,
    "sentence:region": -0.1627,
    "sentence:regions": -0.0901,
    "sentence:register": -0.2597,
    "sentence:registry": -0.1077,
    "sentence:regression": -0.2353,
    "sentence:regular": -0.0644,
    "sentence:relapse": 0.1831,
    "sentence:related": -0.3943,
    "sentence:relation": -0.1956,
    "sentence:relationship": -0.0897,
    "sentence:relevance": 0.1283,
    "sentence:relevant": 0.0814,
    "sentence:reliable": 0.1787,
    "sentence:reliably": 0.0903,
    "sentence:relief": 0.1061,
    "sentence:remain": -0.0755,
    "sentence:remission": 0.3739,
    "sentence:remove": 0.2148,
    "sentence:removed": 0.07,
    "sentence:renal": -0.1934,
    "sentence:repeated": -0.1243,
    "sentence:replaced": -0.0621,
    "sentence:replacement": -0.0556,
    "sentence:reported": 0.0703,
    "sentence:reports": -0.2065,
    "sentence:represent": -0.0873,
    "sentence:representing": -0.0766,
    "sentence:represents": 0.0931,
    "sentence:require": 0.1152,
    "sentence:required": -0.1626,
    "sentence:requires": 0.2622,
    "sentence:requiring": -0.121,
    "sentence:rescue": -0.0941,
    "sentence:research": 0.1323,
    "sentence:researchers": 0.6424,
    "sentence:resection": -0.0638,
    "sentence:residual": -0.0771,
    "sentence:resistance": 0.146,
    "sentence:resolution": 0.1762,
    "sentence:resolved": -0.1536,
    "sentence:resonance": -0.1217,
    "sentence:resource": 0.1031,
    "sentence:respectively": -0.2817,
    "sentence:respiratory": -0.0939,
    "sentence:response": -0.366,
    "sentence:responses": -0.0629,
    "sentence:responsible": 0.0899,
    "sentence:rest": 0.0959,
    "sentence:restoration": 0.1478,
    "sentence:restrictions": -0.1494,
    "sentence:result": -0.1182,
    "sentence:results": 0.4649,
    "sentence:retrospective": -0.2081,
    "sentence:retrospectively": -0.1031,
    "sentence:return": -0.1429,
    "sentence:revealed": -0.4008,
    "sentence:review": 0.4318,
    "sentence:reviewed": -0.1593,
    "sentence:reviews": -0.3057,
    "sentence:risks": -0.0889,
    "sentence:robust": 0.1254,
    "sentence:role": -0.1952,
    "sentence:route": -0.1341,
    "sentence:routine": 0.2569,
    "sentence:rr": -0.3985,
    "sentence:rule": 0.1261,
    "sentence:s": 0.4264,
    "sentence:safe": 0.1974,
    "sentence:same": -0.0783,
    "sentence:satisfaction": -0.0771,
    "sentence:saturation": -0.0765,
    "sentence:scale": -0.2985,
    "sentence:schizophrenia": -0.0999,
    "sentence:school": -0.0918,
    "sentence:score": -0.2824,
    "sentence:scored": -0.063,
    "sentence:scores": -0.2107,
    "sentence:screened": -0.126,
    "sentence:search": 0.0836,
    "sentence:searched": 0.1921,
    "sentence:searches": -0.1265,
    "sentence:sedation": -0.1373,
    "sentence:see": 0.186,
    "sentence:seems": 0.119,
    "sentence:seen": 0.1033,
    "sentence:segment": -0.1059,
    "sentence:selective": -0.0774,
    "sentence:self": -0.2404,
    "sentence:sensitive": -0.1138,
    "sentence:sensitivity": -0.1734,
    "sentence:sepsis": -0.0803,
    "sentence:september": 0.1933,
    "sentence:septic": 0.146,
    "sentence:sequence": -0.1293,
    "sentence:sequences": -0.1683,
    "sentence:serious": 0.5242,
    "sentence:serum": -0.1335,
    "sentence:service": -0.1974,
    "sentence:services": -0.1953,
    "sentence:sessions": -0.0884,
    "sentence:setting": -0.0711,
    "sentence:seven": 0.2211,
    "sentence:several": -0.1338,
    "sentence:severity": -0.2329,
    "sentence:sex": -0.0849,
    "sentence:sham": 0.0849,
    "sentence:she": -0.1602,
    "sentence:shorter": -0.1127,
    "sentence:should": 0.7929,
    "sentence:showed": 0.1378,
    "sentence:shown": -0.1855,
    "sentence:side": 0.3662,
    "sentence:significance": -0.0976,
    "sentence:significant": -0.2847,
    "sentence:significantly": -0.237,
    "sentence:signs": -0.0991,
    "sentence:simultaneous": -0.0909,
    "sentence:since": -0.2333,
    "sentence:single": -0.2252,
    "sentence:sinus": 0.3461,
    "sentence:sinuses": 0.1052,
    "sentence:sites": -0.2127,
    "sentence:six": 0.3002,
    "sentence:sizes": 0.0986,
    "sentence:skeletal": 0.0832,
    "sentence:skin": 0.2071,
    "sentence:slight": -0.1046,
    "sentence:small": 0.7056,
    "sentence:smaller": -0.0614,
    "sentence:so": 0.1103,
    "sentence:social": -0.151,
    "sentence:soft": 0.0919,
    "sentence:solution": 0.1197,
    "sentence:some": 0.361,
    "sentence:sometimes": -0.0751,
    "sentence:sought": -0.072,
    "sentence:sources": 0.1385,
    "sentence:south": 0.0771,
    "sentence:specialised": -0.0932,
    "sentence:specific": -0.102,
    "sentence:specificity": -0.0937,
    "sentence:specimens": -0.0786,
    "sentence:spectrum": -0.2099,
    "sentence:speed": -0.1319,
    "sentence:spinal": -0.3311,
    "sentence:spine": 0.0575,
    "sentence:spondylodiscitis": -0.083,
    "sentence:spread": -0.0655,
    "sentence:staff": -0.1094,
    "sentence:standard": -0.0618,
    "sentence:standardised": 0.0891,
    "sentence:staphylococcus": -0.1029,
    "sentence:started": -0.1087,
    "sentence:starting": 0.0952,
    "sentence:states": -0.0882,
    "sentence:statistical": -0.0641,
    "sentence:statistically": -0.0976,
    "sentence:status": -0.2474,
    "sentence:stay": 0.3576,
    "sentence:stenosis": -0.0932,
    "sentence:step": -0.1475,
    "sentence:steroid": -0.0669,
    "sentence:steroids": 0.1327,
    "sentence:still": -0.0674,
    "sentence:stimulating": -0.1207,
    "sentence:stimulation": -0.1011,
    "sentence:stomach": 0.0994,
    "sentence:stop": 0.1719,
    "sentence:strategies": -0.1134,
    "sentence:strategy": -0.1079,
    "sentence:stratified": -0.1171,
    "sentence:streptococcus": 0.0917,
    "sentence:stress": -0.0972,
    "sentence:strongly": -0.1234,
    "sentence:structural": -0.1632,
    "sentence:structure": -0.0749,
    "sentence:structured": -0.0874,
    "sentence:structures": -0.07,
    "sentence:studies": 0.8065,
    "sentence:sub": 0.2903,
    "sentence:subgroup": -0.1087,
    "sentence:subjective": -0.16,
    "sentence:subjects": -0.314,
    "sentence:subsequently": -0.1518,
    "sentence:substantial": -0.0845,
    "sentence:successful": 0.0841,
    "sentence:such": 0.1177,
    "sentence:suffered": -0.0962,
    "sentence:sufficient": 0.1356,
    "sentence:suggest": 0.1852,
    "sentence:suggesting": 0.1244,
    "sentence:suggests": 0.1303,
    "sentence:suitable": 0.0605,
    "sentence:summary": 0.725,
    "sentence:superior": 0.1119,
    "sentence:support": 0.2588,
    "sentence:supported": 0.073,
    "sentence:surface": 0.0838,
    "sentence:surgery": 0.2667,
    "sentence:surgical": 0.1863,
    "sentence:surrounding": 0.0951,
    "sentence:survival": 0.1731,
    "sentence:suspected": 0.0663,
    "sentence:suspicion": 0.2288,
    "sentence:symptomatic": -0.064,
    "sentence:symptoms": 0.3425,
    "sentence:syndrome": 0.0851,
    "sentence:synthesis": -0.1423,
    "sentence:system": -0.0809,
    "sentence:systematic": -0.2385,
    "sentence:systematically": -0.1343,
    "sentence:systemic": -0.0784,
    "sentence:t": -0.2061,
    "sentence:take": 0.0932,
    "sentence:taken": 0.0851,
    "sentence:taking": 0.1716,
    "sentence:target": -0.1597,
    "sentence:targets": -0.1506,
    "sentence:technique": 0.1587,
    "sentence:techniques": 0.29,
    "sentence:technology": -0.1055,
    "sentence:teeth": -0.0835,
    "sentence:ten": 0.1112,
    "sentence:tenderness": 0.1174,
    "sentence:term": 0.2138,
    "sentence:test": -0.2834,
    "sentence:testing": -0.0899,
    "sentence:tests": -0.1589,
    "sentence:than": 0.0709,
    "sentence:the": 0.2779,
    "sentence:them": 0.2368,
    "sentence:then": 0.1183,
    "sentence:therapeutic": -0.063,
    "sentence:therapies": -0.1807,
    "sentence:therapy": 0.1398,
    "sentence:these": 0.1716,
    "sentence:they": 0.2286,
    "sentence:thickness": -0.092,
    "sentence:third": -0.1308,
    "sentence:thirty": -0.1473,
    "sentence:this": 0.4996,
    "sentence:those": -0.1465,
    "sentence:thought": 0.2338,
    "sentence:threatening": 0.1088,
    "sentence:three": 0.0663,
    "sentence:throat": 0.2049,
    "sentence:thrombosis": -0.08,
    "sentence:times": 0.205,
    "sentence:timing": 0.1553,
    "sentence:tissues": 0.0715,
    "sentence:to": 0.111,
    "sentence:tolerated": 0.1498,
    "sentence:tomography": -0.1098,
    "sentence:too": 0.1855,
    "sentence:took": 0.0959,
    "sentence:tool": -0.1004,
    "sentence:tools": -0.1568,
    "sentence:tooth": 0.1952,
    "sentence:topical": 0.1529,
    "sentence:tract": 0.1086,
    "sentence:traditional": 0.1603,
    "sentence:training": -0.1155,
    "sentence:transfer": -0.1038,
    "sentence:treat": 0.0917,
    "sentence:treated": 0.1688,
    "sentence:treating": 0.1116,
    "sentence:treatment": 0.1536,
    "sentence:treatments": 0.2273,
    "sentence:trend": -0.121,
    "sentence:trial": 0.0981,
    "sentence:trials": 0.5648,
    "sentence:tube": 0.0811,
    "sentence:tuberculosis": -0.0866,
    "sentence:tuberculous": -0.1469,
    "sentence:tumors": -0.0922,
    "sentence:twenty": -0.0955,
    "sentence:twice": -0.1237,
    "sentence:typical": -0.092,
    "sentence:typically": 0.0933,
    "sentence:ulcerative": 0.2034,
    "sentence:unable": 0.1355,
    "sentence:uncertain": 0.1001,
    "sentence:uncertainty": 0.0932,
    "sentence:unclear": 0.1569,
    "sentence:uncommon": -0.0877,
    "sentence:uncomplicated": 0.1774,
    "sentence:under": 0.0777,
    "sentence:undergo": -0.0608,
    "sentence:undergoing": 0.1017,
    "sentence:underwent": -0.1762,
    "sentence:unique": -0.0706,
    "sentence:university": -0.2798,
    "sentence:unknown": -0.1221,
    "sentence:unlike": 0.0639,
    "sentence:unpublished": -0.0876,
    "sentence:until": 0.1006,
    "sentence:untreated": -0.1618,
    "sentence:up": 0.3674,
    "sentence:update": -0.1266,
    "sentence:upon": -0.0784,
    "sentence:upper": 0.0785,
    "sentence:urgent": 0.0758,
    "sentence:usa": 0.1795,
    "sentence:use": 0.2799,
    "sentence:users": -0.095,
    "sentence:uses": -0.104,
    "sentence:using": -0.2125,
    "sentence:usual": 0.1149,
    "sentence:usually": 0.4422,
    "sentence:utilization": -0.0721,
    "sentence:v": -0.0744,
    "sentence:vaginal": 0.1982,
    "sentence:validated": -0.0767,
    "sentence:validation": -0.0633,
    "sentence:value": -0.2259,
    "sentence:values": -0.086,
    "sentence:variability": 0.0802,
    "sentence:variables": -0.143,
    "sentence:variance": -0.0614,
    "sentence:variation": -0.131,
    "sentence:varied": 0.213,
    "sentence:variety": 0.227,
    "sentence:various": -0.1235,
    "sentence:vein": -0.127,
    "sentence:very": 0.3525,
    "sentence:via": 0.0759,
    "sentence:video": -0.1064,
    "sentence:view": 0.1221,
    "sentence:visit": -0.1042,
    "sentence:visual": -0.1906,
    "sentence:volume": -0.2035,
    "sentence:wanted": 0.2316,
    "sentence:warranted": 0.1463,
    "sentence:was": -0.7254,
    "sentence:water": 0.1683,
    "sentence:way": 0.2524,
    "sentence:we": -0.0982,
    "sentence:weakness": 0.0681,
    "sentence:week": 0.088,
    "sentence:weeks": -0.1481,
    "sentence:weight": -0.1246,
    "sentence:well": -0.0846,
    "sentence:were": -0.5702,
    "sentence:what": 1.1957,
    "sentence:when": 0.304,
    "sentence:whereas": -0.1864,
    "sentence:whether": 0.1134,
    "sentence:which": 0.1923,
    "sentence:while": -0.2567,
    "sentence:white": 0.1134,
    "sentence:who": 0.2971,
    "sentence:whom": -0.0775,
    "sentence:why": 0.1979,
    "sentence:will": -0.0648,
    "sentence:within": -0.1295,
    "sentence:without": 0.0869,
    "sentence:woman": 0.0648,
    "sentence:women": 0.2792,
    "sentence:work": -0.1418,
    "sentence:world": -0.0685,
    "sentence:wound": 0.3235,
    "sentence:wounds": 0.1989,
    "sentence:year": 0.091,
    "sentence:young": -0.0701,
    "sentence:α": -0.1033,
    "sentence@bias": -0.9534,
    "sentence@end0": 3.1728,
    "sentence@end1": 1.6595,
    "sentence@end2": 0.4157,
    "sentence@end3": -0.2947,
    "sentence@end4": -0.5623,
    "sentence@end5": -0.7485,
    "sentence@end6": -0.9028,
    "sentence@end7": -0.8612,
    "sentence@end8": -0.9694,
    "sentence@end9": -1.3137,
    "seq_start": 0.3069,
    "tense_shift": 0.5931,
    "topic_down_after": 0.3157,
    "topic_from_none": 0.2594,
    "topic_top": 0.8541,
    "topic_up": 0.3235,
}

#: The role model's weights: a feature a line, then its weight for each of B, M, R, C
#: (0: none), added to WEIGHTS as "role:ROLE:FEATURE".
ROLE_TABLE = """\
cue:case -0.023 1.0072 -0.4881 -0.496
cue:contrast 0.3916 -0.347 0.089 -0.1341
cue:cue -0.1394 -0.0426 -0.0326 0.2168
cue:edverb -0.1282 0.2917 0.1204 -0.3449
cue:eval 0.0833 -0.303 0.1627 0.0645
cue:followon -0.1623 0.1511 -0.1581 0.1692
cue:future 0.0672 -0.0166 -0.1328 0.0833
cue:hedge 0.0466 -0.265 0.0822 0.1359
cue:judging 0.5247 -0.7804 -0.4513 0.6411
cue:long 0.0591 0.1857 -0.0822 -0.1599
cue:modal -0.0731 -0.2998 0.0494 0.3172
cue:num1 -0.1923 -0.2777 0.4048 -0.0606
cue:num3 -0.3194 0.0362 0.3495 -0.1105
cue:opener 0.2495 0.0888 -0.1276 -0.2088
cue:parennum -0.3566 -0.0166 0.2777 0.0386
cue:past -0.2197 0.0866 0.348 -0.264
cue:pct 0.0238 -0.0165 -0.1116 0.1719
cue:present 0.3067 -0.482 -0.1863 0.3442
cue:pval -0.1236 0.0886 0.6245 -0.6185
cue:report -0.3414 0.2681 0.3784 -0.3405
cue:safety 0.2298 -0.1542 -0.0961 0.0192
cue:short -0.2601 0.1915 0.3313 -0.2786
cue:stats -0.123 -0.4693 0.6057 -0.2878
cue:studyref 0.3013 -0.3543 -0.1811 0.2337
cue:we 0.0439 0.0108 -0.1834 0.1295
end:0 -0.5534 -0.3578 -0.6754 1.3814
end:1 -0.9587 -0.023 1.053 -0.0226
end:2 -0.3521 0.2494 0.643 -0.5241
end:3 -0.3465 0.4701 0.6156 -0.7194
end:4 0.2434 0.2469 0.2538 -0.7401
end:5 0.2784 0.3477 0.0288 -0.6495
end:6 0.4702 0.128 -0.1425 -0.4499
end:7 0.4556 -0.0418 -0.3825 -0.0193
end:8 0.3751 0.0426 -0.4919 0.0889
end:9 0.0218 -0.7154 -0.4626 1.0136
first: -0.3338 -0.1723 0.1267 0.3794
first:a -0.5446 0.3482 0.1545 0.0425
first:academic -0.0914 0.1277 -0.0316 -0.0048
first:acute 0.154 -0.0333 -0.0828 -0.0378
first:additionally 0.098 -0.0576 0.1882 -0.2286
first:adverse -0.0413 0.0302 -0.2183 0.2294
first:after -0.1249 -0.2881 0.4794 -0.0665
first:age -0.1063 -0.1421 0.3041 -0.0558
first:all -0.2052 0.0675 0.1696 -0.0321
first:also 0.0255 -0.0278 -0.1114 0.1136
first:although 0.1563 -0.1089 0.1042 -0.1516
first:among -0.0975 -0.3413 0.1201 0.3186
first:an -0.1673 0.2295 -0.1259 0.0637
first:another -0.0149 -0.1493 0.2343 -0.07
first:antibiotic -0.021 0.1763 -0.1636 0.0083
first:antibiotics -0.0133 -0.0015 -0.0155 0.0303
first:approximately 0.011 -0.2822 0.1384 0.1328
first:as 0.1514 -0.1605 0.0724 -0.0633
first:at -0.0734 -0.0872 0.0782 0.0825
first:background -0.0758 -0.0336 -0.1401 0.2499
first:based -0.2512 -0.0783 0.3306 -0.0011
first:because 0.0528 0.1075 -0.2622 0.1019
first:between 0.0223 -0.0177 0.0131 -0.0176
first:blood -0.0237 0.1552 -0.3086 0.1772
first:both 0.1922 -0.0788 -0.307 0.1937
first:by 0.0128 0.1459 -0.199 0.0403
first:case 0.2329 -0.2027 0.03 -0.0602
first:changes -0.0294 0.1884 -0.1217 -0.0373
first:children -0.0092 0.1254 -0.0567 -0.0595
first:clinical 0.02 0.4087 -0.4523 0.0236
first:compared -0.0321 0.0435 -0.1058 0.0944
first:complications -0.0009 -0.0144 0.0999 -0.0846
first:computed -0.0474 0.0035 0.0682 -0.0242
first:current 0.0717 -0.0249 -0.1212 0.0744
first:currently -0.0078 -0.0407 -0.1156 0.1642
first:data -0.1234 0.4049 -0.275 -0.0067
first:despite -0.0404 -0.1467 0.1403 0.0468
first:diagnosis 0.1706 -0.2321 0.1006 -0.039
first:differences -0.0211 0.0807 -0.0048 -0.0549
first:different 0.3391 -0.3609 -0.1149 0.1367
first:drainage 0.0228 -0.0353 0.0141 -0.0016
first:during 0.4738 -0.1653 -0.1635 -0.145
first:early -0.0772 -0.1513 0.2812 -0.0527
first:eight -0.0181 0.1463 0.0325 -0.1607
first:eighty -0.0085 0.0717 -0.0487 -0.0145
first:eleven -0.0351 -0.0543 0.1773 -0.0879
first:eligible -0.0075 0.0625 -0.0525 -0.0025
first:evaluation -0.1084 0.3067 -0.1844 -0.0139
first:even -0.0065 -0.0417 0.1006 -0.0524
first:experimental 0.109 -0.0444 -0.055 -0.0096
first:eyes -0.0457 0.2445 -0.1948 -0.0039
first:few 0.0767 -0.0522 -0.0153 -0.0093
first:fifty -0.027 -0.0679 -0.0427 0.1376
first:finally -0.0586 0.3325 -0.1742 -0.0996
first:findings 0.0004 -0.0035 -0.0019 0.005
first:five -0.0185 -0.0413 -0.1652 0.225
first:follow -0.0101 -0.0362 0.1476 -0.1014
first:following 0.0313 0.26 -0.1623 -0.129
first:for -0.0664 -0.0509 0.0112 0.106
first:forty -0.0732 -0.1275 0.2534 -0.0527
first:four -0.2398 -0.0195 0.1737 0.0856
first:from -0.0497 -0.2267 0.3477 -0.0712
first:further -0.0291 -0.0369 -0.1699 0.2363
first:furthermore 0.0301 -0.0966 0.0703 -0.0037
first:future -0.0097 -0.0323 -0.0897 0.1317
first:given 0.0157 -0.0143 -0.0149 0.0135
first:group -0.032 0.2268 -0.1657 -0.0291
first:he -0.1136 -0.0991 0.2261 -0.0133
first:here -0.0794 -0.0791 0.2936 -0.1351
first:high -0.019 -0.0854 0.1557 -0.0514
first:higher -0.0338 -0.0512 0.1042 -0.0192
first:how 0.0171 -0.0101 -0.0126 0.0057
first:however 0.2918 -0.3409 -0.0151 0.0639
first:if -0.0199 0.0099 -0.0695 0.0796
first:in -0.205 -0.1289 0.4412 -0.1073
first:inclusion 0.0968 0.0443 -0.1096 -0.0315
first:it 0.0817 0.1508 -0.0114 -0.2211
first:key -0.034 0.1107 -0.3736 0.2971
first:logistic -0.0116 0.05 0.0417 -0.0801
first:low 0.0262 -0.0249 0.0128 -0.0141
first:mean -0.1073 0.05 0.1512 -0.094
first:median 0.2456 -0.383 0.1492 -0.0118
first:more -0.084 0.1785 -0.1449 0.0504
first:moreover -0.0124 -0.1119 0.185 -0.0607
first:mortality 0.0899 -0.2647 0.2049 -0.0301
first:most 0.1168 -0.2848 0.1208 0.0471
first:mri -0.0599 -0.0421 -0.227 0.3289
first:multiple 0.0284 -0.187 -0.0126 0.1713
first:multivariate -0.0045 -0.0131 0.1041 -0.0864
first:nine -0.0083 0.0087 0.002 -0.0024
first:no 0.038 -0.5403 0.6776 -0.1748
first:non 0.0159 0.0247 -0.1315 0.0909
first:none -0.0198 0.2659 -0.0408 -0.2054
first:not -0.1798 0.2712 -0.0828 -0.0086
first:observational -0.1042 0.1375 -0.028 -0.0052
first:of -0.0326 -0.4193 0.5426 -0.0904
first:on -0.0412 0.0264 0.0287 -0.0139
first:once -0.0077 -0.0342 0.0653 -0.0234
first:one -0.0591 -0.2475 0.3999 -0.0935
first:only -0.109 0.0267 0.087 -0.0047
first:open -0.0125 0.0377 0.0107 -0.0359
first:other -0.042 -0.0487 0.2001 -0.1093
first:our 0.2204 -0.4731 0.0843 0.1681
first:outcome -0.0487 0.1696 -0.1168 -0.004
first:outcomes 0.0953 -0.0587 0.0317 -0.0682
first:over -0.0242 0.1415 -0.0424 -0.0749
first:overall -0.0452 -0.2324 0.4473 -0.1695
first:participants -0.018 0.3649 -0.207 -0.1401
first:patient -0.0739 0.2226 0.0357 -0.1843
first:patients -0.1002 0.5894 -0.3369 -0.1524
first:people 0.0901 0.015 -0.1369 0.0318
first:physical -0.0532 -0.0784 0.1295 0.0021
first:plain -0.0744 -0.0784 -0.1453 0.2988
first:postoperative -0.0117 0.0717 -0.124 0.0639
first:previous 0.0136 -0.0169 -0.1155 0.1187
first:primary 0.3054 -0.0994 -0.1894 -0.0166
first:prospective -0.2127 0.2102 0.0044 -0.0018
first:psoas -0.0209 -0.1042 -0.1772 0.3023
first:quality -0.0136 -0.0292 -0.2399 0.283
first:randomised -0.1876 0.4513 -0.1779 -0.0855
first:randomized -0.177 0.2891 -0.0551 -0.0568
first:rcts -0.173 0.2502 -0.0639 -0.0133
first:results -0.0488 0.2515 -0.1077 -0.095
first:retrospective -0.1979 0.2954 -0.084 -0.0133
first:review -0.1697 0.2083 -0.0347 -0.0039
first:risk -0.0317 0.0153 0.0136 0.0029
first:secondary 0.0728 0.3176 -0.5259 0.1354
first:serum -0.0186 0.3116 -0.2478 -0.0451
first:seven -0.0211 -0.0504 -0.0126 0.0841
first:several 0.1279 -0.0353 -0.1589 0.0664
first:significant -0.0079 -0.0553 -0.0599 0.123
first:similarly 0.1742 -0.2588 0.0552 0.0294
first:since 0.0336 -0.0045 -0.099 0.0699
first:six -0.0216 0.0517 0.0842 -0.1143
first:sixty -0.0338 0.1565 -0.1128 -0.0098
first:some 0.1807 -0.227 0.0547 -0.0084
first:spinal -0.0974 0.0199 -0.152 0.2295
first:standard -0.014 -0.1222 0.1294 0.0068
first:staphylococcus -0.0217 -0.1529 0.1761 -0.0015
first:studies -0.2344 0.4088 -0.0604 -0.1139
first:study -0.022 0.0487 -0.3129 0.287
first:subjects 0.0116 -0.0518 0.0794 -0.0392
first:surgery -0.0048 -0.0497 0.1086 -0.0541
first:surgical 0.2278 0.1891 -0.0664 -0.3506
first:survival 0.2787 -0.2281 -0.0147 -0.0359
first:ten -0.0173 0.0397 -0.0201 -0.0023
first:the 0.0867 -0.1878 0.0687 0.0342
first:there 0.0055 -0.1705 0.0087 0.157
first:therefore 0.1803 0.0088 -0.2001 0.0109
first:these 0.0529 0.0314 -0.0302 -0.0541
first:they -0.1371 -0.1909 0.1645 0.1634
first:thirty -0.1062 -0.0719 0.2014 -0.0232
first:this -0.1475 0.2679 -0.2577 0.1369
first:three -0.2589 -0.2897 0.3901 0.1584
first:time 0.1083 -0.1278 0.0494 -0.0298
first:to 1.3189 -0.6887 -0.4891 -0.1657
first:total -0.0113 0.1812 -0.3023 0.1325
first:treatment -0.0901 0.0921 0.0582 -0.0602
first:trials 0.0006 0.0923 0.0018 -0.0947
first:tuberculous -0.0047 -0.1181 0.0599 0.0629
first:twelve -0.0207 0.0301 0.0258 -0.0352
first:twenty -0.2093 0.0331 0.2347 -0.0586
first:two -0.219 0.2791 0.2155 -0.2759
first:university -0.1509 0.2253 -0.0658 -0.0085
first:using -0.0289 0.0365 0.1668 -0.1744
first:we -0.1718 0.0082 0.0594 0.1077
first:what -0.0188 -0.0744 -0.2794 0.3738
first:when -0.0535 -0.115 -0.0384 0.2068
first:while 0.0002 0.2757 -0.2088 -0.0671
first:with -0.026 0.0013 0.0866 -0.0619
first:within 0.0262 0.0977 -0.1141 -0.0099
first:women -0.0087 0.2086 -0.2113 0.0115
place:0 2.2709 1.646 -0.9089 -3.0717
place:1 0.4837 1.642 0.7917 -2.6642
place:2 -1.6052 0.5389 1.1428 -0.0836
place:3 -1.796 -1.0404 0.7736 2.1178
place:4 -1.762 -2.335 -1.3368 2.8803
place:opening 1.1377 -0.5454 -0.5149 -0.3611
w:0 0.0084 0.3523 0.2076 -0.5695
w:00 -0.0387 0.0283 0.1559 -0.1456
w:000 -0.0236 0.3399 -0.345 0.0287
w:0001 -0.0043 0.2371 -0.1896 -0.0431
w:001 -0.0253 -0.0438 0.2378 -0.1683
w:002 -0.0003 -0.0172 0.0211 -0.0035
w:003 -0.0016 -0.0606 0.0706 -0.0084
w:004 -0.0003 -0.0243 0.0333 -0.0087
w:005 -0.0011 -0.0649 0.0736 -0.0075
w:006 -0.0287 -0.0775 -0.0699 0.1762
w:008 -0.0013 -0.0355 0.0808 -0.044
w:01 -0.0507 0.3183 -0.2401 -0.0277
w:011 -0.0007 -0.035 0.0417 -0.006
w:018 -0.0019 -0.0327 0.0363 -0.0016
w:02 -0.0515 -0.1138 0.3972 -0.2319
w:03 -0.0324 -0.2627 0.222 0.073
w:04 -0.0055 0.0281 0.0541 -0.0767
w:05 -0.0474 0.4159 -0.1518 -0.2159
w:06 -0.0034 -0.1203 0.199 -0.0752
w:07 -0.0082 -0.169 0.1846 -0.0073
w:08 -0.0181 -0.0306 0.0677 -0.0191
w:09 -0.0175 -0.0751 0.1059 -0.0133
w:1 -0.0279 0.368 0.0471 -0.3816
w:10 -0.512 0.1284 0.5286 -0.145
w:100 -0.1528 0.2299 0.0538 -0.1309
w:101 -0.0764 -0.0688 0.0509 0.0942
w:102 -0.0038 0.0525 -0.0413 -0.0075
w:104 -0.0144 0.1556 -0.203 0.0618
w:106 -0.01 0.3488 -0.3118 -0.027
w:107 0.0606 -0.0898 0.1189 -0.0897
w:109 -0.0371 0.0023 0.0552 -0.0204
w:11 0.0622 -0.3873 0.1209 0.2036
w:113 -0.0006 -0.0372 0.0429 -0.0051
w:12 0.2835 -0.337 0.0606 -0.0072
w:120 0.0389 -0.0976 0.0026 0.0561
w:125 0.2782 0.0757 -0.2706 -0.0833
w:127 -0.0506 0.1858 -0.1319 -0.0033
w:13 -0.1336 -0.1634 0.4083 -0.1113
w:130 -0.0459 0.1855 -0.1371 -0.0025
w:14 0.0086 -0.2394 0.0946 0.136
w:140 -0.0295 -0.1262 0.164 -0.0082
w:141 -0.0321 -0.2146 0.2456 0.0012
w:15 -0.1541 -0.1556 0.3093 0.0003
w:150 -0.0238 -0.0063 0.0853 -0.0552
w:16 -0.3163 0.1234 0.3055 -0.1125
w:17 -0.0178 -0.1931 0.4736 -0.2624
w:176 -0.0011 -0.0431 0.0595 -0.0153
w:18 -0.125 0.1316 -0.0245 0.0181
w:19 -0.0654 -0.2088 0.437 -0.1626
w:1946 -0.0148 0.0218 -0.0022 -0.0047
w:1950 -0.0159 0.0352 -0.0107 -0.0086
w:1966 -0.0076 0.0127 -0.0028 -0.0024
w:1974 -0.0201 0.0349 -0.0048 -0.01
w:1980 -0.0183 0.0309 -0.0242 0.0115
w:1993 -0.0432 0.0017 0.0421 -0.0006
w:1997 0.0921 -0.0639 -0.025 -0.0033
w:1998 0.0046 -0.1549 0.1181 0.0322
w:2 0.3353 -0.0242 0.108 -0.4194
w:20 -0.2168 -0.2305 0.2444 0.2029
w:200 -0.0264 0.1283 -0.1011 -0.0008
w:2000 -0.0184 0.2433 -0.1103 -0.1145
w:2001 0.1279 0.0048 -0.0914 -0.0413
w:2004 0.1319 0.015 -0.2104 0.0635
w:2005 -0.1491 0.2432 -0.0566 -0.0375
w:2006 -0.1428 0.4119 -0.2217 -0.0473
w:2007 0.0634 -0.1258 -0.0595 0.1218
w:2008 0.1068 -0.1874 0.0635 0.0171
w:2009 -0.134 0.1835 -0.0418 -0.0076
w:2010 -0.055 0.4452 -0.3045 -0.0856
w:2011 -0.0358 0.1253 -0.2934 0.204
w:2012 0.0397 0.2564 -0.1418 -0.1542
w:2013 -0.1803 0.283 -0.0798 -0.023
w:2014 0.3965 0.4453 -0.6255 -0.2162
w:2015 -0.0001 0.0749 -0.1002 0.0254
w:2016 -0.0761 0.0384 -0.0585 0.0962
w:2017 -0.0577 0.1045 -0.0691 0.0224
w:2018 -0.1294 0.1634 -0.0579 0.024
w:21 0.0103 0.2376 -0.1059 -0.142
w:22 0.1222 -0.1757 0.0657 -0.0122
w:23 -0.0324 -0.1052 0.2705 -0.1329
w:24 0.0381 0.0891 0.0465 -0.1737
w:25 -0.1597 0.1487 -0.0219 0.0329
w:250 -0.0105 0.0173 0.0194 -0.0261
w:26 -0.0536 0.3145 -0.1305 -0.1304
w:27 0.0582 -0.1907 -0.0073 0.1398
w:28 -0.1394 0.3945 -0.1847 -0.0705
w:29 -0.04 -0.0065 0.1362 -0.0897
w:3 -0.2538 0.2056 0.3027 -0.2553
w:30 0.0606 0.2768 -0.3594 0.0218
w:31 -0.0458 -0.3541 0.5781 -0.178
w:32 -0.0981 -0.3904 0.4828 0.0055
w:33 0.0902 0.1272 -0.1755 -0.0418
w:34 -0.0444 -0.1358 0.2306 -0.0504
w:35 -0.2883 0.1487 0.0988 0.0408
w:36 0.0893 -0.484 0.1707 0.224
w:37 -0.0459 0.1627 -0.079 -0.0377
w:38 -0.0676 0.0376 0.2141 -0.1841
w:39 -0.1002 -0.2148 0.3589 -0.0439
w:4 -0.1665 0.0661 0.2743 -0.1734
w:40 -0.0042 0.2386 -0.1363 -0.0981
w:400 -0.0726 0.0689 -0.1169 0.1206
w:41 -0.019 -0.0971 0.1963 -0.0803
w:42 -0.175 0.17 0.0324 -0.0274
w:43 -0.0778 0.0834 -0.0459 0.0404
w:44 -0.1737 -0.3303 0.4236 0.0805
w:45 0.1165 -0.1251 0.279 -0.2704
w:46 0.0145 -0.1287 0.108 0.0062
w:47 -0.0189 -0.0967 0.2418 -0.1262
w:48 -0.0214 0.0103 0.1434 -0.1323
w:49 -0.0065 0.0515 -0.0799 0.0348
w:5 -0.0629 -0.0363 -0.0563 0.1555
w:50 -0.1585 0.0581 -0.1448 0.2454
w:500 -0.0066 0.054 -0.0447 -0.0026
w:51 -0.0571 -0.3775 0.3552 0.0795
w:52 -0.0759 0.0341 -0.111 0.1529
w:53 -0.0187 -0.2455 0.4126 -0.1485
w:54 -0.0714 -0.2635 0.4402 -0.1051
w:55 0.0157 -0.1285 0.0705 0.0423
w:56 -0.0275 -0.3295 0.3908 -0.0339
w:57 0.0947 0.0386 -0.0608 -0.0725
w:58 -0.0274 0.0948 -0.0671 -0.0003
w:59 -0.1196 -0.2619 0.3185 0.063
w:6 -0.2149 0.0403 -0.0065 0.1808
w:60 0.0702 -0.4102 -0.0069 0.3467
w:61 0.0624 -0.0968 0.0165 0.0179
w:62 -0.0432 -0.0209 0.1878 -0.1237
w:63 -0.0166 -0.1036 0.2095 -0.0893
w:64 -0.0572 -0.2157 0.1043 0.1687
w:65 0.1847 -0.2322 0.102 -0.0545
w:66 -0.0368 0.2722 -0.206 -0.0295
w:67 -0.0277 -0.0439 0.0572 0.0144
w:68 -0.0126 -0.1881 0.2341 -0.0334
w:69 0.054 0.0999 -0.0642 -0.0896
w:7 0.083 -0.1732 0.3343 -0.2439
w:70 0.4833 -0.5177 0.0688 -0.0343
w:71 0.1961 0.005 -0.132 -0.0692
w:72 -0.1124 -0.1088 0.2304 -0.0092
w:73 -0.0154 0.039 0.0499 -0.0734
w:74 0.1107 -0.1555 0.2626 -0.2179
w:75 -0.0841 0.4069 -0.334 0.0112
w:76 -0.1505 -0.061 0.3088 -0.0973
w:77 -0.0095 0.1146 -0.0312 -0.0739
w:78 -0.021 -0.1463 0.1942 -0.0268
w:79 0.1129 -0.0033 -0.024 -0.0857
w:8 0.042 0.0109 -0.0837 0.0306
w:80 -0.1334 -0.1426 -0.0787 0.3545
w:800 -0.062 0.0719 -0.0441 0.0341
w:81 -0.0357 -0.167 0.044 0.1587
w:82 -0.0832 -0.0565 0.1926 -0.0529
w:83 -0.0438 0.1923 -0.0459 -0.1026
w:84 -0.0388 0.1408 -0.1856 0.0835
w:85 -0.0533 -0.1556 0.3637 -0.1549
w:86 -0.0124 0.4434 -0.2605 -0.1704
w:87 0.1229 -0.0684 -0.0227 -0.0318
w:88 -0.0112 -0.0033 0.1482 -0.1337
w:89 -0.0041 0.1038 -0.0748 -0.025
w:9 0.0935 -0.0738 -0.0064 -0.013
w:90 -0.0484 0.0276 -0.0975 0.1183
w:91 -0.0479 0.1767 -0.0391 -0.0896
w:92 -0.0163 -0.0796 0.1618 -0.0658
w:93 -0.0068 0.0353 0.0147 -0.0433
w:94 -0.0447 0.1841 -0.0993 -0.0402
w:95 -0.087 0.1824 0.2891 -0.3845
w:96 -0.0443 -0.1104 0.1388 0.0159
w:97 -0.0191 0.0483 0.0305 -0.0597
w:98 -0.0254 0.2317 0.0515 -0.2577
w:99 -0.0844 0.019 0.0903 -0.0249
w:a 0.2442 -0.0483 -0.2205 0.0192
w:a1 -0.142 -0.1896 -0.1645 0.4961
w:a2 -0.0148 -0.1057 -0.1513 0.2719
w:abc 0.3051 -0.6364 0.0239 0.3075
w:abdomen -0.0442 0.0335 -0.1104 0.1213
w:abdominal 0.0947 0.1583 -0.4291 0.176
w:ability 0.0348 0.0129 -0.1876 0.1399
w:ablation -0.1754 0.0314 0.0863 0.0578
w:able -0.0942 -0.1655 0.1807 0.0791
w:abnormal 0.0501 0.1823 -0.2444 0.0121
w:abnormalities 0.0545 0.1457 -0.1689 -0.0313
w:about -0.0677 -0.0969 -0.1255 0.2901
w:above -0.0349 -0.1177 0.2491 -0.0965
w:abscess -0.0027 -0.0374 0.1132 -0.0734
w:abscesses 0.1054 -0.4733 0.1936 0.1742
w:absence -0.0517 0.0795 -0.0731 0.0452
w:absolute -0.0922 0.3073 -0.2094 -0.0058
w:abstract -0.0408 0.0801 -0.0401 0.0009
w:abstracts 0.0853 -0.0524 0.0571 -0.09
w:academic -0.1107 0.2417 -0.0293 -0.1016
w:accelerated 0.016 0.2194 -0.1904 -0.045
w:acceptable -0.0062 -0.1153 -0.0704 0.1919
w:accepted 0.0783 -0.0093 -0.0563 -0.0126
w:access 0.0363 -0.2193 0.1674 0.0156
w:according 0.2281 -0.0426 -0.4314 0.2461
w:account 0.0274 0.3089 -0.2501 -0.0862
w:accumulation -0.0704 -0.3199 0.4235 -0.0332
w:accuracy -0.1972 0.2737 -0.1572 0.0807
w:accurate 0.0606 -0.0781 -0.1011 0.1186
w:achieve -0.04 -0.0723 0.0887 0.0236
w:achieved -0.0167 -0.0878 0.2382 -0.1338
w:acid 0.107 -0.5142 0.2946 0.1126
w:acquired -0.0313 0.1418 -0.0949 -0.0156
w:across 0.0801 0.1081 0.0482 -0.2364
w:action -0.039 -0.1382 0.2413 -0.0641
w:activation -0.0447 -0.0988 0.1285 0.0151
w:active -0.0599 0.1036 -0.3314 0.2877
w:activities 0.0774 -0.026 0.1052 -0.1566
w:activity 0.1519 0.2556 -0.4414 0.0339
w:acuity -0.0154 0.0616 0.1075 -0.1537
w:acute 0.1949 -0.1319 -0.0804 0.0173
w:adapted 0.0145 -0.0684 -0.1098 0.1637
w:added 0.1633 -0.1371 0.1286 -0.1549
w:adding 0.1024 -0.046 -0.01 -0.0464
w:addition 0.0238 0.0875 -0.2315 0.1201
w:additional 0.0773 0.3164 -0.1992 -0.1944
w:additionally 0.09 0.0852 0.0606 -0.2358
w:address 0.034 0.0475 -0.1562 0.0747
w:addressed -0.0026 -0.17 -0.0631 0.2357
w:adenosine 0.097 -0.0671 -0.0131 -0.0169
w:adequate -0.0197 -0.2544 0.2646 0.0095
w:adequately 0.1704 -0.1197 -0.097 0.0463
w:adherence 0.095 -0.1481 -0.2243 0.2773
w:adjacent 0.1053 0.1636 -0.2604 -0.0085
w:adjusted 0.417 -0.1665 -0.1534 -0.0972
w:adjusting -0.0211 -0.1153 -0.0275 0.1639
w:adjustment -0.0219 0.0023 0.2085 -0.1889
w:adjuvant 0.071 -0.0701 -0.0766 0.0757
w:administered -0.2373 0.2409 -0.1009 0.0972
w:administration 0.119 0.2319 0.001 -0.3519
w:admission -0.0787 0.1255 -0.173 0.1261
w:admitted 0.2725 -0.1083 -0.0422 -0.1221
w:adolescent 0.0261 -0.0005 -0.0227 -0.0029
w:adolescents -0.0325 0.1547 -0.0626 -0.0596
w:adult 0.0469 0.239 -0.2597 -0.0261
w:adults -0.0495 0.0586 -0.3025 0.2933
w:advanced 0.3164 -0.1769 -0.0399 -0.0995
w:advantages 0.0134 -0.0214 -0.191 0.199
w:adverse -0.056 -0.2202 0.3426 -0.0665
w:aes -0.0233 -0.0832 0.1241 -0.0176
w:af -0.0104 0.1421 -0.1198 -0.0119
w:affect 0.0436 0.2057 -0.2803 0.0309
w:affected -0.0768 0.1578 -0.3777 0.2967
w:affecting 0.0437 -0.0499 0.0501 -0.0439
w:affects -0.0278 0.0101 0.0577 -0.04
w:africa 0.0171 -0.1204 0.0498 0.0535
w:after -0.0632 0.3648 0.0021 -0.3045
w:again -0.013 0.0407 -0.0793 0.0516
w:against 0.0236 0.0692 0.0133 -0.1062
w:age -0.4905 -0.1917 0.3527 0.3295
w:aged -0.0012 0.7175 -0.6146 -0.1015
w:agent 0.0002 0.0652 -0.1854 0.1201
w:agents 0.085 -0.1135 0.0716 -0.0431
w:ages 0.0793 -0.0444 -0.0323 -0.0026
w:aggressive 0.0263 -0.1248 0.034 0.0645
w:aging 0.1702 -0.0109 -0.1538 -0.0055
w:agonist 0.0471 -0.0408 -0.1303 0.124
w:agreement -0.0608 0.3638 -0.2601 -0.043
w:aim 0.7564 -0.5625 -0.2609 0.0664
w:aimed 0.4801 -0.7121 0.2418 -0.0096
w:aims 0.1074 0.0927 -0.172 -0.0281
w:airway 0.2898 -0.093 -0.1508 -0.0458
w:algorithm -0.0311 0.1737 -0.0549 -0.0877
w:all -0.7148 -0.0954 0.713 0.0975
w:allele 0.1314 0.0262 -0.2718 0.1142
w:allergic -0.0311 0.0289 0.1148 -0.1126
w:allocated 0.2465 0.0564 -0.247 -0.0558
w:allocation -0.0376 0.0051 0.015 0.0174
w:allow -0.0991 -0.0339 0.1248 0.0083
w:allowed 0.0609 -0.0982 -0.0388 0.0761
w:allowing 0.0197 0.0073 -0.0199 -0.0071
w:almost -0.0135 -0.0515 0.1941 -0.1291
w:alone 0.1352 -0.1022 -0.2358 0.2029
w:along -0.1311 0.0287 0.084 0.0184
w:alpha 0.113 -0.0607 0.0033 -0.0556
w:already 0.0018 -0.1062 0.096 0.0084
w:also -0.0228 0.2924 -0.0497 -0.2202
w:altered 0.0143 -0.0168 0.1287 -0.1261
w:alternative -0.0208 0.0158 0.0505 -0.0454
w:although 0.1227 -0.2416 0.0937 0.0252
w:always -0.0455 0.1242 -0.2632 0.1846
w:america -0.0308 -0.1812 0.2199 -0.0079
w:american -0.0482 -0.0043 0.0499 0.0026
w:among 0.1247 -0.2914 0.0348 0.1321
w:amount 0.0019 0.0259 0.1212 -0.149
w:amoxicillin -0.1657 0.2007 0.0568 -0.0917
w:an -0.0355 -0.106 0.051 0.091
w:analgesia 0.0533 -0.3166 0.1498 0.1135
w:analgesic 0.1298 0.3922 -0.4482 -0.0739
w:analog -0.016 0.1423 -0.1041 -0.0222
w:analogue -0.0077 0.0225 0.0223 -0.0371
w:analysed -0.1578 0.0948 -0.0815 0.1445
w:analyses 0.2994 -0.0262 -0.0935 -0.1796
w:analysis 0.0638 0.1951 0.2397 -0.4986
w:analyze 0.0873 -0.0621 -0.0128 -0.0124
w:analyzed 0.1471 0.4607 -0.487 -0.1203
w:analyzing -0.0001 -0.0204 -0.0254 0.0458
w:and 0.059 0.1438 -0.0423 -0.1773
w:anemia 0.0034 0.0655 -0.0806 0.0117
w:anesthesia 0.1376 0.4057 -0.4892 -0.054
w:anesthesiologists -0.0129 0.1094 -0.0452 -0.0513
w:angle -0.0695 0.2861 -0.0416 -0.175
w:animal 0.0846 -0.0981 0.0125 0.0011
w:animals 0.0352 -0.2528 0.2305 -0.0128
w:annual 0.0982 -0.1077 0.0232 -0.0136
w:another -0.0147 0.1779 0.0571 -0.2204
w:answer -0.0393 0.0011 -0.1461 0.1844
w:antagonist 0.0422 -0.0669 -0.045 0.0697
w:anterior 0.0926 -0.1144 -0.0609 0.0828
w:anti 0.214 -0.1499 -0.0409 -0.0232
w:antibiotic 0.3201 -0.184 -0.1877 0.0525
w:antibiotics -0.0394 -0.366 0.1837 0.2227
w:antimicrobial 0.2476 -0.2166 -0.0144 -0.0166
w:antituberculous 0.2372 -0.1754 -0.1684 0.1067
w:anxiety 0.2014 -0.0475 0.0672 -0.2211
w:any -0.2283 0.3933 0.105 -0.2701
w:apparent -0.0334 -0.1959 0.2929 -0.0637
w:appearance -0.0504 0.127 -0.0654 -0.0111
w:appeared -0.0225 -0.1768 0.0171 0.1822
w:appears -0.0284 -0.0007 -0.084 0.1132
w:appendectomy 0.0159 -0.0727 -0.0067 0.0635
w:appendicitis 0.1355 -0.2502 -0.0551 0.1698
w:applicable -0.1934 0.3924 -0.1832 -0.0156
w:application 0.1914 0.0156 -0.015 -0.1921
w:applied -0.1262 0.2232 -0.2246 0.1277
w:approach -0.1852 -0.1141 0.0897 0.2096
w:approaches 0.1298 0.0268 -0.166 0.0094
w:appropriate -0.1486 0.3458 0.2342 -0.4314
w:approximately 0.0589 0.1442 -0.2465 0.0434
w:april 0.1372 -0.0904 -0.0662 0.0194
w:are 0.2023 0.0685 -0.1615 -0.1035
w:area -0.0409 0.2381 -0.3771 0.18
w:areas -0.0229 -0.1475 0.0129 0.1575
w:arm -0.105 -0.0465 0.4755 -0.3239
w:arms -0.1641 0.1841 0.0753 -0.0954
w:around 0.195 0.1285 -0.2194 -0.104
w:arterial 0.5782 -0.5925 -0.0789 0.0932
w:artery 0.0733 0.1277 -0.2456 0.0445
w:arthritis 0.148 -0.1708 0.0116 0.0112
w:article 0.0117 0.2224 -0.1933 -0.0407
w:articles -0.0375 -0.0467 0.08 0.0042
w:as 0.1662 -0.1555 0.0908 -0.1027
w:ascertain 0.073 -0.0265 0.141 -0.1876
w:asd -0.0987 0.2037 -0.0395 -0.0655
w:asked 0.0665 0.2066 -0.2492 -0.024
w:aspects 0.0303 0.0862 -0.205 0.0885
w:aspiration -0.0575 -0.0609 -0.1516 0.2702
w:assay -0.0233 0.1162 -0.0916 -0.0012
w:assays 0.0094 -0.0794 0.0882 -0.0182
w:assess 0.1794 0.0427 -0.104 -0.1178
w:assessed -0.1098 0.7131 -0.4603 -0.1436
w:assesses -0.0966 0.1986 -0.0654 -0.0366
w:assessing -0.0567 -0.0749 0.0395 0.092
w:assessment 0.2091 0.3674 -0.2522 -0.3243
w:assessments -0.1028 0.1774 -0.0498 -0.0248
w:assigned -0.1182 0.3445 -0.1898 -0.0365
w:assignment -0.0053 0.0447 -0.0294 -0.01
w:assisted -0.1156 -0.0207 0.0005 0.1359
w:associated 0.2083 -0.6346 0.0585 0.3684
w:association 0.2156 -0.2482 0.0733 -0.0407
w:associations 0.0855 0.0021 0.0215 -0.1091
w:astigmatism -0.0535 0.1139 -0.2456 0.1852
w:asymptomatic 0.0783 -0.2268 0.1428 0.0057
w:at 0.0344 0.1119 -0.0406 -0.1064
w:atp -0.0143 0.0486 -0.0544 0.0202
w:atrial 0.1725 0.2071 -0.3361 -0.0436
w:atrium 0.0282 -0.0407 0.0174 -0.005
w:attempted 0.0078 -0.0037 -0.0614 0.0573
w:attention 0.0259 -0.1501 0.4653 -0.3411
w:attributed 0.0521 -0.0917 0.1629 -0.1233
w:attrition -0.0282 -0.0341 -0.0585 0.1208
w:atypical -0.0021 0.136 0.2207 -0.3546
w:auditory -0.0293 0.08 -0.0119 -0.0388
w:august -0.0423 0.0438 -0.0221 0.0205
w:aureus 0.0999 0.0071 -0.1838 0.0768
w:author -0.0559 0.1855 -0.1264 -0.0032
w:authors 0.3365 -0.1376 -0.3565 0.1579
w:autism -0.09 0.1661 -0.25 0.1739
w:autistic -0.0174 0.0397 0.2132 -0.2355
w:availability -0.0499 -0.0522 0.0629 0.0392
w:available 0.0833 -0.5233 0.4321 0.0081
w:average -0.1738 -0.0473 -0.1757 0.3968
w:avoid -0.0984 -0.0873 0.197 -0.0113
w:b -0.2839 0.2009 0.4509 -0.368
w:b1 -0.0512 -0.0053 -0.0628 0.1192
w:baby -0.0205 -0.0327 -0.1261 0.1795
w:back 0.0214 0.1312 -0.2021 0.0495
w:background -0.0898 -0.0529 -0.0831 0.2263
w:bacteria 0.0576 -0.3119 -0.1019 0.3564
w:bacterial -0.0465 -0.0568 -0.0029 0.1063
w:balance 0.0976 0.1672 -0.2437 -0.0211
w:barrier -0.0027 -0.0393 0.0504 -0.0083
w:base 0.1855 -0.231 0.2531 -0.2076
w:based 0.2096 0.1235 -0.3122 -0.0211
w:baseline -0.1534 0.3125 0.0944 -0.2535
w:basis 0.0352 0.0861 -0.0024 -0.1188
w:be 0.0571 -0.0969 -0.2066 0.2452
w:became -0.0325 -0.0357 0.117 -0.0488
w:because 0.2265 -0.2124 -0.078 0.0638
w:become 0.0268 -0.0346 0.0221 -0.0143
w:been 0.4042 -0.0214 -0.3327 -0.0474
w:before 0.0366 0.2872 -0.393 0.0691
w:beginning -0.0483 0.0135 0.0152 0.0196
w:behavior -0.1129 0.073 0.0272 0.0128
w:behavioral 0.0028 0.0075 -0.0727 0.0623
w:behaviors -0.0226 0.0279 0.0274 -0.0327
w:being 0.023 0.0506 0.0511 -0.1248
w:beliefs 0.1047 -0.0981 -0.1076 0.1011
w:below -0.0196 -0.164 -0.0248 0.2083
w:beneficial -0.0203 -0.0242 0.0836 -0.039
w:benefit 0.1572 -0.3408 -0.5888 0.773
w:benefits 0.0895 -0.1418 -0.15 0.2025
w:best 0.0298 -0.0774 0.1025 -0.0548
w:beta -0.1542 0.1094 -0.1735 0.2183
w:better 0.1702 -0.4642 0.0085 0.2853
w:between -0.1152 -0.1248 0.3878 -0.1478
w:beyond -0.0067 -0.0073 0.2921 -0.278
w:bias -0.5598 -0.2749 0.7955 0.039
w:bilateral 0.0017 0.0215 0.1349 -0.1581
w:biliary -0.0346 -0.0465 0.0404 0.0408
w:binary -0.0904 0.0163 0.0838 -0.0097
w:binding 0.0913 -0.1489 0.2544 -0.1969
w:biological 0.3897 -0.3845 0.0048 -0.01
w:biomarkers -0.0603 0.0599 0.0558 -0.0554
w:biomedical -0.0534 0.0777 -0.019 -0.0053
w:biopsy 0.1304 -0.2421 0.213 -0.1013
w:birth 0.2864 0.0402 -0.2207 -0.1058
w:births 0.1769 -0.0451 -0.0802 -0.0516
w:bladder -0.0459 0.1046 -0.1605 0.1018
w:blastocyst -0.0214 0.2351 -0.1471 -0.0666
w:bleeding 0.0735 -0.2217 -0.1264 0.2746
w:blind -0.1124 0.2387 -0.1164 -0.0097
w:blinded -0.0408 -0.1113 0.1492 0.0028
w:blinding -0.0178 0.0487 0.0019 -0.0328
w:block 0.1175 0.008 -0.1148 -0.0107
w:blood 0.171 0.1619 -0.3076 -0.0252
w:body -0.042 -0.0395 0.1504 -0.0689
w:bone -0.1569 0.0436 0.2987 -0.1854
w:both -0.1215 -0.2689 0.1707 0.2203
w:bowel 0.1874 -0.131 -0.2252 0.1686
w:brain -0.1067 0.1517 -0.2127 0.1678
w:breast 0.1441 -0.3428 0.0726 0.1259
w:breastfeeding 0.0419 -0.1484 -0.0106 0.1172
w:brief -0.0074 0.2899 -0.2067 -0.0758
w:broad -0.028 -0.0588 0.1653 -0.0785
w:bupivacaine 0.127 0.1393 -0.2869 0.0206
w:burden -0.0184 0.0447 -0.0448 0.0185
w:but 0.0732 -0.5345 0.4912 -0.0297
w:by 0.1293 -0.0438 -0.1894 0.106
w:bypass -0.0738 0.005 0.1043 -0.0355
w:c -0.0612 0.1463 0.0609 -0.146
w:calculate -0.1452 0.1777 -0.03 -0.0024
w:calculated -0.2991 0.5812 -0.1532 -0.129
w:called -0.0241 -0.0963 -0.0877 0.2084
w:can 0.1072 -0.0032 -0.284 0.1791
w:canal -0.0345 0.0434 -0.0744 0.0656
w:cancer 0.1287 0.1489 -0.4467 0.1692
w:cannot -0.0126 -0.0553 -0.3756 0.4436
w:capacity 0.0407 -0.0868 -0.0174 0.0635
w:capsule -0.0265 -0.0648 0.1322 -0.0408
w:carcinoma 0.0217 0.0078 -0.0904 0.0609
w:cardiac 0.4236 0.0766 -0.4326 -0.0676
w:cardiovascular 0.0885 0.0586 -0.1074 -0.0398
w:care 0.0938 0.0797 -0.0777 -0.0959
w:carried -0.1017 0.2187 -0.0927 -0.0244
w:case -0.2547 0.7806 -0.1301 -0.3956
w:cases -0.3444 -0.4852 0.2059 0.624
w:cataract -0.0738 0.1164 -0.1534 0.1108
w:categories -0.0502 -0.1943 0.3099 -0.0654
w:categorized 0.1261 0.085 -0.207 -0.0041
w:category -0.0314 0.1811 -0.231 0.0813
w:catheter 0.0463 0.2399 -0.2901 0.0039
w:causative -0.056 0.1226 0.1807 -0.2474
w:cause 0.1542 -0.2641 -0.006 0.1159
w:caused 0.2492 -0.4388 -0.2455 0.4352
w:causes -0.0261 0.035 0.1054 -0.1142
w:causing 0.3473 -0.1387 -0.1686 -0.04
w:cavity -0.1245 -0.3192 0.3674 0.0763
w:cd 0.1113 -0.1407 0.0633 -0.0339
w:cdva -0.0091 -0.0493 0.2565 -0.1982
w:cell 0.2019 -0.1044 0.0132 -0.1108
w:cells -0.0651 0.1993 0.0279 -0.162
w:cellular -0.0255 0.1627 -0.2035 0.0663
w:center -0.4975 0.6533 -0.1373 -0.0182
w:centers -0.0804 0.283 -0.1656 -0.0371
w:central -0.2799 0.0488 -0.1589 0.3905
w:centre -0.0678 0.1221 -0.0486 -0.0056
w:cerebral 0.0645 -0.1961 0.1632 -0.0315
w:certain 0.1805 -0.1168 -0.0822 0.0185
w:certainty -0.0838 -0.1034 0.255 -0.0679
w:cervical 0.196 -0.0081 -0.2344 0.0464
w:cesarean 0.0839 0.153 -0.2247 -0.0122
w:chain 0.062 0.0861 -0.1288 -0.0192
w:chance -0.044 0.0537 -0.1197 0.1099
w:change 0.1186 0.1015 -0.0351 -0.1851
w:changes 0.0754 0.3898 -0.6484 0.1834
w:characteristic 0.13 -0.1644 0.0677 -0.0332
w:characteristics 0.0062 0.0853 -0.1473 0.0558
w:characterized -0.1495 -0.2026 0.1358 0.2163
w:charts -0.0272 0.2195 -0.187 -0.0053
w:checked -0.0773 0.194 -0.0966 -0.0201
w:checklist -0.0115 0.0372 -0.0231 -0.0026
w:chemical -0.0107 0.0223 0.1739 -0.1854
w:chemotherapy 0.1085 -0.0027 0.0656 -0.1715
w:chest -0.0061 -0.1126 0.2192 -0.1005
w:chi -0.0212 0.1798 -0.1528 -0.0058
w:child -0.0042 0.0193 0.1016 -0.1166
w:childbirth -0.0169 0.0177 -0.0055 0.0046
w:childhood 0.0244 0.0974 -0.1569 0.0351
w:children -0.133 -0.4189 -0.3083 0.8599
w:china -0.0054 -0.1287 0.057 0.0771
w:chinese 0.0322 -0.0271 -0.1465 0.1415
w:choice 0.1221 -0.1754 -0.0845 0.1378
w:cholesterol -0.0228 0.2007 0.0015 -0.1794
w:chronic 0.2434 -0.1741 -0.1286 0.0593
w:ci -0.0276 -0.0019 0.4457 -0.4172
w:cinahl -0.0454 0.0916 -0.0226 -0.0236
w:cis 0.0447 0.1371 -0.1649 -0.0169
w:citation -0.0986 0.0584 -0.1576 0.198
w:citations -0.0382 0.013 0.0638 -0.0386
w:class -0.1788 0.1303 -0.0199 0.0684
w:classification -0.0337 -0.0856 -0.0008 0.1201
w:classified -0.0268 0.2703 -0.0627 -0.1807
w:clear 0.0094 -0.191 -0.1003 0.282
w:clearance 0.0358 0.1058 -0.004 -0.1376
w:clearly -0.0213 -0.1398 0.0756 0.0854
w:cleavage -0.0328 0.2297 -0.1094 -0.0875
w:cleft 0.0475 -0.012 0.0948 -0.1303
w:clinic -0.2853 0.3765 -0.0789 -0.0122
w:clinical -0.0919 0.291 -0.038 -0.1611
w:clinically -0.0803 0.5537 -0.1594 -0.3141
w:clinicaltrials -0.0681 0.4889 -0.1665 -0.2543
w:clinicians -0.0205 0.0825 -0.1645 0.1026
w:close -0.0505 -0.1302 0.0745 0.1062
w:closed 0.0358 0.0252 -0.2594 0.1984
w:closely 0.0229 -0.1532 0.1395 -0.0091
w:closure 0.0766 -0.1126 -0.2624 0.2984
w:cluster -0.0448 0.0574 0.0206 -0.0333
w:clusters -0.1081 0.1535 -0.0297 -0.0157
w:cm -0.0387 0.4927 -0.4246 -0.0293
w:co 0.199 -0.1293 0.0528 -0.1224
w:cochrane -0.0109 0.3896 -0.3714 -0.0069
w:coefficient -0.055 -0.1447 0.2663 -0.0665
w:coefficients -0.0035 0.2144 -0.2699 0.059
w:cognition -0.1234 0.3185 -0.1325 -0.0626
w:cognitive 0.1132 0.0042 -0.0689 -0.0486
w:coherence -0.0747 0.0638 0.1035 -0.0925
w:cohort -0.0821 0.4632 -0.2645 -0.1166
w:coli 0.1544 -0.1873 0.0643 -0.0314
w:colitis -0.0625 0.1588 -0.0207 -0.0755
w:collected -0.0329 0.2426 -0.2184 0.0087
w:collection -0.0252 0.0177 -0.0163 0.0238
w:colon -0.0631 0.1339 -0.1907 0.12
w:colorectal 0.0276 -0.0251 0.0473 -0.0498
w:combination -0.0952 0.0125 -0.1461 0.2289
w:combinations 0.0952 0.1548 -0.2719 0.0219
w:combined 0.018 0.3897 -0.1821 -0.2256
w:common 0.0183 -0.2767 0.2347 0.0237
w:commonly 0.2038 -0.2689 0.1043 -0.0392
w:communication -0.0784 0.0067 -0.0438 0.1155
w:community 0.0243 -0.1601 0.0511 0.0847
w:comparable -0.1563 -0.3673 0.3884 0.1351
w:comparative 0.0074 -0.0512 0.1184 -0.0747
w:compare 0.4059 -0.1442 -0.2032 -0.0579
w:compared -0.2584 -0.2493 0.2626 0.2429
w:comparing 0.0925 0.4357 -0.2926 -0.2353
w:comparison -0.1251 0.1323 0.2992 -0.3064
w:comparisons -0.0748 -0.1933 0.2062 0.0619
w:complaints -0.0308 -0.021 0.1455 -0.0937
w:complementary -0.095 -0.0621 0.1628 -0.0058
w:complete 0.0534 -0.1976 0.2902 -0.146
w:completed -0.1206 0.2915 -0.0435 -0.1275
w:completely -0.0058 -0.0658 0.1683 -0.0967
w:completing -0.0852 0.2659 -0.1642 -0.0164
w:completion 0.3072 -0.4131 0.4198 -0.3139
w:complex 0.0469 -0.1317 0.1171 -0.0323
w:compliance 0.0516 0.2513 -0.0838 -0.2192
w:complicated 0.2098 -0.2621 -0.1092 0.1615
w:complication 0.0629 -0.1344 0.0973 -0.0258
w:complications 0.1683 -0.2618 -0.1244 0.218
w:component 0.0013 0.0622 -0.1797 0.1162
w:components 0.0015 -0.005 0.0974 -0.0939
w:composite -0.0006 0.1722 -0.1673 -0.0044
w:composition 0.1291 -0.0152 -0.0015 -0.1124
w:comprehensive 0.0753 0.0309 -0.1239 0.0176
w:compression -0.0891 0.178 -0.0632 -0.0256
w:comprised -0.0372 -0.3339 0.2376 0.1335
w:computed 0.0755 0.0976 -0.0838 -0.0892
w:computer 0.1046 -0.109 -0.0241 0.0284
w:concealment -0.0233 -0.1895 0.1943 0.0185
w:concentration -0.1265 -0.1037 0.3134 -0.0831
w:concentrations -0.0673 0.0582 -0.0101 0.0192
w:concern -0.0089 -0.0126 0.0873 -0.0657
w:concerns -0.0223 0.0552 -0.0115 -0.0213
w:conclude -0.0406 -0.0317 0.058 0.0143
w:conclusion -0.0036 -0.0001 -0.0129 0.0166
w:conclusions -0.0764 -0.1589 0.1807 0.0547
w:concomitant -0.0498 0.0434 -0.035 0.0414
w:concurrent 0.0131 -0.0711 0.1225 -0.0645
w:condition 0.1884 0.123 -0.3442 0.0327
w:conditions 0.1741 -0.1176 -0.1468 0.0903
w:conducted 0.0757 -0.0759 -0.3207 0.3206
w:conference -0.0748 -0.0603 0.2313 -0.0961
w:confidence 0.0792 0.463 -0.456 -0.0863
w:confirm -0.0329 -0.0152 -0.1352 0.1833
w:confirmed 0.0564 0.0465 0.121 -0.2239
w:confirms -0.0416 -0.0319 -0.1603 0.2338
w:confounding 0.027 -0.037 -0.1912 0.2012
w:congenital 0.0766 -0.1206 0.0924 -0.0485
w:consecutive -0.2705 0.762 -0.461 -0.0304
w:consensus 0.0703 0.0865 -0.1103 -0.0464
w:consent -0.0137 0.1233 -0.0164 -0.0931
w:consequences 0.0021 -0.0398 0.1881 -0.1503
w:conservative 0.0796 -0.2252 0.1055 0.04
w:consider -0.0366 -0.1699 0.1504 0.0561
w:considerable -0.0484 -0.1102 0.1306 0.028
w:consideration 0.1424 -0.184 0.3287 -0.2869
w:considered -0.1667 0.2956 -0.0043 -0.1247
w:considering -0.0874 -0.108 0.1442 0.0513
w:consisted -0.1101 -0.3997 0.5462 -0.0365
w:consistent 0.031 0.0172 -0.0928 0.0446
w:consistently 0.0833 -0.2639 0.04 0.1405
w:consisting -0.1367 0.0404 0.1106 -0.0143
w:consultation -0.0502 0.0856 0.0225 -0.0579
w:consumption -0.0119 0.2914 -0.2871 0.0077
w:contact 0.0908 -0.1266 0.0784 -0.0426
w:contacted -0.1324 0.2513 -0.0283 -0.0906
w:contained -0.0164 0.0629 -0.039 -0.0075
w:containing -0.0362 0.1713 -0.1043 -0.0309
w:contains 0.2631 -0.2284 -0.0268 -0.0079
w:content -0.0927 0.2968 -0.2596 0.0555
w:context -0.0522 0.1349 -0.1239 0.0411
w:continuation -0.0876 -0.0289 0.1089 0.0076
w:continued -0.137 0.2837 -0.1404 -0.0063
w:continuing 0.0204 -0.149 -0.0407 0.1693
w:continuous 0.2815 0.2917 -0.4119 -0.1613
w:contrast -0.0674 -0.1139 0.3431 -0.1619
w:contribute -0.0159 -0.0321 -0.1019 0.1499
w:contributed -0.1733 -0.1524 0.1968 0.129
w:contribution 0.0992 -0.0986 0.0959 -0.0966
w:control -0.2411 0.2923 -0.0504 -0.0007
w:controlled -0.1673 0.6845 -0.54 0.0258
w:controls -0.0258 -0.0048 0.1074 -0.0767
w:controversial 0.2864 -0.2553 -0.0419 0.0109
w:conventional 0.0766 -0.1782 0.1374 -0.0358
w:cord -0.0351 0.0527 -0.1725 0.1548
w:corneal -0.0605 0.1533 -0.376 0.2831
w:coronary 0.1993 0.0185 -0.2575 0.0397
w:correct -0.0375 0.0788 -0.0257 -0.0156
w:corrected 0.0623 -0.0404 -0.0149 -0.0069
w:correction -0.0484 0.5402 -0.216 -0.2758
w:correlated -0.0847 -0.2558 -0.121 0.4616
w:correlation 0.0188 0.007 0.168 -0.1938
w:correlations -0.0061 -0.018 0.0631 -0.0389
w:corresponding 0.0241 0.0691 -0.0736 -0.0196
w:cortical 0.0361 0.0276 -0.0599 -0.0039
w:corticosteroids 0.0316 -0.3136 0.1544 0.1277
w:cost -0.1057 0.1156 -0.0307 0.0208
w:costs -0.0867 0.4056 -0.1342 -0.1847
w:could 0.0224 0.0271 0.2776 -0.3273
w:count -0.0447 0.1052 -0.0498 -0.0107
w:countries 0.0178 -0.0411 -0.0202 0.0436
w:course -0.2736 0.4057 0.048 -0.18
w:covariates 0.2065 -0.1024 -0.0938 -0.0103
w:coverage -0.1109 -0.1184 0.2543 -0.025
w:cox 0.2597 -0.2455 -0.0839 0.0696
w:created -0.0476 0.2007 -0.1597 0.0065
w:criteria -0.067 -0.0226 0.2019 -0.1121
w:criterion -0.0205 -0.0101 0.106 -0.0754
w:critical 0.1493 -0.2093 0.1766 -0.1165
w:crohn 0.0087 -0.1271 -0.0939 0.2127
w:cross -0.2583 0.45 0.018 -0.2097
w:crp -0.0347 0.5119 -0.433 -0.0442
w:crucial 0.0047 0.0573 -0.0654 0.0034
w:csf -0.0831 0.1593 0.0782 -0.1543
w:ct -0.2375 0.3509 0.1162 -0.2297
w:culture -0.0361 -0.1312 0.43 -0.2626
w:cultures -0.0392 0.0777 -0.0977 0.0593
w:cumulative -0.0397 -0.0955 0.1194 0.0158
w:cure -0.1039 0.2945 -0.2079 0.0173
w:cured -0.0043 -0.3954 0.2264 0.1733
w:current 0.3172 -0.047 -0.2129 -0.0574
w:currently 0.0636 -0.3227 0.0104 0.2487
w:curve -0.0767 -0.1488 0.2614 -0.0358
w:cutaneous 0.1057 0.0148 -0.1802 0.0598
w:cycle -0.0176 0.3668 -0.2988 -0.0503
w:cycles -0.013 0.3479 -0.0794 -0.2555
w:cytokines 0.0683 0.0678 -0.0893 -0.0469
w:d -0.0782 -0.1662 0.3624 -0.118
w:daily 0.0177 0.3272 -0.105 -0.24
w:damage 0.0253 -0.0832 0.1711 -0.1132
w:data -0.1224 0.1521 0.1207 -0.1503
w:database -0.1654 0.4695 -0.1931 -0.111
w:databases -0.1756 0.1362 -0.0336 0.073
w:date -0.1092 0.3103 -0.2893 0.0882
w:day -0.1582 0.1835 0.0237 -0.049
w:days -0.2907 0.1995 -0.0674 0.1584
w:de 0.0262 -0.1472 -0.4394 0.5603
w:death -0.3392 0.1341 0.1999 0.0053
w:deaths -0.0966 0.048 -0.0215 0.0702
w:debate 0.0931 -0.0423 -0.0192 -0.0315
w:debridement 0.2987 -0.0832 -0.1389 -0.0765
w:decades 0.1479 -0.2296 0.0893 -0.0076
w:december -0.1545 0.3753 -0.1866 -0.0342
w:decision 0.2154 0.0075 -0.091 -0.132
w:decline -0.0278 0.0391 -0.0854 0.0742
w:decompression 0.1538 0.2066 -0.283 -0.0773
w:decrease 0.0427 -0.2391 0.0176 0.1788
w:decreased -0.0462 -0.1136 0.2124 -0.0525
w:decreasing -0.0232 0.1848 -0.1495 -0.0122
w:deep 0.0493 -0.1713 0.1353 -0.0133
w:deficit 0.0314 -0.0556 0.2011 -0.1769
w:deficits -0.0553 -0.0591 0.0302 0.0843
w:defined -0.232 0.6065 -0.5097 0.1353
w:definitive 0.119 -0.1784 0.1025 -0.0432
w:degree -0.088 -0.1852 0.2005 0.0727
w:degrees 0.0698 0.1534 -0.1685 -0.0548
w:delay -0.0586 -0.032 0.0675 0.023
w:delayed 0.0186 -0.2861 0.0675 0.2
w:delays -0.0023 -0.0909 0.0897 0.0034
w:delivered 0.2092 -0.0845 -0.0099 -0.1147
w:delivery 0.0478 0.1988 -0.1724 -0.0742
w:demographic -0.0834 0.0101 0.1289 -0.0557
w:demographics 0.0814 0.1691 -0.2338 -0.0167
w:demonstrate 0.0295 -0.0948 0.0114 0.0539
w:demonstrated 0.0045 0.0108 0.4416 -0.4569
w:demonstrates 0.1058 -0.0194 -0.0944 0.008
w:density -0.0514 0.2119 0.0675 -0.228
w:dental -0.0134 -0.2556 0.1561 0.113
w:department 0.0834 0.0745 -0.0978 -0.0601
w:dependent -0.0067 0.1946 -0.1398 -0.0481
w:depression 0.076 -0.0508 0.1909 -0.2161
w:depressive 0.1927 -0.2654 0.035 0.0377
w:depth -0.0121 -0.1111 0.1689 -0.0457
w:derived -0.0463 -0.1111 -0.2163 0.3737
w:describe 0.2387 -0.1239 0.0198 -0.1345
w:described -0.0939 0.1502 -0.0551 -0.0011
w:describes 0.0246 -0.196 -0.127 0.2983
w:descriptive -0.1203 0.233 -0.0999 -0.0128
w:design 0.2222 -0.2662 0.1168 -0.0728
w:designed -0.0804 -0.2209 0.3445 -0.0431
w:despite -0.0775 0.0355 0.0447 -0.0027
w:detect 0.0464 -0.0062 -0.0978 0.0576
w:detected -0.1178 -0.2276 0.373 -0.0275
w:detection 0.0033 -0.0507 -0.1316 0.1789
w:determine 0.3835 0.057 -0.4008 -0.0399
w:determined 0.2136 0.1804 -0.3573 -0.0366
w:determining -0.141 0.1225 0.0247 -0.0062
w:develop -0.0146 0.4011 -0.371 -0.0154
w:developed -0.1107 0.1929 0.1627 -0.2448
w:developing 0.084 -0.086 0.0397 -0.0377
w:development -0.0573 0.037 -0.1556 0.1759
w:developmental -0.0059 0.0202 -0.0853 0.071
w:deviation -0.0308 0.0287 -0.0013 0.0034
w:device 0.0533 -0.008 -0.1089 0.0636
w:devices 0.059 -0.0376 -0.1218 0.1004
w:diabetes 0.1227 -0.2241 -0.0126 0.114
w:diabetic -0.0222 0.0643 -0.1366 0.0944
w:diagnosed -0.4096 0.1367 0.1496 0.1232
w:diagnoses 0.0082 -0.0599 0.14 -0.0882
w:diagnosis 0.0043 0.0212 -0.4164 0.3908
w:diagnostic -0.0564 0.0708 -0.0462 0.0318
w:diameter -0.0031 0.1529 -0.0633 -0.0864
w:diarrhea 0.0467 -0.0337 0.0063 -0.0193
w:diarrhoea 0.0359 -0.2972 0.0897 0.1716
w:diastolic -0.0087 -0.0734 0.0593 0.0227
w:dichotomous -0.108 0.3637 -0.2368 -0.0188
w:did -0.1913 -0.0457 0.0375 0.1995
w:died -0.0101 -0.1523 0.365 -0.2026
w:diet -0.564 -0.1543 0.3432 0.375
w:dietary -0.0312 0.1381 -0.1065 -0.0005
w:differ -0.0096 -0.1692 0.3022 -0.1234
w:differed -0.0158 -0.192 0.369 -0.1612
w:difference 0.0635 -0.1171 0.0807 -0.028
w:differences 0.3566 -0.2603 0.0549 -0.1511
w:different -0.1034 -0.2498 0.0388 0.3144
w:differential -0.0042 -0.0331 0.0173 0.02
w:difficult 0.1021 -0.0198 -0.1367 0.0544
w:difficulties -0.0974 -0.0875 0.0933 0.0916
w:difficulty -0.0206 0.0941 0.1539 -0.2274
w:digestive -0.0117 0.0002 -0.0151 0.0267
w:dimensional 0.1339 -0.0928 -0.0332 -0.0078
w:dimensions 0.0738 -0.0708 0.0408 -0.0438
w:diopter -0.0284 0.1417 -0.1082 -0.005
w:diopters -0.0514 -0.0301 0.086 -0.0046
w:direct -0.158 0.0979 0.0277 0.0323
w:direction -0.0216 -0.0166 -0.0947 0.1329
w:directly 0.0029 0.085 -0.0886 0.0007
w:disability -0.0142 0.2563 -0.0979 -0.1442
w:disc 0.3943 0.0236 -0.3848 -0.0331
w:discharge 0.0725 -0.0525 -0.0564 0.0364
w:discomfort -0.0572 0.0621 -0.113 0.1081
w:discontinued -0.0385 -0.0162 0.0017 0.0531
w:discussed 0.0174 0.2852 -0.2745 -0.028
w:discussion -0.1917 0.3525 -0.1457 -0.0151
w:disease 0.481 -0.2433 -0.2609 0.0238
w:diseases -0.0313 0.3901 -0.2783 -0.0804
w:disorder 0.1556 -0.0041 -0.0618 -0.0898
w:disorders 0.1671 0.0221 -0.0678 -0.1215
w:disseminated -0.0569 0.0294 0.1563 -0.1288
w:dissemination -0.1796 0.2669 -0.0744 -0.013
w:distal 0.0271 0.0697 -0.1169 0.02
w:distance -0.0305 -0.0118 0.1992 -0.1569
w:distinct 0.0919 -0.2046 0.1065 0.0061
w:distress -0.0374 -0.0705 -0.0034 0.1114
w:distributed -0.0203 0.0123 -0.1552 0.1631
w:distribution -0.0398 0.0211 0.2365 -0.2178
w:divided -0.1621 0.3526 -0.1761 -0.0145
w:dizziness -0.1656 -0.2326 0.1152 0.2829
w:dl -0.0029 -0.0564 0.061 -0.0017
w:dna -0.2184 0.2454 -0.0372 0.0102
w:do -0.1205 -0.2067 0.0571 0.27
w:documented 0.0567 -0.0602 0.0171 -0.0136
w:does -0.0533 -0.0619 -0.0018 0.117
w:domains -0.0596 -0.0812 0.3479 -0.207
w:done -0.1166 0.1599 -0.0151 -0.0282
w:donor -0.0308 0.0566 -0.1876 0.1618
w:dosage 0.0148 0.2062 -0.0547 -0.1663
w:dose 0.2008 0.098 -0.5791 0.2802
w:doses 0.0952 0.3061 -0.4769 0.0756
w:dosing 0.0005 -0.0085 0.0024 0.0056
w:double 0.0141 0.032 -0.0579 0.0118
w:down 0.1672 -0.1021 0.0868 -0.152
w:drain 0.1431 -0.0451 -0.2708 0.173
w:drainage 0.0602 0.1742 0.0229 -0.2572
w:drained -0.059 0.3679 -0.2413 -0.0677
w:draw -0.0123 -0.014 -0.0643 0.0905
w:drawn -0.0217 -0.2656 0.2642 0.023
w:driven 0.0917 -0.0896 0.0095 -0.0116
w:drug -0.0086 0.1322 -0.0659 -0.0577
w:drugs -0.0711 0.0165 -0.2807 0.3353
w:dry -0.0028 -0.0213 -0.0404 0.0644
w:due 0.5008 -0.3994 0.0916 -0.1931
w:duration -0.199 0.0979 0.2472 -0.1461
w:during 0.2634 -0.134 -0.0763 -0.0539
w:dysfunction 0.5498 -0.2164 -0.0752 -0.2583
w:e -0.2816 0.0138 -0.0464 0.3143
w:each -0.2008 0.4416 -0.0916 -0.1491
w:ear 0.0937 0.1139 -0.2284 0.0208
w:earlier 0.0494 -0.069 -0.0048 0.0244
w:early 0.1969 -0.2919 -0.0031 0.0981
w:easily -0.0251 -0.1175 0.1335 0.0091
w:easy 0.2012 0.1389 -0.3166 -0.0235
w:ebsco -0.0323 0.0618 -0.0086 -0.0208
w:echocardiography 0.7764 -0.3074 -0.3358 -0.1332
w:economic -0.0224 0.0501 0.0071 -0.0348
w:edema -0.0126 -0.0082 0.0452 -0.0244
w:education 0.1114 -0.1473 0.0766 -0.0408
w:educational -0.0145 0.0461 -0.0062 -0.0255
w:effect 0.288 -0.0129 -0.1771 -0.0979
w:effective 0.1127 -0.0034 -0.4957 0.3848
w:effectively -0.001 -0.0131 0.0828 -0.0686
w:effectiveness 0.2673 -0.1918 -0.1074 0.032
w:effects 0.3297 -0.2133 -0.5259 0.4095
w:efficacy 0.3589 -0.144 -0.3582 0.1438
w:efficiency -0.0146 -0.033 0.0088 0.0388
w:efficient 0.0066 -0.0131 0.07 -0.0635
w:efforts 0.0033 0.0586 -0.0618 0
w:egfr 0.1057 0.0274 -0.038 -0.0951
w:eight 0.0012 -0.0659 -0.0619 0.1267
w:eighty -0.0165 0.052 -0.0187 -0.0168
w:either 0.1319 -0.0451 0.209 -0.2958
w:elderly 0.2043 -0.0571 -0.2171 0.07
w:elective 0.1942 -0.152 -0.0282 -0.014
w:electronic -0.1547 0.3054 -0.1951 0.0444
w:elevated -0.1097 0.329 -0.0994 -0.1198
w:elevation 0.0602 0.1041 -0.1168 -0.0475
w:eleven -0.0364 -0.0555 0.1813 -0.0894
w:eligibility -0.0589 0.1649 -0.0873 -0.0187
w:eligible -0.1616 0.2152 0.0855 -0.1391
w:elucidate -0.0568 -0.0057 -0.0088 0.0714
w:embase -0.127 0.2431 -0.0626 -0.0532
w:embryo -0.0163 -0.0221 -0.1064 0.1448
w:emerged -0.0195 -0.2034 0.2788 -0.0559
w:emergency 0.0836 -0.0692 -0.1028 0.0884
w:employed 0.1249 -0.038 -0.1643 0.0774
w:emptying 0.0061 0.0262 -0.0646 0.0323
w:end -0.1456 0.1534 0.0522 -0.06
w:endometrial 0.0018 0.0248 -0.0279 0.0013
w:endometriosis -0.0465 0.1954 -0.0597 -0.0892
w:endometritis 0.0987 -0.1668 -0.0432 0.1113
w:endoscopic 0.0217 -0.1546 -0.2625 0.3953
w:endothelial -0.1303 0.0885 0.2482 -0.2064
w:endpoint -0.0037 0.1652 -0.1338 -0.0277
w:energy -0.0198 -0.0457 0.0908 -0.0252
w:english -0.017 0.0861 0.0117 -0.0808
w:enhance 0.0075 -0.0052 -0.0665 0.0643
w:enhanced -0.0926 -0.1603 0.5478 -0.2948
w:enhancement -0.0149 -0.3048 0.3338 -0.014
w:enrolled -0.0589 0.0153 0.1249 -0.0813
w:enrollment -0.0614 0.1417 -0.0581 -0.0221
w:ensure -0.005 0.0313 -0.0418 0.0155
w:entire -0.1002 0.1401 0.0042 -0.0441
w:entity 0.2309 -0.1661 -0.0538 -0.0109
w:entry 0.0531 -0.1807 -0.0647 0.1923
w:environmental -0.0124 -0.0115 0.1548 -0.1309
w:enzyme -0.1216 0.0782 -0.036 0.0794
w:enzymes 0.0042 -0.1111 0.1141 -0.0071
w:epidemiological -0.0568 0.0616 -0.0013 -0.0035
w:epidural 0.0423 0.1649 -0.2177 0.0109
w:epilepsy 0.0448 -0.0652 0.1429 -0.1225
w:episodes 0.0031 0.1269 -0.0812 -0.0488
w:epithelial 0.0691 0.1508 -0.2749 0.055
w:equal -0.0605 0.1848 -0.0509 -0.0734
w:equivalent 0.2178 0.0226 -0.1917 -0.0488
w:eradication -0.0367 0.0855 -0.1121 0.0634
w:error -0.0194 0.1066 -0.0571 -0.0301
w:erythrocyte -0.0311 0.0043 0.0279 -0.0011
w:escherichia 0.1545 -0.1697 0.0441 -0.0289
w:especially 0.0588 -0.0277 -0.0588 0.0276
w:esr -0.0292 0.1397 -0.0289 -0.0816
w:essential -0.0759 -0.0644 0.4084 -0.2681
w:establish -0.1117 0.2356 -0.1327 0.0089
w:established -0.1877 0.3814 -0.1017 -0.092
w:estimate -0.0214 0.1267 -0.1654 0.0602
w:estimated -0.0166 0.6489 -0.6681 0.0359
w:estimates 0.1916 -0.0565 0.1104 -0.2455
w:et -0.0176 -0.5379 0.764 -0.2085
w:etiology 0.0031 0.2193 -0.1522 -0.0702
w:european -0.0237 -0.0531 0.0947 -0.0178
w:evaluate 0.8256 -0.2981 -0.2447 -0.2819
w:evaluated 0.2511 0.2651 -0.293 -0.2231
w:evaluating -0.0834 0.2035 0.0613 -0.1815
w:evaluation 0.227 0.0234 0.0608 -0.3112
w:evaluations -0.0311 0.0463 -0.014 -0.0012
w:even 0.0306 0.1829 -0.1997 -0.014
w:event 0.1159 -0.098 0.1267 -0.1446
w:events -0.0733 0.1868 0.1844 -0.2978
w:every -0.04 -0.0296 0.0699 -0.0003
w:evidence -0.3825 -0.4946 0.1166 0.762
w:evident -0.0015 -0.0261 0.0231 0.0045
w:evolution -0.0312 -0.0491 -0.0765 0.1569
w:examination 0.0011 0.1505 -0.5846 0.433
w:examinations -0.0156 0.0205 -0.024 0.0191
w:examine 0.1272 0.1191 -0.2115 -0.0346
w:examined 0.348 0.1818 -0.4868 -0.0429
w:excellent -0.0227 -0.0626 -0.1353 0.2206
w:except -0.0839 -0.1119 0.2661 -0.0703
w:excluded -0.3046 0.5966 -0.207 -0.0849
w:exercise 0.0973 0.3061 -0.3006 -0.1028
w:exhibited -0.0911 -0.1099 0.2512 -0.0502
w:existing 0.0011 0.0249 -0.0088 -0.0172
w:exists 0.0952 -0.082 0.0257 -0.0389
w:expanded 0.0644 -0.0479 -0.0114 -0.0051
w:expected -0.0447 -0.0122 0.1468 -0.0899
w:experience 0.3801 -0.4411 -0.1189 0.1799
w:experienced 0.0304 0.1949 -0.2617 0.0364
w:experiences 0.1856 -0.1133 0.0524 -0.1246
w:experimental -0.2164 0.3279 -0.046 -0.0654
w:experts -0.1154 0.1229 -0.0263 0.0188
w:explore 0.3084 -0.138 -0.1649 -0.0053
w:explored 0.2145 0.1251 -0.3629 0.0233
w:exposed -0.1349 -0.1546 0.3826 -0.0932
w:exposure 0.6484 -0.4347 -0.2363 0.0226
w:expressed -0.1542 -0.1523 0.5111 -0.2046
w:expression 0.2663 0.048 -0.2644 -0.05
w:extended 0.1491 -0.1004 -0.006 -0.0427
w:extension 0.0367 0.0502 -0.0338 -0.0531
w:extensive 0.1532 -0.1575 -0.2801 0.2845
w:extent -0.0051 0.0257 -0.0894 0.0688
w:external 0.1695 0.0674 -0.0358 -0.2011
w:extracted -0.1409 0.5361 -0.337 -0.0581
w:extraction -0.1138 0.3827 -0.2258 -0.0429
w:eye -0.2981 0.0667 0.1222 0.1093
w:eyes -0.1516 -0.2216 0.5957 -0.2224
w:f 0.188 -0.3827 0.2344 -0.0396
w:facial -0.0044 -0.0172 -0.1593 0.1808
w:facilitate 0.0951 -0.1094 -0.0195 0.0337
w:fact -0.1322 -0.0387 -0.0148 0.1858
w:factor -0.1669 0.1186 -0.02 0.0684
w:factors 0.4838 -0.2102 -0.2825 0.009
w:failed -0.0591 -0.0183 0.0868 -0.0094
w:failure -0.0982 -0.2271 0.3658 -0.0405
w:failures 0.0272 -0.2538 0.0115 0.2152
w:family -0.0069 0.0761 -0.0426 -0.0265
w:far 0.0248 -0.1137 -0.1542 0.243
w:fast -0.1383 -0.3543 0.4569 0.0357
w:faster 0.0775 -0.1994 0.213 -0.0912
w:fat 0.0314 -0.045 0.1937 -0.1802
w:fatigue -0.0136 -0.0772 0.1833 -0.0924
w:favorable 0.1083 -0.1395 0.0554 -0.0242
w:favour 0.0962 0.1487 -0.1105 -0.1344
w:favourable 0.0215 0.0379 -0.0428 -0.0167
w:feasibility 0.0767 -0.0071 -0.063 -0.0066
w:feasible -0.0183 -0.0332 -0.1666 0.2183
w:features 0.0422 -0.0129 -0.0949 0.0657
w:febrile -0.0234 0.1057 -0.1295 0.0471
w:february 0.2702 -0.1103 0.0324 -0.1923
w:feeding 0.0204 0.0556 -0.1029 0.0268
w:female -0.0149 0.0643 0.0551 -0.1045
w:females -0.044 0.2092 -0.249 0.0837
w:femtosecond -0.0357 0.1017 -0.0622 -0.0038
w:fentanyl 0.0963 -0.0004 -0.1147 0.0188
w:fertility -0.1152 0.375 -0.2438 -0.0159
w:fertilization -0.0122 -0.0453 0.0361 0.0214
w:fetal -0.0113 0.2053 -0.187 -0.007
w:fever -0.2404 -0.3678 0.3528 0.2554
w:few 0.1419 -0.4806 0.2724 0.0663
w:fewer -0.1884 -0.0935 -0.0994 0.3813
w:fibrillation 0.1872 -0.072 -0.0622 -0.0532
w:field -0.2214 0.2584 -0.0406 0.0036
w:fifty -0.0344 0.0941 -0.3837 0.3241
w:filled -0.0129 0.0926 -0.1108 0.0312
w:final -0.0708 0.1171 0.0209 -0.0672
w:finally -0.0586 0.3325 -0.1742 -0.0996
w:find -0.3067 0.2456 -0.063 0.1243
w:finding -0.0262 -0.0355 0.1184 -0.0567
w:findings -0.0478 0.1314 -0.1234 0.0396
w:firm -0.0176 -0.0146 -0.139 0.1712
w:first 0.0904 0.275 -0.2723 -0.0932
w:fistula -0.0693 0.2362 -0.4515 0.2847
w:five -0.3994 -0.4525 0.3737 0.4781
w:fixation -0.0919 0.2817 -0.2014 0.0116
w:fixed -0.0413 0.3084 -0.1682 -0.099
w:flow 0.3299 -0.4323 -0.198 0.3006
w:fluid 0.1677 0.1443 -0.2768 -0.0352
w:focal -0.0435 -0.1568 0.2179 -0.0175
w:focus 0.0568 0.2665 -0.1567 -0.1666
w:focused 0.1432 -0.1316 -0.1261 0.1148
w:focusing 0.3206 -0.13 -0.0634 -0.1271
w:follow -0.0374 -0.0662 0.3471 -0.2434
w:followed 0.0836 0.0001 -0.08 -0.0038
w:following -0.0402 0.3725 -0.325 -0.0072
w:food 0.0353 -0.0387 -0.022 0.0255
w:for -0.0135 -0.0596 -0.1249 0.1997
w:form -0.0587 0.3952 -0.0838 -0.2528
w:formation -0.0826 0.1703 -0.2882 0.2006
w:forms -0.2034 0.3585 -0.2367 0.0815
w:formula -0.0171 0.0034 0.1331 -0.1194
w:forty -0.1026 -0.1387 0.2965 -0.0552
w:forward -0.0632 -0.0637 0.0845 0.0423
w:found 0.6058 -1.0445 0.2008 0.2381
w:four -0.4971 0.1178 0.4659 -0.0867
w:fourth -0.0507 0.2168 -0.0973 -0.0688
w:fracture -0.0471 0.1372 -0.0277 -0.0624
w:framework 0.1187 -0.0246 -0.0903 -0.0038
w:frankel -0.0264 -0.1022 0.1413 -0.0127
w:free -0.1297 -0.0006 0.1621 -0.0319
w:frequency 0.1913 -0.0033 -0.1274 -0.0607
w:frequent 0.028 -0.3555 0.0316 0.2959
w:frequently -0.0018 -0.3574 0.025 0.3343
w:from -0.006 0.1642 -0.1746 0.0175
w:full -0.0979 -0.0749 0.2854 -0.1128
w:fully -0.0068 -0.0832 0.1705 -0.0804
w:function 0.1391 -0.2001 -0.0303 0.0912
w:functional -0.1107 0.2482 0.0152 -0.1526
w:functioning 0.0578 0.1155 -0.1544 -0.0189
w:functions 0.0424 -0.1248 0.0553 0.0271
w:funded -0.0325 -0.0404 -0.0236 0.0965
w:funding -0.002 -0.1665 -0.1211 0.2898
w:further -0.0991 -0.0052 0.0493 0.0552
w:furthermore 0.0301 -0.1006 0.0745 -0.0039
w:fusion -0.0757 -0.1069 0.093 0.0896
w:future 0.003 -0.0225 -0.0323 0.052
w:g -0.1397 -0.1451 0.2923 -0.0075
w:gain -0.0065 -0.0914 0.1172 -0.0192
w:gas 0.1783 -0.0706 -0.0928 -0.0149
w:gastric 0.4739 -0.3308 -0.598 0.455
w:gastrointestinal 0.0833 -0.2135 0.035 0.0953
w:gel 0.0438 0.0136 -0.1167 0.0594
w:gender -0.0633 -0.1448 0.3035 -0.0954
w:gene 0.2155 -0.5101 0.2629 0.0318
w:general 0.0636 0.0913 -0.1145 -0.0404
w:generalized 0.0143 0.0862 -0.0922 -0.0083
w:generally 0.1478 -0.2594 -0.0831 0.1948
w:generated -0.0596 0.2051 -0.0772 -0.0683
w:generation -0.015 -0.1618 0.3152 -0.1385
w:genes 0.1999 -0.3548 0.1617 -0.0067
w:genetic -0.0852 -0.0887 0.0531 0.1207
w:genitourinary -0.0821 0.0073 0.0196 0.0552
w:genotype -0.0686 0.0167 0.1522 -0.1003
w:gestational -0.0152 0.2735 -0.2811 0.0228
w:girls -0.085 0.1565 -0.096 0.0244
w:given 0.2527 -0.1062 -0.3681 0.2216
w:giving -0.01 -0.085 -0.1021 0.1972
w:global -0.0071 0.1793 -0.1113 -0.0609
w:glucose -0.0056 0.2638 -0.2379 -0.0203
w:goal 0.0759 -0.1535 0.1226 -0.045
w:gold 0.0624 -0.2755 0.0399 0.1732
w:good -0.0101 0.1234 -0.0913 -0.0221
w:gov -0.0681 0.4889 -0.1665 -0.2543
w:grade -0.3482 0.6629 -0.0937 -0.221
w:gradual -0.0195 -0.1523 0.0277 0.1442
w:graft -0.0206 0.1636 -0.0364 -0.1067
w:gram -0.0374 -0.2611 0.3355 -0.037
w:great -0.0054 0.0136 -0.1031 0.0949
w:greater -0.08 -0.0131 0.2059 -0.1128
w:greatest -0.0068 -0.0334 0.0687 -0.0285
w:group -0.2615 0.1225 0.3766 -0.2393
w:groups -0.0611 0.3235 0.2612 -0.5235
w:growing 0.1714 0.0574 -0.0788 -0.15
w:growth 0.0048 -0.0669 0.3881 -0.3259
w:guidance 0.0374 0.0991 -0.1163 -0.0202
w:guide 0.1165 0.1173 -0.1876 -0.0463
w:guided -0.0942 0.0195 -0.0334 0.1082
w:guidelines 0.1691 -0.0768 -0.1694 0.0773
w:gut -0.0417 -0.025 0.085 -0.0182
w:h -0.0313 0.3984 -0.2727 -0.0944
w:had -0.2632 -0.3358 0.0302 0.5709
w:half -0.2426 -0.125 0.4029 -0.0353
w:handsearched -0.0737 0.1427 -0.0576 -0.0114
w:harm 0.0619 -0.0085 -0.1418 0.0884
w:harmful -0.025 -0.1122 -0.1396 0.2769
w:harms 0.0593 -0.1334 -0.2419 0.3162
w:has 0.085 -0.1122 -0.0526 0.081
w:have 0.2795 -0.2319 0.0609 -0.1063
w:having 0.032 -0.2159 -0.0202 0.2041
w:hazard 0.1146 -0.0608 -0.0455 -0.0084
w:hazards -0.0273 0.027 0.0574 -0.0571
w:he -0.1791 -0.0356 0.2091 0.0056
w:head -0.0021 -0.0557 0.0872 -0.0295
w:headache -0.0184 0.0078 0.1134 -0.1027
w:heal 0.0842 -0.079 -0.1553 0.1502
w:healed -0.0185 -0.0919 0.1119 -0.0014
w:healing -0.0105 -0.4368 0.1746 0.2727
w:health -0.2747 0.2527 0.2849 -0.263
w:healthcare 0.0588 -0.0391 -0.0211 0.0014
w:healthy -0.0595 0.2862 -0.2766 0.05
w:heart 0.1243 0.1389 -0.1673 -0.0959
w:height -0.1282 -0.0586 0.2679 -0.0811
w:help 0.1057 -0.2111 0.118 -0.0125
w:hemodynamic -0.0199 -0.0066 -0.1051 0.1316
w:hemodynamics 0.0482 0.2533 -0.2358 -0.0657
w:hemoglobin -0.0319 0.1984 -0.1573 -0.0093
w:hence 0.1166 0.052 -0.1782 0.0096
w:her -0.0145 -0.0699 -0.0147 0.0991
w:here -0.0416 -0.1278 0.1283 0.0412
w:heterogeneity -0.0715 0.1674 -0.1977 0.1018
w:heterogeneous 0.0159 -0.0863 0.1352 -0.0648
w:high 0.4661 -0.7069 0.0482 0.1923
w:higher 0.1896 -0.7742 0.3723 0.2132
w:highest -0.0471 -0.1834 0.2702 -0.0397
w:highlight -0.0073 -0.001 -0.0032 0.0115
w:highly 0.0109 -0.0267 -0.0366 0.0524
w:hip 0.0606 -0.1455 0.1079 -0.0229
w:his -0.0471 -0.2616 0.3496 -0.0408
w:history 0.1224 0.1039 -0.2112 -0.0151
w:hiv 0.0626 -0.1402 -0.1389 0.2167
w:home 0.0612 -0.0284 0.0632 -0.096
w:hormone -0.0135 0.1588 -0.2374 0.0921
w:hospital -0.6407 0.3456 0.1653 0.1297
w:hospitalisation -0.0143 -0.0356 0.105 -0.0551
w:hospitalised -0.124 0.0092 0.0958 0.0189
w:hospitalization -0.0258 0.0196 -0.1157 0.1219
w:hospitals 0.1109 -0.0731 -0.0105 -0.0272
w:hour 0.0481 0.0406 -0.0834 -0.0054
w:hours -0.2432 0.3844 -0.3081 0.167
w:how 0.1442 -0.1616 0.0343 -0.0169
w:however 0.3035 0.0574 -0.308 -0.0529
w:hr 0.3822 -0.2907 -0.0414 -0.05
w:human 0.1492 0.0738 -0.3424 0.1195
w:hundred -0.1371 0.0192 -0.0295 0.1475
w:hypertension 0.218 -0.1652 0.0313 -0.084
w:hypothesis 0.1177 0.1688 -0.2277 -0.0588
w:i 0.1223 -0.1846 0.4033 -0.3409
w:ibd -0.0025 0.0635 -0.0335 -0.0275
w:ictrp -0.0252 0.0428 -0.0122 -0.0053
w:identification 0.1485 0.04 -0.1816 -0.0069
w:identified -0.4659 -0.0419 0.283 0.2244
w:identify 0.066 -0.0034 -0.124 0.0614
w:identifying 0.0571 -0.0835 0.183 -0.1566
w:ie 0.0929 0.1018 -0.096 -0.0986
w:if 0.2352 -0.1447 -0.1627 0.0726
w:ii 0.1917 -0.19 0.0471 -0.0488
w:iii 0.0585 -0.0566 -0.248 0.2461
w:il -0.1326 -0.1824 0.3696 -0.0545
w:iliac -0.147 -0.2559 0.4103 -0.0074
w:iliopsoas 0.0022 0.1849 -0.2058 0.0187
w:illness 0.0652 0.1412 -0.1508 -0.0556
w:image -0.0461 0.1435 0.0012 -0.0986
w:images 0.0181 -0.0101 -0.0601 0.0522
w:imaging 0.0711 0.5387 -0.2641 -0.3457
w:immediate -0.0204 0.1193 -0.0861 -0.0128
w:immediately 0.2077 -0.0015 -0.2459 0.0396
w:immune -0.1314 0.4353 -0.3055 0.0016
w:immunocompromised 0.0181 -0.0182 -0.0274 0.0274
w:immunodeficiency 0.0488 -0.1333 0.0455 0.0389
w:impact -0.0149 -0.1855 0.0561 0.1445
w:impaired -0.0042 -0.0529 0.0249 0.0322
w:impairment 0.167 0.1329 -0.1562 -0.1436
w:implant -0.0289 0.2155 0.1315 -0.3181
w:implantation 0.0068 0.2529 -0.1609 -0.0989
w:implanted -0.0279 0.092 -0.0586 -0.0055
w:implementation -0.2029 0.0542 0.1546 -0.0059
w:implemented 0.0018 0.1752 -0.1609 -0.0161
w:implications 0.0698 -0.0554 -0.0191 0.0047
w:importance -0.074 -0.1387 0.3561 -0.1434
w:important 0.1083 -0.1944 0.0001 0.0859
w:improve -0.0232 -0.0783 -0.0512 0.1526
w:improved 0.1164 -0.3269 0.1678 0.0427
w:improvement -0.0077 -0.4702 0.3244 0.1538
w:improvements -0.0568 -0.0647 0.0794 0.0421
w:improves -0.0437 -0.0218 0.3379 -0.2724
w:improving 0.0622 -0.1183 -0.054 0.1101
w:in 0.3131 -0.4574 0.0125 0.1369
w:inability -0.0261 -0.0057 0.02 0.0118
w:inadequate 0.0066 -0.1971 0.0239 0.1666
w:inception -0.0578 0.0808 -0.0197 -0.0032
w:incidence -0.0533 -0.1348 0.0346 0.1537
w:incision 0.0684 -0.1487 0.0103 0.0701
w:incisions -0.0347 0.0636 -0.0952 0.0662
w:include 0.0749 -0.0782 -0.2952 0.2991
w:included -0.7911 0.0508 0.6048 0.1365
w:includes -0.1663 -0.12 0.3201 -0.0337
w:including 0.0658 0.0657 -0.1622 0.0307
w:inclusion -0.335 0.0098 0.3753 -0.0497
w:income 0.029 -0.025 -0.0557 0.0517
w:incontinence -0.0861 0.1862 -0.0169 -0.0832
w:increase -0.0366 -0.1512 0.2202 -0.0324
w:increased 0.2267 -0.0744 -0.3072 0.1551
w:increases 0.1961 -0.3536 -0.0013 0.1589
w:increasing 0.133 -0.1836 -0.0941 0.1446
w:increasingly 0.0214 -0.0231 -0.105 0.1066
w:independence -0.0146 0.0017 -0.0481 0.061
w:independent -0.0658 0.0002 0.1092 -0.0436
w:independently -0.2021 0.7774 -0.4651 -0.1101
w:index -0.2685 0.178 0.516 -0.4254
w:indexed -0.0299 0.0599 -0.0109 -0.0191
w:india 0.0926 -0.0699 -0.1668 0.1441
w:indicate -0.0706 0.3111 -0.1679 -0.0726
w:indicated -0.1409 -0.1444 0.5822 -0.2968
w:indicating -0.0271 -0.1836 -0.0484 0.2591
w:indication -0.0252 0.0673 -0.0913 0.0491
w:indications 0.019 -0.015 -0.0099 0.0059
w:individual 0.2726 -0.243 -0.0703 0.0407
w:individuals -0.072 -0.2267 0.0916 0.2073
w:induced -0.1158 0.4257 -0.1697 -0.1402
w:induces -0.0374 -0.1023 -0.0927 0.2323
w:induction -0.061 0.2127 0.0167 -0.1683
w:industry -0.0463 0.0558 -0.1177 0.1083
w:infant 0.0308 0.1036 -0.0427 -0.0918
w:infants 0.0225 0.0894 -0.0092 -0.1027
w:infarction 0.157 -0.1409 0.0089 -0.025
w:infected -0.0183 -0.4481 0.3716 0.0949
w:infection 0.1469 -0.045 -0.1875 0.0857
w:infections -0.0015 -0.2373 -0.2129 0.4517
w:infectious 0.2341 -0.0615 0.1762 -0.3487
w:infective 0.014 -0.0897 0.0905 -0.0149
w:inferior -0.0424 -0.0823 0.0847 0.0399
w:infertility -0.0194 0.0589 0.0193 -0.0588
w:inflammation -0.0125 0.2704 -0.4053 0.1476
w:inflammatory 0.1309 -0.3028 0.3119 -0.1401
w:influence 0.0275 -0.1076 0.2475 -0.1674
w:influenced -0.0172 -0.0557 -0.1102 0.183
w:influences 0.0494 -0.0464 -0.0261 0.0231
w:inform 0.0913 -0.0446 -0.0584 0.0116
w:information 0.0229 0.1108 -0.2894 0.1556
w:infusion 0.2756 0.1181 -0.4992 0.1055
w:inhibition -0.0153 0.1272 -0.0052 -0.1066
w:inhibitor 0.1718 -0.1333 -0.0915 0.053
w:inhibitors 0.0139 0.0302 0.0055 -0.0496
w:initial -0.2162 0.3718 0.2998 -0.4554
w:initially -0.1328 0.1246 0.0802 -0.0721
w:initiated 0.006 -0.101 -0.0584 0.1534
w:initiation -0.0142 0.1956 -0.4188 0.2374
w:injection -0.0649 -0.0447 0.0198 0.0898
w:injections -0.0295 -0.1847 0.0377 0.1764
w:injuries -0.0764 -0.0063 -0.1473 0.2299
w:injury 0.0416 -0.4988 0.5677 -0.1104
w:inner -0.0059 0.0138 -0.0091 0.0012
w:inserted -0.0271 0.0503 -0.1147 0.0914
w:insertion -0.0191 0.0713 0.0112 -0.0634
w:inside 0.1146 -0.1311 -0.038 0.0544
w:insight 0.0738 -0.1896 -0.0943 0.2101
w:instability 0.0705 -0.0735 0.0304 -0.0274
w:institute -0.1615 0.2473 -0.0644 -0.0214
w:institution 0.1599 -0.0617 -0.0656 -0.0325
w:instrument -0.0489 0.0577 -0.0496 0.0408
w:instrumentation 0.0557 -0.0171 -0.0896 0.051
w:instruments -0.1322 0.0234 0.0069 0.102
w:insufficient -0.233 -0.0902 0.6111 -0.2878
w:intake 0.1652 -0.3985 0.1187 0.1146
w:intensity -0.0103 0.0176 -0.1307 0.1234
w:intensive -0.0596 -0.0716 0.1985 -0.0674
w:intention -0.0732 0.0554 0.0493 -0.0314
w:interaction 0.025 0.2315 -0.247 -0.0094
w:interactions -0.0608 -0.1157 0.1859 -0.0094
w:interest -0.0173 -0.1319 0.1209 0.0283
w:intermediate -0.0173 0.0335 0.1141 -0.1303
w:intermittent -0.0844 0.1708 -0.078 -0.0084
w:internal 0.1299 0.1147 -0.1841 -0.0605
w:international -0.0291 0.0157 -0.0029 0.0164
w:interpreted -0.0096 -0.2045 0.2189 -0.0048
w:interval -0.0846 0.0514 0.0907 -0.0574
w:intervals 0.1469 0.142 -0.2294 -0.0595
w:intervention 0.1518 0.3966 -0.056 -0.4925
w:interventions -0.0052 -0.0883 0.2995 -0.2061
w:interview -0.0498 0.1768 -0.1043 -0.0226
w:interviews -0.0285 0.132 -0.1016 -0.0019
w:intestinal -0.0321 0.097 -0.1477 0.0828
w:intestine -0.0233 0.0075 -0.0217 0.0376
w:into 0.3277 0.2079 -0.5461 0.0102
w:intra 0.0738 0.4141 -0.4849 -0.0029
w:intracranial -0.0684 0.4607 -0.3158 -0.0766
w:intracytoplasmic -0.0537 0.1788 -0.0848 -0.0402
w:intraocular 0.0148 0.1556 -0.1638 -0.0066
w:intraoperative -0.1941 0.0365 0.164 -0.0063
w:intrathecal 0.0328 0.031 -0.0838 0.02
w:intravenous -0.1805 0.0096 -0.1601 0.3311
w:intubation -0.0297 0.1093 -0.0726 -0.0071
w:invasive -0.1375 0.027 -0.0763 0.1866
w:investigate 0.1692 -0.1329 -0.103 0.0667
w:investigated 0.134 0.0689 -0.2122 0.0095
w:investigating 0.1373 0.0038 -0.084 -0.0571
w:investigation -0.1347 0.1975 0.055 -0.1178
w:investigations -0.0397 0.1104 -0.0434 -0.0272
w:investigators -0.0157 -0.0479 -0.0572 0.1208
w:involved -0.2519 0.0808 0.3333 -0.1622
w:involvement -0.0788 -0.0862 0.0751 0.09
w:involves 0.3272 -0.1992 -0.1416 0.0135
w:involving -0.1512 -0.4212 0.3449 0.2275
w:iol -0.0365 0.1209 -0.3307 0.2463
w:iols -0.0133 0.055 0.01 -0.0517
w:ipa -0.1839 0.3006 -0.2426 0.1259
w:iqr -0.0046 -0.0322 0.0955 -0.0587
w:irrespective -0.0214 0.1035 -0.046 -0.0361
w:irrigation -0.0782 0.1208 0.0793 -0.122
w:is -0.1026 -0.2149 0.2023 0.1265
w:ischemia -0.0351 0.1727 -0.3421 0.2045
w:ischemic 0.1289 -0.0978 0.0188 -0.05
w:isolated -0.049 -0.0773 0.0271 0.0993
w:issue -0.0013 0.0437 -0.0208 -0.0216
w:issues -0.0419 0.0012 -0.0244 0.0652
w:it 0.2124 -0.4475 0.1061 0.1298
w:italy -0.2592 0.2896 -0.0355 0.0051
w:item -0.0179 0.2429 -0.1916 -0.0334
w:items 0.0685 0.2592 -0.0445 -0.2832
w:its 0.1671 -0.0196 -0.0763 -0.0713
w:iv -0.1653 0.347 -0.1159 -0.0657
w:ivf 0.003 0.4262 -0.4179 -0.0112
w:january -0.2221 0.6629 -0.4084 -0.0325
w:japan -0.0481 0.0327 0.03 -0.0146
w:joint -0.0098 -0.0397 0.2831 -0.2336
w:judged -0.0577 -0.0118 0.0732 -0.0037
w:juice 0.1664 -0.151 0.0494 -0.0649
w:july -0.062 0.1215 -0.0564 -0.0031
w:june -0.0623 0.2066 -0.1592 0.0148
w:just -0.0037 -0.0121 -0.0508 0.0666
w:k -0.0088 0.2791 -0.3201 0.0498
w:key -0.3185 0.2425 -0.2824 0.3587
w:kg -0.0916 0.0474 -0.0412 0.0854
w:kidney 0.1669 0.0388 -0.163 -0.0427
w:knee 0.2401 -0.2416 -0.057 0.0586
w:knowledge -0.1898 0.048 -0.017 0.1589
w:known 0.091 -0.0353 -0.0752 0.0195
w:kyphosis -0.022 -0.2835 0.3629 -0.0574
w:l 0.1163 0.08 -0.1829 -0.0134
w:la -0.013 0.0222 -0.2072 0.198
w:label -0.0995 0.2964 -0.1636 -0.0333
w:labeled -0.0635 0.1711 -0.0989 -0.0088
w:laboratory -0.2545 0.414 -0.1159 -0.0436
w:lack -0.0229 -0.1871 -0.0129 0.2229
w:lacking -0.1196 0.0543 0.1467 -0.0813
w:language -0.354 0.429 -0.1169 0.0415
w:laparoscopic -0.0739 -0.273 0.2497 0.0973
w:large 0.262 -0.0551 -0.2335 0.0267
w:largely -0.0112 0.098 0.1442 -0.2311
w:larger -0.0249 -0.0514 0.2444 -0.168
w:largest -0.0207 0.1176 -0.0235 -0.0733
w:laser -0.047 0.218 -0.1188 -0.0521
w:last -0.0926 0.1043 -0.119 0.1072
w:lasting -0.0664 0.0309 0.0495 -0.014
w:late 0.0286 0.0281 -0.0235 -0.0332
w:later -0.0856 0.2326 0.2383 -0.3853
w:lateral 0.1125 0.0193 -0.084 -0.0478
w:latin -0.012 -0.1448 0.1615 -0.0047
w:latter -0.0154 -0.0468 0.2223 -0.1601
w:lead -0.1428 -0.0572 0.3091 -0.109
w:leading -0.0988 -0.0607 0.0584 0.1011
w:leads -0.0395 0.0251 -0.1232 0.1375
w:leak 0.1083 -0.0908 -0.1018 0.0842
w:leakage -0.0082 0.0011 0.0566 -0.0495
w:least -0.223 0.477 -0.0673 -0.1867
w:led -0.0411 -0.1321 0.1041 0.0691
w:left -0.0236 -0.0543 0.2709 -0.193
w:length -0.2778 -0.0852 0.4261 -0.0631
w:lengths -0.0852 -0.1991 0.0456 0.2387
w:lens 0.0093 0.0924 -0.023 -0.0786
w:lesion -0.0974 -0.0325 0.2012 -0.0713
w:lesions -0.1138 0.3877 -0.4905 0.2166
w:less -0.1015 -0.0027 0.0431 0.0611
w:level -0.0635 0.3495 0.0415 -0.3275
w:levels 0.0399 0.0619 0.3487 -0.4506
w:library -0.0743 0.1479 -0.0597 -0.0138
w:life 0.2499 0.1805 -0.3324 -0.098
w:lifestyle 0.0213 -0.0169 0.014 -0.0184
w:light -0.0097 -0.0411 0.0313 0.0195
w:like -0.0876 0.2287 -0.0862 -0.0549
w:likelihood 0.0369 -0.1052 -0.0047 0.0729
w:likely -0.0559 -0.2863 0.5757 -0.2333
w:lilacs -0.0993 0.0115 -0.1098 0.1976
w:limb 0.0327 0.09 -0.2286 0.1059
w:limit 0.0253 0.0713 -0.1455 0.049
w:limitations -0.0882 0.4426 -0.0736 -0.2807
w:limited 0.0296 -0.2649 -0.0214 0.2566
w:limiting -0.0611 -0.17 0.1004 0.1307
w:limits -0.1009 -0.0907 0.1863 0.0053
w:line 0.0452 -0.1826 0.2813 -0.1438
w:linear 0.1921 0.2507 -0.3778 -0.0649
w:lines -0.0923 -0.1488 0.2039 0.0372
w:linked -0.018 -0.0849 0.1945 -0.0917
w:lipoprotein -0.0077 0.2237 -0.0752 -0.1408
w:liquid -0.0622 -0.0399 0.0867 0.0155
w:list -0.0307 -0.1703 0.2148 -0.0138
w:lists -0.1962 0.3463 -0.1114 -0.0386
w:literature 0.0685 0.1757 -0.3891 0.1449
w:little 0.047 -0.2265 0.3394 -0.1599
w:live 0.3457 -0.1856 0.0343 -0.1944
w:liver 0.0491 -0.2776 0.2054 0.023
w:living -0.0216 0.1877 -0.157 -0.0091
w:local -0.345 0.2706 0.0509 0.0235
w:localized 0.1271 -0.1754 -0.0236 0.072
w:located 0.0281 -0.135 0.0511 0.0558
w:location 0.0656 0.0199 -0.0753 -0.0103
w:logistic -0.0499 0.0839 0.0577 -0.0917
w:long -0.0222 -0.0554 -0.1827 0.2603
w:longer -0.107 -0.1999 0.1387 0.1682
w:longitudinal -0.1124 0.4664 -0.2938 -0.0602
w:looked 0.0047 -0.0907 -0.1545 0.241
w:loss -0.1359 -0.0696 0.2197 -0.0142
w:lost -0.0095 -0.286 0.5178 -0.2224
w:low 0.0555 -0.6253 0.4197 0.1504
w:lower -0.0686 -0.5276 0.5473 0.0485
w:lowering 0.0456 0.273 -0.1828 -0.1358
w:lowest -0.0293 -0.0753 0.125 -0.0204
w:lumbar -0.033 -0.119 0.0595 0.0925
w:lung 0.0169 -0.1276 0.0578 0.053
w:lymph -0.0487 0.3947 -0.2402 -0.1058
w:m 0.2716 0.0761 -0.2396 -0.1081
w:made 0.041 -0.3159 0.1503 0.1246
w:magnetic 0.0408 0.2265 -0.1187 -0.1486
w:magnitude -0.0787 0.0244 0.2644 -0.2101
w:main -0.1529 0.0042 0.0726 0.0761
w:mainly -0.139 -0.177 0.1026 0.2135
w:maintain 0.065 0.0048 0.0173 -0.0871
w:maintained 0.3617 -0.3498 0.1593 -0.1712
w:maintenance -0.2411 0.0141 -0.1547 0.3817
w:major -0.0548 0.021 -0.0681 0.1019
w:majority 0.0093 0.0243 -0.2664 0.2328
w:make 0.0174 -0.1114 -0.0197 0.1139
w:makes -0.0289 -0.0134 -0.0862 0.1286
w:making -0.0491 0.0638 -0.132 0.1174
w:male 0.0335 -0.1255 0.4641 -0.3721
w:males -0.1882 -0.2021 0.4647 -0.0744
w:malignant 0.0003 -0.0956 -0.0623 0.1576
w:man -0.3304 0.5341 -0.1506 -0.0531
w:managed 0.0106 -0.2894 0.144 0.1348
w:management 0.5133 -0.1254 -0.1572 -0.231
w:manager -0.0458 0.1114 -0.0637 -0.0019
w:manifest 0.018 0.0327 -0.0244 -0.0262
w:manifestation -0.0075 -0.0598 -0.0065 0.0738
w:manifestations 0.0205 0.0066 -0.0176 -0.0095
w:manner 0.0281 0.0659 -0.0753 -0.0186
w:manual -0.0322 0.113 -0.0657 -0.0151
w:many 0.1651 0.0836 -0.4395 0.1908
w:march -0.1008 0.0509 -0.0169 0.0667
w:marked 0.1137 -0.1559 -0.0319 0.074
w:markedly -0.0405 -0.0707 0.2303 -0.119
w:markers -0.0158 0.0219 0.1738 -0.1799
w:mass 0.0485 -0.0987 0.1221 -0.0719
w:matched -0.112 0.0428 0.2536 -0.1844
w:matching -0.0457 -0.0581 0.1466 -0.0428
w:material 0.0543 0.0674 0.0603 -0.182
w:materials 0.1869 -0.1558 -0.0795 0.0485
w:maternal -0.0416 -0.021 0.23 -0.1673
w:maxillary -0.084 0.0457 -0.1312 0.1695
w:maximum 0.1802 -0.227 0.0399 0.0069
w:may 0.0262 -0.189 -0.1384 0.2963
w:md -0.062 0.288 -0.1491 -0.0769
w:mean -0.1633 0.1519 0.4509 -0.4388
w:means -0.0469 0.0433 -0.0012 0.0048
w:measure -0.0439 -0.012 -0.0779 0.1337
w:measured 0.134 0.3487 -0.6607 0.178
w:measurement -0.0557 0.2188 -0.1365 -0.0266
w:measurements 0.3336 -0.042 -0.2992 0.0077
w:measures -0.1208 0.3202 0.1154 -0.3148
w:measuring 0.2163 0.0177 -0.1286 -0.1055
w:mechanical 0.0299 0.0667 -0.0413 -0.0553
w:mechanism -0.1203 -0.4372 0.2558 0.3018
w:mechanisms -0.2306 0.1605 0.0483 0.0218
w:media 0.1724 0.0086 -0.2815 0.1005
w:median 0.3404 -0.1802 0.0948 -0.2544
w:mediated -0.051 -0.2271 0.5261 -0.2481
w:mediators 0.0902 0.044 -0.0641 -0.0701
w:medical -0.0358 0.3232 -0.1196 -0.168
w:medication 0.1394 0.2304 -0.0964 -0.2734
w:medications -0.0125 -0.0995 0.1132 -0.0012
w:medicine -0.1501 0.041 -0.0988 0.2079
w:medicines 0.0563 -0.0647 -0.0296 0.0381
w:medline -0.1711 0.2895 -0.0654 -0.0526
w:meet 0.0445 0.1518 -0.2078 0.0115
w:mellitus 0.2145 -0.3756 0.0028 0.1583
w:members -0.0375 0.0575 0.0034 -0.0234
w:membrane -0.0064 0.0515 0.1571 -0.2022
w:men 0.088 0.0685 -0.1071 -0.0494
w:mental 0.0083 -0.046 0.5264 -0.4887
w:messages -0.0024 0.0525 -0.0877 0.0377
w:met -0.0534 -0.3959 0.403 0.0463
w:meta 0.0815 -0.0025 0.2341 -0.313
w:metabolic 0.0011 -0.1347 0.0933 0.0403
w:metastatic -0.0093 0.0222 -0.0099 -0.003
w:methicillin 0.063 0.2972 -0.3332 -0.0269
w:method 0.1065 -0.4295 -0.3503 0.6731
w:methodological -0.1046 0.1543 -0.2179 0.1682
w:methodology -0.1171 0.1717 -0.0787 0.0241
w:methods 0.1483 -0.2514 -0.2623 0.3653
w:mg 0.1832 0.6962 -1.1089 0.2293
w:micro 0.0489 -0.068 0.0091 0.01
w:microbiological 0.0744 -0.1404 0.1178 -0.0517
w:middle 0.4664 -0.4255 0.0235 -0.0644
w:might -0.3015 -0.0497 0.1566 0.1946
w:mild -0.1431 0.3459 -0.2491 0.0463
w:min 0.0494 0.0934 -0.0196 -0.1232
w:mind 0.0047 -0.0489 0.0845 -0.0403
w:minimal 0.035 -0.1237 -0.0381 0.1268
w:minimally -0.0914 0.0171 -0.1079 0.1822
w:minimum 0.2376 -0.2816 0.0558 -0.0118
w:minor 0.172 0.075 0.2225 -0.4695
w:minutes -0.1518 0.0869 -0.0071 0.0719
w:miscarriage -0.0188 0.2681 -0.0903 -0.1591
w:missing -0.0247 0.116 -0.0138 -0.0774
w:mixed -0.0934 -0.1186 0.1618 0.0504
w:ml 0.1551 0.3225 -0.3773 -0.1003
w:mm -0.0563 0.3062 -0.1164 -0.1334
w:mmhg -0.004 0.1187 -0.087 -0.0277
w:mobility 0.1757 0.0708 -0.1329 -0.1136
w:model -0.2044 0.3642 0.1835 -0.3431
w:modeling 0.0535 0.0689 -0.1223 -0.0001
w:models 0.4547 0.0502 -0.301 -0.2038
w:moderate -0.0889 -0.1145 0.0583 0.1452
w:modified 0.0788 0.098 -0.0028 -0.174
w:molecular -0.2199 0.0284 0.0625 0.129
w:monitored -0.0081 0.2873 -0.2522 -0.0269
w:monitoring -0.023 0.1078 0.0197 -0.1045
w:month -0.1449 0.3681 -0.0119 -0.2112
w:months -0.1756 0.4244 -0.0513 -0.1974
w:morbidity 0.1436 -0.2899 -0.0732 0.2194
w:more -0.0402 -0.4061 0.1246 0.3221
w:moreover -0.0124 -0.1119 0.185 -0.0607
w:morphine 0.3837 -0.2479 -0.2144 0.0786
w:morphology 0.0097 -0.0113 0.0513 -0.0497
w:mortality -0.0954 -0.0253 0.0454 0.0754
w:most -0.0887 -0.9972 0.5545 0.5318
w:mostly -0.0137 -0.2452 -0.1234 0.3824
w:mother -0.0519 0.0657 -0.2044 0.1908
w:motility 0.0027 -0.0581 0.0798 -0.0244
w:motor 0.5324 -0.2822 -0.1324 -0.1178
w:mouth -0.0005 0.0269 0.0884 -0.1148
w:movement 0.1424 -0.041 -0.077 -0.0244
w:mri -0.1132 -0.0568 0.1359 0.0342
w:ms -0.0052 -0.0712 0.2685 -0.1921
w:much -0.0284 -0.1471 0.2827 -0.1071
w:multi -0.0782 0.2235 -0.0982 -0.047
w:multicenter 0.1839 -0.0908 -0.0671 -0.0259
w:multicentre -0.0053 -0.0123 -0.012 0.0296
w:multilevel 0.0858 -0.1346 0.0828 -0.034
w:multiple 0.0068 -0.0619 -0.0009 0.0561
w:multivariate -0.0108 0.1367 -0.0376 -0.0883
w:muscle -0.3506 -0.3121 0.0046 0.6584
w:muscles -0.057 -0.1035 0.071 0.0895
w:muscular -0.0441 0.0664 0.0727 -0.095
w:must -0.0011 -0.0772 -0.1358 0.214
w:mycobacterium -0.1673 0.1319 0.0684 -0.033
w:myocardial 0.1439 -0.1415 -0.0253 0.023
w:myopic -0.0135 0.0667 -0.0157 -0.0375
w:n -0.289 0.401 0.2777 -0.3896
w:nasal -0.0152 0.0684 -0.1901 0.1369
w:national 0.2142 -0.2817 0.1079 -0.0403
w:natural 0.0015 -0.0872 0.3208 -0.2352
w:nature 0.338 -0.2816 0.2465 -0.3029
w:nausea -0.0297 -0.0945 0.0619 0.0623
w:near -0.0506 -0.0551 0.0482 0.0575
w:nearly 0.057 -0.0794 0.033 -0.0106
w:necessary -0.0644 -0.0191 0.2593 -0.1758
w:neck 0.0237 -0.2644 0.1843 0.0563
w:necrosis -0.0264 0 -0.213 0.2395
w:need 0.0624 0.1444 -0.139 -0.0679
w:needed -0.1612 -0.0497 0.3034 -0.0923
w:needle -0.0483 -0.2484 0.0422 0.2547
w:needs 0.0554 -0.0813 -0.0698 0.0957
w:negative -0.1292 -0.0365 0.2068 -0.041
w:negatively -0.0058 -0.0565 0.2029 -0.1406
w:neither -0.0348 -0.1047 0.3756 -0.236
w:nerve -0.0472 -0.5915 0.5463 0.0923
w:network -0.0462 -0.0608 0.1756 -0.0687
w:neurologic 0.0333 -0.1493 0.2202 -0.1042
w:neurological -0.1123 0.5144 -0.0022 -0.4
w:neutrophil -0.0612 -0.1105 0.0712 0.1005
w:new -0.0242 -0.0106 -0.2641 0.299
w:next -0.0573 -0.0139 0.0265 0.0446
w:ng -0.002 0.0046 0.0036 -0.0062
w:nine -0.3418 -0.2503 0.4876 0.1045
w:no -0.2869 -0.3802 0.4645 0.2014
w:nodes -0.0263 0.2477 0.0529 -0.2743
w:non -0.1858 -0.185 0.0339 0.337
w:none -0.0776 0.1 -0.0048 -0.0178
w:nor -0.0052 -0.1852 0.3831 -0.1926
w:normal 0.1523 0.0746 0.0205 -0.2476
w:normalized 0.0032 -0.034 0.106 -0.0752
w:north -0.2697 -0.0082 0.3277 -0.0498
w:not -0.2596 -0.2829 0.3128 0.2302
w:noted -0.113 0.0136 0.4211 -0.3216
w:novel 0.141 -0.3061 0.0973 0.0678
w:november -0.1151 0.1534 -0.027 -0.0113
w:now 0.0553 -0.0654 0.0496 -0.0395
w:number -0.0776 0.0668 0.1013 -0.0906
w:numbers -0.0341 -0.0934 0.0252 0.1023
w:nursing -0.044 0.1639 -0.0989 -0.021
w:nutrition -0.0381 -0.0772 -0.0724 0.1877
w:nutritional -0.005 -0.0104 -0.0149 0.0303
w:obesity -0.0005 -0.0566 0.1223 -0.0652
w:objective 0.2214 -0.237 -0.0098 0.0258
w:objectives 0.248 -0.2048 -0.036 -0.0071
w:observation 0.1917 -0.2186 -0.1891 0.216
w:observational -0.2699 0.322 -0.0438 -0.0083
w:observed -0.0093 -0.3536 0.3646 -0.0015
w:obstruction 0.433 0.0553 -0.4098 -0.0785
w:obtain -0.0797 -0.0106 0.1367 -0.0463
w:obtained -0.1134 0.1284 0.0759 -0.0908
w:obvious 0.0001 -0.0528 0.0831 -0.0304
w:obviously -0.0026 -0.1162 0.1374 -0.0186
w:occur 0.03 -0.0403 0.0168 -0.0065
w:occurred -0.0225 -0.2799 0.3037 -0.0015
w:occurrence 0.0714 0.1337 -0.243 0.0379
w:occurring -0.1012 0.5151 -0.1788 -0.2351
w:occurs -0.2107 0.3215 -0.325 0.2141
w:october -0.0743 0.1251 -0.0104 -0.0403
w:ocular -0.0916 0.1644 -0.134 0.0612
w:odds -0.0645 0.0577 -0.0009 0.0076
w:of 0.0762 -0.1665 -0.0403 0.1151
w:often 0.1981 -0.324 -0.0804 0.2063
w:old -0.1238 0.5631 -0.3435 -0.096
w:older 0.0388 -0.1291 0.1215 -0.0311
w:on 0.3975 -0.0795 -0.0791 -0.2401
w:once 0.2752 -0.106 -0.1502 -0.019
w:one -0.1575 -0.3475 0.4512 0.0529
w:ongoing -0.0138 0.0149 -0.1141 0.1129
w:only -0.0499 -0.2466 0.3585 -0.0619
w:onset -0.0142 -0.0754 0.0837 0.0059
w:oocyte -0.0115 -0.1551 0.2746 -0.1079
w:open -0.0379 -0.406 0.2405 0.2034
w:operated -0.0207 0.0685 -0.0332 -0.0146
w:operating -0.0293 -0.055 0.0708 0.0134
w:operation 0.3651 -0.0584 -0.2844 -0.0222
w:operations -0.0008 -0.0508 0.0471 0.0045
w:operative 0.2191 -0.0431 0.1032 -0.2793
w:ophthalmology -0.1362 0.3222 -0.1741 -0.0119
w:optimal 0.0661 0.0082 -0.0884 0.0141
w:option -0.0071 -0.0066 -0.0228 0.0365
w:options 0.0406 0.0197 -0.0427 -0.0176
w:or -0.2518 0.2806 -0.076 0.049
w:oral -0.0879 -0.089 0.0059 0.1711
w:order 0.0853 0.063 -0.0212 -0.1271
w:organ 0.0263 0.0158 -0.0698 0.0277
w:organism -0.0319 -0.0401 0.2569 -0.1849
w:organisms -0.0566 -0.0471 0.0104 0.0934
w:organization -0.0113 0.1026 -0.0562 -0.0351
w:organs -0.0517 0.2984 -0.2572 0.0105
w:orientation 0.0455 0.0883 -0.0728 -0.0611
w:origin 0.2076 -0.0555 -0.2011 0.049
w:original 0.0473 -0.1149 0.1727 -0.1051
w:ors -0.0039 0.1323 -0.1276 -0.0008
w:orthodontic 0.0017 0.0513 -0.2479 0.1949
w:orthopedic 0.0036 -0.0326 0.03 -0.001
w:os -0.0229 -0.267 0.1341 0.1558
w:osteomyelitis 0.1933 0.0033 -0.2981 0.1015
w:other -0.4232 0.1444 0.3823 -0.1036
w:our 0.0426 -0.3073 -0.077 0.3418
w:out -0.2882 0.1579 -0.0617 0.1919
w:outcome 0.1877 0.2067 -0.4188 0.0243
w:outcomes -0.0407 0.0909 -0.2166 0.1666
w:outpatient -0.0186 0.1085 0.043 -0.133
w:outside -0.0104 0.031 -0.0966 0.0759
w:ovarian 0.0339 0.347 -0.2391 -0.1417
w:over -0.1248 -0.2107 0.3112 0.0242
w:overall -0.3316 -0.1126 0.6111 -0.1672
w:ovid -0.0502 0.0945 -0.0175 -0.0268
w:own -0.2288 -0.232 0.3929 0.0679
w:oxide -0.0515 -0.103 0.3467 -0.1922
w:oxygen 0.0402 0.0571 0.0519 -0.1492
w:p -0.1559 0.1053 0.0853 -0.017
w:pa -0.185 -0.2243 0.0255 0.3838
w:pain -0.0579 -0.1655 0.0245 0.1988
w:painful -0.0806 0.1192 -0.0882 0.0497
w:pair -0.0386 0.0449 0.0007 -0.007
w:palate 0.0219 0.0033 0.0577 -0.0828
w:pancreas -0.0352 0.0441 -0.067 0.0582
w:pancreatic -0.0703 -0.121 0.1136 0.0777
w:parallel -0.0876 0.0868 0.0083 -0.0075
w:parameters 0.0405 0.0557 0.0326 -0.1288
w:paravertebral -0.2188 -0.0779 0.2983 -0.0016
w:parent 0.0685 -0.1379 0.0969 -0.0275
w:parenteral 0.0826 -0.1588 0.0871 -0.0109
w:parents -0.0475 0.0359 0.0516 -0.04
w:parietal 0.0388 0.1567 -0.1021 -0.0934
w:part -0.0382 0.0298 -0.0004 0.0088
w:partial 0.0789 -0.2199 0.2068 -0.0658
w:participant 0.087 -0.0256 -0.0942 0.0328
w:participants -0.4307 -0.4178 0.4694 0.3778
w:participate 0.1219 0.05 -0.1135 -0.0584
w:participated 0.0359 -0.1316 0.1014 -0.0057
w:participating -0.1784 0.2198 -0.1904 0.1491
w:participation 0.0279 0.0768 -0.037 -0.0677
w:particular 0.0235 -0.0344 -0.0589 0.0698
w:particularly -0.0116 -0.0335 -0.1766 0.2218
w:partners 0.0034 0.0834 -0.1803 0.0936
w:parts -0.0207 -0.03 0.0266 0.0241
w:past -0.0269 -0.1744 0.3754 -0.1741
w:pathogenesis 0.0034 -0.0196 -0.0118 0.0279
w:pathogens 0.0992 -0.1183 0.0285 -0.0094
w:pathologic 0.0242 -0.0021 0.0257 -0.0477
w:pathology 0.1108 -0.3003 0.1892 0.0003
w:pathway 0.0139 -0.1258 0.1156 -0.0037
w:patient 0.2546 -0.0412 0.3227 -0.5363
w:patients -0.0732 -0.0982 0.2121 -0.0399
w:pattern -0.0674 -0.1125 0.2212 -0.0413
w:patterns 0.2283 -0.0372 -0.2049 0.0137
w:pcr -0.1439 0.0652 0.0762 0.0026
w:peak -0.0811 0.2613 -0.1081 -0.0721
w:pelvic 0.0663 -0.3211 0.0658 0.1889
w:penicillin -0.0492 -0.191 -0.1695 0.4098
w:people -0.1325 0.0439 -0.0781 0.168
w:peptide -0.0037 0.0148 0.1157 -0.1268
w:per 0.1821 -0.0967 -0.01 -0.0754
w:perceived -0.0353 0.0992 -0.0138 -0.05
w:percent 0.0402 -0.0521 -0.1481 0.16
w:percentage -0.0131 -0.0652 0.1447 -0.0663
w:perception 0.0152 0.0669 -0.1292 0.0472
w:percutaneous -0.0411 -0.0146 0.1911 -0.1354
w:perforated 0.2583 -0.2626 -0.1381 0.1424
w:perform -0.0274 -0.0401 -0.0584 0.1258
w:performance 0.1323 -0.1696 0.1116 -0.0743
w:performed 0.0492 0.4982 -0.4445 -0.1026
w:performing 0.12 -0.089 -0.0813 0.0504
w:peri -0.0659 -0.097 0.151 0.0119
w:period -0.0349 0.2135 0.1997 -0.3783
w:periods -0.0258 0.3584 -0.34 0.0074
w:perioperative -0.0188 -0.0032 -0.2941 0.316
w:peripheral 0.0586 0.062 -0.028 -0.0926
w:peritoneal -0.0575 -0.1238 0.1583 0.0229
w:peritonitis 0.0609 -0.0992 0.022 0.0163
w:persistent 0.358 -0.2233 0.1507 -0.2854
w:person 0.1359 -0.1868 0.1187 -0.0677
w:personal 0.008 0.0529 -0.0537 -0.0073
w:personnel -0.0437 0.1913 -0.0809 -0.0667
w:persons 0.0988 -0.0605 -0.2129 0.1746
w:pharmaceutical -0.0544 0.047 -0.0725 0.0799
w:phase 0.0556 -0.134 0.0856 -0.0072
w:physical 0.1918 -0.0441 -0.174 0.0266
w:physician -0.0515 0.1198 -0.045 -0.0233
w:pilot -0.0337 0.0521 -0.0526 0.0342
w:place -0.0067 -0.0358 0.0242 0.0183
w:placebo -0.193 0.3663 -0.0032 -0.1701
w:placed -0.0932 0.1433 -0.0753 0.0252
w:placement 0.0496 0.0568 -0.0734 -0.033
w:plain -0.1764 -0.0464 -0.0345 0.2578
w:plane -0.0311 0.0448 -0.0064 -0.0074
w:planned -0.0606 -0.0536 -0.1787 0.293
w:plasma -0.0557 0.5195 -0.7448 0.281
w:platform -0.0287 0.0545 -0.019 -0.0067
w:play -0.1022 -0.0406 0.3285 -0.1858
w:plays 0.1557 -0.1118 -0.0328 -0.0112
w:pleural -0.0492 -0.0591 0.0099 0.0984
w:plus -0.0479 0.0351 -0.102 0.1148
w:pneumonia -0.0879 0.125 -0.0262 -0.011
w:point 0.0269 0.0055 0.082 -0.1145
w:points -0.0396 0.0796 -0.0331 -0.0069
w:polymerase 0.0111 0.1209 -0.1206 -0.0113
w:polymorphisms 0.0946 0.0225 -0.1081 -0.0091
w:pool -0.1621 -0.0785 0.0788 0.1617
w:pooled -0.1662 -0.0883 0.306 -0.0515
w:poor 0.0168 -0.3409 0.1153 0.2087
w:poorly -0.0158 -0.1661 0.2229 -0.041
w:population -0.0546 -0.0145 -0.3367 0.4057
w:populations 0.1433 -0.1252 -0.0877 0.0697
w:portal -0.0176 0.0852 -0.1837 0.1161
w:position 0.0266 -0.0486 0.1096 -0.0875
w:positive -0.0297 0.0069 0.2417 -0.2189
w:positively -0.0012 -0.0779 -0.0628 0.1419
w:possibility -0.0204 0.0434 -0.0678 0.0449
w:possible -0.0209 0.1047 -0.0904 0.0066
w:possibly 0.0262 -0.0511 -0.0181 0.043
w:post 0.201 -0.1716 -0.0414 0.012
w:posterior 0.0495 0.1488 -0.0195 -0.1789
w:postoperative 0.1665 0.1315 -0.1594 -0.1388
w:postoperatively 0.0421 0.2008 -0.2079 -0.0351
w:postpartum 0.0013 0.1628 -0.268 0.1039
w:posttraumatic 0.1072 -0.1039 -0.1562 0.1529
w:potential 0.1886 -0.2364 0.1782 -0.1303
w:potentially -0.0847 0.0732 -0.0883 0.0998
w:power -0.0639 0.1341 -0.1439 0.0737
w:practice 0.0301 0.0587 0.1161 -0.2049
w:practices -0.0485 0.1832 -0.1414 0.0067
w:practitioners 0.0715 -0.0645 -0.0232 0.0161
w:pre 0.2184 -0.118 -0.0457 -0.0546
w:predict 0.0909 -0.327 0.2605 -0.0245
w:predicted 0.0248 0.0865 0.1371 -0.2484
w:predicting 0.037 -0.0094 0.0057 -0.0332
w:prediction 0.0139 0.0546 0.0988 -0.1673
w:predictive 0.0369 -0.0097 -0.0657 0.0385
w:predictors 0.1833 -0.1354 0.0542 -0.1021
w:predisposing 0.1732 -0.3071 0.0279 0.1059
w:predominant -0.0079 -0.1501 -0.1745 0.3326
w:predominantly 0.0011 -0.0987 0.181 -0.0834
w:preferences 0.0504 -0.0968 -0.0091 0.0554
w:preferred 0.1849 -0.1527 0.0343 -0.0665
w:pregnancy -0.1629 0.4606 -0.0525 -0.2452
w:preliminary -0.057 0.0836 -0.1173 0.0907
w:preoperative 0.2335 -0.0835 -0.3078 0.1577
w:preoperatively -0.0122 -0.1312 0.2291 -0.0857
w:preparation 0.0073 -0.0563 0.3012 -0.2521
w:prescribed 0.0039 -0.1109 0.0445 0.0624
w:presence -0.1809 0.2645 0.0033 -0.087
w:present 0.6852 -0.3413 -0.0954 -0.2485
w:presentation 0.1291 -0.2826 0.2688 -0.1153
w:presented 0.0252 0.2328 -0.2281 -0.0299
w:presenting -0.2509 0.3707 -0.1238 0.004
w:preserved -0.0378 -0.2422 0.0759 0.2041
w:pressure 0.1817 0.1211 -0.1418 -0.1611
w:pretreatment 0.0891 -0.1654 0.1749 -0.0985
w:prevalence 0.0339 -0.0879 0.1708 -0.1167
w:prevalent -0.0827 -0.0367 0.1415 -0.0221
w:prevent 0.0343 -0.3038 0.2043 0.0651
w:prevented -0.0097 -0.0716 0.1636 -0.0823
w:preventing 0.2993 -0.2977 0.2151 -0.2167
w:prevention 0.0121 -0.0102 -0.0672 0.0652
w:preventive 0.1024 -0.1343 0.0335 -0.0016
w:previous -0.2346 0.1244 0.0951 0.015
w:previously 0.1903 0.2043 -0.5396 0.1451
w:primarily -0.1128 -0.0994 -0.0098 0.222
w:primary -0.2171 0.2212 -0.0045 0.0006
w:prior 0.2253 0.1264 -0.2289 -0.1228
w:private -0.2046 0.3013 -0.0881 -0.0086
w:probability -0.0128 -0.0213 -0.061 0.0952
w:probably -0.0071 0.1406 -0.2138 0.0803
w:problem 0.1107 0.0021 -0.0986 -0.0142
w:problems 0.0742 0.0399 -0.137 0.023
w:procedure 0.122 -0.1079 -0.1752 0.1612
w:procedures -0.0781 0.3488 -0.2808 0.0101
w:proceedings -0.0752 0.1125 -0.0295 -0.0079
w:process -0.0799 0.1693 0.1946 -0.284
w:processes -0.1178 -0.029 0.0689 0.0779
w:processing 0.0015 0.0074 0.0182 -0.0272
w:produce -0.032 -0.0372 -0.1208 0.1899
w:produced -0.0143 -0.0852 0.0846 0.0149
w:produces -0.0184 -0.0194 -0.0223 0.06
w:product -0.0198 0.051 0.1458 -0.177
w:production -0.066 -0.1374 0.4516 -0.2482
w:products 0.0226 -0.0155 -0.0196 0.0126
w:profile -0.0042 0.0067 0.0081 -0.0106
w:prognosis -0.0648 -0.0764 0.3098 -0.1686
w:prognostic 0.1856 -0.1201 -0.0159 -0.0496
w:program 0.1542 -0.0679 -0.0845 -0.0019
w:programme -0.0149 -0.0892 0.1837 -0.0796
w:programs 0.0274 -0.1016 0.2238 -0.1496
w:progression 0.11 -0.0055 -0.0917 -0.0128
w:progressive 0.0687 0.0703 -0.1306 -0.0084
w:prolonged 0.1047 -0.1131 -0.1054 0.1138
w:promising 0.1133 -0.0857 -0.1178 0.0902
w:promote 0.0382 -0.0361 -0.016 0.0138
w:prompt -0.0559 0.076 0.1502 -0.1704
w:proper 0.0585 -0.0376 -0.0077 -0.0133
w:prophylactic 0 0.2033 -0.1444 -0.0589
w:prophylaxis 0.1879 0.0677 -0.1667 -0.0889
w:propofol 0.0815 0.0769 -0.191 0.0327
w:proportion -0.2053 0.4981 -0.215 -0.0778
w:proportional -0.0304 0.0338 0.0539 -0.0572
w:proposed -0.1542 0.0566 -0.2344 0.332
w:prospective -0.2946 0.5473 -0.2282 -0.0239
w:prospectively -0.0279 0.18 -0.1479 -0.0043
w:protective -0.0162 0.1131 0.1248 -0.2217
w:protein 0.2038 -0.276 0.0854 -0.0132
w:proteins -0.1295 -0.1414 0.1907 0.0803
w:protocol -0.0783 0.04 0.0423 -0.004
w:protocols 0.1543 -0.0057 -0.0755 -0.0732
w:proved 0.0033 0.3065 -0.0435 -0.2664
w:proven 0.0401 0.19 -0.1688 -0.0613
w:provide 0.1377 -0.235 0.0582 0.0392
w:provided -0.1521 -0.0362 0.2469 -0.0586
w:provides 0.0793 -0.0564 -0.095 0.0721
w:providing -0.0992 -0.2111 0.2634 0.0469
w:pruritus -0.007 -0.0533 0.0897 -0.0295
w:psoas -0.02 0.0697 0.0692 -0.1185
w:psychiatric -0.1478 0.1337 0.0601 -0.046
w:psychological 0.2444 -0.2707 -0.2138 0.2402
w:ptsd 0.073 -0.0398 -0.0862 0.053
w:public 0.0483 0.0577 -0.2232 0.1172
w:publication -0.1324 0.5012 -0.1987 -0.1699
w:published 0.2798 -0.0742 -0.3752 0.1697
w:pubmed -0.0224 0.0499 -0.0215 -0.006
w:pulmonary 0.2946 -0.0016 -0.0244 -0.2686
w:puncture -0.0519 -0.0103 0.0847 -0.0224
w:purpose 0.1749 -0.1681 -0.0255 0.0188
w:pus -0.0299 -0.1762 0.105 0.1011
w:pyogenic -0.3561 0.2332 -0.0387 0.1615
w:pyomyositis -0.0231 0.1518 -0.1387 0.0099
w:qol -0.1251 -0.1578 0.2842 -0.0013
w:qualitative 0.0084 0.3171 -0.2045 -0.121
w:quality -0.2764 -0.0309 0.1628 0.1441
w:quantified 0.0279 0.1647 -0.1888 -0.0039
w:quantitative -0.0364 0.0071 0.0561 -0.0269
w:quasi -0.0789 0.0468 0.0623 -0.0302
w:question 0.0055 -0.0974 -0.2329 0.3251
w:questionnaire -0.2919 0.4176 -0.022 -0.1037
w:questionnaires -0.0633 0.1841 -0.2131 0.0924
w:questions -0.1 0.179 -0.0418 -0.0373
w:r -0.0494 0.0506 0.1982 -0.1993
w:radiation 0.0327 -0.0167 -0.0348 0.0188
w:radiograph -0.157 0.1517 0.0416 -0.0364
w:radiographic -0.0529 0.1539 -0.1244 0.0233
w:radiographs -0.0167 0.0449 0.0825 -0.1107
w:radiography -0.001 0.0118 -0.0058 -0.0051
w:radiological -0.1804 0.043 0.1658 -0.0284
w:raised -0.0051 -0.0978 0.0699 0.033
w:random -0.2617 0.2496 0.0838 -0.0717
w:randomisation -0.0507 0.1234 -0.0677 -0.005
w:randomised -0.2719 0.5282 -0.1474 -0.1084
w:randomization -0.0879 -0.0637 0.1286 0.023
w:randomized 0.0222 0.5237 -0.4616 -0.0843
w:randomly -0.1565 0.4929 -0.3334 -0.003
w:range -0.1366 -0.4373 0.4098 0.1642
w:ranged -0.0773 -0.2126 0.2616 0.0285
w:ranging -0.0339 -0.1495 0.1945 -0.011
w:rapid -0.1374 -0.0924 0.2364 -0.0066
w:rapidly 0.0255 -0.0763 0.1033 -0.0524
w:rare 0.0223 -0.3458 -0.1256 0.4491
w:rarely 0.1797 -0.2199 0.048 -0.0077
w:rash -0.0077 -0.1048 0.1345 -0.022
w:rate 0.2069 0.0436 -0.2862 0.0354
w:rated -0.1521 0.0254 0.1416 -0.0149
w:rates -0.125 0.066 -0.1733 0.2324
w:rather -0.0782 0.0429 -0.1032 0.1385
w:rating -0.0206 0.0991 -0.0771 -0.0014
w:ratings -0.04 0.2161 -0.1202 -0.0559
w:ratio -0.1597 0.0689 -0.0166 0.1074
w:ratios -0.0565 0.3344 -0.6052 0.3274
w:rats -0.1314 0.0827 0.1034 -0.0547
w:rct -0.2336 0.2422 -0.0116 0.0029
w:rcts -0.3563 -0.264 0.3405 0.2797
w:re -0.0762 -0.098 0.2909 -0.1167
w:reach -0.1395 0.1682 0.0149 -0.0436
w:reached 0.0319 -0.0814 0.0763 -0.0267
w:reaching -0.001 0.015 0.0801 -0.0941
w:reaction -0.0093 0.0891 -0.0822 0.0024
w:reactions 0.1189 -0.258 -0.0569 0.1959
w:reactive -0.0433 0.0158 0.0402 -0.0127
w:real -0.0335 0.0091 0.0407 -0.0162
w:reason -0.0202 0.0029 0.0948 -0.0776
w:reasons 0.2316 0.0276 -0.1741 -0.085
w:receive 0.0601 0.2658 -0.2748 -0.051
w:received -0.4274 0.6712 -0.2492 0.0052
w:receiver -0.0238 -0.0041 0.0668 -0.039
w:receiving -0.1396 0.1871 -0.089 0.0415
w:recent 0.4591 -0.4007 0.1282 -0.1864
w:recently 0.174 -0.144 -0.106 0.0761
w:receptor 0.0226 -0.0211 0.0864 -0.0879
w:recipients 0.1043 -0.0158 0.0085 -0.0969
w:recognition -0.1199 0.1223 0.0105 -0.0129
w:recommend 0.0217 -0.0447 -0.0149 0.0379
w:recommendations 0.1994 0.1347 -0.2758 -0.0583
w:recommended 0.1423 -0.1113 0.1521 -0.1831
w:record -0.1774 0.198 -0.0913 0.0707
w:recorded -0.1325 0.4534 -0.5254 0.2044
w:records -0.2055 0.2458 -0.0026 -0.0377
w:recovered -0.0349 0.6361 -0.1321 -0.4691
w:recovery -0.055 0.0701 0.1448 -0.1599
w:recruited -0.1239 0.2922 -0.2068 0.0386
w:recruitment 0.0626 0.1584 -0.0377 -0.1833
w:recurrence -0.0809 0.3207 -0.2915 0.0518
w:recurrences 0.0249 -0.0717 0.0797 -0.0328
w:recurrent 0.0961 0.2887 -0.1684 -0.2164
w:reduce 0.1266 -0.1944 -0.2504 0.3182
w:reduced 0.0111 -0.3113 0.382 -0.0819
w:reduces 0.2152 -0.238 -0.0711 0.094
w:reducing 0.0057 -0.1759 -0.1312 0.3013
w:reduction 0.207 -0.0023 0.1412 -0.3461
w:reference -0.0798 0.3339 0.0311 -0.2852
w:references -0.1587 0.2459 -0.0663 -0.0209
w:referred 0.1868 -0.1622 0.0005 -0.0252
w:reflect 0.0332 -0.0858 -0.0243 0.0768
w:refraction -0.0222 -0.0164 0.068 -0.0294
w:refractive -0.0711 0.2494 -0.181 0.0027
w:refractory -0.022 -0.0127 0.0243 0.0105
w:refute -0.0325 -0.007 -0.0482 0.0878
w:regard 0.0342 0.0835 -0.1101 -0.0076
w:regarding 0.0437 -0.0486 0.0942 -0.0894
w:regardless -0.0297 0.0099 -0.0803 0.1
w:regimen 0.053 -0.1725 0.0357 0.0838
w:regimens 0.2925 -0.2251 -0.1112 0.0436
w:region 0.0191 -0.2779 0.2128 0.0461
w:regional 0.1816 -0.1386 -0.0627 0.0197
w:regions -0.0263 -0.0947 0.3109 -0.19
w:register 0.0199 0.108 -0.0636 -0.0639
w:registers -0.0254 0.039 -0.0635 0.0499
w:registry -0.1778 0.1137 0.0852 -0.021
w:regression -0.2136 0.512 -0.0182 -0.2802
w:regular 0.0082 0.088 -0.012 -0.0842
w:relapse -0.1803 -0.1154 0.0747 0.2211
w:related -0.0088 0.1783 0.1413 -0.3108
w:relating -0.0423 0.1738 -0.1286 -0.0029
w:relation 0.046 0.0633 -0.0169 -0.0924
w:relationship 0.0718 0.1135 -0.1321 -0.0532
w:relative -0.0037 -0.1085 -0.0334 0.1456
w:relatively -0.0461 0.1185 0.0154 -0.0878
w:release -0.0181 -0.0596 0.1101 -0.0323
w:relevance 0.0135 -0.0076 -0.1648 0.1589
w:relevant -0.0728 0.213 -0.1137 -0.0266
w:reliable -0.0082 -0.002 -0.0613 0.0716
w:reliably -0.0154 -0.0621 -0.0316 0.1091
w:relief 0.1067 -0.1442 -0.2118 0.2493
w:remain 0.0408 0.2645 -0.1268 -0.1784
w:remained -0.0237 -0.2935 0.3205 -0.0033
w:remaining -0.0173 -0.3131 0.4016 -0.0711
w:remains 0.1769 -0.2485 0.0121 0.0594
w:remission -0.0987 -0.0475 0.0019 0.1444
w:removal 0.0715 -0.1283 0.2094 -0.1526
w:remove -0.0258 0.045 -0.07 0.0509
w:removed 0.2948 0.1559 -0.1999 -0.2507
w:renal -0.0281 0.1771 0.0649 -0.2138
w:reoperation -0.1057 0.0772 -0.0136 0.0422
w:repeat -0.0735 0.0026 0.1886 -0.1177
w:repeated -0.1369 0.0724 0.153 -0.0885
w:replaced -0.002 0.1886 -0.1233 -0.0634
w:replacement 0.0412 0.1488 -0.0402 -0.1498
w:report -0.0919 -0.0554 -0.1964 0.344
w:reported -0.2611 -0.597 0.4956 0.362
w:reporting 0.3787 -0.4004 0.049 -0.0273
w:reports 0.1622 0.2939 -0.2678 -0.1884
w:represent -0.056 -0.0389 0.1954 -0.1005
w:representing -0.0604 0.2676 -0.1712 -0.036
w:represents -0.0133 -0.0621 -0.0582 0.1337
w:reproductive -0.0823 0.0094 0.0807 -0.0078
w:require 0.016 -0.0026 -0.1547 0.1414
w:required 0.2096 -0.0486 -0.0306 -0.1304
w:requirement -0.0126 -0.0558 0.0557 0.0127
w:requirements -0.0937 -0.063 0.1706 -0.0139
w:requires -0.0137 -0.0181 -0.057 0.0889
w:requiring 0.0336 -0.0793 0.0489 -0.0032
w:rescue -0.0457 0.0888 0.0975 -0.1405
w:research -0.0475 0.0831 0.0235 -0.0588
w:researchers -0.0627 -0.0563 -0.2205 0.3402
w:resection -0.0377 0.0668 -0.0431 0.014
w:residual 0.1529 -0.0135 -0.0573 -0.082
w:resistance 0.0436 -0.1872 -0.0098 0.1534
w:resistant -0.0144 0.5685 -0.4924 -0.0618
w:resolution -0.0788 -0.2194 0.0907 0.2074
w:resolved -0.0397 0.0367 0.1178 -0.1148
w:resonance 0.0568 0.2012 -0.1097 -0.1484
w:resource 0.0276 -0.0446 -0.0239 0.041
w:resources 0.2029 -0.0075 -0.1397 -0.0556
w:respect 0.0204 0.0199 -0.0848 0.0445
w:respectively 0.0224 0.0993 0.2289 -0.3506
w:respiratory 0.1247 -0.215 0.1904 -0.1
w:respond -0.0281 0.0376 -0.0134 0.0039
w:responded -0.0228 -0.0172 0.073 -0.033
w:responders -0.0013 -0.1141 -0.0219 0.1373
w:response 0.0094 -0.2563 0.6214 -0.3744
w:responses -0.0244 -0.0715 -0.0055 0.1014
w:responsible 0.0286 0.0095 -0.1436 0.1054
w:rest 0.1111 -0.1806 -0.1324 0.2019
w:restoration -0.0145 -0.0683 -0.0017 0.0845
w:restricted -0.0097 -0.083 0.0661 0.0265
w:restriction -0.1755 0.133 0.0437 -0.0012
w:restrictions -0.1396 0.2691 -0.1103 -0.0191
w:result -0.2049 0.0528 0.5627 -0.4106
w:resulted -0.032 -0.3783 0.3423 0.0679
w:resulting 0.0415 -0.1207 0.0022 0.0769
w:results 0.1055 -0.1025 -0.0948 0.0923
w:retrieved -0.0587 0.2195 -0.1844 0.0236
w:retrospective -0.6182 0.8509 -0.2703 0.0378
w:retrospectively -0.1594 0.4703 -0.2693 -0.0415
w:return 0.2 -0.0692 0.0618 -0.1926
w:returned 0.0038 0.0005 0.1323 -0.1366
w:revealed 0.2837 0.028 0.1011 -0.4129
w:review -0.263 0.1719 0.0154 0.0767
w:reviewed -0.1438 0.4742 -0.1063 -0.2241
w:reviewers -0.0098 0.1025 -0.0718 -0.0209
w:reviews -0.0214 -0.0716 0.2389 -0.1459
w:rifampicin -0.0174 0.2533 -0.1985 -0.0374
w:right 0.1513 -0.0703 -0.0282 -0.0528
w:risk 0.0177 -0.3189 0.1012 0.1997
w:risks 0.0528 0.0119 -0.004 -0.0607
w:robust -0.0236 -0.0325 -0.1539 0.21
w:role 0.0675 -0.0985 0.2141 -0.1832
w:room -0.0124 0.1466 -0.109 -0.0252
w:root 0.0838 -0.4641 0.3243 0.056
w:route 0.0251 0.1475 -0.0529 -0.1196
w:routine 0.071 0.0159 -0.2784 0.1916
w:routinely 0.0866 -0.0621 -0.0406 0.0161
w:rr -0.1055 0.2217 0.0985 -0.2138
w:rule -0.0102 -0.1516 0.1241 0.0377
w:s -0.3299 0.2211 -0.2297 0.3385
w:safe 0.0318 -0.0303 -0.0803 0.0787
w:safety 0.1621 -0.1897 -0.0882 0.1159
w:saline -0.0318 0.1801 -0.1499 0.0017
w:same 0.1418 -0.3322 -0.0578 0.2484
w:sample -0.0116 0.1856 -0.2275 0.0535
w:samples -0.1047 0.4334 -0.4568 0.128
w:sampling -0.014 0.083 -0.0627 -0.0063
w:satisfaction 0.0221 -0.0248 0.0791 -0.0764
w:satisfactory -0.0098 -0.0942 0.1174 -0.0134
w:saturation -0.0709 0.1594 0.1255 -0.214
w:scale -0.0969 0.4807 -0.265 -0.1185
w:scales -0.0401 0.1729 -0.0887 -0.0442
w:scan -0.0776 0.2249 -0.1093 -0.038
w:scans -0.1464 0.0654 0.1491 -0.068
w:schedule -0.0392 0.2687 -0.1929 -0.0366
w:scheduled 0.0566 -0.0856 0.0516 -0.0225
w:schizophrenia 0.2587 0.0079 -0.2765 0.0099
w:school -0.0323 0.1535 -0.058 -0.0631
w:science -0.0844 0.1305 -0.0377 -0.0084
w:scopus -0.0967 0.0272 -0.132 0.2016
w:score 0.0284 0.4214 0.0099 -0.4596
w:scored -0.1723 0.1046 0.0902 -0.0225
w:scores -0.2288 -0.0518 0.4438 -0.1633
w:scoring -0.0771 0.2715 -0.2018 0.0074
w:screened 0.0125 0.2254 -0.1906 -0.0473
w:screening -0.0463 -0.0074 -0.1624 0.2161
w:sd -0.048 0.1397 -0.0777 -0.014
w:se -0.0388 -0.1134 -0.0117 0.164
w:search -0.2655 0.3583 -0.3102 0.2175
w:searched -0.3701 0.5653 -0.4052 0.2093
w:searches -0.0506 0.1594 -0.0705 -0.0384
w:searching -0.1012 0.1767 -0.1015 0.026
w:second 0.3532 -0.2502 0.0205 -0.1236
w:secondary -0.2432 0.063 0.1354 0.0448
w:section -0.0095 0.0032 -0.0596 0.0659
w:sectional -0.1553 0.368 -0.2576 0.045
w:sedation -0.0525 0.0051 0.2017 -0.1544
w:sedimentation -0.0311 0.0043 0.0279 -0.0011
w:see 0.1343 -0.1412 -0.1265 0.1334
w:seem -0.0026 -0.0004 -0.0051 0.0081
w:seems 0.0549 -0.0144 -0.0837 0.0432
w:seen 0.2014 -0.1026 -0.0732 -0.0256
w:segment 0.0253 0.1442 -0.0501 -0.1195
w:select -0.0406 0.0756 -0.049 0.014
w:selected -0.0885 0.2285 -0.2451 0.1054
w:selection -0.0083 -0.1166 0.1865 -0.0616
w:selective 0.085 -0.1271 0.109 -0.0669
w:self 0.0645 0.0714 0.0207 -0.1567
w:sensitive 0.1644 -0.0646 -0.0361 -0.0637
w:sensitivity -0.1131 0.0143 0.0436 0.0551
w:sensory 0.1099 0.0048 -0.1156 0.0009
w:sepsis 0.0427 -0.1634 0.2585 -0.1379
w:september 0.0607 -0.2048 0.0384 0.1057
w:septic 0.1118 -0.3607 -0.0639 0.3128
w:sequence -0.0026 -0.0315 0.11 -0.0759
w:sequences 0.2552 -0.1101 -0.0072 -0.1379
w:sequencing -0.0717 0.0133 0.0594 -0.001
w:serial 0.0284 -0.2956 0.1461 0.1211
w:series -0.3498 0.5082 -0.1988 0.0404
w:serious -0.1504 -0.0245 -0.0452 0.2203
w:serum 0.0492 0.5649 -0.6047 -0.0095
w:service -0.0453 0.1832 0.0143 -0.1522
w:services 0.0574 0.0225 0.1088 -0.1886
w:sessions 0.2831 0.1507 -0.3918 -0.042
w:set -0.2062 0.3185 -0.1641 0.0518
w:setting 0.154 0.0118 -0.1541 -0.0117
w:settings 0.054 -0.1295 0.0949 -0.0194
w:seven 0.0065 -0.2339 -0.0567 0.2841
w:seventy -0.0111 -0.0816 0.108 -0.0152
w:several 0.1767 0.0131 0.0013 -0.1909
w:severe 0.1592 -0.4823 0.1127 0.2104
w:severity 0.0578 -0.0241 0.084 -0.1177
w:sex -0.2068 -0.0252 0.0919 0.1401
w:sham 0.011 -0.0271 -0.0796 0.0957
w:she 0.3399 0.1509 -0.4106 -0.0802
w:short -0.094 -0.12 0.3308 -0.1168
w:shorter 0.1581 -0.1127 0.0451 -0.0905
w:should -0.0541 -0.2192 -0.1054 0.3795
w:show 0.1158 0.0203 0.1463 -0.2824
w:showed -0.1072 -0.2066 0.0537 0.2597
w:shown 0.1979 -0.3601 0.14 0.0223
w:shows -0.1144 -0.1309 0.2936 -0.0484
w:side 0.1253 0.0908 -0.2172 0.0014
w:sided 0.1058 0.0178 -0.1142 -0.0094
w:significance 0.0455 0.3864 -0.3306 -0.1013
w:significant 0.0574 -0.2275 0.0445 0.1332
w:significantly -0.2399 -0.1266 0.0914 0.2829
w:signs -0.0508 -0.0684 0.2279 -0.1087
w:similar -0.0895 -0.5633 0.5097 0.1436
w:similarly 0.1733 -0.281 0.0976 0.0101
w:simple 0.2097 -0.0277 -0.2341 0.0521
w:simultaneous 0.0459 0.2141 -0.1958 -0.0642
w:simultaneously -0.0383 0.0627 0.0483 -0.0728
w:since -0.0358 -0.0031 0.1659 -0.1271
w:single -0.0011 0.2553 -0.0218 -0.2324
w:sinus 0.2263 -0.0672 -0.3887 0.2298
w:sinuses -0.0012 0.0682 -0.1102 0.0432
w:site -0.0894 0.356 -0.1866 -0.08
w:sites 0.0127 0.2359 -0.1474 -0.1012
w:six -0.0978 -0.2518 0.1806 0.1689
w:sixty -0.0411 -0.1341 0.1855 -0.0103
w:size -0.1353 0.2384 -0.227 0.1239
w:sizes -0.0336 0.0137 -0.1228 0.1427
w:skeletal -0.1602 -0.1735 0.15 0.1838
w:skills -0.0761 0.0457 -0.0422 0.0726
w:skin -0.0233 0.151 -0.1543 0.0268
w:slight -0.0177 -0.0842 0.2499 -0.148
w:slightly -0.0073 -0.0008 -0.0543 0.0624
w:small 0.1684 -0.4774 0.0418 0.2684
w:smaller 0.2433 -0.3533 0.121 -0.011
w:smokers -0.0394 0.2056 -0.1639 -0.0024
w:smoking 0.2247 -0.1155 -0.0661 -0.0431
w:so 0.0077 -0.0531 0.1628 -0.1172
w:social -0.1147 0.1495 0.0254 -0.0601
w:society -0.0216 0.1273 -0.1022 -0.0035
w:soft 0.0386 0.0387 -0.1263 0.049
w:software -0.0078 0.1639 -0.151 -0.005
w:solid -0.072 0.0936 0.1706 -0.1922
w:solution 0.0324 -0.0279 -0.0089 0.0044
w:some 0.0384 -0.3379 0.2063 0.0933
w:sometimes 0.0746 -0.0825 -0.0057 0.0136
w:sought 0.3114 -0.269 -0.0439 0.0015
w:source -0.0051 -0.0845 0.2327 -0.1431
w:sources -0.0916 0.0013 0.2076 -0.1173
w:south 0.1235 -0.0895 -0.0636 0.0295
w:space -0.0988 0.2662 -0.0248 -0.1427
w:special 0.0831 -0.101 0.0275 -0.0096
w:specialised 0.0996 -0.0494 -0.0152 -0.0349
w:species -0.1379 -0.0854 0.1912 0.0322
w:specific 0.1426 0.0104 -0.2071 0.0543
w:specifically -0.1901 -0.0724 -0.2915 0.554
w:specificity 0.1124 -0.133 0.1191 -0.0985
w:specimens -0.1558 0.154 0.019 -0.0172
w:spectrum 0.2668 0.0163 -0.1902 -0.093
w:speed 0.166 -0.0626 0.1023 -0.2057
w:spent -0.0195 0.0823 -0.0401 -0.0227
w:sperm -0.0515 0.1631 -0.1115 -0.0001
w:spherical -0.0506 0.0342 0.0288 -0.0124
w:spinal 0.0727 0.1088 0.282 -0.4637
w:spine 0.0665 0.1429 -0.2087 -0.0006
w:spondylitis -0.1707 0.1373 -0.007 0.0403
w:spondylodiscitis 0.0976 -0.0164 0.0175 -0.0988
w:spread -0.0549 0.1147 0.0182 -0.0779
w:spreading 0.0154 0.0393 -0.0589 0.0041
w:square -0.0802 0.0547 0.0377 -0.0121
w:st 0.1584 -0.1166 -0.0393 -0.0025
w:stability -0.0329 -0.0306 0.1458 -0.0823
w:stable -0.0158 0.1581 -0.2253 0.083
w:staff 0.0166 0.0107 0.2297 -0.257
w:stage 0.14 -0.2132 -0.0477 0.121
w:stages 0.0061 -0.2113 0.3705 -0.1653
w:staining -0.0113 0.1389 -0.0552 -0.0725
w:standard 0.0912 -0.1339 0.0999 -0.0572
w:standardised -0.0821 0.1749 -0.1587 0.0659
w:standardized -0.0185 0.1123 -0.1027 0.0089
w:staphylococcus 0.0548 0.1383 -0.2331 0.0401
w:start -0.0126 0.1351 -0.131 0.0084
w:started -0.0274 0.0415 0.1183 -0.1324
w:starting -0.0701 0.0518 -0.1174 0.1358
w:state -0.1965 0.64 -0.4306 -0.0129
w:states -0.2167 0.1231 0.1178 -0.0242
w:statistical 0.1272 0.0856 -0.064 -0.1488
w:statistically -0.1242 0.115 0.0226 -0.0132
w:status 0.655 -0.2219 -0.3202 -0.1129
w:stay 0.0771 -0.2822 -0.1088 0.3139
w:stenosis 0.0431 0.0417 0.0382 -0.123
w:step 0.0061 -0.0994 0.1505 -0.0571
w:steps -0.1023 0.0878 0.0771 -0.0625
w:steroid 0.2365 -0.2566 0.0566 -0.0364
w:steroids -0.0224 0.1114 -0.1053 0.0164
w:still 0.0495 -0.1178 0.0768 -0.0086
w:stimulating 0.0186 0.0282 0.1254 -0.1722
w:stimulation -0.117 0.2066 -0.0721 -0.0174
w:stomach -0.0281 -0.1627 0.1025 0.0883
w:stop -0.0085 0.0251 -0.1432 0.1267
w:stopping 0.0291 0.0081 -0.0129 -0.0243
w:strain -0.0168 -0.0531 0.1447 -0.0748
w:strategies -0.1394 -0.0721 0.2396 -0.0281
w:strategy 0.1963 -0.1765 -0.0764 0.0567
w:stratification -0.1239 -0.0071 0.0526 0.0784
w:stratified -0.1243 0.409 -0.2379 -0.0468
w:strength -0.0803 0.0385 -0.0628 0.1047
w:streptococcus -0.2278 -0.1799 0.0112 0.3965
w:stress 0.0425 -0.1356 0.2459 -0.1528
w:stroke 0.1296 -0.0361 -0.0452 -0.0483
w:strong -0.0382 0.2662 -0.1875 -0.0404
w:strongly 0.1286 -0.1062 0.047 -0.0694
w:structural 0.1035 0.0522 0.0367 -0.1923
w:structure -0.0048 -0.1687 0.1891 -0.0156
w:structured -0.0059 0.0868 -0.04 -0.0409
w:structures -0.1056 0.2714 -0.1238 -0.0419
w:studied 0.0727 -0.0337 -0.1799 0.1409
w:studies -0.7032 -0.6525 0.5119 0.8444
w:study -0.0444 0.0171 -0.0174 0.0445
w:sub -0.0216 -0.051 -0.1753 0.2479
w:subacute 0.0714 -0.0116 -0.0924 0.0326
w:subcutaneous -0.0112 -0.0717 0.1068 -0.0239
w:subgroup -0.0779 0.0325 0.2246 -0.1792
w:subgroups -0.0493 0.1097 -0.0694 0.009
w:subject -0.0401 0.0764 -0.0528 0.0165
w:subjective -0.0932 -0.1244 0.1138 0.1038
w:subjects -0.1852 -0.0514 0.4682 -0.2316
w:subsequent 0.0182 0.0108 -0.1533 0.1243
w:subsequently 0.0084 0.0023 -0.0093 -0.0014
w:subset 0.0699 -0.0496 -0.1406 0.1202
w:substantial -0.136 0.0083 0.1436 -0.0159
w:substantially 0.0798 0.0958 -0.0943 -0.0812
w:subtype 0.0303 -0.1421 0.1185 -0.0067
w:success 0.0977 0.0335 -0.1519 0.0207
w:successful 0.016 -0.0716 0.2619 -0.2063
w:successfully -0.2873 0.2233 -0.0296 0.0936
w:such 0.1599 -0.1188 -0.0666 0.0255
w:suffered -0.1383 0.1992 0.0157 -0.0765
w:suffering -0.0877 0.1521 -0.0599 -0.0045
w:sufficient -0.0299 -0.1185 -0.2471 0.3955
w:suggest 0.0525 -0.0457 -0.0739 0.0667
w:suggested 0.0693 -0.1466 0.0588 0.0186
w:suggesting -0.048 -0.0286 -0.0892 0.1658
w:suggests -0.0232 -0.003 -0.058 0.0843
w:suitable -0.0007 -0.004 -0.0187 0.0234
w:summary 0.0494 -0.1929 -0.3413 0.485
w:superior -0.062 -0.1178 0.1873 -0.0075
w:support 0.162 -0.0279 -0.1973 0.0635
w:supported -0.029 -0.1138 0.0522 0.0907
w:supporting -0.0338 0.0666 0.0277 -0.0605
w:surface 0.2496 -0.0329 -0.307 0.0903
w:surgeon 0.0244 -0.0508 0.0148 0.0116
w:surgeons 0.079 -0.191 -0.0446 0.1566
w:surgeries 0.1679 -0.128 -0.0329 -0.0069
w:surgery -0.1616 -0.028 0.0114 0.1779
w:surgical 0.1344 -0.2209 0.0664 0.0199
w:surgically -0.1033 0.1627 -0.0502 -0.0092
w:surrounding -0.043 0.0967 -0.1397 0.086
w:survey -0.3316 0.5304 -0.3389 0.1401
w:survival 0.1508 -0.1172 -0.1072 0.0736
w:suspected 0.02 -0.2923 0.2162 0.0562
w:suspicion -0.0244 -0.0327 -0.271 0.3281
w:sustained -0.0058 -0.1962 0.0818 0.1201
w:swelling -0.2076 0.1319 0.1391 -0.0634
w:symptom 0.0906 -0.047 -0.2063 0.1627
w:symptomatic -0.0384 -0.0384 0.0133 0.0636
w:symptoms 0.3312 -0.3518 -0.0122 0.033
w:syndrome -0.2286 -0.1059 -0.0978 0.4324
w:synthesis -0.0226 0.0256 0.1318 -0.1348
w:system 0.0415 0.6649 -0.3689 -0.3376
w:systematic 0.1884 -0.0802 -0.0215 -0.0867
w:systematically 0.1165 -0.0229 -0.0206 -0.073
w:systemic 0.1843 0.0223 0.0218 -0.2285
w:systems 0.0725 -0.0376 -0.1478 0.1129
w:systolic -0.0237 -0.0331 0.0341 0.0226
w:t -0.1285 0.3831 -0.0469 -0.2077
w:t1 -0.0137 0.028 -0.1231 0.1088
w:t2 -0.0264 0.3967 -0.3261 -0.0441
w:t3 -0.0329 0.2607 -0.2669 0.0392
w:t4 -0.0062 0.2304 -0.1315 -0.0928
w:take 0.0101 -0.0338 0.1493 -0.1256
w:taken -0.0065 0.0315 -0.0107 -0.0142
w:taking -0.0145 0.23 -0.11 -0.1054
w:target -0.2206 0.3131 0.1153 -0.2078
w:targeted -0.0213 -0.0765 0.0113 0.0865
w:targets 0.1756 -0.1083 0.0313 -0.0987
w:tb 0.1242 -0.1803 0.0598 -0.0038
w:teaching 0.2665 -0.1273 -0.1882 0.0491
w:team 0.2507 -0.3319 0.0877 -0.0065
w:technique -0.1224 0.1165 -0.0186 0.0245
w:techniques 0.0356 -0.1102 -0.2843 0.359
w:technology 0.0125 -0.1173 0.0738 0.0309
w:teeth 0.1109 -0.0408 -0.0475 -0.0226
w:temperature -0.0094 0.1707 -0.1857 0.0245
w:ten -0.133 0.2609 -0.2461 0.1182
w:tenderness -0.0463 0.1392 -0.1537 0.0608
w:term -0.0059 -0.211 0.0012 0.2158
w:terms -0.0265 -0.4028 0.2549 0.1744
w:tertiary -0.2219 0.2918 -0.0522 -0.0178
w:test -0.3038 0.77 -0.2602 -0.2059
w:tested 0.1532 0.0957 -0.2848 0.036
w:testing 0.1553 0.0763 -0.252 0.0204
w:tests -0.027 0.4551 -0.3631 -0.0651
w:than -0.177 -0.2037 0.3111 0.0706
w:that 0.1312 -0.0558 0.0797 -0.1543
w:the 0.3405 -0.2022 -0.2035 -0.0198
w:their 0.1186 0.1795 -0.3608 0.0627
w:them -0.2785 -0.1851 0.1321 0.3315
w:then -0.1566 0.2512 -0.1093 0.0146
w:theoretical 0.0006 -0.0881 0.024 0.0635
w:therapeutic 0.2351 -0.1324 0.0044 -0.1069
w:therapies 0.1105 0.0072 0.0395 -0.1572
w:therapy 0.0756 -0.2212 0.1481 -0.0024
w:there 0.2094 -0.359 0.0678 0.0818
w:thereafter -0.0197 0.0514 -0.0294 -0.0023
w:therefore 0.2367 -0.2135 0.0256 -0.0486
w:these 0.3385 -0.4778 0.1838 -0.0444
w:they -0.123 0.0967 -0.106 0.1324
w:thickness -0.0452 0.065 0.1051 -0.1249
w:third -0.0492 0.1507 -0.0215 -0.08
w:thirty -0.1194 -0.0254 0.199 -0.0542
w:this 0.3432 -0.5497 -0.1184 0.3243
w:thoracic 0.1079 -0.113 0.042 -0.0369
w:those -0.1803 0.0052 0.2311 -0.0559
w:thought -0.0025 -0.0205 -0.0264 0.0496
w:threatening 0.2098 -0.0921 -0.102 -0.0157
w:three -0.5177 -0.1613 0.4206 0.2588
w:throat 0.1016 -0.2449 0.0088 0.1345
w:thrombosis 0.2255 -0.1764 0.0876 -0.1366
w:through 0.1392 -0.1449 0.0662 -0.0604
w:throughout 0.0064 -0.0673 0.0429 0.018
w:thus -0.0379 0.0777 -0.0633 0.0236
w:time -0.3422 -0.3215 0.4926 0.1709
w:timely -0.0008 -0.0045 -0.0033 0.0086
w:times -0.1667 0.0273 -0.3348 0.4742
w:timing 0.0821 0.0049 -0.0887 0.0016
w:tissue 0.0946 -0.0765 -0.0292 0.0112
w:tissues -0.1051 0.0853 0.0218 -0.0021
w:to 0.3158 -0.3187 -0.1225 0.0742
w:together 0.1823 -0.0043 -0.151 -0.027
w:tolerated -0.0391 0.0571 -0.282 0.264
w:tomography -0.0371 0.1959 -0.0991 -0.0597
w:too -0.0125 -0.1822 -0.1847 0.3793
w:took -0.0255 0.0261 -0.0216 0.021
w:tool 0.0391 0.1423 -0.1289 -0.0525
w:tools 0.0026 0.0028 0.0215 -0.0269
w:tooth 0.0006 -0.0247 0.0842 -0.0601
w:top 0.0344 -0.0928 0.0346 0.0237
w:topical -0.0318 -0.0018 0.0248 0.0088
w:total -0.2002 -0.2277 0.4639 -0.0358
w:toward 0.0253 -0.0939 0.1475 -0.079
w:toxicity 0.0109 -0.0036 0.1241 -0.1313
w:tract 0.1311 -0.1444 -0.1099 0.1232
w:traditional 0.076 -0.2827 0.0898 0.1169
w:training 0.3978 -0.2515 -0.0681 -0.0782
w:transfer 0.0555 0.0099 -0.0119 -0.0535
w:transient -0.0077 -0.0813 0.1681 -0.0791
w:transmission -0.0185 0.0782 -0.0699 0.0102
w:transport 0.1046 -0.1318 0.0349 -0.0076
w:transporters 0.0814 -0.1127 -0.2052 0.2366
w:transverse 0.029 0.2499 -0.2565 -0.0224
w:trauma -0.1576 0.2902 -0.139 0.0065
w:traumatic 0.0077 -0.0191 -0.0377 0.0491
w:treat -0.0297 -0.0153 -0.0225 0.0674
w:treated 0.0601 -0.0991 -0.3272 0.3664
w:treating 0.0736 -0.065 -0.0626 0.0539
w:treatment 0.1491 -0.1186 -0.1063 0.0754
w:treatments -0.0467 0.0369 -0.1439 0.1539
w:trend 0.0159 -0.1028 0.3442 -0.2573
w:trial -0.4445 -0.0029 0.2151 0.2323
w:trials -0.7564 -0.3206 0.3332 0.744
w:tube -0.0091 -0.0196 -0.0208 0.0495
w:tuberculosis -0.1363 0.4171 -0.2061 -0.0745
w:tuberculous -0.0058 -0.098 0.1255 -0.0217
w:tumor -0.0014 -0.2792 0.2236 0.057
w:tumors 0.0443 -0.0929 -0.0389 0.0875
w:twelve -0.078 0.0962 0.0176 -0.0359
w:twenty -0.2117 0.1134 0.1577 -0.0594
w:twice 0.0504 -0.0027 -0.0076 -0.0401
w:two -0.0383 -0.049 0.1007 -0.0137
w:type -0.1837 0.1366 0.0625 -0.0155
w:types -0.2727 0.0658 0.2655 -0.0585
w:typical 0.0139 0.0308 -0.0339 -0.0108
w:typically -0.0287 -0.0382 0.0218 0.0451
w:u -0.0319 0.2503 -0.2459 0.0274
w:uk 0.0451 -0.0838 0.0173 0.0214
w:ulcerative -0.0666 0.057 -0.0378 0.0475
w:ultrasound -0.1006 0.0567 -0.1281 0.1722
w:unable -0.1139 -0.2937 0.3699 0.0377
w:uncertain -0.2936 -0.1571 0.5005 -0.0497
w:uncertainty 0.0021 0.0992 -0.2316 0.1302
w:unclear -0.174 -0.2296 0.1435 0.2601
w:uncommon 0.071 -0.0599 -0.0711 0.0601
w:uncomplicated 0.0045 -0.0309 -0.1306 0.157
w:uncorrected -0.0049 0.033 -0.0272 -0.0009
w:under 0.2481 -0.1243 -0.3906 0.2669
w:undergo 0.1563 -0.3202 0.1878 -0.0238
w:undergoing 0.0478 0.2759 -0.5157 0.1921
w:undergone 0.127 -0.065 -0.029 -0.033
w:underlying 0.1113 -0.2715 0.1652 -0.0051
w:understand 0.0469 -0.085 -0.0667 0.1048
w:understanding 0.0803 -0.0568 -0.0239 0.0004
w:understood 0.0248 -0.0062 -0.012 -0.0067
w:undertaken 0.0782 -0.1615 0.0956 -0.0122
w:underwent -0.3254 0.35 0.0217 -0.0463
w:unilateral 0.135 -0.209 0.093 -0.0191
w:unique -0.0155 0.1561 -0.0165 -0.1241
w:unit -0.1402 0.0587 0.0499 0.0316
w:university -0.5809 0.7023 -0.0445 -0.0763
w:unknown 0.1358 -0.1607 0.0009 0.024
w:unlike -0.0461 -0.0494 0.1401 -0.0445
w:unpublished -0.0302 0.1753 -0.0805 -0.0646
w:until -0.0946 0.2445 -0.2779 0.1279
w:untreated 0.0545 0.1136 0.0754 -0.2435
w:up -0.2975 0.0917 0.057 0.1486
w:update 0.2936 -0.3836 0.0549 0.0354
w:updated 0.0648 -0.3021 0.1789 0.0584
w:upon 0.0958 -0.1429 0.0682 -0.0211
w:upper 0.0628 0.1002 -0.4171 0.254
w:urgent -0.0187 0.0545 -0.0559 0.0201
w:urinary -0.023 0.5187 -0.4607 -0.035
w:urine 0.0901 0.039 -0.1469 0.0178
w:us -0.0373 0.0691 -0.0231 -0.0087
w:usa -0.0954 -0.058 -0.0091 0.1625
w:use 0.1115 -0.0433 0.0627 -0.1301
w:used -0.2535 0.7279 -0.2253 -0.249
w:useful 0.0414 -0.0072 -0.0393 0.0051
w:users -0.0496 -0.0829 0.2386 -0.106
w:uses -0.1808 0.1541 0.0315 -0.0049
w:using 0.0752 0.4598 -0.1948 -0.3399
w:usual -0.0816 0.2427 -0.1268 -0.0343
w:usually 0.0643 -0.2726 -0.1363 0.3446
w:utilization -0.0296 0.3335 -0.1041 -0.1997
w:v 0.0993 0.0056 -0.028 -0.0769
w:vaginal -0.0416 -0.0127 0.1176 -0.0633
w:valid 0.0909 -0.1237 -0.0456 0.0784
w:validated -0.0518 0.2165 -0.0496 -0.1151
w:validation -0.2304 0.0176 0.2671 -0.0543
w:valuable -0.0032 -0.0006 -0.0015 0.0053
w:value -0.0026 0.173 0.0808 -0.2513
w:values -0.0759 -0.3393 0.4732 -0.058
w:variability -0.017 0.075 -0.1962 0.1383
w:variable -0.0441 -0.0102 0.0852 -0.0309
w:variables 0.1563 0.1214 -0.236 -0.0416
w:variance -0.0153 0.1038 -0.0563 -0.0322
w:variation 0.1737 -0.1759 0.1122 -0.11
w:variations 0.2059 -0.2202 -0.1906 0.205
w:varied 0.1201 -0.4324 0.2504 0.0619
w:variety 0.0527 -0.3743 0.1299 0.1916
w:various 0.0305 0.228 -0.2623 0.004
w:varying 0.0209 -0.0184 0.004 -0.0066
w:vas -0.031 0.0567 -0.1436 0.1179
w:vascular 0.1996 -0.1522 -0.1693 0.122
w:vein 0.1487 -0.1179 0.1058 -0.1366
w:venous 0.2328 -0.1707 -0.0509 -0.0112
w:ventricular 0.1128 -0.0755 -0.0379 0.0006
w:version -0.0374 -0.1571 0.2166 -0.0221
w:versus -0.0419 -0.2239 0.2388 0.0271
w:vertebrae 0.0007 0.2025 -0.297 0.0938
w:vertebral -0.1746 0.3321 -0.3525 0.1952
w:very 0.1697 -0.379 0.0415 0.1681
w:vessels -0.0408 -0.004 -0.0016 0.0464
w:via 0.1037 -0.0661 -0.2743 0.2367
w:video -0.1107 0.2805 -0.0884 -0.0813
w:view -0.0119 0.0722 -0.1438 0.0836
w:virus 0.0586 -0.1393 0.0425 0.0382
w:visible 0.0203 0.0458 -0.0618 -0.0044
w:vision -0.0569 0.103 -0.05 0.0039
w:visit -0.0135 0.0715 0.1585 -0.2164
w:visits -0.0111 -0.0027 0.0757 -0.062
w:visual -0.0814 0.2833 0.1292 -0.3312
w:vital 0.0135 0.0515 -0.0692 0.0043
w:vitro -0.1462 0.1941 -0.1692 0.1213
w:vivo -0.1655 0.0627 0.1222 -0.0194
w:volume -0.1009 0.0815 0.2029 -0.1835
w:volumes -0.0458 0.1166 -0.143 0.0722
w:vomiting -0.0323 0.0063 0.1104 -0.0845
w:vs -0.0642 -0.3743 0.2509 0.1877
w:walking -0.1018 0.1119 -0.0025 -0.0076
w:wall 0.0368 0.0469 -0.1329 0.0493
w:wanted -0.0214 -0.038 -0.0506 0.1101
w:warranted -0.0101 -0.0029 -0.0225 0.0355
w:was 0.2883 0.2999 -0.1991 -0.3419
w:water -0.0371 0.0338 -0.0616 0.0649
w:way -0.0509 -0.1211 -0.0255 0.1975
w:ways -0.0029 -0.022 -0.0094 0.0343
w:we 0.0296 0.3296 -0.2341 -0.126
w:weakness -0.1739 0.3159 -0.3245 0.1825
w:web -0.0068 0.0324 -0.0206 -0.005
w:week -0.0357 0.0393 -0.183 0.1796
w:weekly -0.0195 0.0756 -0.1276 0.0716
w:weeks -0.0106 0.3017 -0.0309 -0.2603
w:weight -0.2563 0.123 0.2245 -0.0912
w:weighted 0.0135 0.0162 -0.0309 0.0011
w:well 0.0197 -0.1169 -0.0644 0.1618
w:were -0.3006 0.5301 -0.222 -0.0383
w:western -0.1119 0.1633 -0.0206 -0.0308
w:what -0.1352 -0.247 -0.1476 0.5311
w:when 0.1931 -0.7373 0.2328 0.3117
w:where -0.0566 -0.0712 0.0822 0.0455
w:whereas -0.1808 -0.1195 0.4361 -0.1358
w:whether 0.1935 -0.3753 0.0127 0.169
w:which -0.3014 0.222 -0.095 0.1745
w:while -0.1616 -0.0315 0.2397 -0.0466
w:white 0.4248 -0.3005 -0.083 -0.0414
w:who 0.033 0.0676 -0.2644 0.1631
w:whole -0.0196 -0.0387 0.1358 -0.0776
w:whom -0.0089 0.0112 0.1402 -0.1425
w:whose 0.1728 -0.1246 -0.0765 0.0283
w:why 0.0072 -0.0362 -0.0987 0.1277
w:wide 0.0345 -0.1913 0.2319 -0.0751
w:widely 0.1345 -0.0503 0.0265 -0.1107
w:will 0.2142 0.974 -0.6149 -0.573
w:with 0.2557 -0.0355 -0.2031 -0.0276
w:withdrawal -0.2377 -0.0507 0.2898 -0.0013
w:within 0.1344 0.0319 0.1881 -0.3545
w:without 0.2879 -0.2085 -0.1627 0.0832
w:woman 0.1916 -0.0241 -0.2356 0.0681
w:women -0.0654 -0.2662 0.1297 0.202
w:work -0.1837 0.0182 0.4864 -0.3209
w:world -0.0083 0.0093 0.0524 -0.0534
w:worse -0.0112 -0.0114 0.1574 -0.1348
w:worsening -0.0214 -0.0774 0.1961 -0.0973
w:would 0.0828 0.1355 0.3858 -0.604
w:wound 0.1117 -0.2591 -0.0953 0.2427
w:wounds 0.0326 -0.1548 0.0649 0.0573
w:x -0.1092 0.1544 -0.0812 0.036
w:year 0.0837 -0.1651 -0.1152 0.1965
w:years 0.0428 0.3209 -0.2887 -0.0751
w:yield -0.0053 -0.0976 0.0588 0.044
w:young 0.0114 -0.3243 0.5038 -0.1909
w:younger -0.0148 0.2043 -0.1633 -0.0262
w:zealand -0.0298 0.0639 -0.1229 0.0889
w:α -0.0266 -0.0137 0.1485 -0.1082
w:β -0.0327 -0.0977 0.2117 -0.0813
w:μg -0.0189 0.105 -0.0371 -0.0489
w:μm -0.0052 0.0472 -0.0407 -0.0013
"""
for _line in ROLE_TABLE.splitlines():
    _feature, *_weights = _line.split(" ")
    for _role, _weight in zip("BMRC", _weights, strict=True):
        if _weight != "0":
            WEIGHTS[f"role:{_role}:{_feature}"] = float(_weight)
