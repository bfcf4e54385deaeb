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
/// <c>null</c>, never 0. The shape is documented in README.md ("bonebalance assess").
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
    /// <summary>The options <see cref="ToJson"/> writes with: indented, and µ, ≥, é written as themselves rather than escaped.</summary>
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
    public static void Write(Utf8JsonWriter json, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(assessment);
        json.WriteStartObject();
        json.WritePropertyName("person");
        WritePerson(json, assessment.Person);
        json.WritePropertyName("fractureRisk");
        WriteFractureRisk(json, assessment.FractureRisk);
        json.WritePropertyName("densitometry");
        if (assessment.Densitometry is { } densitometry)
        {
            WriteDensitometry(json, densitometry);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("intake");
        if (assessment.Intake is { } intake)
        {
            WriteIntake(json, intake);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("findings");
        foreach (var finding in assessment.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WritePropertyName("plan");
        WritePlan(json, assessment.Plan);
        json.WriteStartArray("recommendations");
        foreach (var recommendation in assessment.Recommendations)
        {
            WriteRecommendation(json, recommendation);
        }

        json.WriteEndArray();
        WriteCitations(json, "sources", Sources(assessment));
        json.WriteString("disclaimer", assessment.Disclaimer);
        json.WriteEndObject();
    }

    /// <summary>The assessment as a JSON string written with <see cref="WriterOptions"/> (or, when not
    /// <paramref name="indented"/>, <see cref="CompactWriterOptions"/>).</summary>
    public static string ToJson(Assessment assessment, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, indented ? WriterOptions : CompactWriterOptions))
        {
            Write(json, assessment);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Every citation of the assessment once, in the order a report meets them: fracture risk, densitometry, intake
    /// references, findings, plan, recommendations.
    /// </summary>
    public static IReadOnlyList<Citation> Sources(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var risk = assessment.FractureRisk;
        IEnumerable<Citation> all = risk.Citations
            .Concat(risk.Screening.SelectMany(s => s.Citations))
            .Concat(risk.ScreeningAdvice.Citations)
            .Concat(risk.Thresholds.Select(t => t.Citation))
            .Concat(assessment.Densitometry?.Latest.Citations ?? [])
            .Concat(assessment.Intake?.References.Values.OrderBy(r => r.Nutrient).Select(r => r.Source) ?? [])
            .Concat(assessment.Findings.SelectMany(f => f.Citations))
            .Concat(assessment.Plan.Supplements.SelectMany(s => s.Citations))
            .Concat(assessment.Plan.Withheld.SelectMany(s => s.Citations))
            .Concat(assessment.Recommendations.SelectMany(r => r.Citations));
        return [.. all.Distinct()];
    }

    /// <summary>The token of an intake nutrient: its intake code without the unit (<c>calcium</c>, <c>vitamin_d</c>,
    /// <c>mk7plus</c>, <c>vitamin_k_total</c>).</summary>
    public static string NutrientToken(IntakeNutrient nutrient)
    {
        var code = IntakeNutrientDefinition.Of(nutrient).Code;
        return code[..code.LastIndexOf('_')];
    }

    /// <summary>The token of an enumeration value: lower-case snake case (<c>NextStep</c> → <c>next_step</c>).</summary>
    public static string Token<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static void WritePerson(Utf8JsonWriter json, PersonProfile p)
    {
        json.WriteStartObject();
        json.WriteString("sex", SexTokens.Table.ToToken(p.Sex));
        json.WriteNumber("age", p.AgeYears);
        json.WriteString("menopausalStatus", MenopausalStatusTokens.Table.ToToken(p.MenopausalStatus));
        Number(json, "heightCm", p.Height?.Centimetres, 1);
        Number(json, "weightKg", p.Weight?.Kilograms, 1);
        Number(json, "bmi", p.BodyMassIndex?.KilogramsPerSquareMetre, 1);
        json.WriteString("ethnicity", EthnicityTokens.Table.ToToken(p.Ethnicity));
        json.WriteString("smoking", SmokingStatusTokens.Table.ToToken(p.Smoking));
        json.WriteString("alcohol", AlcoholIntakeTokens.Table.ToToken(p.Alcohol));
        json.WriteStartArray("riskFactors");
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
        json.WriteString("code", f.Code);
        json.WriteString("severity", Token(f.Severity));
        json.WriteString("message", f.Message);
        json.WriteString("advice", f.Advice);
        json.WriteString("reason", f.Reason);
        WriteCitations(json, "citations", f.Citations);
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, SupplementPlan plan)
    {
        json.WriteStartObject();
        json.WriteStartArray("supplements");
        foreach (var s in plan.Supplements)
        {
            var nutrient = IntakeNutrientDefinition.Of(NutrientOf(s.Form));
            json.WriteStartObject();
            json.WriteString("form", SupplementTokens.Forms.ToToken(s.Form));
            json.WriteString("nutrient", NutrientToken(nutrient.Nutrient));
            json.WriteNumber("dose", Round(s.Dose, 3));
            json.WriteString("unit", SupplementTokens.Units.ToToken(s.Unit));
            json.WriteStartObject("amount");
            json.WriteNumber("value", Round(nutrient.InUnit(s.Amount), 1));
            json.WriteString("unit", Unit(nutrient));
            json.WriteEndObject();
            json.WriteString("timing", s.Timing);
            json.WriteString("reason", s.Reason);
            json.WriteString("evidenceGrade", s.Grade.ToString());
            WriteCitations(json, "citations", s.Citations);
            Strings(json, "notes", s.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("withheld");
        foreach (var w in plan.Withheld)
        {
            json.WriteStartObject();
            json.WriteString("nutrient", NutrientToken(w.Nutrient));
            json.WriteString("reason", w.Reason);
            json.WriteString("findingCode", w.FindingCode);
            WriteCitations(json, "citations", w.Citations);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", plan.Notes);
        json.WriteEndObject();
    }

    private static void WriteRecommendation(Utf8JsonWriter json, Recommendation r)
    {
        json.WriteStartObject();
        json.WriteString("code", r.Code);
        json.WriteString("category", Token(r.Category));
        json.WriteString("priority", Token(r.Priority));
        json.WriteString("title", r.Title);
        json.WriteString("advice", r.Advice);
        json.WriteString("reason", r.Reason);
        json.WriteString("evidenceGrade", r.Grade.ToString());
        WriteCitations(json, "citations", r.Citations);
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

    private static void WriteCitations(Utf8JsonWriter json, string name, IEnumerable<Citation> citations)
    {
        json.WriteStartArray(name);
        foreach (var c in citations)
        {
            WriteCitation(json, c);
        }

        json.WriteEndArray();
    }

    private static void WriteCitation(Utf8JsonWriter json, Citation c)
    {
        json.WriteStartObject();
        json.WriteString("authors", c.Authors);
        json.WriteString("title", c.Title);
        json.WriteString("source", c.Source);
        json.WriteNumber("year", c.Year);
        json.WriteString("url", c.Url);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value, int decimals)
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

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Unit(IntakeNutrientDefinition nutrient) => nutrient.InMilligrams ? "mg" : "ug";

    // A number compared with a cut-off: binary noise removed, nothing else.
    private static double Exact(double value) => Round(value, 6);

    private static void Exact(Utf8JsonWriter json, string name, double? value) => Number(json, name, value, 6);

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
