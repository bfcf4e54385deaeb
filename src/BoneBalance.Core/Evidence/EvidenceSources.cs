namespace BoneBalance.Core.Evidence;

/// <summary>
/// The trials, reviews and references behind the knowledge base and the claim check that are not already cited by the
/// safety rules (<c>Safety.SafetySources</c>) or the reference intakes (<c>Nutrition.DietaryReferenceSources</c>); those
/// are reused, not repeated. Each says how it was read: [P] the original abstract or official page; [S] a third-party
/// page quoting or summarising the original. Figures come from <c>data/sources/reference/supplement_evidence.md</c> rows marked
/// verified, or were checked with the research tools (said so).
/// </summary>
public static partial class EvidenceSources
{
    /// <summary>Seed reference PMC9138595. 20 RCT citations; vertebral fracture OR 0.42 (0.27–0.66), clinical fracture
    /// OR 0.44 (0.23–0.88), femoral BMD not significant (p = 0.08); trial-integrity concerns not addressed [P abstract].</summary>
    // checked 2026-11-25: PMC9138595 article page (PMID 35625785) - authors, title, Biomedicines 10(5):1048, 2022, DOI confirmed.
    public static Citation Salma2022 { get; } = new(
        "Salma, Ahmad SS, Karim S, Ibrahim IM, Alkreathy HM, Alsieni M, Khan MA",
        "Effect of Vitamin K on Bone Mineral Density and Fracture Risk in Adults: Systematic Review and Meta-Analysis",
        "Biomedicines 10(5):1048", 2022, "https://doi.org/10.3390/biomedicines10051048");

    /// <summary>Probable seed reference S0949265815334114 (identity inferred from the ISSN prefix of J Orthop Sci, not
    /// confirmed). 92 osteoporotic women, 2 years: alfacalcidol 0.75 µg/d, MK-4 45 mg/d, both, or calcium lactate
    /// 2 g/d; the combination increased L2–L4 BMD most [P abstract].</summary>
    // checked 2026-11-25: title, authors (Iwamoto J, Takeda T, Ichimura S), J Orthop Sci (2000) 5:546-551 and the trial design
    // (92 women, alfacalcidol 0.75 ug/d, MK-4 45 mg/d, both, calcium lactate 2 g/d) confirmed from a copy of the article's first
    // page (c.coek.info) and the Springer-derived abstract record (yyws.alljournals.cn). Issue number not confirmed. Still NOT
    // confirmed: that ScienceDirect id S0949265815334114 is this article (only the ISSN prefix 0949-2658 of J Orthop Sci matches).
    public static Citation Iwamoto2000 { get; } = new(
        "Iwamoto J, Takeda T, Ichimura S",
        "Effect of combined administration of vitamin D3 and vitamin K2 on bone mineral density of the lumbar spine in postmenopausal women with osteoporosis",
        "J Orthop Sci 5:546-551 (probable seed reference S0949265815334114; identity inferred)", 2000);

    /// <summary>244 healthy postmenopausal women, MK-7 180 µg/d vs placebo for 3 years: smaller decline of BMC/BMD at the
    /// lumbar spine and femoral neck, none at the total hip; bone strength improved; less loss of vertebral height in
    /// the lower thoracic region. Industry-linked [P abstract].</summary>
    // checked 2026-11-25: PubMed 23525894 abstract page (mirror) - title, Osteoporos Int 2013 Sep;24(9):2499-507, DOI 10.1007/s00198-013-2325-6 confirmed; full author list from a secondary page quoting the paper (vitamindwiki).
    public static Citation Knapen2013 { get; } = new(
        "Knapen MHJ, Drummen NE, Smit E, Vermeer C, Theuwissen E",
        "Three-year low-dose menaquinone-7 supplementation helps decrease bone loss in healthy postmenopausal women",
        "Osteoporos Int 24(9):2499-2507", 2013, "https://doi.org/10.1007/s00198-013-2325-6");

    /// <summary>13 RCTs; all 7 fracture trials Japanese, mostly MK-4 45 mg/d; pooled hip fracture OR 0.23. Later flagged:
    /// JAMA Intern Med 2018 notice of caution about problematic included trials [P abstract].</summary>
    // checked 2026-11-25: PubMed 16801507 abstract page and JAMA Netw article page - authors, title, Arch Intern Med 2006;166(12):1256-1261, DOI 10.1001/archinte.166.12.1256 confirmed; PubMed links the 2018 JAMA Intern Med caution notice (178(6):875-876).
    public static Citation Cockayne2006 { get; } = new(
        "Cockayne S, Adamson J, Lanham-New S, Shearer MJ, Gilbody S, Torgerson DJ",
        "Vitamin K and the prevention of fractures: systematic review and meta-analysis of randomized controlled trials",
        "Arch Intern Med 166(12):1256-1261", 2006, "https://doi.org/10.1001/archinte.166.12.1256");

