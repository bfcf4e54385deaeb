using System.Text.Json;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// A profile document as typed values, before the contract checks them: every field of README "bonebalance assess" with
/// its JSON type (text for tokens and dates, a number, a flag, a list), null where the document leaves the field out.
/// Tokens are kept as written (<c>MK7</c>, <c>post</c>), so a document read here and written by
/// <see cref="ProfileDocument.Write(ProfileValues, bool)"/> reads the same through <see cref="ProfileDocument.Parse"/>.
/// Hosts that build a profile (the web wizard) build one of these and write it; the contract remains the only judge of
/// its values.
/// </summary>
public sealed record ProfileValues
{
    /// <summary><c>person</c>.</summary>
    public PersonValues? Person { get; init; }

    /// <summary><c>riskFactors</c>: risk-factor tokens.</summary>
    public IReadOnlyList<string>? RiskFactors { get; init; }

    /// <summary><c>medications</c>.</summary>
    public IReadOnlyList<MedicationValues>? Medications { get; init; }

    /// <summary><c>conditions</c>.</summary>
    public IReadOnlyList<ConditionValues>? Conditions { get; init; }

    /// <summary><c>symptoms</c>: symptom tokens.</summary>
    public IReadOnlyList<string>? Symptoms { get; init; }

    /// <summary><c>dxa</c>: one element per site per scan.</summary>
    public IReadOnlyList<DxaValues>? Dxa { get; init; }

    /// <summary><c>labs</c>.</summary>
    public LabValues? Labs { get; init; }

    /// <summary><c>supplements</c>: taken every day.</summary>
    public IReadOnlyList<SupplementValues>? Supplements { get; init; }

    /// <summary><c>frax</c>.</summary>
    public FraxValues? Frax { get; init; }

    /// <summary><c>priorHipOrVertebralFracture</c>.</summary>
    public bool? PriorHipOrVertebralFracture { get; init; }

    /// <summary><c>largeChangeInVitaminKFoods</c>.</summary>
    public bool? LargeChangeInVitaminKFoods { get; init; }

    /// <summary><c>diary</c>.</summary>
    public IReadOnlyList<DiaryRowValues>? Diary { get; init; }

