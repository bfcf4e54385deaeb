using System.Globalization;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// The pre-DXA screening tools OST, ORAI, SCORE and OSIRIS. Each rich method returns a
/// <see cref="ScreeningToolResult"/> with the score, cut-off, band, applicability, defaults and sources;
/// <see cref="Compute"/> returns the same numbers without allocating, for batch use.
/// </summary>
/// <remarks>
/// <para>Who the tools apply to. OST, ORAI, SCORE and OSIRIS were derived in women: ORAI in women aged ≥ 45
/// (Cadarette 2000 abstract), OST in postmenopausal women aged ≥ 45 (Geusens 2002 abstract), OSIRIS in
/// postmenopausal women (Ben Sedrine 2002 abstract), SCORE in postmenopausal women aged ≥ 45 (secondary). BoneBalance
/// applies all four to women aged ≥ 45 who are postmenopausal — stated, or status unknown and aged ≥ 50, the
/// convention of <see cref="PersonProfile.UsesTScores"/>. Premenopausal and perimenopausal women are out of scope.
/// OST also applies to men, with Adler 2003's verified categories.</para>
/// <para>Rounding. The originals (as far as read) do not say whether OST, OSIRIS or SCORE's weight term are
/// truncated to integers, so scores are reported unrounded and cut-offs are applied to the unrounded value.
/// For OST's "&lt; 2" (women) and "&lt; 4" (men) this gives the same decision as truncation toward zero.</para>
/// <para>Missing weight is not an error: every tool needs weight, so the result is
/// <see cref="ScreeningStatus.NotComputable"/> with <see cref="ScreeningToolResult.MissingField"/> = <c>weight_kg</c>
/// and band "not computable: weight_kg required" (null scores on the batch path). Invalid input (NaN, infinite or
/// non-positive weight; age outside 18–120; a negative fracture count) throws <see cref="InvalidInputException"/>
/// naming the field.</para>
/// </remarks>
public static class ScreeningTools
{
    /// <summary>Youngest age in the derivation populations of the women's tools (ORAI, OST: women ≥ 45).</summary>
    public const int MinimumAgeWomen = 45;

    /// <summary>OST cut-off for women: refer when OST &lt; 2 (Pecina 2016 JABFM [S]; UW osteoed [S]).</summary>
    public const double OstWomenReferBelow = 2;

    /// <summary>OST categories for men (Adler 2003 abstract [P]): low ≥ 4, moderate −1 to 3, high ≤ −2.</summary>
    public const double OstMenLowAtOrAbove = 4;

    /// <summary>OST high-risk category for men (Adler 2003 abstract [P]): −2 or less.</summary>
    public const double OstMenHighAtOrBelow = -2;

    /// <summary>ORAI: refer for DXA at 9 points or more (Pecina 2016 [S]; UW osteoed [S]; openEHR CKM [S]).</summary>
    public const double OraiReferAtOrAbove = 9;

    /// <summary>SCORE: refer for DXA at 6 or more (Pecina 2016 [S]; fpnotebook, Skyscape [S]).</summary>
    public const double ScoreReferAtOrAbove = 6;

    /// <summary>OSIRIS low-risk category: above +1 (Ben Sedrine 2002 abstract [P]).</summary>
    public const double OsirisLowAbove = 1;

    /// <summary>OSIRIS high-risk category: below −3 (Ben Sedrine 2002 abstract [P]).</summary>
    public const double OsirisHighBelow = -3;

    private const string WeightField = "weight_kg";
    private const string WomenPopulation = "postmenopausal women aged 45 or over";

    /// <summary>OST = 0.2 × (weight kg − age y), for postmenopausal women aged ≥ 45 and for men.</summary>
    public static ScreeningToolResult Ost(PersonProfile person, ScreeningExtras extras = default) =>
        Evaluate(ScreeningTool.Ost, person, extras);

    /// <summary>ORAI points (age, weight, current estrogen use), for postmenopausal women aged ≥ 45.</summary>
    public static ScreeningToolResult Orai(PersonProfile person, ScreeningExtras extras = default) =>
        Evaluate(ScreeningTool.Orai, person, extras);

    /// <summary>SCORE (race, RA, fractures, age, estrogen, weight), for postmenopausal women aged ≥ 45.</summary>
    public static ScreeningToolResult Score(PersonProfile person, ScreeningExtras extras = default) =>
        Evaluate(ScreeningTool.Score, person, extras);

