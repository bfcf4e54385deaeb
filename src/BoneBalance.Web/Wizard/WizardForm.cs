using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;
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
    /// <summary>The medication row's fields.</summary>
    public static IReadOnlyList<string> MedicationFields { get; } = ["name", "rxnorm", "atc", "dosePerDay", "unit", "durationMonths", "status", "stoppedMonthsAgo"];

    /// <summary>The condition row's fields.</summary>
    public static IReadOnlyList<string> ConditionFields { get; } = ["name", "snomed", "icd10"];

    /// <summary>The supplement row's fields (all three required by the contract).</summary>
    public static IReadOnlyList<string> SupplementFields { get; } = ["form", "dose", "unit"];

    /// <summary>The DXA row's fields.</summary>
    public static IReadOnlyList<string> DxaFields { get; } = ["date", "site", "manufacturer", "bmd", "tScore", "zScore", "precisionRmsSd"];

    private const string RemovePrefix = "remove:";

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

    /// <summary>The profile <paramref name="profile"/> with the step <paramref name="slug"/>'s answers in place of its own.</summary>
    public ProfileValues Apply(string slug, ProfileValues profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return slug switch
        {
            "about" => profile with { Person = About(profile.Person ?? new PersonValues()) },
            "risk-factors" => profile with
            {
                RiskFactors = List("riskFactors"),
                PriorHipOrVertebralFracture = Text("priorHipOrVertebralFracture") is not null ? true : null,
            },
            "medications" => profile with
            {
                Medications = Rows("medications", MedicationFields, row => new MedicationValues
                {
                    Name = row.Text("name"),
                    Rxnorm = row.Text("rxnorm"),
                    Atc = row.Text("atc"),
                    DosePerDay = row.Number("dosePerDay"),
                    Unit = row.Text("unit"),
                    DurationMonths = row.Number("durationMonths"),
                    Status = row.Text("status"),
                    StoppedMonthsAgo = row.Number("stoppedMonthsAgo"),
                }),
                Conditions = Rows("conditions", ConditionFields, row => new ConditionValues { Name = row.Text("name"), Snomed = row.Text("snomed"), Icd10 = row.Text("icd10") }),
            },
            "supplements" => profile with
            {
                Supplements = Rows("supplements", SupplementFields, row => new SupplementValues { Form = row.Text("form"), Dose = row.Number("dose"), Unit = row.Text("unit") }),
            },
            "symptoms" => profile with { Symptoms = List("symptoms") },
            "dxa" => profile with
            {
                Dxa = Rows("dxa", DxaFields, row => new DxaValues
                {
                    Date = row.Text("date"),
                    Site = row.Text("site"),
                    Manufacturer = row.Text("manufacturer"),
                    Bmd = row.Number("bmd"),
                    TScore = row.Number("tScore"),
                    ZScore = row.Number("zScore"),
                    PrecisionRmsSd = row.Number("precisionRmsSd"),
                }),
            },
            "labs" => profile with { Labs = Labs() },
            _ => profile,
        };
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

    private PersonValues About(PersonValues person)
    {
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

        // The fields this step does not ask for (bmi, given through the API) are kept; postmenopausal gives way to
        // menopausalStatus, which the step shows it as.
        return person with
        {
            Name = Text("person.name"),
            Sex = Text("person.sex"),
            BirthDate = Text("person.birthDate"),
            MenopausalStatus = Text("person.menopausalStatus"),
            Ethnicity = Text("person.ethnicity"),
            Smoking = Text("person.smoking"),
            Alcohol = Text("person.alcohol"),
            Postmenopausal = null,
            Age = Number("person.age"),
            HeightCm = cm,
            WeightKg = kg,
            Pregnant = Text("person.pregnant") is not null,
            Breastfeeding = Text("person.breastfeeding") is not null,
        };
    }

    private LabValues? Labs()
    {
        var labs = new LabValues
        {
            VitaminD25ohNgPerMl = Number("labs.vitaminD25ohNgPerMl"),
            CalciumMgPerDl = Number("labs.calciumMgPerDl"),
            Inr = Number("labs.inr"),
            Egfr = Number("labs.egfr"),
        };
        return labs.IsEmpty ? null : labs;
    }

    // The table's posted rows, each read by rowValues; an empty row is dropped, and so is a row with only a default
    // choice (site, unit, machine) left as it was.
    private T[]? Rows<T>(string array, IReadOnlyList<string> fields, Func<PostedRow, T> rowValues)
    {
        var rows = new List<int>();
        var result = new List<T>();
        for (var i = 0; i < PostedRows(form, array, fields[0]); i++)
        {
            if (IsRemoved(form["go"].ToString(), array, i))
            {
                continue;
            }

            var row = new PostedRow(this, $"{array}[{i}].");
            var given = fields.Where(f => row.Given(f)).ToList();
            if (given.Count > 0 && !(given.Count == 1 && given[0] is "manufacturer" or "unit"))
            {
                rows.Add(i);
                result.Add(rowValues(row));
            }
        }

        _rows[array] = rows;
        return result.Count == 0 ? null : [.. result];
    }

    /// <summary>One posted row of a table: its inputs read as text or numbers (a number that is not one is an error of the form).</summary>
    private readonly struct PostedRow(WizardForm owner, string prefix)
    {
        public string? Text(string field) => owner.Text(prefix + field);

        public double? Number(string field) => owner.Number(prefix + field);

        // Whether the input holds an answer; a number that is not one counts (its error is reported once, when read).
        public bool Given(string field) => owner.Text(prefix + field) is not null;
    }

    private string[]? List(string name)
    {
        var values = form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
        return values.Length == 0 ? null : values;
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
}
