using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Data.Contracts;
using BoneBalance.Reporting.Charts;
using PdfSharp.Pdf;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// The clinician report: one A4 PDF with the whole assessment — safety findings first, then fracture risk, DXA, intake,
/// the supplement plan and the recommendations, each statement cited by number, the references at the end, page numbers
/// and the "informs, does not diagnose" disclaimer on every page. Charts are vector drawings of the same chart data as
/// the web page's SVG. The report is laid out from the assessment document (<see cref="AssessmentDocument.Read"/>), so
/// a fresh assessment and a saved one are shown by the same code from the same contract: every number, grade, finding
/// and citation of a saved assessment's report is the one saved.
/// </summary>
public static partial class ClinicianReport
{
    /// <summary>The words every page's header carries.</summary>
    public const string InformsNotDiagnoses = "informs, does not diagnose";

    /// <summary>Writes the report of a fresh assessment as PDF to <paramref name="output"/> (left open): the assessment is
    /// written as its document (<see cref="AssessmentDocument.Write"/>) and the report laid out from the document read back,
    /// as a saved one is.</summary>
    /// <param name="output">A writable stream.</param>
    /// <param name="assessment">The assessment to report.</param>
    /// <param name="options">The generation time, and the person label and FRAX when given.</param>
    /// <param name="cancellationToken">Checked before every paragraph of both layout passes and before saving.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing is written to <paramref name="output"/>.</exception>
    public static void Write(Stream output, Assessment assessment, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var document = AssessmentDocument.ToUtf8(json => AssessmentDocument.Write(json, assessment), indented: false);
        Write(output, AssessmentDocument.Read(document), options, cancellationToken);
    }

    /// <summary>Writes the report of an assessment document (a saved assessment's, or a fresh one's) as PDF to
    /// <paramref name="output"/> (left open).</summary>
    /// <param name="output">A writable stream.</param>
    /// <param name="assessment">The assessment document, read (<see cref="AssessmentDocument.Read"/>).</param>
    /// <param name="options">The generation time, and the person label, inputs, notice and FRAX when given.</param>
    /// <param name="cancellationToken">Checked before every paragraph of both layout passes and before saving.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing is written to <paramref name="output"/>.</exception>
    public static void Write(Stream output, ReportedAssessment assessment, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        DejaVuFontResolver.Register();

        var generated = Generated(options);
        using var document = new PdfDocument();
        document.Info.Title = "BoneBalance clinician report";
        document.Info.Creator = "BoneBalance";
        document.Info.CreationDate = options.GeneratedAt.UtcDateTime;
        document.Info.ModificationDate = options.GeneratedAt.UtcDateTime;
        document.Language = "en";

        // "Page n of N" needs N before the last page is made, and the tagged PDF can only be drawn page by page: the
        // report is laid out once to count its pages, then again for real (the layout does not depend on the count).
        var header = $"BoneBalance clinician report · generated {generated} · {InformsNotDiagnoses}";
        using (var draft = new PdfDocument())
        {
            var pages = Lay(draft, header, 0, assessment, options, generated, cancellationToken);
            Lay(document, header, pages, assessment, options, generated, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        document.Save(output, closeStream: false);
    }

    // Lays the whole report out in the document; returns the number of pages.
    private static int Lay(PdfDocument document, string header, int pageCount, ReportedAssessment assessment, ReportOptions options, string generated, CancellationToken cancellationToken)
    {
        // The document's sources are the assessment's citations in report order (AssessmentCitations.Of): [n] is sources[n-1].
        var references = new CitationNumbers(assessment.Sources);
        using var flow = new PageFlow(document, header, pageCount, cancellationToken);
        flow.Paragraph("BoneBalance — clinician report", TextStyle.Title);
        flow.Paragraph($"Generated {generated}" + (options.PersonLabel is { Length: > 0 } label ? $" · Person: {label}" : string.Empty));
        if (options.Notice is { Text.Length: > 0 } notice)
        {
            flow.Paragraph(notice.Text, notice.Warning ? TextStyle.Strong : TextStyle.Body, bar: notice.Warning ? MarginBar.Loud : MarginBar.Quiet);
        }

        if (Identity(options.Input) is { } identity)
        {
            flow.Paragraph(identity, TextStyle.Strong);
        }

        flow.Paragraph(Describe(assessment.Person));
        if (options.Input is { } input)
        {
            Inputs(flow, input);
        }

        flow.Space(4);
        flow.Paragraph(assessment.Disclaimer.Length > 0 ? assessment.Disclaimer : $"BoneBalance {InformsNotDiagnoses}.", TextStyle.Strong, bar: MarginBar.Quiet);

        Safety(flow, references, assessment);
        FractureRisk(flow, references, assessment, options);
        Densitometry(flow, references, assessment);
        Intake(flow, references, assessment);
        Plan(flow, references, assessment.Plan);
        Recommendations(flow, references, assessment.Recommendations);
        References(flow, references);
        return flow.Finish();
    }

    /// <summary>The person's name and date of birth (or, without one, the age) as the profile gave them, or null when the
    /// input is not passed or gives neither a name nor a birth date.</summary>
    private static string? Identity(AssessmentInput? input) =>
        input is null || InformationUsed.Person(input) is not { Count: > 0 } lines
            ? null
            : string.Join(" · ", lines.Select(l => $"{l.Label}: {l.Text}"));

    private static string Describe(ReportedPerson person)
    {
        var parts = new List<string>
        {
            person.Sex == Sex.Male
                ? $"Man, {person.Age} years"
                : $"Woman, {person.Age} years, menopausal status {MenopausalStatusTokens.Table.ToToken(person.MenopausalStatus).Replace('_', ' ')}",
        };
        if (person.HeightCm is { } height)
        {
            parts.Add($"height {ChartFormat.Number(height, 1)} cm");
        }

        if (person.WeightKg is { } weight)
        {
            parts.Add($"weight {ChartFormat.Number(weight, 1)} kg");
        }

        if (person.Bmi is { } bmi)
        {
            parts.Add($"BMI {ChartFormat.Number(bmi, 1)} kg/m²");
        }

        parts.Add($"smoking {SmokingStatusTokens.Table.ToToken(person.Smoking).Replace('_', ' ')}");
        parts.Add($"alcohol {AlcoholIntakeTokens.Table.ToToken(person.Alcohol).Replace('_', ' ')}");
        var factors = person.RiskFactors.Select(f => f.Replace('_', ' ')).ToList();
        parts.Add(factors.Count > 0 ? $"risk factors: {string.Join(", ", factors)}" : "no QFracture risk factors recorded");
        return string.Join("; ", parts) + ".";
    }

    private static void References(PageFlow flow, CitationNumbers references)
    {
        flow.Heading("References");
        var ordered = references.Citations;
        flow.BeginList();
        for (var i = 0; i < ordered.Count; i++)
        {
            flow.NumberedItem($"{i + 1}.", ordered[i].ToString(), TextStyle.Small);
        }

        flow.EndList();
    }

    // Texts from the rules end with or without a full stop; the report adds one only where it is missing.
    private static string Sentence(string text) => text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