    /// <summary>OSIRIS (weight, age, current HRT, prior low-impact fracture), for postmenopausal women aged ≥ 45.</summary>
    public static ScreeningToolResult Osiris(PersonProfile person, ScreeningExtras extras = default) =>
        Evaluate(ScreeningTool.Osiris, person, extras);

    /// <summary>All four tools, in the order OST, ORAI, SCORE, OSIRIS.</summary>
    public static IReadOnlyList<ScreeningToolResult> All(PersonProfile person, ScreeningExtras extras = default) =>
        [Ost(person, extras), Orai(person, extras), Score(person, extras), Osiris(person, extras)];

    /// <summary>The dossier of a tool: description, sources, licence, validity ranges and caution.</summary>
    public static ModelDossier Dossier(ScreeningTool tool)
    {
        var women = Describe(tool, Sex.Female);
        IReadOnlyList<Citation> citations = tool == ScreeningTool.Ost
            ? [.. women.Citations, ScreeningSources.AdlerOstMen2003]
            : women.Citations;
        return new ModelDossier(
            women.Name,
            $"Pre-DXA screening index; {women.CutOff}.",
            citations,
            "published formula",
            [
                tool == ScreeningTool.Ost
                    ? "sex: female (postmenopausal, aged 45 or over) or male"
                    : "sex: female, postmenopausal (stated, or unknown and aged 50 or over)",
                $"age: {(tool == ScreeningTool.Ost ? PersonProfile.MinimumAge : MinimumAgeWomen)} to {PersonProfile.MaximumAge} years",
                $"{WeightField}: required, greater than 0",
            ],
            "A screening aid for deciding who should have a DXA scan; it neither diagnoses osteoporosis nor estimates "
            + "fracture probability. No wording is required by the authors.");
    }

    /// <summary>
    /// The four scores for one row, without allocating (for the batch <c>screen</c> command). Same numbers and
    /// referral flags as the rich methods. <paramref name="weightKg"/> null means "weight not known".
    /// </summary>
    /// <exception cref="InvalidInputException">Age outside 18–120 (<c>age</c>), undefined sex (<c>sex</c>) or
    /// menopausal status (<c>menopausal_status</c>), a weight that is not finite and positive (<c>weight_kg</c>), or a
    /// negative fracture count (<c>low_trauma_fractures_after_45</c>).</exception>
    public static ScreeningScores Compute(
        Sex sex,
        int ageYears,
        MenopausalStatus menopausalStatus,
        double? weightKg,
        Ethnicity ethnicity,
        RiskFactors riskFactors,
        in ScreeningExtras extras = default)
    {
        if (ageYears is < PersonProfile.MinimumAge or > PersonProfile.MaximumAge)
        {
            throw new InvalidInputException(
                "age", ageYears.ToString(CultureInfo.InvariantCulture), $"{PersonProfile.MinimumAge} to {PersonProfile.MaximumAge} years");
        }

        // Range checks rather than Enum.IsDefined (the same test for these contiguous enums; this runs once a row in
        // batch screening).
        if ((uint)sex > (uint)Sex.Male)
        {
            throw new InvalidInputException("sex", sex.ToString(), SexTokens.Table.ValidValues, FieldError.NotAValidValue);
        }

        if ((uint)menopausalStatus > (uint)MenopausalStatus.NotApplicable)
        {
            throw new InvalidInputException("menopausal_status", menopausalStatus.ToString(), MenopausalStatusTokens.Table.ValidValues, FieldError.NotAValidValue);
        }

        if (weightKg is { } w && (!(w > 0) || double.IsInfinity(w)))
        {
            throw new InvalidInputException(WeightField, Check.Show(w), "a finite number greater than 0 kg", Check.Problem(w));
        }

        extras.Validate();
        var inputs = Resolve(sex, ageYears, menopausalStatus, weightKg, ethnicity, riskFactors, extras);
        var ost = Kernel(ScreeningTool.Ost, inputs);
        var orai = Kernel(ScreeningTool.Orai, inputs);
        var score = Kernel(ScreeningTool.Score, inputs);
        var osiris = Kernel(ScreeningTool.Osiris, inputs);
        return new ScreeningScores(
            ost.Score, orai.Score, score.Score, osiris.Score, ost.Refers, orai.Refers, score.Refers, osiris.Refers);
    }

