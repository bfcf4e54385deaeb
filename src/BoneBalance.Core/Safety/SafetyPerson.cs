using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Safety;

/// <summary>
/// Who the safety rules are checking: age, sex, and whether pregnant or breastfeeding. It exists apart from
/// <see cref="PersonProfile"/> because the profile accepts adults only (age ≥ 18), while the safety rules must also
/// answer for a 15-year-old (UNDER_18) rather than refuse. Build it from a profile with <see cref="From"/>, or
/// directly with <see cref="Create"/> for anyone aged 1 to 120.
/// </summary>
public sealed record SafetyPerson
{
    /// <summary>Youngest age accepted (years). Infants' reference intakes are set by months, which an age in years
    /// cannot tell apart.</summary>
    public const int MinimumAge = 1;

    private SafetyPerson(int ageYears, Sex sex, bool pregnant, bool breastfeeding, PersonProfile? profile)
    {
        AgeYears = ageYears;
        Sex = sex;
        Pregnant = pregnant;
        Breastfeeding = breastfeeding;
        Profile = profile;
    }

    /// <summary>Age in completed years.</summary>
    public int AgeYears { get; }

    /// <summary>Sex.</summary>
    public Sex Sex { get; }

    /// <summary>Pregnant now.</summary>
    public bool Pregnant { get; }

    /// <summary>Breastfeeding now.</summary>
    public bool Breastfeeding { get; }

    /// <summary>The adult profile this was made from, when there is one.</summary>
    public PersonProfile? Profile { get; }

    /// <summary>The person of an adult profile.</summary>
    /// <exception cref="InvalidInputException">Pregnant or breastfeeding is set for a man.</exception>
    public static SafetyPerson From(PersonProfile profile, bool pregnant = false, bool breastfeeding = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Validate(profile.AgeYears, profile.Sex, pregnant, breastfeeding);
        return new(profile.AgeYears, profile.Sex, pregnant, breastfeeding, profile);
    }

    /// <summary>A person of any age from <see cref="MinimumAge"/> to <see cref="PersonProfile.MaximumAge"/> (fields
    /// <c>age</c>, <c>sex</c>, <c>pregnant</c>, <c>breastfeeding</c>).</summary>
    /// <exception cref="InvalidInputException">The age is out of range, the sex undefined, or pregnant/breastfeeding set for a man.</exception>
    public static SafetyPerson Create(int ageYears, Sex sex, bool pregnant = false, bool breastfeeding = false)
    {
        Validate(ageYears, sex, pregnant, breastfeeding);
        return new(ageYears, sex, pregnant, breastfeeding, null);
    }

    private static void Validate(int ageYears, Sex sex, bool pregnant, bool breastfeeding)
    {
        var errors = new List<FieldError>();
        if (ageYears is < MinimumAge or > PersonProfile.MaximumAge)
        {
            errors.Add(new("age", ageYears.ToString(), $"{MinimumAge} to {PersonProfile.MaximumAge} years"));
        }

        if (!Enum.IsDefined(sex))
        {
            errors.Add(new("sex", sex.ToString(), SexTokens.Table.ValidValues));
        }

        if (sex == Sex.Male && pregnant)
        {
            errors.Add(new("pregnant", "true", "false for men"));
        }

        if (sex == Sex.Male && breastfeeding)
        {
            errors.Add(new("breastfeeding", "true", "false for men"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
