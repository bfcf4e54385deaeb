using System.Text.Json.Nodes;
using BoneBalance.Core.Validation;
using BoneBalance.Web.Forms;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// Writes one wizard step's form into the profile document (the profile contract). The inputs are named by the document's JSON
/// paths (<c>person.age</c>, <c>dxa[1].site</c>), so the contract's errors land next to the input that caused them;
/// empty table rows are dropped, and <see cref="InputFor"/> maps a row's path in the document back to its row on the
/// form. Only the form's own problems (a number that is not one) are found here; ranges and tokens are the contract's.
/// </summary>
internal sealed class WizardForm(IFormCollection form)
{
    /// <summary>The person fields the About step owns (anything else in <c>person</c> is kept).</summary>
    public static IReadOnlyList<string> PersonTexts { get; } = ["name", "sex", "birthDate", "menopausalStatus", "ethnicity", "smoking", "alcohol"];

    /// <summary>The medication row's fields.</summary>
    public static IReadOnlyList<string> MedicationFields { get; } = ["name", "rxnorm", "atc", "dosePerDay", "unit", "durationMonths", "status", "stoppedMonthsAgo"];

    /// <summary>The condition row's fields.</summary>
    public static IReadOnlyList<string> ConditionFields { get; } = ["name", "snomed", "icd10"];

    /// <summary>The supplement row's fields (all three required by the contract).</summary>
    public static IReadOnlyList<string> SupplementFields { get; } = ["form", "dose", "unit"];

    /// <summary>The DXA row's fields.</summary>
    public static IReadOnlyList<string> DxaFields { get; } = ["date", "site", "manufacturer", "bmd", "tScore", "zScore", "precisionRmsSd"];

    /// <summary>The lab fields.</summary>
    public static IReadOnlyList<string> LabFields { get; } = ["vitaminD25ohNgPerMl", "calciumMgPerDl", "inr", "egfr"];

