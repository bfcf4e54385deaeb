using BoneBalance.Data.Contracts;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// The stored value behind a wizard input, found in the typed profile by the input's name (its JSON path:
/// <c>person.age</c>, <c>dxa[1].site</c>, <c>riskFactors</c>): text, a number, a flag, a list of tokens, or null when
/// the profile does not hold it.
/// </summary>
internal static class StoredAnswer
{
    /// <summary>The value at <paramref name="path"/> in <paramref name="profile"/>, or null.</summary>
    public static object? At(ProfileValues profile, string path)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? path : path[..dot];
        var field = dot < 0 ? null : path[(dot + 1)..];
        var open = head.IndexOf('[', StringComparison.Ordinal);
        if (open > 0)
        {
            if (field is null || !int.TryParse(head.AsSpan(open + 1, head.Length - open - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                return null;
            }

            return head[..open] switch
            {
                "medications" => Row(profile.Medications, index) is { } m ? Medication(m, field) : null,
                "conditions" => Row(profile.Conditions, index) is { } c ? Condition(c, field) : null,
                "supplements" => Row(profile.Supplements, index) is { } s ? Supplement(s, field) : null,
                "dxa" => Row(profile.Dxa, index) is { } d ? Scan(d, field) : null,
                _ => null,
            };
        }

        return (head, field) switch
        {
            ("person", { } f) => profile.Person is { } p ? Person(p, f) : null,
            ("labs", { } f) => profile.Labs is { } l ? Lab(l, f) : null,
            ("riskFactors", null) => profile.RiskFactors,
            ("symptoms", null) => profile.Symptoms,
            ("priorHipOrVertebralFracture", null) => profile.PriorHipOrVertebralFracture,
            _ => null,
        };
    }

    /// <summary>The number of stored rows of the table <paramref name="array"/>.</summary>
    public static int Rows(ProfileValues profile, string array)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return array switch
        {
            "medications" => profile.Medications?.Count ?? 0,
            "conditions" => profile.Conditions?.Count ?? 0,
            "supplements" => profile.Supplements?.Count ?? 0,
            "dxa" => profile.Dxa?.Count ?? 0,
            _ => 0,
        };
    }

    private static T? Row<T>(IReadOnlyList<T>? rows, int index) where T : class => rows is not null && index < rows.Count ? rows[index] : null;

    private static object? Person(PersonValues p, string field) => field switch
    {
        "name" => p.Name,
        "sex" => p.Sex,
        "age" => p.Age,
        "birthDate" => p.BirthDate,
        "menopausalStatus" => p.MenopausalStatus,
        "postmenopausal" => p.Postmenopausal,
        "heightCm" => p.HeightCm,
        "weightKg" => p.WeightKg,
        "bmi" => p.Bmi,
        "ethnicity" => p.Ethnicity,
        "smoking" => p.Smoking,
        "alcohol" => p.Alcohol,
        "pregnant" => p.Pregnant,
        "breastfeeding" => p.Breastfeeding,
        _ => null,
    };

    private static double? Lab(LabValues l, string field) => field switch
    {
        "vitaminD25ohNgPerMl" => l.VitaminD25ohNgPerMl,
        "calciumMgPerDl" => l.CalciumMgPerDl,
        "inr" => l.Inr,
        "egfr" => l.Egfr,
        _ => null,
    };

    private static object? Medication(MedicationValues m, string field) => field switch
    {
        "name" => m.Name,
        "rxnorm" => m.Rxnorm,
        "atc" => m.Atc,
        "dosePerDay" => m.DosePerDay,
        "unit" => m.Unit,
        "durationMonths" => m.DurationMonths,
        "status" => m.Status,
        "stoppedMonthsAgo" => m.StoppedMonthsAgo,
        _ => null,
    };

    private static string? Condition(ConditionValues c, string field) => field switch
    {
        "name" => c.Name,
        "snomed" => c.Snomed,
        "icd10" => c.Icd10,
        _ => null,
    };

    private static object? Supplement(SupplementValues s, string field) => field switch
    {
        "form" => s.Form,
        "dose" => s.Dose,
        "unit" => s.Unit,
        _ => null,
    };

    private static object? Scan(DxaValues d, string field) => field switch
    {
        "date" => d.Date,
        "site" => d.Site,
        "bmd" => d.Bmd,
        "tScore" => d.TScore,
        "zScore" => d.ZScore,
        "manufacturer" => d.Manufacturer,
        "precisionRmsSd" => d.PrecisionRmsSd,
        _ => null,
    };
}
