using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The sources behind the specialist's next steps of <see cref="WorkUp"/> (secondary causes, spine imaging, kidney stones,
/// hyperparathyroidism, kidney disease) that no other sources class holds. Each says how it was read: [P] the original or
/// its official page or abstract; [S] a third-party page quoting or summarising it. All found with the search tool,
/// 2026-12-07.
/// </summary>
public static class WorkUpSources
{
    /// <summary>Royal Osteoporosis Society, for primary care (NOGG-based): besides DXA, tests to carry out routinely to
    /// exclude secondary causes — history and examination; blood count, ESR or CRP, serum calcium, albumin, creatinine,
    /// phosphate, alkaline phosphatase, liver transaminases; thyroid function [P, the ROS page,
    /// nos.org.uk/for-health-professionals/professional-development/osteoporosis-resources-for-primary-care/investigation/what-other-investigations-are-important/;
    /// the address is kept out of the citation, whose report line cannot wrap it].</summary>
    public static Citation RosInvestigations { get; } = new(
        "Royal Osteoporosis Society",
        "Osteoporosis resources for primary care: What other investigations are important?",
        "nos.org.uk: For health professionals, Osteoporosis resources for primary care, Investigation (read 2026)", 2026);

    /// <summary>AACE 2010 postmenopausal osteoporosis guidelines, Table 17, tests for secondary osteoporosis to consider on
    /// clinical suspicion: serum thyrotropin (TSH), ESR, PTH for primary or secondary hyperparathyroidism, tissue
    /// transglutaminase antibodies for coeliac disease, urinary free cortisol, serum protein electrophoresis and free light
    /// chains for myeloma, among others [P, the table in PMC4876714].</summary>
    public static Citation Aace2010 { get; } = new(
        "Watts NB, Bilezikian JP, Camacho PM, et al.",
        "American Association of Clinical Endocrinologists Medical Guidelines for Clinical Practice for the Diagnosis and Treatment of Postmenopausal Osteoporosis",
        "Endocr Pract 16(Suppl 3):1-37", 2010, "https://pmc.ncbi.nlm.nih.gov/articles/PMC4876714/");

    /// <summary>ISCD 2019 indications for vertebral fracture assessment (lateral spine imaging by radiography or densitometric
    /// VFA): T-score &lt; −1.0 with one or more of — women aged 70 or over or men aged 80 or over; historical height loss
    /// &gt; 4 cm; self-reported but undocumented vertebral fracture; glucocorticoids equivalent to ≥ 5 mg prednisone a day for
    /// ≥ 3 months [S: the ISCD indications table as reproduced by UpToDate (graphic 82411), citing this executive summary;
    /// its volume and pages as cited there].</summary>
    public static Citation Iscd2019Vfa { get; } = new(
        "Shuhart CR, Yeap SS, Anderson PA, et al.",
        "Executive Summary of the 2019 ISCD Position Development Conference on Monitoring Treatment, DXA Cross-calibration and Least Significant Change, Spinal Cord Injury, Peri-prosthetic and Orthopedic Bone Health, Transgender Medicine, and Pediatrics",
        "J Clin Densitom 22:453", 2019);

    /// <summary>AUA guideline on the medical management of kidney stones (published 2014, validity confirmed 2019): fluid for a
    /// urine volume of at least 2.5 litres a day; sodium limited (≤ 100 mEq, 2,300 mg) and 1,000–1,200 mg of dietary calcium a
    /// day for calcium stones with relatively high urinary calcium — a low-calcium diet is associated with more stones
    /// [P, the AUA guideline page for the citation; S, a guideline-notes page for the statements].</summary>
    public static Citation Aua2014 { get; } = new(
        "Pearle MS, Goldfarb DS, Assimos DG, et al.",
        "Medical management of kidney stones: AUA guideline",
        "J Urol 192:316", 2014,
        "https://www.auanet.org/guidelines/guidelines/kidney-stones-medical-mangement-guideline");

    /// <summary>Fifth International Workshop on primary hyperparathyroidism: parathyroidectomy is indicated in asymptomatic
    /// patients who meet any one criterion — serum calcium &gt; 1 mg/dL (0.25 mmol/L) above the upper limit of normal;
    /// T-score ≤ −2.5 at lumbar spine, total hip, femoral neck or distal 1/3 radius; vertebral fracture on imaging; eGFR
    /// &lt; 60 mL/min; kidney stones or nephrocalcinosis on imaging; hypercalciuria; age under 50 [S: the surgical criteria as
    /// tabulated by secondary sources (the 2013 Fourth Workshop table read, with creatinine clearance &lt; 60; the 2022 eGFR
    /// wording as the summaries give it); the citation confirmed from several reference lists].</summary>
    public static Citation Bilezikian2022 { get; } = new(
        "Bilezikian JP, Khan AA, Silverberg SJ, et al.",
        "Evaluation and Management of Primary Hyperparathyroidism: Summary Statement and Guidelines from the Fifth International Workshop",
        "J Bone Miner Res 37(11):2293-2314", 2022, "https://doi.org/10.1002/jbmr.4677");

    /// <summary>KDIGO 2017 CKD–mineral and bone disorder update: in adults, monitor serum calcium, phosphate, PTH and alkaline
    /// phosphatase activity beginning in CKD G3a (eGFR &lt; 60), more often as CKD progresses; 25-OH vitamin D may be measured
    /// and deficiency treated as in the general population [S: the recommendations as summarised by the MSD Manual and
    /// AccessMedicine; the guideline's title, volume and pages from its cover].</summary>
    public static Citation Kdigo2017 { get; } = new(
        "Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Update Work Group",
        "KDIGO 2017 Clinical Practice Guideline Update for the Diagnosis, Evaluation, Prevention, and Treatment of Chronic Kidney Disease–Mineral and Bone Disorder (CKD-MBD)",
        "Kidney Int Suppl 7(1):1-59", 2017);
}
