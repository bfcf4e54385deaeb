using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Cli.Commands;

/// <summary>Everything <c>dxa</c> shows, computed once from Core and rendered as a table or JSON.</summary>
internal sealed record DxaReport(
    PersonProfile Person,
    DxaExam Exam,
    DensitometryResult Densitometry,
    IReadOnlyList<GuidelineFinding> Findings,
    ScanComparison? Comparison,
    IReadOnlyList<Citation> Citations)
{
    public const string Disclaimer =
        "BoneBalance informs; it does not diagnose or prescribe. A DXA report is read together with your history and " +
        "other tests: discuss these results with a clinician.";

    public static DxaReport For(PersonProfile person, DxaExam exam)
    {
        var anyFracture = exam.FragilityFracture || exam.HipOrVertebralFracture;
        var densitometry = DensitometryInterpretation.Interpret(person, exam.Measurements, anyFracture);
        var comparison = exam.Comparison is { } c ? LeastSignificantChange.Compare(c.Previous, c.Current, c.Precision) : null;
        var findings = TreatmentThresholds.Evaluate(new TreatmentThresholdInput(
            person,
            densitometry,
            exam.Frax,
            exam.HipOrVertebralFracture,
            exam.FragilityFracture,
            exam.Glucocorticoids,
            comparison));

        var citations = densitometry.Citations
            .Concat(densitometry.Sites.Where(s => s.Reference is not null).Select(s => s.Reference!.Citation))
            .Concat(comparison is null ? [] : [DensitometrySources.IscdPrecision])
            .Concat(findings.Select(f => f.Citation))
            .Append(GuidelineThresholds.Kanis2017)
            .Distinct()
            .ToList();
        return new DxaReport(person, exam, densitometry, findings, comparison, citations);
    }

    /// <summary>The category in words, or why there is none.</summary>
    public string CategoryText => DensitometryInterpretation.CategoryName(Densitometry);
}
