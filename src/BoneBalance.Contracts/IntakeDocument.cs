using System.Text.Json;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// A diary's intake as JSON, the format of <c>bonebalance intake --json</c> and <c>GET /api/intake</c>: the assessment
/// document's <c>person</c> and <c>intake</c> sections (written by <see cref="AssessmentDocument"/>), the diary rows left
/// out and every source once. Documented in docs/JSON.md (<c>intakeOutput</c>).
/// </summary>
public static class IntakeDocument
{
    /// <summary>Writes the document.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="person">The person the targets are for.</param>
    /// <param name="analysis">The analysis, or null when nothing was logged (<c>"intake": null</c>, as in the assessment).</param>
    /// <param name="supplements">The supplement rows analysed (a calcium salt adds the salts' fractions to the sources).</param>
    /// <param name="skippedRows">Diary rows left out because their food is no longer in the catalogue.</param>
    public static void Write(Utf8JsonWriter json, PersonProfile person, IntakeAnalysis? analysis, IReadOnlyList<SupplementEntry> supplements, int skippedRows)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(supplements);
        json.WriteStartObject();
        json.WritePropertyName("person"u8);
        AssessmentDocument.WritePerson(json, person);
        json.WritePropertyName("intake"u8);
        if (analysis is not null)
        {
            AssessmentDocument.WriteIntake(json, analysis);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteNumber("skippedRows"u8, skippedRows);
        AssessmentDocument.WriteCitations(json, "sources"u8, Sources(analysis, supplements));
        json.WriteEndObject();
    }

    /// <summary>The reference intakes' sources in nutrient order and, when a calcium salt was taken, the salts' fractions.</summary>
    public static IReadOnlyList<Citation> Sources(IntakeAnalysis? analysis, IReadOnlyList<SupplementEntry> supplements)
    {
        ArgumentNullException.ThrowIfNull(supplements);
        var sources = analysis is null
            ? []
            : analysis.References.Values.OrderBy(r => r.Nutrient).Select(r => r.Source).Distinct().ToList();
        if (supplements.Any(s => CalciumSalts.ElementalFraction(s.Form) is not null and not 1.0))
        {
            sources.Add(CalciumSalts.Source);
        }

        return sources;
    }
}