    private static ScreeningToolResult Evaluate(ScreeningTool tool, PersonProfile person, ScreeningExtras extras)
    {
        ArgumentNullException.ThrowIfNull(person);
        extras.Validate();
        var inputs = Resolve(
            person.Sex, person.AgeYears, person.MenopausalStatus, person.Weight?.Kilograms, person.Ethnicity, person.RiskFactors, extras);
        var k = Kernel(tool, inputs);
        var d = Describe(tool, inputs.Sex);
        var band = k.Status switch
        {
            ScreeningStatus.NotApplicable => "not applicable",
            ScreeningStatus.NotComputable => $"not computable: {WeightField} required",
            _ => BandOf(tool, inputs.Sex, k.Score!.Value),
        };
        return new ScreeningToolResult(
            tool,
            d.Name,
            k.Status,
            k.Score,
            k.Refers,
            band,
            d.CutOff,
            d.Population,
            k.Status == ScreeningStatus.NotApplicable ? NotApplicableReason(tool, inputs) : null,
            k.Status == ScreeningStatus.NotComputable ? WeightField : null,
            k.Status == ScreeningStatus.Scored ? DefaultsUsed(tool, inputs) : [],
            d.Notes,
            d.Citations,
            d.Verification);
    }

    /// <summary>The one place the formulas live; both paths call it.</summary>
    private static (ScreeningStatus Status, double? Score, bool? Refers) Kernel(ScreeningTool tool, in Inputs x)
    {
        var applies = tool == ScreeningTool.Ost && x.Sex == Sex.Male || x.IsPostmenopausalWomanAged45;
        if (!applies)
        {
            return (ScreeningStatus.NotApplicable, null, null);
        }

        if (x.WeightKg is not { } kg)
        {
            return (ScreeningStatus.NotComputable, null, null);
        }

        switch (tool)
        {
            case ScreeningTool.Ost:
                {
                    // 0.2 × (weight − age), written as a division by 5 so that integer differences give exact values
                    // at the cut-offs (0.2 has no exact binary form). Formula [S ×4]: UW osteoed, QxMD, fpnotebook, code.
                    var ost = (kg - x.AgeYears) / 5.0;
                    var refers = x.Sex == Sex.Male ? ost < OstMenLowAtOrAbove : ost < OstWomenReferBelow;
                    return (ScreeningStatus.Scored, ost, refers);
                }

            case ScreeningTool.Orai:
                {
                    // Points [S]: UW osteoed tools page, openEHR CKM ORAI archetype; variables [P] Cadarette 2000 abstract.
                    var agePoints = x.AgeYears switch
                    {
                        >= 75 => 15,
                        >= 65 => 9,
                        >= 55 => 5,
                        _ => 0, // 45–54
                    };
                    var weightPoints = kg switch
                    {
                        < 60 => 9,
                        < 70 => 3, // 60 to under 70 kg; the secondary tables write "60–69" and "≥ 70"/"> 70"
                        _ => 0,
                    };
                    var estrogenPoints = x.CurrentEstrogen ? 0 : 2;
                    double orai = agePoints + weightPoints + estrogenPoints;
                    return (ScreeningStatus.Scored, orai, orai >= OraiReferAtOrAbove);
                }

            case ScreeningTool.Score:
                {
                    // Lydick 1998 as given by fpnotebook and Skyscape [S]: 5 if not Black, 4 if RA, 4 per low-trauma
                    // fracture after 45 (at most 12), 3 × first digit of age (the decade: age / 10), 1 if estrogen never
                    // used, minus weight in pounds / 10 (unrounded: truncation in the original not verified).
                    var fractures = Math.Min(x.LowTraumaFractures, 3);
                    var points = (x.IsBlack ? 0 : 5) + (x.RheumatoidArthritis ? 4 : 0) + 4 * fractures
                        + 3 * (x.AgeYears / 10) + (x.EverUsedEstrogen ? 0 : 1);
                    var score = points - kg / Mass.KilogramsPerPound / 10.0;
                    return (ScreeningStatus.Scored, score, score >= ScoreReferAtOrAbove);
                }

            default:
                {
                    // OSIRIS: variables and cut-offs [P] Ben Sedrine 2002 abstract; weights 0.2/0.2/+2/−2 [S].
                    var osiris = (kg - x.AgeYears) / 5.0 + (x.CurrentEstrogen ? 2 : 0) - (x.PriorLowImpactFracture ? 2 : 0);
                    return (ScreeningStatus.Scored, osiris, osiris <= OsirisLowAbove);
                }
        }
    }

