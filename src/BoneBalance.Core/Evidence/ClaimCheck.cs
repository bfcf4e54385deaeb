using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Evidence;

/// <summary>
/// The seed article's claims, each checked against the evidence, with a verdict. The article's wording is paraphrased.
/// Of its five references, three could be identified and are cited where they apply: Salma 2022 (PMC9138595),
/// StatPearls <i>Vitamin K Deficiency</i> (NBK536983) and, by inference only, Iwamoto 2000 (S0949265815334114); the
/// other two (Medscape 509074_4, PMC4042573) could not be resolved and are not cited.
/// </summary>
public static class ClaimCheck
{
    /// <summary>The checked claims, in the order the seed article makes them.</summary>
    public static IReadOnlyList<Claim> Claims { get; } =
    [
        new(
            "hip-fracture-30-percent",
            "People with a high vitamin K intake have a 30 % lower risk of hip fracture, offered as a reason to take vitamin K2.",
            ClaimVerdict.Misattributed,
            "The 30 % comes from the Nurses' Health Study, an observational cohort of 72,327 women: those in the upper four fifths of dietary " +
            "vitamin K intake had an age-adjusted hip-fracture relative risk of 0.70 (95 % CI 0.53–0.93) against the lowest fifth (< 109 µg a day), " +
            "with no further fall in risk at higher intakes. The vitamin K was mostly K1 from food (lettuce was the top source), not K2 and not " +
            "supplements, and an association in a cohort does not show cause.",
            [EvidenceSources.Feskanich1999]),
        new(
            "mk4-45-mg",
            "45 mg of vitamin K2 a day is the dose that protects bones.",
            ClaimVerdict.PartlySupported,
            "45 mg a day of menatetrenone (MK-4) is the prescription dose used in Japan to treat osteoporosis (15 mg capsules; contraindicated " +
            "with warfarin), roughly 375 to 500 times the adequate intake for all vitamin K. It is not a supplement dose. Open-label Japanese trials " +
            "reported fewer clinical fractures and less spine bone loss, and early meta-analyses pooled them to large fracture reductions, but that " +
            "meta-analysis was later flagged for including problematic trials. The largest trial of the dose (OF Study, 4,378 women) found no " +
            "difference in new vertebral fractures, and a US trial found no effect on bone density.",
            [
                SafetySources.GlakayLabel, EvidenceSources.Shiraki2000, EvidenceSources.Cockayne2006, EvidenceSources.Inoue2009,
                EvidenceSources.Binkley2009, DietaryReferenceSources.Iom2001,
            ]),
        new(
            "ai-120-90-ug",
            "Men need 120 µg and women 90 µg of vitamin K a day, quoted as the amounts to aim for with K2.",
            ClaimVerdict.PartlySupported,
            "The numbers are right but mean something else: they are the US Institute of Medicine's adequate intakes (AI) for total vitamin K, " +
            "K1 and K2 together, set from the median intakes of healthy people (mostly K1 from vegetables), not recommended amounts of K2 and not " +
            "doses for bone health. No upper limit was set. The seed article's own StatPearls reference quotes the same adequate intakes.",
            [DietaryReferenceSources.Iom2001, SafetySources.StatPearlsVitaminKDeficiency]),
        new(
            "mk7-180-ug",
            "180 µg of MK-7 a day for three years improved bone health in postmenopausal women.",
            ClaimVerdict.PartlySupported,
            "In one 3-year trial in 244 healthy postmenopausal women, MK-7 180 µg a day made the age-related fall in bone density smaller at the " +
            "lumbar spine and femoral neck, not at the total hip, improved bone strength indices and reduced loss of vertebral height in the lower " +
            "thoracic spine. Bone was still lost, fractures were not an outcome, the trial was industry-linked and has not been repeated, and the " +
            "most rigorous meta-analysis found no effect of vitamin K on bone density in trials at low risk of bias; two 1-year trials of MK-7 (360 µg and 375 µg a day) found no effect on bone density.",
            [EvidenceSources.Knapen2013, EvidenceSources.Mott2019, EvidenceSources.Emaus2010, EvidenceSources.Ronn2016]),
        new(
            "mgp",
            "Vitamin K2 activates matrix Gla protein (MGP), which keeps calcium out of the arteries and puts it in the bones.",
            ClaimVerdict.PartlySupported,
            "MGP is a vitamin K-dependent Gla protein with a role in inhibiting arterial calcification; that part is established biology. That K2 " +
            "supplements move calcium from arteries to bone, or prevent arterial calcification or heart disease in people, is not shown by the " +
            "sources BoneBalance holds: in the AVADEC trial, MK-7 720 µg with vitamin D 25 µg a day for 2 years lowered inactive MGP in the blood " +
            "but did not slow the calcification of the aortic valve, the aorta or the coronary arteries in 365 older men. The review describing " +
            "MGP's role is by an author linked to a vitamin K research company.",
            [EvidenceSources.Vermeer2012, EvidenceSources.Diederichsen2022]),
        new(
            "osteocalcin",
            "Vitamin K2 activates osteocalcin, which binds calcium into bone.",
            ClaimVerdict.PartlySupported,
            "Osteocalcin needs three vitamin K-dependent Gla residues, and K1 and K2 supplements both lower undercarboxylated osteocalcin " +
            "(MK-4 45 mg by 82 % in one trial; K1 1 mg and MK-4 45 mg alike in another). But lower undercarboxylated osteocalcin has not turned into " +
            "less bone loss or fewer fractures: the US trial found no change in bone density, and reviews conclude that trials do not support " +
            "vitamin K supplements for reducing bone loss or fracture in the general population.",
            [EvidenceSources.Gundberg2012, EvidenceSources.Binkley2009, EvidenceSources.Jiang2014, EvidenceSources.Vermeer2012]),
        new(
            "d2-synthetic",
            "Vitamin D2 is synthetic, while D3 is the natural form.",
            ClaimVerdict.NotSupported,
            "Both forms are produced industrially the same way, by ultraviolet irradiation of a provitamin: ergosterol from yeast or fungi gives " +
            "D2, 7-dehydrocholesterol gives D3; D2 also occurs naturally in fungi exposed to ultraviolet light. \"Synthetic\" is therefore not the " +
            "difference. The real difference is effect: D3 raises blood 25-OH vitamin D more (mean difference 15.7 nmol/L across 24 studies; about " +
            "40 % more with daily dosing), so D3 is preferred for that reason.",
            [EvidenceSources.BritannicaVitaminD, EvidenceSources.Balachandar2021, EvidenceSources.VanDenHeuvel2023]),
        new(
            "k1-no-role",
            "Vitamin K1 has no role in bone health; only K2 matters for bones.",
            ClaimVerdict.NotSupported,
            "K1 is the main form of vitamin K in food and also carboxylates osteocalcin: in a 12-month trial, K1 1 mg a day lowered " +
            "undercarboxylated osteocalcin just as MK-4 45 mg did (neither changed bone density). The observational link between vitamin K intake " +
            "and fewer hip fractures, which the article itself quotes, came mainly from K1 (lettuce). The meta-analyses include both K1 and K2 " +
            "trials. No form has been shown to prevent fractures, but K1 has a role.",
            [EvidenceSources.Binkley2009, EvidenceSources.Feskanich1999, EvidenceSources.Mott2019]),
        new(
            "k2-d3-vs-calcium",
            "Vitamins K2 and D3 together increase bone density more than calcium.",
            ClaimVerdict.Misattributed,
            "The trial behind this (92 Japanese women with osteoporosis, 2 years) gave the prescription vitamin D analogue alfacalcidol " +
            "(1α-hydroxyvitamin D3, 0.75 µg a day), not cholecalciferol, together with MK-4 45 mg a day, a prescription dose, against calcium " +
            "lactate 2 g a day. The combination raised lumbar-spine bone density more than calcium did, but it was small, measured density rather " +
            "than fractures, and says nothing about over-the-counter D3 with MK-7. One author later co-wrote a retracted trial; no retraction of " +
            "this paper was found. That this is the article's reference is inferred from its identifier, not confirmed.",
            [EvidenceSources.Iwamoto2000, SafetySources.GlakayLabel]),
    ];

    /// <summary>The claim with the given identifier (e.g. <c>d2-synthetic</c>).</summary>
    /// <exception cref="InvalidInputException">When no claim has that identifier.</exception>
    public static Claim Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var claim in Claims)
        {
            if (string.Equals(claim.Id, id, StringComparison.Ordinal))
            {
                return claim;
            }
        }

        throw new InvalidInputException(
            "id", id, string.Join(", ", Claims.Select(c => c.Id)), FieldError.NotAValidValue);
    }
}