    private const string RemovePrefix = "remove:";

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal) { "dosePerDay", "dose", "durationMonths", "stoppedMonthsAgo", "bmd", "tScore", "zScore", "precisionRmsSd" };

    private readonly Dictionary<string, List<int>> _rows = new(StringComparer.Ordinal);

    /// <summary>Problems of the form itself, each named by its input.</summary>
    public List<FieldError> Errors { get; } = [];

    /// <summary>The input name for a JSON path of the document (a row's index on the form rather than in the array).</summary>
    public string InputFor(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf(']', StringComparison.Ordinal);
        if (open <= 0 || close < open || !_rows.TryGetValue(path[..open], out var rows)
            || !int.TryParse(path.AsSpan(open + 1, close - open - 1), out var index) || index >= rows.Count)
        {
            return path;
        }

        return $"{path[..open]}[{rows[index]}]{path[(close + 1)..]}";
    }

    /// <summary>Applies the step <paramref name="slug"/> to <paramref name="root"/>.</summary>
    public void Apply(string slug, JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        switch (slug)
        {
            case "about":
                About(root);
                break;
            case "risk-factors":
                Set(root, "riskFactors", List("riskFactors"));
                root.Remove("priorHipOrVertebralFracture");
                if (Text("priorHipOrVertebralFracture") is not null)
                {
                    root["priorHipOrVertebralFracture"] = true;
                }

                break;
            case "medications":
                Set(root, "medications", Rows("medications", MedicationFields));
                Set(root, "conditions", Rows("conditions", ConditionFields));
                break;
            case "supplements":
                Set(root, "supplements", Rows("supplements", SupplementFields));
                break;
            case "symptoms":
                Set(root, "symptoms", List("symptoms"));
                break;
            case "dxa":
                Set(root, "dxa", Rows("dxa", DxaFields));
                break;
            case "labs":
                var labs = new JsonObject();
                foreach (var field in LabFields)
                {
                    if (Number("labs." + field) is { } value)
                    {
                        labs[field] = value;
                    }
                }

                Set(root, "labs", labs.Count == 0 ? null : labs);
                break;
        }
    }

    /// <summary>The number of rows of a table the form posted (0 when it posted none).</summary>
    public static int PostedRows(IFormCollection form, string array, string firstField)
    {
        ArgumentNullException.ThrowIfNull(form);
        var count = 0;
        while (form.ContainsKey($"{array}[{count}].{firstField}"))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// The value of the submit button that removes row <paramref name="index"/> of <paramref name="array"/>
    /// (<c>go=remove:supplements[1]</c>): the row is left out when the step is saved, and the step is shown again.
    /// </summary>
    public static string RemoveButton(string array, int index) => FormattableString.Invariant($"{RemovePrefix}{array}[{index}]");

    /// <summary>Whether <paramref name="go"/> (the pressed button) removes a row rather than moving between steps.</summary>
    public static bool RemovesARow(string? go) => go is not null && go.StartsWith(RemovePrefix, StringComparison.Ordinal);

    private static bool IsRemoved(string go, string array, int index) => go == RemoveButton(array, index);

    private void About(JsonObject root)
    {
        if (root["person"] is not JsonObject person)
        {
            person = [];
            root["person"] = person;
        }

        foreach (var field in PersonTexts)
        {
            Set(person, field, Text("person." + field) is { } text ? JsonValue.Create(text) : null);
        }

        person.Remove("postmenopausal");
        Set(person, "age", Number("person.age") is { } age ? JsonValue.Create(age) : null);

        // Metric wins when both are typed; US units are converted here so the document only ever holds metric.
        var cm = Number("person.heightCm");
        var feet = Number("heightFt");
        var inches = Number("heightIn");
        if (cm is null && (feet is not null || inches is not null))
        {
            cm = UsUnits.Centimetres(feet ?? 0, inches ?? 0);
        }

        var kg = Number("person.weightKg");
        if (kg is null && Number("weightLb") is { } pounds)
        {
            kg = UsUnits.Kilograms(pounds);
        }

        Set(person, "heightCm", cm is { } h ? JsonValue.Create(h) : null);
        Set(person, "weightKg", kg is { } w ? JsonValue.Create(w) : null);
        person["pregnant"] = Text("person.pregnant") is not null;
        person["breastfeeding"] = Text("person.breastfeeding") is not null;
    }

    private JsonArray? Rows(string array, IReadOnlyList<string> fields)
    {
        var rows = new List<int>();
        var result = new JsonArray();
        for (var i = 0; i < PostedRows(form, array, fields[0]); i++)
        {
            if (IsRemoved(form["go"].ToString(), array, i))
            {
                continue;
            }

            var row = new JsonObject();
            foreach (var field in fields)
            {
                var name = $"{array}[{i}].{field}";
                if (Numbers.Contains(field))
                {
                    if (Number(name) is { } value)
                    {
                        row[field] = value;
                    }
                }
                else if (Text(name) is { } text)
                {
                    row[field] = text;
                }
            }

            // A row with only a default choice (site, unit, machine) left as it was is an unused row.
            if (row.Count > 0 && !(row.Count == 1 && (row.ContainsKey("manufacturer") || row.ContainsKey("unit"))))
            {
                rows.Add(i);
                result.Add(row);
            }
        }

        _rows[array] = rows;
        return result.Count == 0 ? null : result;
    }

    private JsonArray? List(string name)
    {
        var values = form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)JsonValue.Create(v!.Trim())).ToArray();
        return values.Length == 0 ? null : new JsonArray(values);
    }

    private string? Text(string name) => form[name].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private double? Number(string name)
    {
        try
        {
            return FormNumber.Parse(name, form[name].ToString(), "a number such as 12 or 12.5");
        }
        catch (InvalidInputException e)
        {
            Errors.AddRange(e.Errors);
            return null;
        }
    }

    private static void Set(JsonObject target, string name, JsonNode? value)
    {
        target.Remove(name);
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