    /// <summary>
    /// The JSON paths that <see cref="Read(JsonElement)"/> left out: unknown fields and values of another JSON type than
    /// the contract's. Empty when the values hold the whole document; otherwise writing them would drop those members
    /// silently, so a host shows the contract's errors instead (<see cref="ProfileDocument.Parse"/> refuses them all).
    /// </summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>
    /// Reads a profile document's values as they are, without judging them: a field of another JSON type than the
    /// contract's, or an unknown field, is left out and named in <see cref="Unread"/> (the document was checked by
    /// <see cref="ProfileDocument.Parse"/> when it was stored; this is for showing and editing it).
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8; empty or not an object gives an empty profile.</param>
    /// <exception cref="JsonException">The bytes are not JSON.</exception>
    public static ProfileValues Read(ReadOnlySpan<byte> utf8Json)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        if (utf8Json.IsEmpty)
        {
            return new();
        }

        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        return Read(document.RootElement);
    }

    /// <summary>Reads the values of a parsed profile document (see <see cref="Read(ReadOnlySpan{byte})"/>).</summary>
    public static ProfileValues Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new() { Unread = root.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? [] : ["profile"] };
        }

        var unread = new List<string>();
        var values = new ProfileValues
        {
            Person = Member(root, "person") is { ValueKind: JsonValueKind.Object } p ? new PersonValues
            {
                Sex = Text(p, "sex"),
                Age = Number(p, "age"),
                BirthDate = Text(p, "birthDate"),
                HeightCm = Number(p, "heightCm"),
                WeightKg = Number(p, "weightKg"),
                Bmi = Number(p, "bmi"),
                Postmenopausal = Flag(p, "postmenopausal"),
                MenopausalStatus = Text(p, "menopausalStatus"),
                Ethnicity = Text(p, "ethnicity"),
                Smoking = Text(p, "smoking"),
                Alcohol = Text(p, "alcohol"),
                Pregnant = Flag(p, "pregnant"),
                Breastfeeding = Flag(p, "breastfeeding"),
                Name = Text(p, "name"),
            } : null,
            RiskFactors = Texts(root, "riskFactors"),
            Medications = Objects(root, "medications", m => new MedicationValues
            {
                Name = Text(m, "name"),
                Rxnorm = Text(m, "rxnorm"),
                Atc = Text(m, "atc"),
                DosePerDay = Number(m, "dosePerDay"),
                Unit = Text(m, "unit"),
                DurationMonths = Number(m, "durationMonths"),
                Status = Text(m, "status"),
                StoppedMonthsAgo = Number(m, "stoppedMonthsAgo"),
            }),
            Conditions = Objects(root, "conditions", c => new ConditionValues { Name = Text(c, "name"), Snomed = Text(c, "snomed"), Icd10 = Text(c, "icd10") }),
            Symptoms = Texts(root, "symptoms"),
            Dxa = Objects(root, "dxa", d => new DxaValues
            {
                Date = Text(d, "date"),
                Site = Text(d, "site"),
                Bmd = Number(d, "bmd"),
                TScore = Number(d, "tScore"),
                ZScore = Number(d, "zScore"),
                Manufacturer = Text(d, "manufacturer"),
                PrecisionRmsSd = Number(d, "precisionRmsSd"),
            }),
            Labs = Member(root, "labs") is { ValueKind: JsonValueKind.Object } l ? new LabValues
            {
                VitaminD25ohNgPerMl = Number(l, "vitaminD25ohNgPerMl"),
                CalciumMgPerDl = Number(l, "calciumMgPerDl"),
                Inr = Number(l, "inr"),
                Egfr = Number(l, "egfr"),
            } : null,
            Supplements = Objects(root, "supplements", s => new SupplementValues { Form = Text(s, "form"), Dose = Number(s, "dose"), Unit = Text(s, "unit") }),
            Frax = Member(root, "frax") is { ValueKind: JsonValueKind.Object } x
                ? new FraxValues { MofPercent = Number(x, "mofPercent"), HipPercent = Number(x, "hipPercent"), GlucocorticoidAdjusted = Flag(x, "glucocorticoidAdjusted") }
                : null,
            PriorHipOrVertebralFracture = Flag(root, "priorHipOrVertebralFracture"),
            LargeChangeInVitaminKFoods = Flag(root, "largeChangeInVitaminKFoods"),
            Diary = Objects(root, "diary", d => new DiaryRowValues
            {
                Date = Text(d, "date"),
                Food = Text(d, "food"),
                Grams = Number(d, "grams"),
                Quantity = Number(d, "quantity"),
                Measure = Text(d, "measure"),
                Supplement = Text(d, "supplement"),
                Dose = Number(d, "dose"),
                Unit = Text(d, "unit"),
            }),
        };
        Check(root, unread);
        return values with { Unread = unread };
    }

    // Every member not of a known name, and every known member of another JSON type than the contract's (null is absence).
    private static void Check(JsonElement root, List<string> unread)
    {
        void Kinds(JsonElement o, string path, string[] texts, string[] numbers, string[] flags)
        {
            foreach (var member in o.EnumerateObject())
            {
                var kind = member.Value.ValueKind;
                var ok = kind == JsonValueKind.Null
                    || (texts.Contains(member.Name) && kind == JsonValueKind.String)
                    || (numbers.Contains(member.Name) && kind == JsonValueKind.Number && member.Value.TryGetDouble(out _))
                    || (flags.Contains(member.Name) && kind is JsonValueKind.True or JsonValueKind.False);
                if (!ok)
                {
                    unread.Add(path + member.Name);
                }
            }
        }

        void Rows(string name, string[] texts, string[] numbers, string[] flags)
        {
            if (Member(root, name) is not { ValueKind: JsonValueKind.Array } array)
            {
                return;
            }

            var i = 0;
            foreach (var row in array.EnumerateArray())
            {
                var path = $"{name}[{i++}]";
                if (row.ValueKind == JsonValueKind.Object)
                {
                    Kinds(row, path + ".", texts, numbers, flags);
                }
                else if (texts.Length > 0 || row.ValueKind != JsonValueKind.String)
                {
                    unread.Add(path);
                }
            }
        }

        void Object(string name, string[] texts, string[] numbers, string[] flags)
        {
            if (Member(root, name) is { ValueKind: JsonValueKind.Object } o)
            {
                Kinds(o, name + ".", texts, numbers, flags);
            }
        }

        foreach (var member in root.EnumerateObject())
        {
            var ok = member.Value.ValueKind switch
            {
                JsonValueKind.Null => true,
                JsonValueKind.Object => member.Name is "person" or "labs" or "frax",
                JsonValueKind.Array => member.Name is "riskFactors" or "medications" or "conditions" or "symptoms" or "dxa" or "supplements" or "diary",
                JsonValueKind.True or JsonValueKind.False => member.Name is "priorHipOrVertebralFracture" or "largeChangeInVitaminKFoods",
                _ => false,
            };
            if (!ok)
            {
                unread.Add(member.Name);
            }
        }

        Object("person", ["sex", "birthDate", "menopausalStatus", "ethnicity", "smoking", "alcohol", "name"], ["age", "heightCm", "weightKg", "bmi"], ["postmenopausal", "pregnant", "breastfeeding"]);
        Rows("riskFactors", [], [], []);
        Rows("medications", ["name", "rxnorm", "atc", "unit", "status"], ["dosePerDay", "durationMonths", "stoppedMonthsAgo"], []);
        Rows("conditions", ["name", "snomed", "icd10"], [], []);
        Rows("symptoms", [], [], []);
        Rows("dxa", ["date", "site", "manufacturer"], ["bmd", "tScore", "zScore", "precisionRmsSd"], []);
        Object("labs", [], ["vitaminD25ohNgPerMl", "calciumMgPerDl", "inr", "egfr"], []);
        Rows("supplements", ["form", "unit"], ["dose"], []);
        Object("frax", [], ["mofPercent", "hipPercent"], ["glucocorticoidAdjusted"]);
        Rows("diary", ["date", "food", "measure", "supplement", "unit"], ["grams", "quantity", "dose"], []);
    }

    private static JsonElement? Member(JsonElement o, string name) => o.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement o, string name) => Member(o, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static double? Number(JsonElement o, string name) => Member(o, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetDouble(out var d) ? d : null;

    private static bool? Flag(JsonElement o, string name) => Member(o, name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : null;

    private static string[]? Texts(JsonElement o, string name) =>
        Member(o, name) is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)] : null;

    private static T[]? Objects<T>(JsonElement o, string name, Func<JsonElement, T> read) =>
        Member(o, name) is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(read)] : null;
}

