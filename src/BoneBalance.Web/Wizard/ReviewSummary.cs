using System.Globalization;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// The review step's summary of the stored profile (its typed values, not re-read), in the words of the wizard: one
/// section per step with its answers (label and value) and a link to change them. Fields the wizard does not ask for
/// but the profile holds (set through the API, e.g. <c>frax</c> or a <c>diary</c>) are named, so nothing stored is hidden.
/// </summary>
internal static class ReviewSummary
{
    /// <summary>The sections of <paramref name="profile"/>, in the order of the steps.</summary>
    public static IReadOnlyList<ReviewSection> Of(ProfileValues profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var sections = new List<ReviewSection>
        {
            new("about", "About you", About(profile.Person ?? new PersonValues())),
            new("risk-factors", "Risk factors", RiskFactors(profile)),
            new("medications", "Medications and conditions", Medications(profile)),
            new("supplements", "Daily supplements", Supplements(profile)),
            new("symptoms", "Symptoms", Symptoms(profile)),
            new("dxa", "Bone density (DXA) results", Scans(profile)),
            new("labs", "Laboratory results", Labs(profile.Labs ?? new LabValues())),
        };

        // The root fields no step asks for, by their names in the document.
        var others = new[] { ("frax", profile.Frax is not null), ("largeChangeInVitaminKFoods", profile.LargeChangeInVitaminKFoods is not null), ("diary", profile.Diary is not null) }
            .Where(x => x.Item2).Select(x => x.Item1).ToList();
        if (others.Count > 0)
        {
            sections.Add(new(null, "Also stored (given through the API)", [new("Fields", string.Join(", ", others))]));
        }

        return sections;
    }

    private static List<ReviewLine> About(PersonValues person)
    {
        var lines = new List<ReviewLine>();
        Add(lines, "Name", Text(person.Name));
        Add(lines, "Age", Text(person.Age), " years");
        Add(lines, "Birth date", Text(person.BirthDate));
        Add(lines, "Sex", Choice(person.Sex, WizardChoices.Sex));
        Add(lines, "Menopausal status", Choice(person.MenopausalStatus, WizardChoices.MenopausalStatus));
        Add(lines, "Height", Text(person.HeightCm), " cm");
        Add(lines, "Weight", Text(person.WeightKg), " kg");
        Add(lines, "BMI", Text(person.Bmi), " kg/m²");
        Add(lines, "Ethnicity", Choice(person.Ethnicity, WizardChoices.Ethnicity));
        Add(lines, "Smoking", Choice(person.Smoking, WizardChoices.Smoking));
        Add(lines, "Alcohol", Choice(person.Alcohol, WizardChoices.Alcohol));
        Add(lines, "Pregnant", YesOnly(person.Pregnant));
        Add(lines, "Breast-feeding", YesOnly(person.Breastfeeding));
        return lines;
    }

    private static List<ReviewLine> RiskFactors(ProfileValues profile)
    {
        var sex = Text(profile.Person?.Sex) is { } given && SexTokens.Table.TryParse(given, out var parsed) ? parsed : (Sex?)null;
        var lines = Tokens(profile.RiskFactors)
            .Select(token => RiskFactorCatalogue.All.FirstOrDefault(f => f.Token == token) is { } factor
                ? RiskFactorOptions.Offered(factor, sex) ? factor.Description : $"{factor.Description} {RiskFactorOptions.NotForSex(factor, sex!.Value)}"
                : token)
            .Select(text => new ReviewLine(null, text))
            .ToList();
        Add(lines, "The previous fracture was of the hip or spine", YesOnly(profile.PriorHipOrVertebralFracture));
        return lines;
    }

    private static List<ReviewLine> Medications(ProfileValues profile)
    {
        var lines = new List<ReviewLine>();
        foreach (var medication in profile.Medications ?? [])
        {
            var parts = new List<string>();
            if (Text(medication.DosePerDay) is { } dose)
            {
                parts.Add($"{dose} {Choice(medication.Unit, WizardChoices.DoseUnit) ?? string.Empty} a day".Replace("  ", " ", StringComparison.Ordinal));
            }

            if (Text(medication.DurationMonths) is { } months)
            {
                parts.Add($"for {months} months");
            }

            if (Text(medication.Status) is "stopped" || Text(medication.StoppedMonthsAgo) is not null)
            {
                parts.Add(Text(medication.StoppedMonthsAgo) is { } ago ? $"stopped {ago} months ago" : "stopped");
            }

            if (Text(medication.Rxnorm) is { } rxnorm)
            {
                parts.Add($"RxNorm {rxnorm}");
            }

            lines.Add(new("Medication", Join(Text(medication.Name), parts)));
        }

        foreach (var condition in profile.Conditions ?? [])
        {
            var codes = new[] { ("SNOMED CT", Text(condition.Snomed)), ("ICD-10", Text(condition.Icd10)) }
                .Where(c => c.Item2 is not null).Select(c => $"{c.Item1} {c.Item2}").ToList();
            lines.Add(new("Condition", Join(Text(condition.Name), codes)));
        }

        return lines;
    }

