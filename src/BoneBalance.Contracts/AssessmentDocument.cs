using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The assessment contract: an <see cref="Assessment"/> as JSON, the format of <c>bonebalance assess --json</c> and of
/// the web API. Property names are camelCase; enumerations are lower-case snake tokens (<c>contraindicated_without_supervision</c>,
/// <c>next_step</c>); evidence grades are <c>"A"</c>…<c>"D"</c>; a citation is always an object
/// <c>{authors, title, source, year, url}</c> inside a <c>citations</c> array; a value that is not known is
/// <c>null</c>, never 0. The shape is documented in docs/JSON.md.
/// </summary>
/// <remarks>
/// Numbers are rounded to what their source supports, invariant culture: fracture risks to 0.1 % as the <c>risk</c>
/// command shows them, except that a risk below 0.05 % keeps two significant digits (a small risk is not no risk);
/// BMD to 0.001 g/cm² (as reports give it); nutrient amounts to 0.1 mg or 0.1 µg; percentages of a target and shares
/// of an intake to whole percent; BMI to 0.1 kg/m². Numbers that are compared with a cut-off — screening scores, T- and
/// Z-scores, BMD changes and the least significant change — are only cleared of binary noise (6 decimals), so a
/// written score never sits on the other side of its cut-off from the decision beside it (a T-score of −2.46 is low
/// bone mass; rounded to −2.5 it would read as osteoporosis).
/// </remarks>
public static partial class AssessmentDocument
{
    /// <summary>The options <see cref="ToJson(Assessment, bool, Action{Utf8JsonWriter})"/> writes with: indented, and µ, ≥, é written as themselves rather than escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The same document without indentation, for programs (the web API's responses and stored assessments): about a
    /// quarter smaller and quicker to write.
    /// </summary>
    public static JsonWriterOptions CompactWriterOptions { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the whole assessment as one JSON object.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="more">Writes more fields before the object closes (the <c>fhir</c> section of <c>assess --fhir</c>).</param>
    public static void Write(Utf8JsonWriter json, Assessment assessment, Action<Utf8JsonWriter>? more = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(assessment);
        json.WriteStartObject();
        json.WritePropertyName("person"u8);
        WritePerson(json, assessment.Person);
        json.WritePropertyName("fractureRisk"u8);
        WriteFractureRisk(json, assessment.FractureRisk);
        json.WritePropertyName("densitometry"u8);
        if (assessment.Densitometry is { } densitometry)
        {
            WriteDensitometry(json, densitometry);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("intake"u8);
        if (assessment.Intake is { } intake)
        {
            WriteIntake(json, intake);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("findings"u8);
        foreach (var finding in assessment.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WritePropertyName("plan"u8);
        WritePlan(json, assessment.Plan);
        json.WriteStartArray("recommendations"u8);
        foreach (var recommendation in assessment.Recommendations)
        {
            WriteRecommendation(json, recommendation);
        }

        json.WriteEndArray();
        WriteCitations(json, "sources"u8, AssessmentCitations.Of(assessment));
        json.WriteString("disclaimer"u8, assessment.Disclaimer);
        more?.Invoke(json);
        json.WriteEndObject();
    }

    /// <summary>
    /// A document written by <paramref name="write"/> as a JSON string with <see cref="WriterOptions"/>: how the
    /// commands that show one part of an assessment (<c>risk</c>, <c>dxa</c>, <c>intake</c>) write that part with the
    /// section writers (<see cref="WritePerson"/>, <see cref="WriteFractureRisk"/>, <see cref="WriteDensitometry"/>,
    /// <see cref="WriteIntake"/>).
    /// </summary>
    public static string ToJson(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(ToUtf8(write));

    /// <summary>A document written by <paramref name="write"/> as UTF-8 bytes, with <see cref="WriterOptions"/> or,
    /// when not <paramref name="indented"/>, <see cref="CompactWriterOptions"/> (the web API's responses).</summary>
    public static byte[] ToUtf8(Action<Utf8JsonWriter> write, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, indented ? WriterOptions : CompactWriterOptions))
        {
            write(json);
        }

        return stream.ToArray();
    }

    /// <summary>The assessment as a JSON string written with <see cref="WriterOptions"/> (or, when not
    /// <paramref name="indented"/>, <see cref="CompactWriterOptions"/>), with the fields <paramref name="more"/> writes
    /// at its end.</summary>
    public static string ToJson(Assessment assessment, bool indented = true, Action<Utf8JsonWriter>? more = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, indented ? WriterOptions : CompactWriterOptions))
        {
            Write(json, assessment, more);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The token of an intake nutrient: its intake code without the unit (<c>calcium</c>, <c>vitamin_d</c>,
    /// <c>mk7plus</c>, <c>vitamin_k_total</c>).</summary>
    public static string NutrientToken(IntakeNutrient nutrient) =>
        (int)nutrient >= 0 && (int)nutrient < NutrientTokens.Length ? NutrientTokens[(int)nutrient] : TokenOfCode(nutrient);

    // Cut once per nutrient (a substring per nutrient per document before).
    private static readonly string[] NutrientTokens = [.. IntakeNutrientDefinition.All.Select(d => TokenOfCode(d.Nutrient))];

    private static string TokenOfCode(IntakeNutrient nutrient)
    {
        var code = IntakeNutrientDefinition.Of(nutrient).Code;
        return code[..code.LastIndexOf('_')];
    }

    // The grade's name ("A" … "D") as Enum.ToString gives it, without boxing the value.
    private static string GradeName(EvidenceGrade grade) => Enum.GetName(grade) ?? grade.ToString();

    /// <summary>The token of an enumeration value: lower-case snake case (<c>NextStep</c> → <c>next_step</c>).</summary>
    public static string Token<T>(T value)
        where T : struct, Enum => Tokens<T>.Of.TryGetValue(value, out var token) ? token : Tokens<T>.Convert(value);

    /// <summary>Writes the <c>person</c> object of the document (also the <c>person</c> of <c>risk</c>, <c>dxa</c> and
    /// <c>intake --json</c>).</summary>
    public static void WritePerson(Utf8JsonWriter json, PersonProfile p)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(p);
        json.WriteStartObject();
        json.WriteString("sex"u8, SexTokens.Table.ToToken(p.Sex));
        json.WriteNumber("age"u8, p.AgeYears);
        json.WriteString("menopausalStatus"u8, MenopausalStatusTokens.Table.ToToken(p.MenopausalStatus));
        Number(json, "heightCm"u8, p.Height?.Centimetres, 1);
        Number(json, "weightKg"u8, p.Weight?.Kilograms, 1);
        Number(json, "bmi"u8, p.BodyMassIndex?.KilogramsPerSquareMetre, 1);
        json.WriteString("ethnicity"u8, EthnicityTokens.Table.ToToken(p.Ethnicity));
        json.WriteString("smoking"u8, SmokingStatusTokens.Table.ToToken(p.Smoking));
        json.WriteString("alcohol"u8, AlcoholIntakeTokens.Table.ToToken(p.Alcohol));
        json.WriteStartArray("riskFactors"u8);
        foreach (var factor in RiskFactorCatalogue.All.Where(f => p.Has(f.Factor)))
        {
            json.WriteStringValue(factor.Token);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, SafetyFinding f)
    {
        json.WriteStartObject();
        json.WriteString("code"u8, f.Code);
        json.WriteString("severity"u8, Token(f.Severity));
        json.WriteString("message"u8, f.Message);
        json.WriteString("advice"u8, f.Advice);
        json.WriteString("reason"u8, f.Reason);
        WriteCitations(json, "citations"u8, f.Citations);
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, SupplementPlan plan)
    {
        json.WriteStartObject();
        json.WriteStartArray("supplements"u8);
        foreach (var s in plan.Supplements)
        {
            var nutrient = IntakeNutrientDefinition.Of(NutrientOf(s.Form));
            json.WriteStartObject();
            json.WriteString("form"u8, SupplementTokens.Forms.ToToken(s.Form));
            json.WriteString("nutrient"u8, NutrientToken(nutrient.Nutrient));
            json.WriteNumber("dose"u8, Round(s.Dose, 3));
            json.WriteString("unit"u8, SupplementTokens.Units.ToToken(s.Unit));
            json.WriteStartObject("amount"u8);
            json.WriteNumber("value"u8, Round(nutrient.InUnit(s.Amount), 1));
            json.WriteString("unit"u8, Unit(nutrient));
            json.WriteEndObject();
            json.WriteString("timing"u8, s.Timing);
            json.WriteString("reason"u8, s.Reason);
            json.WriteString("evidenceGrade"u8, GradeName(s.Grade));
            WriteCitations(json, "citations"u8, s.Citations);
            Strings(json, "notes"u8, s.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("withheld"u8);
        foreach (var w in plan.Withheld)
        {
            json.WriteStartObject();
            json.WriteString("nutrient"u8, NutrientToken(w.Nutrient));
            json.WriteString("reason"u8, w.Reason);
            json.WriteString("findingCode"u8, w.FindingCode);
            WriteCitations(json, "citations"u8, w.Citations);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes"u8, plan.Notes);
        json.WriteEndObject();
    }

    private static void WriteRecommendation(Utf8JsonWriter json, Recommendation r)
    {
        json.WriteStartObject();
        json.WriteString("code"u8, r.Code);
        json.WriteString("category"u8, Token(r.Category));
        json.WriteString("priority"u8, Token(r.Priority));
        json.WriteString("title"u8, r.Title);
        json.WriteString("advice"u8, r.Advice);
        json.WriteString("reason"u8, r.Reason);
        json.WriteString("evidenceGrade"u8, GradeName(r.Grade));
        WriteCitations(json, "citations"u8, r.Citations);
        json.WriteEndObject();
    }

    // The nutrient a supplement form supplies, as SupplementEntry assigns it.
    private static IntakeNutrient NutrientOf(SupplementForm form) => form switch
    {
        SupplementForm.VitaminK2Mk7 => IntakeNutrient.LongChainMenaquinones,
        SupplementForm.VitaminK2Mk4 => IntakeNutrient.Menaquinone4,
        SupplementForm.VitaminK1 => IntakeNutrient.VitaminK1,
        SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => IntakeNutrient.VitaminD,
        _ => IntakeNutrient.Calcium,
    };

    private static void Strings(Utf8JsonWriter json, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(values[i]);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, ReadOnlySpan<byte> name, double? value, int decimals)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Round(v, decimals));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Date(Utf8JsonWriter json, ReadOnlySpan<byte> name, DateOnly? date)
    {
        if (date is { } d)
        {
            // Formatted into a stack buffer: the same text without a string per date.
            Span<char> text = stackalloc char[10];
            json.WriteString(name, d.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? text[..length] : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Unit(IntakeNutrientDefinition nutrient) => nutrient.InMilligrams ? "mg" : "ug";

    // A number compared with a cut-off: binary noise removed, nothing else.
    private static double Exact(double value) => Round(value, 6);

    private static void Exact(Utf8JsonWriter json, ReadOnlySpan<byte> name, double? value) => Number(json, name, value, 6);

    // Away from zero, as the CLI's score text rounds; "+ 0.0" turns −0 into 0.
    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;

    // A risk in percent to 0.1, but a risk under 0.05 % keeps two significant digits so it never reads as 0.
    private static double RoundRisk(double percent)
    {
        if (percent <= 0 || percent >= 0.05)
        {
            return Round(percent, 1);
        }

        var decimals = 1 - (int)Math.Floor(Math.Log10(percent));
        return Round(percent, decimals);
    }
}