/// <summary>The <c>person</c> object's values (README "bonebalance assess"; <c>ProfilePerson.Fields</c>).</summary>
public sealed record PersonValues
{
    /// <summary><c>sex</c> token.</summary>
    public string? Sex { get; init; }

    /// <summary><c>age</c> in years.</summary>
    public double? Age { get; init; }

    /// <summary><c>birthDate</c>, YYYY-MM-DD.</summary>
    public string? BirthDate { get; init; }

    /// <summary><c>heightCm</c>.</summary>
    public double? HeightCm { get; init; }

    /// <summary><c>weightKg</c>.</summary>
    public double? WeightKg { get; init; }

    /// <summary><c>bmi</c>, kg/m².</summary>
    public double? Bmi { get; init; }

    /// <summary><c>postmenopausal</c>.</summary>
    public bool? Postmenopausal { get; init; }

    /// <summary><c>menopausalStatus</c> token.</summary>
    public string? MenopausalStatus { get; init; }

    /// <summary><c>ethnicity</c> token.</summary>
    public string? Ethnicity { get; init; }

    /// <summary><c>smoking</c> token.</summary>
    public string? Smoking { get; init; }

    /// <summary><c>alcohol</c> token.</summary>
    public string? Alcohol { get; init; }

    /// <summary><c>pregnant</c>.</summary>
    public bool? Pregnant { get; init; }

    /// <summary><c>breastfeeding</c>.</summary>
    public bool? Breastfeeding { get; init; }

    /// <summary><c>name</c>, printed on the clinician report.</summary>
    public string? Name { get; init; }
}

/// <summary>A <c>medications[]</c> element's values.</summary>
public sealed record MedicationValues
{
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>rxnorm</c>.</summary>
    public string? Rxnorm { get; init; }

