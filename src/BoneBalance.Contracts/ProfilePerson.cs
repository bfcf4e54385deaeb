using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The <c>person</c> object of a profile: sex, age or birth date, menopausal status (<c>postmenopausal</c> and/or
/// <c>menopausalStatus</c>), height, weight, BMI, ethnicity, smoking, alcohol, pregnancy and breast-feeding, checked by
/// <see cref="PersonProfile.Create"/> and <see cref="SafetyPerson.From"/>; and the optional name, which no rule reads
/// (it is printed on the clinician report).
/// </summary>
/// <param name="Profile">The validated profile.</param>
/// <param name="Pregnant">Pregnant now.</param>
/// <param name="Breastfeeding">Breast-feeding now.</param>
internal sealed record ProfilePerson(PersonProfile Profile, bool Pregnant, bool Breastfeeding)
{
    /// <summary>
    /// The earliest day the person can have been born: person.birthDate when given, else the day after the same date
    /// (age + 1) years before the assessment. A scan dated before it is before the person's birth.
    /// </summary>
    public DateOnly BornOnOrAfter { get; init; }

    /// <summary>person.birthDate when given.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>person.name when given: trimmed, 1 to <see cref="MaximumNameLength"/> characters, no control characters.</summary>
    public string? Name { get; init; }

    /// <summary>The longest name accepted, after trimming.</summary>
    public const int MaximumNameLength = 100;

    private const string NameValid = "the person's name as it should be printed on the clinician report: text of at most 100 characters, without control characters (line breaks, tabs)";

    /// <summary>The fields of <c>person</c>, in documentation order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "sex", "age", "birthDate", "heightCm", "weightKg", "bmi", "postmenopausal", "menopausalStatus", "ethnicity",
        "smoking", "alcohol", "pregnant", "breastfeeding", "name",
    ];

    private static readonly string AgeValid = $"{PersonProfile.MinimumAge} to {PersonProfile.MaximumAge} years (a whole number), or person.birthDate";

    /// <summary>Reads <c>person</c>; null (with errors added) when it is missing or refused.</summary>
    public static ProfilePerson? Read(JsonObjectReader root, RiskFactors riskFactors, DateOnly today, List<FieldError> errors)
    {
        if (root.Get("person") is not { } element
            || JsonObjectReader.Open(element, root.Field("person"), Fields, errors, "an object with at least sex and age (or birthDate)") is not { } p)
        {
            return null;
        }

        p.Require("sex", SexTokens.Table.ValidValues);
        var sex = p.Token("sex", SexTokens.Table);
        var age = p.WholeNumber("age", AgeValid);
        var birthDate = p.Date("birthDate");
        var ageField = p.Field("age");
        if (birthDate is { } born)
        {
            var fromBirth = ProfileDocument.Collect(errors, () => (int?)PersonProfile.AgeOn(born, today), _ => p.Field("birthDate"));
            if (fromBirth is { } computed && age is { } given && given != computed)
            {
                errors.Add(new(ageField, given.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{computed} (the age on {today:yyyy-MM-dd} of someone born {born:yyyy-MM-dd}), or give only one of age and birthDate",
                    FieldError.ConflictsWith("person.birthDate")));
                p.Fail("age");
            }

            if (age is null && !p.Failed("age"))
            {
                ageField = p.Field("birthDate");
            }

            age ??= fromBirth;
        }
        else if (!p.Has("age") && !p.Failed("birthDate"))
        {
            p.Require("age", AgeValid);
        }

        var height = p.Number("heightCm", "a finite number greater than 0 cm") is { } cm
            ? ProfileDocument.Collect(errors, () => (Length?)Length.FromCentimetres(cm, p.Field("heightCm")), f => f)
            : null;
        var weight = p.Number("weightKg", "a finite number greater than 0 kg") is { } kg
            ? ProfileDocument.Collect(errors, () => (Mass?)Mass.FromKilograms(kg, p.Field("weightKg")), f => f)
            : null;
        var bmi = p.Number("bmi", static () => $"{BodyMassIndex.PlausibleMinimum} to {BodyMassIndex.PlausibleMaximum} kg/m²") is { } b
            ? ProfileDocument.Collect(errors, () => (BodyMassIndex?)BodyMassIndex.FromKilogramsPerSquareMetre(b, p.Field("bmi")), f => f)
            : null;

        var (status, statusField) = Menopause(p, sex, errors);
        var ethnicity = p.Token("ethnicity", EthnicityTokens.Table) ?? Ethnicity.White;
        var smoking = p.Token("smoking", SmokingStatusTokens.Table) ?? SmokingStatus.Never;
        var alcohol = p.Token("alcohol", AlcoholIntakeTokens.Table) ?? AlcoholIntake.None;
        var pregnant = p.Boolean("pregnant", "true or false (false for men)") ?? false;
        var breastfeeding = p.Boolean("breastfeeding", "true or false (false for men)") ?? false;
        var name = ReadName(p, errors);

        if (sex is not { } s || age is not { } years || p.Failed("heightCm") || p.Failed("weightKg") || p.Failed("bmi"))
        {
            return null;
        }

        string Path(string coreField) => coreField switch
        {
            "age" => ageField,
            "birth_date" => p.Field("birthDate"),
            "menopausal_status" => statusField,
            "height_cm" => p.Field("heightCm"),
            "weight_kg" => p.Field("weightKg"),
            "risk_factors" => root.Field("riskFactors"),
            "pregnant" or "breastfeeding" or "sex" or "bmi" or "ethnicity" or "smoking" or "alcohol" => p.Field(coreField),
            _ => coreField,
        };

        var profile = ProfileDocument.Collect(errors, () => PersonProfile.Create(years, s, status, height, weight, bmi, ethnicity, smoking, alcohol, riskFactors), Path);
        if (profile is null)
        {
            return null;
        }

        // SafetyPerson refuses pregnancy and breast-feeding for men; its check is the one the safety rules rely on.
        return ProfileDocument.Collect(errors, () => SafetyPerson.From(profile, pregnant, breastfeeding), Path) is null
            ? null
            : new ProfilePerson(profile, pregnant, breastfeeding)
            {
                BornOnOrAfter = birthDate ?? today.AddYears(-(profile.AgeYears + 1)).AddDays(1),
                BirthDate = birthDate,
                Name = name,
            };
    }

    // The name is free text printed on a report: bounded more tightly than the contract's other texts, and without
    // control characters, which would break the report's line or hide part of the name. An empty name is no name.
    private static string? ReadName(JsonObjectReader p, List<FieldError> errors)
    {
        if (p.Get("name") is not { } value)
        {
            return null;
        }

        var field = p.Field("name");
        if (value.ValueKind != System.Text.Json.JsonValueKind.String)
        {
            errors.Add(JsonObjectReader.WrongKind(field, value, "a string", NameValid));
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length > MaximumNameLength)
        {
            errors.Add(new(field, JsonObjectReader.Show(value), NameValid, $"is longer than {MaximumNameLength} characters ({text.Length:N0})"));
            return null;
        }

        if (text.Any(char.IsControl))
        {
            // The value is shown with its control characters escaped, so the error stays on one line.
            var shown = string.Concat(JsonObjectReader.Show(value).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
            errors.Add(new(field, shown, NameValid, "contains a control character"));
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    // menopausalStatus wins when given; postmenopausal (the simpler boolean) must then agree with it. Alone,
    // postmenopausal true is postmenopausal and false premenopausal (perimenopausal needs menopausalStatus "peri").
    // For men, postmenopausal false says nothing and is accepted; true is refused by PersonProfile.Create.
    private static (MenopausalStatus Status, string Field) Menopause(JsonObjectReader p, Sex? sex, List<FieldError> errors)
    {
        var flag = p.Boolean("postmenopausal", "true or false (women; for men leave it out or false)");
        var token = p.Token("menopausalStatus", MenopausalStatusTokens.Table);
        if (token is { } status)
        {
            if (flag is { } post && post != (status == MenopausalStatus.Postmenopausal) && !(post == false && status == MenopausalStatus.Unknown))
            {
                errors.Add(new(p.Field("postmenopausal"), post ? "true" : "false",
                    $"{(status == MenopausalStatus.Postmenopausal ? "true" : "false")} with menopausalStatus {MenopausalStatusTokens.Table.ToToken(status)}, or give only one of them",
                    FieldError.ConflictsWith("person.menopausalStatus")));
            }

            return (status, p.Field("menopausalStatus"));
        }

        return flag switch
        {
            true => (MenopausalStatus.Postmenopausal, p.Field("postmenopausal")),
            false when sex == Sex.Female => (MenopausalStatus.Premenopausal, p.Field("postmenopausal")),
            _ => (MenopausalStatus.Unknown, p.Field("menopausalStatus")),
        };
    }
}
