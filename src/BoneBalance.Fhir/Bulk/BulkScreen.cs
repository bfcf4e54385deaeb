using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// <c>bonebalance screen --fhir DIR</c>: every Patient of a FHIR Bulk Data export (or a folder of patient Bundles) read
/// through the same mapping as <c>assess --fhir</c> (<see cref="RecordRules"/>), assessed by <see cref="Assessor.Assess"/>
/// and written as one CSV row, in the order the Patient resources were read (Patient files by name, then line order).
/// The read is <see cref="BulkExportReader"/>; the assessments run on every core, written in that order.
/// </summary>
public static class BulkScreen
{
    /// <summary>The longest NDJSON line (one resource), or Bundle file, read: 64 MiB.</summary>
    public const int MaximumLineBytes = BulkExportReader.MaximumLineBytes;

    /// <summary>Patients assessed together by one core.</summary>
    private const int BatchSize = 64;

    /// <summary>Decimal places of the screening-score columns (as the CSV <c>screen</c>).</summary>
    private const int ScoreDecimals = 6;

    // Routine notes the screening CSV leaves out: superseded values, listings of the same thing, resolved history,
    // and the defaults every FHIR record gets (alcohol, menopause, ethnicity). The bulk route forgets the first three
    // as it reads (BulkPatient), so both routes give the same notes.
    private static readonly string[] RoutineReasons =
    [
        "superseded by ", "the same condition as ", "the same medicine as ", "resolved on ", "clinical status '",
        "not a QFracture risk factor", "the profile's default", "QFracture's ethnicity", "unknown: from age 50",
        "no single QFracture ethnic group",
    ];

    /// <summary>Screens the export in <paramref name="directory"/> into <paramref name="output"/> (CSV, UTF-8).</summary>
    /// <param name="directory">The export folder.</param>
    /// <param name="asOf">The as-of date of every assessment.</param>
    /// <param name="assessor">The assessor (shipped catalogues).</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="progress">Told the phase (<c>Reading</c>, <c>Assessing</c>), the work done and its total.</param>
    /// <exception cref="InvalidInputException">The folder does not exist or holds no Patient file or Bundle.</exception>
    /// <exception cref="InvalidDataException">A line longer than <see cref="MaximumLineBytes"/> bytes, or a .gz file that is not gzip.</exception>
    public static BulkScreenSummary Run(string directory, DateOnly asOf, Assessor assessor, Stream output, Action<string, long, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(output);
        var (patients, table, findMedication, report) = BulkExportReader.Read(directory, asOf, FhirReadOptions.Default,
            progress is null ? null : (done, total) => progress("Reading", done, total));
        var summary = new BulkScreenSummary
        {
            MalformedLines = report.MalformedCount,
            Malformed = report.Malformed,
            FilesRead = report.FilesRead,
            BytesRead = report.BytesRead,
            FilesSkipped = report.FilesSkipped,
            WithoutPatient = report.WithoutPatient,
            WithoutSubject = report.WithoutSubject,
            RepeatedPatients = report.RepeatedPatients,
            PackedFactBytes = report.PackedBytes,
            HeldFactBytes = report.HeldBytes,
            SharedCodes = report.TableEntries,
        };

        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', BulkScreenRow.Columns));
        var batches = (patients.Count + BatchSize - 1) / BatchSize;
        // Batches handed out one at a time, in order: a range split per core would have the second core assess the
        // second half of the patients while its rows wait for the first half — half the rows held in memory at once.
        var rows = Partitioner.Create(Enumerable.Range(0, batches), EnumerablePartitionerOptions.NoBuffering)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(b =>
            {
                var batch = new BulkScreenRow[Math.Min(BatchSize, patients.Count - (b * BatchSize))];
                for (var i = 0; i < batch.Length; i++)
                {
                    var patient = patients[(b * BatchSize) + i];
                    var facts = patient.ToRecord(table);
                    patient.Release();
                    batch[i] = Screen(facts, findMedication, asOf, assessor);
                }

                return batch;
            });
        long written = 0;
        foreach (var batch in rows)
        {
            foreach (var row in batch)
            {
                Write(writer, row);
                Count(summary, row);
            }

            written += batch.Length;
            progress?.Invoke("Assessing", written, patients.Count);
        }

        writer.Flush();
        return summary;
    }

    /// <summary>One patient's row: read by the rules, assessed unless refused.</summary>
    internal static BulkScreenRow Screen(RecordFacts facts, Func<string, FhirConcept?> findMedication, DateOnly asOf, Assessor assessor)
    {
        var reading = RecordRules.Read(facts, findMedication, asOf, FhirReadOptions.Default, new ProfileDraft());
        Assessment? assessment = null;
        if (reading.Refusal is null)
        {
            try
            {
                assessment = assessor.Assess(reading.Input ?? reading.ToInput(asOf));
            }
            catch (InvalidInputException e)
            {
                reading = reading with { Refusal = new FhirRefusal("invalid-profile", e.Message) };
            }
        }

        return Row(reading, facts.Patient, assessment, asOf);
    }

