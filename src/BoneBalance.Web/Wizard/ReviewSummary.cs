using System.Globalization;
using System.Text.Json.Nodes;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// The review step's summary of the stored profile, in the words of the wizard: one section per step with its
/// answers (label and value) and a link to change them. Fields the wizard does not ask for but the profile holds
/// (set through the API, e.g. <c>frax</c> or a <c>diary</c>) are named, so nothing stored is hidden.
/// </summary>
internal static class ReviewSummary
{
    /// <summary>Top-level profile fields that the sections below show.</summary>
    private static readonly string[] Shown = ["person", "riskFactors", "priorHipOrVertebralFracture", "medications", "conditions", "supplements", "symptoms", "dxa", "labs"];

    /// <summary>The sections of <paramref name="profile"/>, in the order of the steps.</summary>
    public static IReadOnlyList<ReviewSection> Of(JsonObject profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var person = profile["person"] as JsonObject ?? [];
        var sections = new List<ReviewSection>
        {
            new("about", "About you", About(person)),
            new("risk-factors", "Risk factors", RiskFactors(profile)),
            new("medications", "Medications and conditions", Medications(profile)),
            new("supplements", "Daily supplements", Supplements(profile)),
            new("symptoms", "Symptoms", Symptoms(profile)),
            new("dxa", "Bone density (DXA) results", Scans(profile)),
            new("labs", "Laboratory results", Labs(profile["labs"] as JsonObject ?? [])),
        };
        var others = profile.Select(p => p.Key).Where(k => !Shown.Contains(k)).ToList();
        if (others.Count > 0)
        {
            sections.Add(new(null, "Also stored (given through the API)", [new("Fields", string.Join(", ", others))]));
        }

        return sections;
    }

    private static List<ReviewLine> About(JsonObject person)
    {
        var lines = new List<ReviewLine>();
        Add(lines, "Name", Text(person["name"]));
        Add(lines, "Age", Text(person["age"]), " years");
        Add(lines, "Birth date", Text(person["birthDate"]));
        Add(lines, "Sex", Choice(person["sex"], WizardChoices.Sex));
        Add(lines, "Menopausal status", Choice(person["menopausalStatus"], WizardChoices.MenopausalStatus));
        Add(lines, "Height", Text(person["heightCm"]), " cm");
        Add(lines, "Weight", Text(person["weightKg"]), " kg");
        Add(lines, "BMI", Text(person["bmi"]), " kg/m²");
        Add(lines, "Ethnicity", Choice(person["ethnicity"], WizardChoices.Ethnicity));
        Add(lines, "Smoking", Choice(person["smoking"], WizardChoices.Smoking));
        Add(lines, "Alcohol", Choice(person["alcohol"], WizardChoices.Alcohol));
        Add(lines, "Pregnant", YesOnly(person["pregnant"]));
        Add(lines, "Breast-feeding", YesOnly(person["breastfeeding"]));
        return lines;
    }

    private static List<ReviewLine> RiskFactors(JsonObject profile)
    {
        var sex = profile["person"] is JsonObject person && Text(person["sex"]) is { } given && SexTokens.Table.TryParse(given, out var parsed) ? parsed : (Sex?)null;
        var lines = Tokens(profile["riskFactors"])
            .Select(token => RiskFactorCatalogue.All.FirstOrDefault(f => f.Token == token) is { } factor
                ? RiskFactorOptions.Offered(factor, sex) ? factor.Description : $"{factor.Description} {RiskFactorOptions.NotForSex(factor, sex!.Value)}"
                : token)
            .Select(text => new ReviewLine(null, text))
            .ToList();
        Add(lines, "The previous fracture was of the hip or spine", YesOnly(profile["priorHipOrVertebralFracture"]));
        return lines;
    }

    private static List<ReviewLine> Medications(JsonObject profile)
    {
        var lines = new List<ReviewLine>();
        foreach (var medication in Objects(profile["medications"]))
        {
            var parts = new List<string>();
            if (Text(medication["dosePerDay"]) is { } dose)
            {
                parts.Add($"{dose} {Choice(medication["unit"], WizardChoices.DoseUnit) ?? string.Empty} a day".Replace("  ", " ", StringComparison.Ordinal));
            }

            if (Text(medication["durationMonths"]) is { } months)
            {
                parts.Add($"for {months} months");
            }

            if (Text(medication["status"]) is "stopped" || Text(medication["stoppedMonthsAgo"]) is not null)
            {
                parts.Add(Text(medication["stoppedMonthsAgo"]) is { } ago ? $"stopped {ago} months ago" : "stopped");
            }

            if (Text(medication["rxnorm"]) is { } rxnorm)
            {
                parts.Add($"RxNorm {rxnorm}");
            }

            lines.Add(new("Medication", Join(Text(medication["name"]), parts)));
        }

        foreach (var condition in Objects(profile["conditions"]))
        {
            var codes = new[] { ("SNOMED CT", Text(condition["snomed"])), ("ICD-10", Text(condition["icd10"])) }
                .Where(c => c.Item2 is not null).Select(c => $"{c.Item1} {c.Item2}").ToList();
            lines.Add(new("Condition", Join(Text(condition["name"]), codes)));
        }

        return lines;
    }