    private static string BandOf(ScreeningTool tool, Sex sex, double score) => tool switch
    {
        ScreeningTool.Ost when sex == Sex.Male =>
            score >= OstMenLowAtOrAbove ? "low" : score <= OstMenHighAtOrBelow ? "high" : "moderate",
        ScreeningTool.Ost => score < OstWomenReferBelow ? "refer for DXA" : "DXA not indicated by OST",
        ScreeningTool.Orai => score >= OraiReferAtOrAbove ? "refer for DXA" : "DXA not indicated by ORAI",
        ScreeningTool.Score => score >= ScoreReferAtOrAbove ? "refer for DXA" : "DXA not indicated by SCORE",
        _ => score > OsirisLowAbove ? "low" : score < OsirisHighBelow ? "high" : "intermediate",
    };

    private static string NotApplicableReason(ScreeningTool tool, in Inputs x)
    {
        if (x.Sex == Sex.Male)
        {
            return $"{Describe(tool, x.Sex).Name} was derived in women; no verified cut-off for men.";
        }

        return x.AgeYears < MinimumAgeWomen
            ? $"Derived in {WomenPopulation}; age {x.AgeYears} is below 45."
            : $"Derived in {WomenPopulation}; menopausal status is {MenopausalStatusTokens.Table.ToToken(x.Status)}"
              + (x.Status == MenopausalStatus.Unknown ? " and age is under 50." : ".");
    }

