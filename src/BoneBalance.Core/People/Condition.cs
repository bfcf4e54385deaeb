using System.Text.RegularExpressions;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// A condition (diagnosis or history) as the person or their record names it, optionally with the SNOMED CT and
/// ICD-10 codes that identified it. What it <i>is</i> for the safety rules is decided by the safety catalogue.
/// Create it with <see cref="Create"/>.
/// </summary>
public sealed partial record Condition
{
    private Condition(string name, string? snomed, string? icd10)
    {
        Name = name;
        SnomedCode = snomed;
        Icd10Code = icd10;
    }

    /// <summary>The name as given, trimmed.</summary>
    public string Name { get; }

    /// <summary>SNOMED CT concept identifier, when given.</summary>
    public string? SnomedCode { get; }

    /// <summary>ICD-10 (or ICD-10-CM) code in upper case, e.g. <c>E21.0</c>, when given.</summary>
    public string? Icd10Code { get; }

    /// <summary>
    /// Checks and creates a condition. Errors name <c>{field}.name</c>, <c>{field}.snomed</c> and <c>{field}.icd10</c>.
    /// </summary>
    /// <exception cref="InvalidInputException">The name is empty or a code is malformed.</exception>
    public static Condition Create(string name, string? snomedCode = null, string? icd10Code = null, string field = "condition")
    {
        var errors = new List<FieldError>();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(new($"{field}.name", string.Empty, "a condition name"));
        }

        var snomed = string.IsNullOrWhiteSpace(snomedCode) ? null : snomedCode.Trim();
        if (snomed is not null && !SnomedPattern().IsMatch(snomed))
        {
            errors.Add(new($"{field}.snomed", snomed, "a SNOMED CT concept identifier (6 to 18 digits)"));
        }

        var icd = string.IsNullOrWhiteSpace(icd10Code) ? null : icd10Code.Trim().ToUpperInvariant();
        if (icd is not null && !Icd10Pattern().IsMatch(icd))
        {
            errors.Add(new($"{field}.icd10", icd, "an ICD-10 code such as E21.0 or N18"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new(trimmed, snomed, icd);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    [GeneratedRegex(@"^[0-9]{6,18}$")]
    private static partial Regex SnomedPattern();

    [GeneratedRegex(@"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10Pattern();
}
