using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Evidence;

/// <summary>
/// The seed article's twelve questions, in its order, answered in BoneBalance's own words with an evidence grade
/// (<see cref="EvidenceGrade"/>), citations and caveats. Every figure quoted comes from the cited source's abstract,
/// label or official table (see <see cref="EvidenceSources"/>, <see cref="SafetySources"/> and
/// <see cref="DietaryReferenceSources"/>). The answers inform; they never prescribe.
/// </summary>
public static class KnowledgeBase
{
    /// <summary>How many questions the knowledge base holds.</summary>
    public const int Count = 12;

    // Said wherever the answer touches treatment or a medicine.
    private const string TalkToClinician =
        "Talk to your clinician before starting, stopping or changing any supplement or medicine for your bones.";

    private const string VkaWarning =
        "If you take warfarin, acenocoumarol, phenprocoumon or fluindione (vitamin K antagonists), do not start, stop or change a vitamin K supplement (K1 or K2) without your anticoagulation clinic: even 10–20 µg a day of MK-7 lowered the INR in a clinically relevant way in many volunteers.";

    /// <summary>The twelve entries, numbered 1 to 12 in the seed article's order.</summary>
    public static IReadOnlyList<FaqEntry> Entries { get; } =
    [
        new(
            1,
            "How much vitamin K2 should I take for osteoporosis?",
            "No dose of vitamin K2 has been shown to treat osteoporosis, and K2 is not a substitute for osteoporosis medicines. " + TalkToClinician,
            "Osteoporosis is treated with medicines that have been shown to prevent fractures; vitamin K2 is not one of them outside Japan. " +
            "The \"45 mg\" often quoted is the prescription dose of menatetrenone (MK-4) in Japan (sold as 15 mg capsules), a medicine given " +
            "under medical supervision and roughly 375 to 500 times the adequate intake for all vitamin K (45,000 µg against 120 or 90 µg); it is not a supplement dose. The largest trial of that dose, " +
            "the OF Study in 4,378 Japanese women, found no difference in new vertebral fractures after 3 years. The supplement form MK-7 was studied " +
            "at 180 µg a day for 3 years in healthy postmenopausal women (not women with osteoporosis): bone loss was slower at the lumbar spine and " +
            "femoral neck but not at the total hip, and fractures were not a measured outcome; trials of MK-7 in Norway and Denmark found no effect on bone density. " +
            "The most rigorous meta-analysis (2019, weighing the trials' risk of bias) found no effect of " +
            "vitamin K on bone density or vertebral fractures in the trials at low risk of bias. " + TalkToClinician,
            EvidenceGrade.B,
            [
                EvidenceSources.Inoue2009, SafetySources.GlakayLabel, EvidenceSources.Knapen2013, EvidenceSources.Mott2019,
                EvidenceSources.Salma2022, SafetySources.Theuwissen2013, EvidenceSources.Emaus2010, EvidenceSources.Ronn2016,
            ],
            [
                VkaWarning,
                "MK-4 45 mg a day is a prescription medicine in Japan; its label makes it contraindicated with warfarin.",
                "The MK-7 180 µg trial was a single, industry-linked trial in women without osteoporosis.",
                "Earlier meta-analyses that found large fracture reductions leaned on Japanese MK-4 trials whose integrity has since been questioned.",
            ]),
        new(
            2,
            "Does vitamin K2 rebuild bone?",
            "No. At best, K2 supplements slowed bone loss at some sites in one trial; no trial shows that they rebuild lost bone.",
            "Vitamin K is needed to finish (carboxylate) osteocalcin, a protein made by bone-forming cells, and K2 supplements do lower the " +
            "undercarboxylated fraction. That is a change in a blood marker, not new bone. In the 3-year MK-7 180 µg trial, bone density still fell " +
            "in both groups; it fell less at the lumbar spine and femoral neck with MK-7, and not differently at the total hip. A 12-month US trial " +
            "of K1 1 mg or MK-4 45 mg found no effect on bone density, turnover or hip geometry, and the most rigorous meta-analysis found no effect on bone " +
            "density in the trials at low risk of bias. Rebuilding bone is what some osteoporosis medicines are tested for; ask your clinician.",
            EvidenceGrade.B,
            [EvidenceSources.Knapen2013, EvidenceSources.Binkley2009, EvidenceSources.Mott2019, EvidenceSources.Gundberg2012],
            [
                "Slower loss is not the same as gain: in the MK-7 trial both groups lost bone.",
                "Lower undercarboxylated osteocalcin shows vitamin K status, not stronger bones.",
            ]),
        new(
            3,
            "Should I take D3 and K2 at the same time?",
            "You can, but timing has not been tested; what matters more is taking both with a meal that contains some fat, and not taking K2 at all if you are on a vitamin K antagonist.",
            "No trial has compared taking vitamin D3 and K2 together with taking them at different times. Both are fat-soluble: conditions and " +
            "medicines that reduce fat absorption (coeliac disease, inflammatory bowel disease, orlistat, bile-acid binders, mineral oil) lower " +
            "their absorption, so taking them with a meal that contains some fat is sensible. The trial often quoted for \"D3 plus K2\" used the " +
            "prescription vitamin D analogue alfacalcidol with MK-4 45 mg, not over-the-counter D3 with MK-7, so it says nothing about the " +
            "supplements sold together. Keep vitamin D within the upper limit (4,000 IU, 100 µg a day for adults) unless your clinician " +
            "prescribes more.",
            EvidenceGrade.D,
            [
                EvidenceSources.Iwamoto2000, SafetySources.StatPearlsVitaminKDeficiency, SafetySources.KalciposSmpc,
                DietaryReferenceSources.Iom2011,
            ],
            [
                VkaWarning,
                "Orlistat, bile-acid sequestrants and mineral oil reduce absorption of vitamins D and K: separate them from your supplements.",
                "The identity of the seed article's reference for the D3 + K2 trial is inferred, not confirmed.",
            ]),
        new(
            4,
            "Who should not take K2 supplements?",
            "Anyone taking a vitamin K antagonist such as warfarin must not take K2 (or K1) supplements without their anticoagulation clinic. Pregnant or breast-feeding women and under-18s should not take doses beyond the reference intakes without a clinician.",
            "Vitamin K antagonists (warfarin, acenocoumarol, phenprocoumon, fluindione) work by blocking vitamin K, so extra vitamin K weakens them. " +
            "In controlled studies in anticoagulated volunteers, MK-7 at 10–20 µg a day lowered the INR in a clinically relevant way in 40–60 % of " +
            "people, and K1 lowered it from 150 µg a day; the Japanese MK-4 medicine is contraindicated with warfarin on its label. If you take one " +
            "of these medicines, do not start, stop or change vitamin K supplements, or change the amount of vitamin K-rich food you eat, without your " +
            "anticoagulation clinic. Direct oral anticoagulants (apixaban, rivaroxaban, edoxaban, dabigatran) do not depend on vitamin K, so vitamin " +
            "K does not weaken them. People with fat malabsorption or liver disease may need vitamin K for other reasons and should be guided by " +
            "their clinician. Pregnant or breast-feeding women and children should stay within the reference intakes unless a clinician advises " +
            "otherwise.",
            EvidenceGrade.A,
            [
                SafetySources.Theuwissen2013, SafetySources.Schurgers2004, EvidenceSources.Schurgers2007, SafetySources.GlakayLabel,
                SafetySources.Mekaj2015, SafetySources.StatPearlsVitaminKDeficiency,
            ],
            [
                VkaWarning,
                "On a DOAC, vitamin K does not interact, but tell your clinician about every supplement you take.",
                "Bruising easily, bleeding gums, nosebleeds, heavy periods or blood in urine or stool need a clinician promptly, whatever you take.",
            ]),
        new(
            5,
            "What are the best supplements to take for osteoporosis?",
            "Supplements do not treat osteoporosis. Get enough calcium (preferably from food) and vitamin D, close any gap with a supplement, and ask your clinician about treatment.",
            "Calcium and vitamin D are needed for bone, and a deficiency should be corrected. But in the largest trial (WHI, 36,282 postmenopausal " +
            "women, 1,000 mg calcium with 400 IU D3 a day for 7 years) hip bone density rose by about 1 % and hip fractures were not significantly " +
            "reduced (hazard ratio 0.88, 95 % CI 0.72–1.08), while kidney stones increased. On the heart the evidence is mixed: meta-analyses linked " +
            "calcium supplements, with or without vitamin D, to slightly more heart attacks, while a 2016 guideline of the US National Osteoporosis " +
            "Foundation and the American Society for Preventive Cardiology found no link in generally healthy adults as long as total calcium stays " +
            "within the upper level; calcium from food has not been linked to harm. The US Preventive Services Task Force (2018) advises against " +
            "400 IU or less of vitamin D with 1,000 mg or less of calcium a day to prevent fractures in women past the menopause living at home, and " +
            "found too little evidence about larger doses. So BoneBalance uses a calcium " +
            "supplement only to close the gap between what you eat and the recommended amount (1,000–1,200 mg a day for most adults), in doses of " +
            "no more than 500 mg elemental calcium at a time. Vitamin K supplements have not been shown to reduce fractures in trials at low risk of " +
            "bias. Medicines such as bisphosphonates are what clinicians consider when fracture risk is high. " + TalkToClinician,
            EvidenceGrade.B,
            [
                SafetySources.Jackson2006, EvidenceSources.Bolland2010, EvidenceSources.Bolland2011, EvidenceSources.Kopecky2016,
                EvidenceSources.Grossman2018, EvidenceSources.Bolland2015, DietaryReferenceSources.Iom2011, EvidenceSources.Mott2019,
            ],
            [
                "Total calcium (food plus supplements) should stay below the upper limit (2,000 mg a day over 50).",
                "Thiazide diuretics with calcium or vitamin D supplements can raise blood calcium; your clinician may monitor it.",
                "Calcium binds levothyroxine, bisphosphonates, tetracyclines, quinolones and iron: take them apart.",
            ]),
        new(
            6,
            "Which is better: vitamin D2 or D3?",
            "D3. It raises blood vitamin D (25-OH D) more than D2. The popular reason given, that D2 is \"synthetic\", is wrong: both are made industrially.",
            "Three meta-analyses of randomised trials (2012, 2021, 2023) agree that vitamin D3 (cholecalciferol) raises total 25-OH vitamin D more than vitamin D2 (ergocalciferol): by " +
            "15.7 nmol/L on average across 24 studies, with D3 also lowering parathyroid hormone more, and in daily-dosing trials measured by mass " +
            "spectrometry the rise with D2 was about 40 % smaller. Both forms are made the same way: a provitamin is irradiated with ultraviolet " +
            "light, ergosterol from yeast or fungi for D2, 7-dehydrocholesterol (for example from wool fat) for D3. " +
            "Neither form has been shown to prevent fractures better than the other.",
            EvidenceGrade.A,
            [EvidenceSources.Tripkovic2012, EvidenceSources.Balachandar2021, EvidenceSources.VanDenHeuvel2023, EvidenceSources.BritannicaVitaminD],
            [
                "The evidence is about blood levels, not about fractures.",
                "Keep vitamin D within the upper limit (4,000 IU, 100 µg a day for adults) unless your clinician prescribes more.",
            ]),
        new(
            7,
            "How can I fix osteoporosis naturally?",
            "Diet and lifestyle cannot reverse osteoporosis, but they lower your risk: enough calcium and vitamin D, not smoking, little alcohol and preventing falls. When fracture risk is high, talk to your clinician about treatment.",
            "No food, supplement or exercise has been shown to reverse osteoporosis. What you can do: meet the recommended calcium intake, " +
            "preferably from food, and correct a low vitamin D; stop smoking and keep alcohol low (both are risk factors in fracture-risk tools " +
            "such as QFracture); make your home safer, and exercise: in older people living at home, exercise that trains balance and " +
            "strength lowered the rate of falls by about a quarter (Cochrane review of 59 trials, rate ratio 0.77). " +
            "Vitamin K from food is part of a healthy diet, but K2 supplements have not been shown to prevent fractures in trials at low risk " +
            "of bias. When your fracture risk reaches treatment thresholds, medicines such as bisphosphonates are what clinicians consider; they are " +
            "the proven way to lower fracture risk. " + TalkToClinician,
            EvidenceGrade.C,
            [SafetySources.HippisleyCox2012, DietaryReferenceSources.Iom2011, EvidenceSources.Bolland2015, EvidenceSources.Mott2019, EvidenceSources.Sherrington2019],
            [
                "Smoking, alcohol and falls are listed here as fracture risk factors; BoneBalance does not quote a size of benefit from changing them.",
                "Exercise lowering the rate of falls rests on high-certainty evidence (Cochrane 2019, people aged 60 or over living at home); fewer fractures from exercise is less certain.",
                "The grade (C) is that of the weakest part of this answer, the lifestyle risk factors, which come from observational studies; the falls part alone would grade higher.",
            ]),
        new(
            8,
            "Is vitamin K2 good for bones?",
            "Vitamin K is needed by bone proteins, but K2 supplements have not been shown to prevent fractures or bone loss in the best trials.",
            "Vitamin K activates (carboxylates) osteocalcin and other Gla proteins, so a shortage is plausible as a problem for bone. Whether extra " +
            "K2 helps is another matter. The most rigorous meta-analysis, of 36 trials, found, in postmenopausal or osteoporotic people, fewer clinical " +
            "fractures overall (odds ratio 0.72) but not when only trials at low risk of bias were counted (0.76, 95 % CI 0.58–1.01), and no effect " +
            "on vertebral fractures or bone density. A 2022 meta-analysis cited by the seed article found lower vertebral and clinical fracture odds " +
            "but did not deal with the questioned Japanese trials, and found no significant effect on femoral bone density. Reviews of osteocalcin " +
            "conclude that trials do not support vitamin K supplements for the general population to reduce bone loss or fractures.",
            EvidenceGrade.B,
            [EvidenceSources.Mott2019, EvidenceSources.Salma2022, EvidenceSources.Gundberg2012, EvidenceSources.Cockayne2006],
            [
                VkaWarning,
                "Fracture benefits reported for MK-4 45 mg a day come from a prescription dose used in Japan, not from supplements.",
            ]),
        new(
            9,
            "Is K2 good for bone density?",
            "Only slightly, if at all: one 3-year MK-7 trial showed slower loss at the spine and femoral neck, but other trials and the most rigorous meta-analysis found no effect on bone density.",
            "MK-7 180 µg a day for 3 years in 244 healthy postmenopausal women slowed the age-related fall in bone density at the lumbar spine and " +
            "femoral neck, with no effect at the total hip. Two 12-month trials of MK-7 found no difference in bone density: 360 µg a day in 334 Norwegian " +
            "women soon after the menopause, and 375 µg a day in 148 Danish women with low bone mass. A 12-month US trial of K1 1 mg or MK-4 45 mg a day showed no change in density. Japanese " +
            "and Chinese trials of MK-4 45 mg reported smaller losses or small gains in spine density (in China, +1.2 % after a year, no different " +
            "from the comparator medicine). Pooled, the evidence shows no effect on bone density once trials at high risk of bias are set aside, and " +
            "the meta-analysis cited by the seed article found no significant effect at the femur.",
            EvidenceGrade.B,
            [
                EvidenceSources.Knapen2013, EvidenceSources.Emaus2010, EvidenceSources.Ronn2016, EvidenceSources.Binkley2009,
                EvidenceSources.Shiraki2000, EvidenceSources.Jiang2014, EvidenceSources.Mott2019, EvidenceSources.Salma2022,
            ],
            [
                "Bone density is a surrogate: a small change does not show fewer fractures.",
                "The MK-7 trial was single and industry-linked; the MK-4 trials used a prescription dose.",
            ]),
        new(
            10,
            "How much K2 should I take for bone health?",
            "There is no recommended K2 intake. The adequate intake for total vitamin K (K1 and K2, mostly from food) is 120 µg a day for men and 90 µg for women, and most people get it from vegetables.",
            "Reference intakes do not separate K1 from K2. The US Institute of Medicine set adequate intakes for total vitamin K of 120 µg a day " +
            "for men and 90 µg for women, based on what healthy people eat (mostly K1 from green vegetables); no upper limit was set because no " +
            "harm was reported. These are not K2 targets. If you choose a K2 supplement, the dose studied longest for bone is MK-7 180 µg a day " +
            "(3 years, with slower loss at two sites and no fracture outcome); nothing shows a higher dose is better. MK-4 45 mg a day is a " +
            "prescription dose in Japan, not a supplement dose.",
            EvidenceGrade.D,
            [
                DietaryReferenceSources.Iom2001, SafetySources.StatPearlsVitaminKDeficiency, EvidenceSources.Knapen2013,
                SafetySources.GlakayLabel, SafetySources.Theuwissen2013,
            ],
            [
                VkaWarning,
                "The 120/90 µg figures are adequate intakes for all vitamin K, not a K2 dose.",
            ]),
        new(
            11,
            "Is calcium or vitamin K better for bones?",
            "Neither replaces the other: calcium is a main building block of bone mineral and is needed in larger amounts, ideally from food; vitamin K is needed in micrograms and most people get enough from food.",
            "Calcium is a main component of bone mineral, and the recommended intake is 1,000–1,200 mg a day for most adults; BoneBalance suggests a calcium " +
            "supplement only to close a gap between your diet and that amount, because supplements add kidney stones and a disputed heart-attack " +
            "signal while dietary calcium does not. Vitamin K's adequate intake is 90–120 µg a day, mostly met by food. The trial behind the claim " +
            "that \"D3 plus K2 beats calcium\" compared prescription alfacalcidol plus MK-4 45 mg with calcium lactate in 92 Japanese women and " +
            "measured spine density, not fractures; it does not show that over-the-counter supplements beat calcium. Neither calcium nor vitamin K " +
            "is a treatment for osteoporosis. " + TalkToClinician,
            EvidenceGrade.B,
            [
                DietaryReferenceSources.Iom2011, DietaryReferenceSources.Iom2001, SafetySources.Jackson2006, EvidenceSources.Bolland2010,
                EvidenceSources.Bolland2015, EvidenceSources.Iwamoto2000, EvidenceSources.Mott2019,
            ],
            [
                "Calcium supplements: at most 500 mg elemental calcium at a time; total calcium below the upper limit.",
                "A large change in vitamin K intake matters if you take warfarin or another vitamin K antagonist.",
            ]),
        new(
            12,
            "Which form of vitamin K is best for your bones?",
            "No form has been proven best for fractures. K1 (from vegetables) is the main dietary form and matters too; MK-7 lasts longest in the blood; MK-4 45 mg is a Japanese prescription dose.",
            "K1 (phylloquinone) is the main form in food; the observational link between higher vitamin K intake and fewer hip fractures in the " +
            "Nurses' Health Study came mainly from K1 (lettuce was the top source). In a US trial, K1 1 mg and MK-4 45 mg a day both lowered " +
            "undercarboxylated osteocalcin and neither changed bone density. MK-7 has a much longer half-life than K1, builds up with daily use and " +
            "activates osteocalcin more completely; the same property makes small doses interfere with warfarin. MK-4 at 45 mg a day is a " +
            "prescription medicine in Japan. So MK-7 is the form best studied as a supplement, but no form has been shown to prevent fractures in " +
            "trials at low risk of bias.",
            EvidenceGrade.C,
            [
                EvidenceSources.Feskanich1999, EvidenceSources.Binkley2009, EvidenceSources.Schurgers2007, EvidenceSources.Knapen2013,
                EvidenceSources.Mott2019, SafetySources.GlakayLabel,
            ],
            [
                VkaWarning,
                "Differences between forms are in blood levels and markers, not in proven fracture outcomes.",
            ]),
    ];

    /// <summary>The entry with the given number.</summary>
    /// <param name="number">1 to <see cref="Count"/>.</param>
    /// <exception cref="InvalidInputException">When <paramref name="number"/> is outside 1 to 12.</exception>
    public static FaqEntry Entry(int number)
    {
        if (number is < 1 or > Count)
        {
            throw new InvalidInputException(
                "number", number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"1 to {Count}");
        }

        return Entries[number - 1];
    }
}
