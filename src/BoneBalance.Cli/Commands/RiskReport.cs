using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Cli.Commands;

/// <summary>Everything <c>risk</c> shows, computed once from Core and rendered as a table or JSON.</summary>
internal sealed record RiskReport(
    PersonProfile Person,
    QFractureResult QFracture,
    IReadOnlyList<ScreeningToolResult> ScreeningTools,
    OsteoporosisScreeningAdvice Advice,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>When the BMI is outside QFracture's 20–40: the bound the risk was computed at; otherwise null.</summary>
    public QFractureBmiBound? BmiBound { get; init; }

    public static RiskReport For(PersonProfile person, int years)
    {
        var qfracture = QFracture2012.CalculateAtNearestBmi(person, years, out var bound);
        var tools = Core.FractureRisk.ScreeningTools.All(person);
        var advice = UspstfOsteoporosisScreening.Advise(person);
        var notes = new List<string>();
        if (bound is not null)
        {
            notes.Add(bound.Note);
        }

        if (QFractureNotes.HipAtLeastMajorNote(qfracture) is { } crossed)
        {
            notes.Add(crossed);
        }

        foreach (var info in RiskFactorCatalogue.All)
        {
            if (person.Has(info.Factor) && info.AppliesTo is { } sex && sex != person.Sex)
            {
                notes.Add($"'{info.Token}' is not part of QFracture's {(person.Sex == Sex.Female ? "women's" : "men's")} equations and was not used.");
            }
        }

        if (person.AgeYears > 84)
        {
            notes.Add("QFracture-2012 was derived in people aged 30 to 84 (NICE CG146 lists 30–84 as its range); results above 84 are extrapolated and should be read with caution.");
        }

        var citations = QFracture2012.CitationsFor(person.Sex)
            .Concat(tools.SelectMany(t => t.Citations))
            .Concat(advice.Citations)
            .Distinct()
            .ToList();
        return new RiskReport(person, qfracture, tools, advice, notes, citations) { BmiBound = bound };
    }
}