    /// <summary>36 RCTs of oral vitamin K. Postmenopausal/osteoporotic: any clinical fracture OR 0.72 (0.55–0.95), low
    /// risk-of-bias trials only OR 0.76 (0.58–1.01); vertebral OR 0.96 (0.83–1.11); no evidence of an effect on BMD or
    /// vertebral fracture [P abstract].</summary>
    // checked 2026-11-25: Crossref record on ouci.dntb.gov.ua and University of York Pure page - authors, title, Osteoporos Int 2019 issue 8, pp. 1543-1559, DOI 10.1007/s00198-019-04949-0 confirmed; volume 30(8) from a Czech library catalogue record of the paper.
    public static Citation Mott2019 { get; } = new(
        "Mott A, Bradley T, Wright K, Cockayne ES, Shearer MJ, Adamson J, Lanham-New SA, Torgerson DJ",
        "Effect of vitamin K on bone mineral density and fractures in adults: an updated systematic review and meta-analysis of randomised controlled trials",
        "Osteoporos Int 30(8):1543-1559", 2019, "https://doi.org/10.1007/s00198-019-04949-0");

    /// <summary>OF Study: 4,378 osteoporotic Japanese women, calcium vs calcium + MK-4 45 mg/d for 36 months: no
    /// significant difference in new vertebral fractures (primary outcome) [P abstract].</summary>
    // checked 2026-11-25: Springer article page (link.springer.com, and springermedizin.de) - authors, title, J Bone Miner Metab 27(1):66-75 (issue 1/2009), DOI 10.1007/s00774-008-0008-8 confirmed.
    public static Citation Inoue2009 { get; } = new(
        "Inoue T, Fujita T, Kishimoto H, et al.",
        "Randomized controlled study on the prevention of osteoporotic fractures (OF study): a phase IV clinical study of 15-mg menatetrenone capsules",
        "J Bone Miner Metab 27(1):66-75", 2009, "https://doi.org/10.1007/s00774-008-0008-8");

    /// <summary>381 healthy postmenopausal women, phylloquinone 1 mg/d or MK-4 45 mg/d or placebo (all with calcium +
    /// D3) for 12 months: both lowered undercarboxylated osteocalcin; no effect on turnover markers, BMD or hip geometry
    /// [P abstract].</summary>
    // checked 2026-11-25: Wiley Online Library article page (DOI 10.1359/jbmr.081254) - abstract (381 women, K1 1 mg, MK-4 45 mg,
    // 12 months) confirmed; title, authors and J Bone Miner Res 2009;24:983-991 from the reference list of Salma 2022 (MDPI). Issue number not confirmed.
    public static Citation Binkley2009 { get; } = new(
        "Binkley N, Harke J, Krueger D, et al.",
        "Vitamin K treatment reduces undercarboxylated osteocalcin but does not alter bone turnover, density, or geometry in healthy postmenopausal North American women",
        "J Bone Miner Res 24:983-991", 2009, "https://doi.org/10.1359/jbmr.081254");

    /// <summary>241 osteoporotic Japanese patients, MK-4 45 mg/d vs no treatment for 24 months (open label): fewer
    /// clinical fractures; lumbar BMD −0.5 % vs −3.3 % [P abstract].</summary>
    // checked 2026-11-25: a copy of the article's first page (m.moam.info) - authors, title, J Bone Miner Res Volume 15, Number 3, 2000
    // and the abstract (241 patients, MK-4 45 mg/d, 24 months) confirmed. Page range NOT confirmed, so none is given.
    public static Citation Shiraki2000 { get; } = new(
        "Shiraki M, Shiraki Y, Aoki C, Miura M",
        "Vitamin K2 (menatetrenone) effectively prevents fractures and sustains lumbar bone mineral density in osteoporosis",
        "J Bone Miner Res 15(3)", 2000);