    // Each supplement as its label names it, with the dose as typed: "Vitamin K2 as MK-7 (menaquinone-7)" – "180 µg a day".
    private static List<ReviewLine> Supplements(JsonObject profile)
    {
        var lines = new List<ReviewLine>();
        foreach (var supplement in Objects(profile["supplements"]))
        {
            var form = Text(supplement["form"]) is { } f ? WizardChoices.Text(WizardChoices.SupplementForms, WizardChoices.Shown(WizardChoices.SupplementForms, SupplementTokens.Forms, f)) : "(no form)";
            var unit = Text(supplement["unit"]) is { } u ? WizardChoices.Shown(WizardChoices.SupplementUnits, SupplementTokens.Units, u) switch
            {
                "ug" => "µg",
                "iu" => "IU",
                var other => other,
            } : string.Empty;
            lines.Add(new(form, $"{Text(supplement["dose"]) ?? "?"} {unit} a day".Replace("  ", " ", StringComparison.Ordinal)));
        }

        return lines;
    }

    private static List<ReviewLine> Symptoms(JsonObject profile)
    {
        var describe = Enum.GetValues<Symptom>().ToDictionary(SymptomTokens.Table.ToToken, SymptomTokens.Describe);
        return [.. Tokens(profile["symptoms"]).Select(token => new ReviewLine(null, describe.TryGetValue(token, out var text) ? Capitalised(text) : token))];
    }

    private static List<ReviewLine> Scans(JsonObject profile)
    {
        var lines = new List<ReviewLine>();
        foreach (var scan in Objects(profile["dxa"]))
        {
            var values = new List<string>();
            if (Text(scan["bmd"]) is { } bmd)
            {
                values.Add($"BMD {bmd} g/cm²");
            }

            if (Text(scan["tScore"]) is { } t)
            {
                values.Add($"T-score {t}");
            }

            if (Text(scan["zScore"]) is { } z)
            {
                values.Add($"Z-score {z}");
            }

            if (Choice(scan["manufacturer"], WizardChoices.DxaMachine) is { } machine)
            {
                values.Add($"{machine} machine");
            }

            if (Text(scan["precisionRmsSd"]) is { } precision)
            {
                values.Add($"precision {precision} g/cm²");
            }

            var label = string.Join(", ", new[] { Text(scan["date"]), Choice(scan["site"], WizardChoices.DxaSite) }.Where(x => x is not null));
            lines.Add(new(label.Length > 0 ? label : "Scan", values.Count > 0 ? string.Join(", ", values) : "no result given"));
        }

        return lines;
    }

    private static List<ReviewLine> Labs(JsonObject labs)
    {
        var lines = new List<ReviewLine>();
        Add(lines, "25-OH vitamin D", Text(labs["vitaminD25ohNgPerMl"]), " ng/mL");
        Add(lines, "Serum calcium", Text(labs["calciumMgPerDl"]), " mg/dL");
        Add(lines, "INR", Text(labs["inr"]));
        Add(lines, "eGFR", Text(labs["egfr"]), " mL/min/1.73 m²");
        return lines;
    }

    private static void Add(List<ReviewLine> lines, string label, string? value, string unit = "")
    {
        if (value is not null)
        {
            lines.Add(new(label, value + unit));
        }
    }

    // A scalar as the person typed it (numbers in invariant form, as stored); null when absent or empty.
    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s.Length > 0 ? s : null,
        JsonValue value when value.TryGetValue<double>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue<bool>(out var b) => b ? "yes" : "no",
        _ => null,
    };

    private static string? Choice(JsonNode? node, IReadOnlyList<(string Value, string Text)> choices) =>
        Text(node) is { } token ? WizardChoices.Text(choices, token) : null;

    private static string? YesOnly(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var b) && b ? "yes" : null;

    private static IEnumerable<string> Tokens(JsonNode? node) =>
        node is JsonArray array ? array.Select(Text).OfType<string>() : [];

    private static IEnumerable<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>() : [];

    private static string Join(string? name, List<string> details) =>
        details.Count == 0 ? name ?? "(no name)" : $"{name ?? "(no name)"} ({string.Join(", ", details)})";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One step's answers on the review page.</summary>
/// <param name="Slug">The step to go back to for changes (null for fields the wizard does not ask for).</param>
/// <param name="Title">The step's heading.</param>
/// <param name="Lines">The answers; empty when none were given.</param>
internal sealed record ReviewSection(string? Slug, string Title, IReadOnlyList<ReviewLine> Lines);

/// <summary>One answer: what was asked (null for an item of a list) and what was answered.</summary>
internal sealed record ReviewLine(string? Label, string Value);