    /// <summary><c>atc</c>.</summary>
    public string? Atc { get; init; }

    /// <summary><c>dosePerDay</c>.</summary>
    public double? DosePerDay { get; init; }

    /// <summary><c>unit</c> token.</summary>
    public string? Unit { get; init; }

    /// <summary><c>durationMonths</c>.</summary>
    public double? DurationMonths { get; init; }

    /// <summary><c>status</c> token.</summary>
    public string? Status { get; init; }

    /// <summary><c>stoppedMonthsAgo</c>.</summary>
    public double? StoppedMonthsAgo { get; init; }
}

/// <summary>A <c>conditions[]</c> element's values.</summary>
public sealed record ConditionValues
{
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>snomed</c>.</summary>
    public string? Snomed { get; init; }

    /// <summary><c>icd10</c>.</summary>
    public string? Icd10 { get; init; }
}

/// <summary>A <c>dxa[]</c> element's values (<c>ProfileDxa.Fields</c>).</summary>
public sealed record DxaValues
{
    /// <summary><c>date</c>, YYYY-MM-DD.</summary>
    public string? Date { get; init; }

    /// <summary><c>site</c> token.</summary>
    public string? Site { get; init; }

    /// <summary><c>bmd</c>, g/cm².</summary>
    public double? Bmd { get; init; }

    /// <summary><c>tScore</c>.</summary>
    public double? TScore { get; init; }

    /// <summary><c>zScore</c>.</summary>
    public double? ZScore { get; init; }

    /// <summary><c>manufacturer</c> token.</summary>
    public string? Manufacturer { get; init; }

    /// <summary><c>precisionRmsSd</c>, g/cm².</summary>
    public double? PrecisionRmsSd { get; init; }
}

/// <summary>The <c>labs</c> object's values.</summary>
public sealed record LabValues
{
    /// <summary><c>vitaminD25ohNgPerMl</c>.</summary>
    public double? VitaminD25ohNgPerMl { get; init; }

    /// <summary><c>calciumMgPerDl</c>.</summary>
    public double? CalciumMgPerDl { get; init; }

    /// <summary><c>inr</c>.</summary>
    public double? Inr { get; init; }

    /// <summary><c>egfr</c>.</summary>
    public double? Egfr { get; init; }

    /// <summary>True when no value is given.</summary>
    public bool IsEmpty => VitaminD25ohNgPerMl is null && CalciumMgPerDl is null && Inr is null && Egfr is null;
}

/// <summary>A <c>supplements[]</c> element's values.</summary>
public sealed record SupplementValues
{
    /// <summary><c>form</c> token.</summary>
    public string? Form { get; init; }

    /// <summary><c>dose</c>.</summary>
    public double? Dose { get; init; }

    /// <summary><c>unit</c> token.</summary>
    public string? Unit { get; init; }
}

/// <summary>The <c>frax</c> object's values.</summary>
public sealed record FraxValues
{
    /// <summary><c>mofPercent</c>.</summary>
    public double? MofPercent { get; init; }

    /// <summary><c>hipPercent</c>.</summary>
    public double? HipPercent { get; init; }

    /// <summary><c>glucocorticoidAdjusted</c>.</summary>
    public bool? GlucocorticoidAdjusted { get; init; }
}

/// <summary>A <c>diary[]</c> row's values (<c>ProfileDiary.Fields</c>): a food row or a supplement row.</summary>
public sealed record DiaryRowValues
{
    /// <summary><c>date</c>, YYYY-MM-DD.</summary>
    public string? Date { get; init; }

    /// <summary><c>food</c>: a catalogue id.</summary>
    public string? Food { get; init; }

    /// <summary><c>grams</c>.</summary>
    public double? Grams { get; init; }

    /// <summary><c>quantity</c> of <see cref="Measure"/>.</summary>
    public double? Quantity { get; init; }

    /// <summary><c>measure</c>: a household measure of the food.</summary>
    public string? Measure { get; init; }

    /// <summary><c>supplement</c>: a supplement form token.</summary>
    public string? Supplement { get; init; }

    /// <summary><c>dose</c>.</summary>
    public double? Dose { get; init; }

    /// <summary><c>unit</c> token.</summary>
    public string? Unit { get; init; }
}