    /// <summary>Nurses' Health Study, 72,327 women, 10 years: quintiles 2–5 of dietary vitamin K (mostly phylloquinone;
    /// lettuce the top source) vs the lowest (&lt; 109 µg/d), age-adjusted hip fracture RR 0.70 (0.53–0.93); observational
    /// [P abstract].</summary>
    // checked 2026-11-25: PubMed 9925126 abstract page - title, Am J Clin Nutr 1999 Jan;69(1):74-9 confirmed; authors from the WUSTL profiles record; DOI 10.1093/ajcn/69.1.74 (scilit).
    public static Citation Feskanich1999 { get; } = new(
        "Feskanich D, Weber P, Willett WC, Rockett H, Booth SL, Colditz GA",
        "Vitamin K intake and hip fractures in women: a prospective study",
        "Am J Clin Nutr 69(1):74-79", 1999, "https://www.ncbi.nlm.nih.gov/pubmed/9925126");

    /// <summary>K1 vs natto MK-7: MK-7 has a very long half-life, accumulates on prolonged intake and carboxylates
    /// osteocalcin more completely; MK-7 ≥ 50 µg/d may interfere with oral anticoagulants [P abstract].</summary>
    // checked 2026-11-25: ASH Blood article page (ashpublications, blood/article/109/8/3279) and scilit record - title, Blood 109(8):3279-3283,
    // DOI 10.1182/blood-2006-08-040709 confirmed (online 7 Dec 2006, issue 2007). The author list was not shown on the pages read:
    // first author Schurgers LJ is kept from the original entry, not confirmed in this pass.
    public static Citation Schurgers2007 { get; } = new(
        "Schurgers LJ, et al.",
        "Vitamin K-containing dietary supplements: comparison of synthetic vitamin K1 and natto-derived menaquinone-7",
        "Blood 109(8):3279-3283", 2007, "https://doi.org/10.1182/blood-2006-08-040709");

    /// <summary>236 Chinese women with postmenopausal osteoporosis, MK-4 45 mg/d vs alfacalcidol 0.5 µg/d for 1 year:
    /// lumbar BMD +1.2 % vs +2.2 % (difference not significant); ucOC fell 82.3 % vs 34.8 % [P abstract].</summary>
    // checked 2026-11-25: Dove Press article page and PubMed 24426779 abstract (mirror) - authors, title, Clin Interv Aging 2014;9:121-127, DOI confirmed.
    public static Citation Jiang2014 { get; } = new(
        "Jiang Y, Zhang Z, Zhang Z, et al.",
        "Menatetrenone versus alfacalcidol in the treatment of Chinese postmenopausal women with osteoporosis: a multicenter, randomized, double-blinded, double-dummy, positive drug-controlled clinical trial",
        "Clin Interv Aging 9:121-127", 2014, "https://doi.org/10.2147/CIA.S54107");

    /// <summary>Calcium supplements ≥ 500 mg/d without vitamin D: myocardial infarction HR 1.31 (1.02–1.67) in
    /// patient-level data; disputed [P abstract].</summary>
    // checked 2026-11-25: BMJ article page (bmj.com/content/341/bmj.c3691) - all 7 authors, title, BMJ 2010;341:c3691, DOI confirmed; the page notes the article has a correction.
    public static Citation Bolland2010 { get; } = new(
        "Bolland MJ, Avenell A, Baron JA, Grey A, MacLennan GS, Gamble GD, Reid IR",
        "Effect of calcium supplements on risk of myocardial infarction and cardiovascular events: meta-analysis",
        "BMJ 341:c3691", 2010, "https://doi.org/10.1136/bmj.c3691");

    /// <summary>Most cohort studies found no association of dietary calcium, milk or dairy with fracture [P abstract].</summary>
    // checked 2026-11-25: BMJ article page (bmj.com/content/351/bmj.h4580) - title, BMJ 2015;351:h4580, DOI confirmed; authors Bolland MJ, Leung W, Tai V, Bastin S, Gamble GD, Grey A, Reid IR.
    public static Citation Bolland2015 { get; } = new(
        "Bolland MJ, Leung W, Tai V, Bastin S, Gamble GD, Grey A, Reid IR",
        "Calcium intake and risk of fracture: systematic review",
        "BMJ 351:h4580", 2015, "https://doi.org/10.1136/bmj.h4580");

    /// <summary>24 studies, n = 1,277: D3 raised total 25(OH)D more than D2, mean difference 15.69 nmol/L (9.46–21.93),
    /// and lowered PTH more [P abstract].</summary>
    // checked 2026-11-25: MDPI article page and PMC8538717 - authors, title, Nutrients 2021;13(10):3328, DOI confirmed.
    public static Citation Balachandar2021 { get; } = new(
        "Balachandar R, Pullakhandam R, Kulkarni B, Sachdev HS",
        "Relative efficacy of vitamin D2 and vitamin D3 in improving vitamin D status: systematic review and meta-analysis",
        "Nutrients 13(10):3328", 2021, "https://doi.org/10.3390/nu13103328");