    // Each supplement as its label names it, with the dose as typed: "Vitamin K2 as MK-7 (menaquinone-7)" – "180 µg a day".
    private static List<ReviewLine> Supplements(ProfileValues profile)
    {
        var lines = new List<ReviewLine>();
        foreach (var supplement in profile.Supplements ?? [])
        {
            var form = Text(supplement.Form) is { } f ? WizardChoices.Text(WizardChoices.SupplementForms, WizardChoices.Shown(WizardChoices.SupplementForms, SupplementTokens.Forms, f)) : "(no form)";
            var unit = Text(supplement.Unit) is { } u ? WizardChoices.Shown(WizardChoices.SupplementUnits, SupplementTokens.Units, u) switch
            {
                "ug" => "µg",
                "iu" => "IU",
                var other => other,
            } : string.Empty;
            lines.Add(new(form, $"{Text(supplement.Dose) ?? "?"} {unit} a day".Replace("  ", " ", StringComparison.Ordinal)));
        }

        return lines;
    }

    private static List<ReviewLine> Symptoms(ProfileValues profile)
    {
        var describe = Enum.GetValues<Symptom>().ToDictionary(SymptomTokens.Table.ToToken, SymptomTokens.Describe);
        return [.. Tokens(profile.Symptoms).Select(token => new ReviewLine(null, describe.TryGetValue(token, out var text) ? Capitalised(text) : token))];
    }

    private static List<ReviewLine> Scans(ProfileValues profile)
    {
        var lines = new List<ReviewLine>();
        foreach (var scan in profile.Dxa ?? [])
        {
            var values = new List<string>();
            if (Text(scan.Bmd) is { } bmd)
            {
                values.Add($"BMD {bmd} g/cm²");
            }

            if (Text(scan.TScore) is { } t)
            {
                values.Add($"T-score {t}");
            }

            if (Text(scan.ZScore) is { } z)
            {
                values.Add($"Z-score {z}");
            }

            if (Choice(scan.Manufacturer, WizardChoices.DxaMachine) is { } machine)
            {
                values.Add($"{machine} machine");
            }

            if (Text(scan.PrecisionRmsSd) is { } precision)
            {
                values.Add($"precision {precision} g/cm²");
            }

            var label = string.Join(", ", new[] { Text(scan.Date), Choice(scan.Site, WizardChoices.DxaSite) }.Where(x => x is not null));
            lines.Add(new(label.Length > 0 ? label : "Scan", values.Count > 0 ? string.Join(", ", values) : "no result given"));
        }

        return lines;
    }

    private static List<ReviewLine> Labs(LabValues labs)
    {
        var lines = new List<ReviewLine>();
        Add(lines, "25-OH vitamin D", Text(labs.VitaminD25ohNgPerMl), " ng/mL");
        Add(lines, "Serum calcium", Text(labs.CalciumMgPerDl), " mg/dL");
        Add(lines, "INR", Text(labs.Inr));
        Add(lines, "eGFR", Text(labs.Egfr), " mL/min/1.73 m²");
        return lines;
    }

    private static void Add(List<ReviewLine> lines, string label, string? value, string unit = "")
    {
        if (value is not null)
        {
            lines.Add(new(label, value + unit));
        }
    }

    // A value as the person typed it (numbers in invariant form, as stored); null when absent or empty.
    private static string? Text(string? text) => text is { Length: > 0 } ? text : null;

    private static string? Text(double? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static string? Choice(string? token, IReadOnlyList<(string Value, string Text)> choices) =>
        Text(token) is { } given ? WizardChoices.Text(choices, given) : null;

    private static string? YesOnly(bool? flag) => flag == true ? "yes" : null;

    private static IEnumerable<string> Tokens(IReadOnlyList<string>? tokens) => tokens?.Where(t => t.Length > 0) ?? [];

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