    private static List<string> DefaultsUsed(ScreeningTool tool, in Inputs x)
    {
        var list = new List<string>();
        var usesEstrogen = tool is ScreeningTool.Orai or ScreeningTool.Osiris;
        if (usesEstrogen && x.EstrogenDefaulted)
        {
            list.Add($"current estrogen use = {YesNo(x.CurrentEstrogen)} (from the profile's hrt flag; oestrogen-only HRT)");
        }

        if (tool == ScreeningTool.Score)
        {
            if (x.EverEstrogenDefaulted)
            {
                list.Add($"ever used estrogen = {YesNo(x.EverUsedEstrogen)} (assumed equal to current use)");
            }

            if (x.RaDefaulted)
            {
                list.Add($"rheumatoid arthritis = {YesNo(x.RheumatoidArthritis)} (from the profile's ra_or_sle flag, which also covers SLE)");
            }

            if (x.FracturesDefaulted)
            {
                list.Add($"low-trauma fractures after 45 = {x.LowTraumaFractures} (1 if the profile has prior_fracture, else 0)");
            }

            list.Add(x.IsBlack
                ? "race = Black (profile ethnicity black_caribbean or black_african)"
                : "race = not Black (profile ethnicity other than black_caribbean/black_african)");
        }

        if (tool == ScreeningTool.Osiris && x.FractureDefaulted)
        {
            list.Add($"prior low-impact fracture = {YesNo(x.PriorLowImpactFracture)} (from the profile's prior_fracture flag)");
        }

        return list;
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static Inputs Resolve(
        Sex sex, int age, MenopausalStatus status, double? weightKg, Ethnicity ethnicity, RiskFactors factors, in ScreeningExtras e)
    {
        var postmenopausal = status == MenopausalStatus.Postmenopausal || status == MenopausalStatus.Unknown && age >= 50;
        var current = e.CurrentEstrogenUse ?? (factors & RiskFactors.Hrt) != 0;
        var fracture = (factors & RiskFactors.PriorFracture) != 0;
        return new Inputs(
            sex,
            age,
            status,
            weightKg,
            sex == Sex.Female && age >= MinimumAgeWomen && postmenopausal,
            ethnicity is Ethnicity.BlackCaribbean or Ethnicity.BlackAfrican,
            current,
            e.CurrentEstrogenUse is null,
            e.EverUsedEstrogen ?? current,
            e.EverUsedEstrogen is null,
            e.RheumatoidArthritis ?? (factors & RiskFactors.RaOrSle) != 0,
            e.RheumatoidArthritis is null,
            e.LowTraumaFracturesAfter45 ?? (fracture ? 1 : 0),
            e.LowTraumaFracturesAfter45 is null,
            e.PriorLowImpactFracture ?? fracture,
            e.PriorLowImpactFracture is null);
    }

    private static Description Describe(ScreeningTool tool, Sex sex) => tool switch
    {
        ScreeningTool.Ost when sex == Sex.Male => OstMen,
        ScreeningTool.Ost => OstWomen,
        ScreeningTool.Orai => OraiDescription,
        ScreeningTool.Score => ScoreDescription,
        _ => OsirisDescription,
    };

    private static readonly Description OstWomen = new(
        "Osteoporosis Self-assessment Tool (OST)",
        "refer for DXA when OST < 2 [verified-secondary: Pecina 2016 JABFM; UW osteoed]",
        WomenPopulation + " (Geusens 2002) and men (Adler 2003)",
        [
            "Formula 0.2 × (weight kg − age y) is verified-secondary (UW osteoed, QxMD, fpnotebook).",
            "Score shown unrounded and compared unrounded with the cut-off: the original's rounding was not verified. Truncating the index toward zero gives the same decision; truncating 0.2 × weight and 0.2 × age separately (as one OSTA validation study did) can differ by one point near the cut-off.",
        ],
        [ScreeningSources.GeusensOst2002, ScreeningSources.KohOsta2001, ScreeningSources.PecinaJabfm2016],
        SourceVerification.VerifiedSecondary);

    private static readonly Description OstMen = new(
        "Osteoporosis Self-assessment Tool (OST), men",
        "low ≥ 4, moderate −1 to 3, high ≤ −2; refer for DXA when below 4 [verified-primary: Adler 2003 abstract]",
        WomenPopulation + " (Geusens 2002) and men (Adler 2003)",
        [
            "Formula 0.2 × (weight kg − age y) is verified-secondary (UW osteoed, QxMD, fpnotebook).",
            "Adler's categories are for an integer index; BoneBalance applies them to the unrounded score (low ≥ 4, high ≤ −2, moderate between).",
        ],
        [ScreeningSources.AdlerOstMen2003, ScreeningSources.KohOsta2001],
        SourceVerification.VerifiedSecondary);

    private static readonly Description OraiDescription = new(
        "Osteoporosis Risk Assessment Instrument (ORAI)",
        "refer for DXA when ORAI ≥ 9 [verified-secondary: Pecina 2016 JABFM; UW osteoed; openEHR CKM]",
        WomenPopulation + " (Cadarette 2000: women aged 45 or over)",
        ["Point table is verified-secondary (UW osteoed, openEHR CKM); the variables are verified-primary (Cadarette 2000 abstract)."],
        [ScreeningSources.CadaretteOrai2000, ScreeningSources.PecinaJabfm2016],
        SourceVerification.VerifiedSecondary);

    private static readonly Description ScoreDescription = new(
        "Simple Calculated Osteoporosis Risk Estimation (SCORE)",
        "refer for DXA when SCORE ≥ 6 [verified-secondary: Pecina 2016 JABFM; fpnotebook; Skyscape; 6-point threshold also in J Clin Densitom 2003;6:231 abstract]",
        WomenPopulation + " (Lydick 1998, per secondary sources)",
        [
            "Formula is verified-secondary (fpnotebook, Skyscape); the Lydick 1998 paper was not read.",
            "Weight term (pounds / 10) shown unrounded; truncation in the original not verified.",
        ],
        [ScreeningSources.LydickScore1998, ScreeningSources.PecinaJabfm2016],
        SourceVerification.VerifiedSecondary);

    private static readonly Description OsirisDescription = new(
        "Osteoporosis Index of Risk (OSIRIS)",
        "low > +1, intermediate −3 to +1, high < −3; refer for DXA at +1 or below [cut-offs verified-primary: Ben Sedrine 2002 abstract]",
        WomenPopulation + " (Ben Sedrine 2002: postmenopausal women)",
        [
            "Weights 0.2 × weight − 0.2 × age + 2 (current HRT) − 2 (prior low-impact fracture) are verified-secondary.",
            "Score shown unrounded; integer truncation in the original not verified. +1 and −3 themselves are counted as intermediate.",
        ],
        [ScreeningSources.SedrineOsiris2002],
        SourceVerification.VerifiedSecondary);

    private sealed record Description(
        string Name,
        string CutOff,
        string Population,
        IReadOnlyList<string> Notes,
        IReadOnlyList<Citation> Citations,
        SourceVerification Verification);

    private readonly record struct Inputs(
        Sex Sex,
        int AgeYears,
        MenopausalStatus Status,
        double? WeightKg,
        bool IsPostmenopausalWomanAged45,
        bool IsBlack,
        bool CurrentEstrogen,
        bool EstrogenDefaulted,
        bool EverUsedEstrogen,
        bool EverEstrogenDefaulted,
        bool RheumatoidArthritis,
        bool RaDefaulted,
        int LowTraumaFractures,
        bool FracturesDefaulted,
        bool PriorLowImpactFracture,
        bool FractureDefaulted);
}