    /// <summary>Tripkovic 2012, the first meta-analysis of randomised trials comparing D2 with D3: D3 raised serum 25-OH
    /// vitamin D more than D2 [S: title, journal, PMID and DOI from PubMed listings found with the search tool; the abstract
    /// itself was not read]. van den Heuvel 2023 (abstract read) describes it as one of "two previous meta-analyses".</summary>
    // checked 2026-12-07: Am J Clin Nutr 95(6):1357-1364, PMID 22552031, DOI 10.3945/ajcn.111.031070 (two independent listings).
    public static Citation Tripkovic2012 { get; } = new(
        "Tripkovic L, Lambert H, Hart K, et al.",
        "Comparison of vitamin D2 and vitamin D3 supplementation in raising serum 25-hydroxyvitamin D status: a systematic review and meta-analysis",
        "Am J Clin Nutr 95(6):1357-1364", 2012, "https://doi.org/10.3945/ajcn.111.031070");

    /// <summary>20 comparisons: with daily dosing (LC-MS/MS) the total 25(OH)D rise was 10.39 nmol/L (40 %) lower with D2
    /// than with D3 [P abstract].</summary>
    // checked 2026-11-25: PMC10831883 (PMID 37865222) - authors, title, Adv Nutr 15(1):100133, DOI 10.1016/j.advnut.2023.09.016 confirmed; PMC dates it 2023 Oct 20 (online), so the year kept is the online year.
    public static Citation VanDenHeuvel2023 { get; } = new(
        "van den Heuvel EGHM, Lips P, Schoonmade LJ, Lanham-New SA, van Schoor NM",
        "Comparison of the effect of daily vitamin D2 and vitamin D3 supplementation on serum 25-hydroxyvitamin D concentration (total 25(OH)D, 25(OH)D2, and 25(OH)D3) and importance of body mass index: a systematic review and meta-analysis",
        "Adv Nutr 15(1):100133", 2023, "https://doi.org/10.1016/j.advnut.2023.09.016");

    /// <summary>Both D2 and D3 are formed from their provitamins (ergosterol of yeasts and fungi; 7-dehydrocholesterol) by
    /// ultraviolet irradiation [S: encyclopaedia entry, read 2026 with the research tools; corroborated by other
    /// secondary pages describing industrial D3 from lanolin and D2 from yeast ergosterol].</summary>
    // not re-checked in the 2026-11-25 citation pass (encyclopaedia entry, not a journal article).
    public static Citation BritannicaVitaminD { get; } = new(
        "Encyclopaedia Britannica",
        "Vitamin (chemical compound): vitamin D group",
        "britannica.com (read 2026)", 2026, "http://www.britannica.com/print/topic/480752");

    /// <summary>Osteocalcin, matrix Gla-protein (MGP) and Gas6 are vitamin K-dependent Gla proteins with roles in bone
    /// strength, inhibition of arterial calcification and cell growth. Author linked to VitaK (industry-funded
    /// research); a narrative review [P abstract, checked with the research tools].</summary>
    // checked 2026-11-25: Food & Nutrition Research article page and its RIS export, PMC3321262 - author, title, Food Nutr Res 2012;56:5329, DOI confirmed.
    public static Citation Vermeer2012 { get; } = new(
        "Vermeer C",
        "Vitamin K: the effect on health beyond coagulation - an overview",
        "Food Nutr Res 56:5329", 2012, "https://doi.org/10.3402/fnr.v56i0.5329");

    /// <summary>Osteocalcin needs three vitamin K-dependent Gla residues; percent ucOC is a marker of vitamin K status;
    /// clinical trials do not support overall that vitamin K supplements reduce bone loss or fracture risk in the general
    /// population [P abstract, checked with the research tools].</summary>
    // checked 2026-11-25: PubMed 22516722 abstract page - title, Adv Nutr 2012 Mar 1;3(2):149-57, DOI confirmed; first author Gundberg (Yale) confirmed, co-authors not listed on the page read.
    public static Citation Gundberg2012 { get; } = new(
        "Gundberg CM, et al.",
        "Vitamin K-dependent carboxylation of osteocalcin: friend or foe?",
        "Adv Nutr 3(2):149-157", 2012, "https://doi.org/10.3945/an.112.001834");
}