    /// <summary>The row of a reading and its assessment (null when refused).</summary>
    internal static BulkScreenRow Row(FhirReading reading, PatientFacts patient, Assessment? assessment, DateOnly asOf)
    {
        var born = FhirDates.Of(patient.BirthDate);
        int? age = born is { } b && b <= asOf ? PersonProfile.AgeOn(b, asOf) : null;
        var sex = patient.Gender is "female" or "male" ? patient.Gender : null;
        var notes = Notes(reading.Ignored);
        if (assessment is null)
        {
            return new(reading.PatientId, age, sex, null, null, null, null, null, null, [], [], notes, reading.Refusal);
        }

        var risk = assessment.FractureRisk;
        if (risk.QFracture is null && risk.QFractureNotApplicable.Count > 0)
        {
            notes = [.. notes, "QFracture not computed: " + string.Join(" ", risk.QFractureNotApplicable.Select(e => e.Message))];
        }

        double? Tool(ScreeningTool tool) => risk.Screening.FirstOrDefault(s => s.Tool == tool)?.Score;
        return new(
            reading.PatientId,
            assessment.Person.AgeYears,
            assessment.Person.Sex == Sex.Female ? "female" : "male",
            risk.QFracture?.MajorOsteoporoticPercent,
            risk.QFracture?.HipPercent,
            Tool(ScreeningTool.Ost),
            Tool(ScreeningTool.Orai),
            Tool(ScreeningTool.Score),
            Tool(ScreeningTool.Osiris),
            [.. assessment.Findings.Select(f => f.Code).Distinct()],
            [.. risk.Thresholds.Where(t => t.Status == FindingStatus.Met).Select(t => $"{t.Guideline}: {t.Criterion}").Distinct()],
            notes,
            null);
    }

    /// <summary>The notes of a reading for the screening CSV: what was left out or used with a caveat, without the
    /// routine ones (superseded, listed once, resolved history, the defaults every record gets).</summary>
    internal static IReadOnlyList<string> Notes(IReadOnlyList<FhirIgnored> ignored) =>
        [.. ignored.Where(i => !RoutineReasons.Any(r => i.Reason.StartsWith(r, StringComparison.Ordinal))).Select(i => $"{i.What}: {Short(i.Reason)}")];

    // A reason up to its first explanation (the rest says more than a CSV cell needs); a stale value keeps its age.
    private static string Short(string reason)
    {
        if (reason.StartsWith("stale", StringComparison.Ordinal))
        {
            var more = reason.IndexOf("more than ", StringComparison.Ordinal);
            var before = reason.IndexOf(" before", more + 1, StringComparison.Ordinal);
            return more > 0 && before > more ? $"stale (more than {reason[(more + 10)..before]} old)" : "stale";
        }

        var cut = reason.IndexOf(": ", StringComparison.Ordinal);
        var paren = reason.IndexOf(" (", StringComparison.Ordinal);
        var at = cut < 0 ? paren : paren < 0 ? cut : Math.Min(cut, paren);
        return at > 0 ? reason[..at] : reason;
    }

    private static void Count(BulkScreenSummary summary, BulkScreenRow row)
    {
        summary.Patients++;
        if (row.Refusal is { } refusal)
        {
            summary.Refused[refusal.Code] = summary.Refused.GetValueOrDefault(refusal.Code) + 1;
            return;
        }

        summary.Assessed++;
        foreach (var threshold in row.ThresholdsMet)
        {
            summary.ThresholdsMet[threshold] = summary.ThresholdsMet.GetValueOrDefault(threshold) + 1;
        }

        if (row.TakesVitaminKAntagonist)
        {
            summary.VitaminKAntagonistUsers++;
        }
    }

    private static void Write(StreamWriter writer, BulkScreenRow row)
    {
        Field(writer, row.Id);
        writer.Write(',');
        writer.Write(row.Age?.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(row.Sex);
        writer.Write(',');
        writer.Write(row.MajorOsteoporoticPercent?.ToString("R", CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(row.HipPercent?.ToString("R", CultureInfo.InvariantCulture));
        foreach (var score in (ReadOnlySpan<double?>)[row.Ost, row.Orai, row.Score, row.Osiris])
        {
            writer.Write(',');
            writer.Write(score is { } s ? Math.Round(s, ScoreDecimals, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture) : null);
        }

        writer.Write(',');
        Field(writer, string.Join(';', row.Findings));
        writer.Write(',');
        Field(writer, string.Join("; ", row.Notes));
        writer.Write(',');
        Field(writer, row.Refusal is { } r ? $"{r.Code}: {r.Reason}" : string.Empty);
        writer.Write('\n');
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    private static void Field(StreamWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
