using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
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

    /// <summary>The fracture-risk section of the assessment document this report is: QFracture, the screening tools
    /// and the advice. The risk command evaluates no treatment thresholds (they need DXA or FRAX: <c>dxa</c>, <c>assess</c>),
    /// so <c>thresholds</c> is empty.</summary>
    public FractureRiskAssessment ToAssessment() =>
        new(QFracture, [], ScreeningTools, Advice, [], QFracture2012.CitationsFor(Person.Sex)) { Notes = Notes, QFractureBmi = BmiBound };

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

        notes.AddRange(QFractureNotes.ForPerson(person));

        var citations = QFracture2012.CitationsFor(person.Sex)
            .Concat(tools.SelectMany(t => t.Citations))
            .Concat(advice.Citations)
            .Distinct()
            .ToList();
        return new RiskReport(person, qfracture, tools, advice, notes, citations) { BmiBound = bound };
    }
}
