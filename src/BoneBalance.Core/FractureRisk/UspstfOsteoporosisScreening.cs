using System.Globalization;
using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// USPSTF final recommendation of January 14, 2025 on screening for osteoporosis to prevent fractures
/// (official recommendation summary read [P]): women ≥ 65 — screen (B); postmenopausal women &lt; 65 with one or
/// more risk factors who are at increased risk as estimated by clinical risk assessment — screen (B); men —
/// insufficient evidence (I). The statement names no cut-offs; BoneBalance's "increased risk" is any of OST &lt; 2,
/// ORAI ≥ 9, SCORE ≥ 6, the thresholds of Pecina 2016 (JABFM, [S]). OSIRIS is reported but does not trigger, because
/// no USPSTF-linked cut-off for it was verified.
/// </summary>
public static class UspstfOsteoporosisScreening
{
    /// <summary>Age from which all women are screened (USPSTF 2025 [P]).</summary>
    public const int WomenScreenFromAge = 65;

    /// <summary>Age from which ISCD indicates BMD testing in all men (Malabanan 2013 ISCD positions, abstract [P]).</summary>
    public const int IscdMenTestFromAge = 70;

    private static readonly RiskFactors BoneLossConditions =
        RiskFactors.RaOrSle | RiskFactors.Malabsorption | RiskFactors.EndocrineDisorder | RiskFactors.LiverDisease
        | RiskFactors.KidneyDisease | RiskFactors.Type1Diabetes;

    /// <summary>The advice for <paramref name="person"/>.</summary>
    /// <exception cref="Validation.InvalidInputException">An extras field is out of range.</exception>
    public static OsteoporosisScreeningAdvice Advise(PersonProfile person, ScreeningExtras extras = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Advise(person, ScreeningTools.All(person, extras));
    }

    /// <summary>The advice for <paramref name="person"/> from the person's screening <paramref name="tools"/>, already
    /// worked out (<see cref="ScreeningTools.All"/> of the same person), so an assessment computes them once.</summary>
    internal static OsteoporosisScreeningAdvice Advise(PersonProfile person, IReadOnlyList<ScreeningToolResult> tools)
    {
        var usTools = tools.Where(t => t.Tool is ScreeningTool.Ost or ScreeningTool.Orai or ScreeningTool.Score).ToList();
        var triggered = usTools.Where(t => t.ReferForDxa == true).ToList();
        var caveats = new List<string>();
        if (person.Has(RiskFactors.PriorFracture))
        {
            caveats.Add("The USPSTF statement is for adults without known osteoporosis or a fragility fracture; after a fragility fracture, evaluation (not screening) is indicated.");
        }

        var citations = new[] { ScreeningSources.Uspstf2025, ScreeningSources.PecinaJabfm2016, ScreeningSources.IscdDxaIndications2013 };
        var iscd = IscdIndications(person);
        var age = person.AgeYears.ToString(CultureInfo.InvariantCulture);

        if (person.Sex == Sex.Male)
        {
            return new(
                UspstfRecommendation.InsufficientEvidence, "I",
                "Men: the USPSTF found the evidence insufficient to weigh benefits and harms of screening (I statement); use clinical judgement.",
                [], tools, iscd, caveats, citations);
        }

        if (person.AgeYears >= WomenScreenFromAge)
        {
            return new(
                UspstfRecommendation.Screen, "B",
                $"Woman aged {age}: the USPSTF recommends screening all women 65 or older (grade B).",
                [], tools, iscd, caveats, citations);
        }

        var postmenopausal = person.MenopausalStatus == MenopausalStatus.Postmenopausal
            || person.MenopausalStatus == MenopausalStatus.Unknown && person.AgeYears >= 50;
        if (!postmenopausal)
        {
            return new(
                UspstfRecommendation.NotAddressed, null,
                $"Woman aged {age} who is not postmenopausal ({MenopausalStatusTokens.Table.ToToken(person.MenopausalStatus)}): outside the populations of the USPSTF statement.",
                [], tools, iscd, caveats, citations);
        }

        // OST, ORAI and SCORE were derived in women aged 45 or over; after an early or surgical menopause none applies,
        // and the "at increased risk" question the statement asks cannot be answered with them.
        if (usTools.All(t => t.Status == ScreeningStatus.NotApplicable))
        {
            return new(
                UspstfRecommendation.RiskAssessmentIncomplete, null,
                $"Postmenopausal woman aged {age}: OST, ORAI and SCORE apply to women aged {ScreeningTools.MinimumAgeWomen} or over, so her risk could not be assessed with the tools the USPSTF names; whether to screen is a clinical judgement.",
                [], tools, iscd, caveats, citations);
        }

        if (triggered.Count > 0)
        {
            var which = string.Join("; ", triggered.Select(t => $"{ShortName(t.Tool)} {Show(t.Score!.Value)} ({t.CutOff})"));
            return new(
                UspstfRecommendation.Screen, "B",
                $"Postmenopausal woman aged {age} at increased risk by a clinical risk assessment tool: {which}.",
                triggered, tools, iscd, caveats, citations);
        }

        if (usTools.Any(t => t.Status == ScreeningStatus.NotComputable))
        {
            return new(
                UspstfRecommendation.RiskAssessmentIncomplete, null,
                $"Postmenopausal woman aged {age}: the risk tools need weight_kg; risk could not be assessed.",
                [], tools, iscd, caveats, citations);
        }

        var scores = string.Join("; ", usTools.Where(t => t.Score is not null).Select(t => $"{ShortName(t.Tool)} {Show(t.Score!.Value)}"));
        return new(
            UspstfRecommendation.NotAtIncreasedRisk, null,
            $"Postmenopausal woman aged {age} not at increased risk by OST < 2, ORAI ≥ 9 or SCORE ≥ 6 ({scores}); the grade B recommendation for women under 65 does not apply.",
            [], tools, iscd, caveats, citations);
    }

    /// <summary>
    /// ISCD indications for BMD testing (Malabanan 2013 abstract [P]; ISCD 2019/2023 per data/reference §5) that the
    /// profile shows. Which
    /// profile flags count as "disease or medication associated with bone loss" is BoneBalance's mapping.
    /// </summary>
    private static List<string> IscdIndications(PersonProfile person)
    {
        var list = new List<string>();
        if (person.Sex == Sex.Female && person.AgeYears >= WomenScreenFromAge)
        {
            list.Add("ISCD: women aged 65 or older.");
        }

        if (person.Sex == Sex.Male && person.AgeYears >= IscdMenTestFromAge)
        {
            list.Add("ISCD: men aged 70 or older.");
        }

        if (person.Has(RiskFactors.PriorFracture))
        {
            list.Add("ISCD: adults with a fragility fracture.");
        }

        if (person.Has(RiskFactors.Corticosteroids))
        {
            list.Add("ISCD: adults taking a medication associated with bone loss (oral corticosteroids).");
        }

        if ((person.RiskFactors & BoneLossConditions) != 0)
        {
            list.Add("ISCD: adults with a disease or condition associated with bone loss.");
        }

        return list;
    }

    private static string ShortName(ScreeningTool tool) => tool switch
    {
        ScreeningTool.Ost => "OST",
        ScreeningTool.Orai => "ORAI",
        ScreeningTool.Score => "SCORE",
        _ => "OSIRIS",
    };

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
