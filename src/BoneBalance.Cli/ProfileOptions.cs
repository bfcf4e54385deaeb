using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli;

/// <summary>
/// The options that describe a person (sex, age, body size, ethnicity, smoking, alcohol, risk factors),
/// shared by the commands that need one, and their translation into a checked <see cref="PersonProfile"/>.
/// </summary>
internal sealed class ProfileOptions
{
    // Not Required at parser level: a missing --sex is reported by ToProfile, naming the valid values.
    public Option<string> Sex { get; } = new("--sex") { Description = "female|male (required)" };

    public Option<int?> Age { get; } = WholeNumber("--age", "age in completed years");

    public Option<string?> BirthDate { get; } = new("--birth-date") { Description = "birth date YYYY-MM-DD (instead of --age; age is taken on today's date)" };

    public Option<string?> MenopausalStatus { get; } = new("--menopausal-status") { Description = MenopausalStatusTokens.Table.ValidValues };

    public Option<double?> HeightCm { get; } = Number("--height-cm", "height in centimetres");

    public Option<double?> HeightIn { get; } = Number("--height-in", "height in inches");

    public Option<double?> WeightKg { get; } = Number("--weight-kg", "weight in kilograms");

    public Option<double?> WeightLb { get; } = Number("--weight-lb", "weight in pounds");

    public Option<double?> Bmi { get; } = Number("--bmi", "body mass index in kg/m² (instead of height and weight)");

    public Option<string?> Ethnicity { get; } = new("--ethnicity") { Description = EthnicityTokens.Table.ValidValues + " (default white)" };

    public Option<string?> Smoking { get; } = new("--smoking") { Description = SmokingStatusTokens.Table.ValidValues + " (default never)" };

    public Option<string?> Alcohol { get; } = new("--alcohol") { Description = AlcoholIntakeTokens.Table.ValidValues + " (default none; units/day: trivial <1, light 1-2, moderate 3-6, heavy 7-9, very_heavy >9)" };

    public Option<string[]> Factors { get; } = new("--factor")
    {
        Description = "a risk factor present (repeat, or separate with commas: --factor falls,hrt): " + string.Join("|", RiskFactorCatalogue.Tokens.Tokens),
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command, bool withLifestyle)
    {
        command.Options.Add(Sex);
        command.Options.Add(Age);
        command.Options.Add(BirthDate);
        command.Options.Add(MenopausalStatus);
        command.Options.Add(HeightCm);
        command.Options.Add(HeightIn);
        command.Options.Add(WeightKg);
        command.Options.Add(WeightLb);
        command.Options.Add(Bmi);
        if (withLifestyle)
        {
            command.Options.Add(Ethnicity);
            command.Options.Add(Smoking);
            command.Options.Add(Alcohol);
            command.Options.Add(Factors);
        }
    }

    /// <summary>Builds the checked profile; every problem is reported at once, naming the option.</summary>
    public PersonProfile ToProfile(ParseResult parsed, DateOnly today)
    {
        var errors = new List<FieldError>();
        var sex = Collect(errors, () => SexTokens.Table.Parse("sex", parsed.GetValue(Sex)));
        var age = parsed.GetValue(Age);
        var birth = parsed.GetValue(BirthDate);
        if (age is null && birth is null)
        {
            errors.Add(new("age", string.Empty, "give --age (years) or --birth-date (YYYY-MM-DD)"));
        }
        else if (age is not null && birth is not null)
        {
            errors.Add(new("birth_date", birth, "give either --age or --birth-date, not both", FieldError.ConflictsWith("--age")));
        }
        else if (birth is not null)
        {
            if (DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
            {
                age = Collect(errors, () => PersonProfile.AgeOn(born, today));
            }
            else
            {
                errors.Add(new("birth_date", birth, "a date YYYY-MM-DD", FieldError.NotADate));
            }
        }

        var status = parsed.GetValue(MenopausalStatus) is { } s
            ? Collect(errors, () => MenopausalStatusTokens.Table.Parse("menopausal_status", s))
            : Core.People.MenopausalStatus.Unknown;
        var height = OneOf(errors, parsed, HeightCm, v => Length.FromCentimetres(v), HeightIn, v => Length.FromInches(v), "height");
        var weight = OneOf(errors, parsed, WeightKg, v => Mass.FromKilograms(v), WeightLb, v => Mass.FromPounds(v), "weight");
        var bmi = parsed.GetValue(Bmi) is { } b ? Collect(errors, () => (BodyMassIndex?)BodyMassIndex.FromKilogramsPerSquareMetre(b)) : null;
        var ethnicity = parsed.GetValue(Ethnicity) is { } e ? Collect(errors, () => EthnicityTokens.Table.Parse("ethnicity", e)) : Core.People.Ethnicity.White;
        var smoking = parsed.GetValue(Smoking) is { } sm ? Collect(errors, () => SmokingStatusTokens.Table.Parse("smoking", sm)) : SmokingStatus.Never;
        var alcohol = parsed.GetValue(Alcohol) is { } al ? Collect(errors, () => AlcoholIntakeTokens.Table.Parse("alcohol", al)) : AlcoholIntake.None;
        var factors = RiskFactors.None;
        foreach (var given in parsed.GetValue(Factors) ?? [])
        {
            // "falls,,hrt" or "falls," is read as the factors it names; an option with no factor at all is an error.
            var tokens = given.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var token in tokens.Length == 0 ? [given] : tokens)
            {
                factors |= Collect(errors, () => RiskFactorCatalogue.Tokens.Parse("factor", token));
            }
        }

        if (sex == Core.People.Sex.Male && parsed.GetValue(MenopausalStatus) is null)
        {
            status = Core.People.MenopausalStatus.NotApplicable;
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        try
        {
            return PersonProfile.Create(age!.Value, sex, status, height, weight, bmi, ethnicity, smoking, alcohol, factors);
        }
        catch (InvalidInputException refused)
        {
            throw WithBirthDate(refused, parsed);
        }
    }

    /// <summary>
    /// When the age was taken from <c>--birth-date</c>, an age error shows the birth date too: the age alone is a
    /// value the person never typed.
    /// </summary>
    public InvalidInputException WithBirthDate(InvalidInputException e, ParseResult parsed)
    {
        if (parsed.GetValue(BirthDate) is not { } birth || !e.Errors.Any(x => x.Field == "age"))
        {
            return e;
        }

        return new InvalidInputException(
            [.. e.Errors.Select(x => x.Field == "age" ? x with { Value = $"{x.Value} (from birth_date {birth})" } : x)]);
    }

    private static T? OneOf<T>(
        List<FieldError> errors, ParseResult parsed, Option<double?> metric, Func<double, T> fromMetric,
        Option<double?> us, Func<double, T> fromUs, string what)
        where T : struct
    {
        var m = parsed.GetValue(metric);
        var u = parsed.GetValue(us);
        if (m is not null && u is not null)
        {
            errors.Add(new(us.Name.TrimStart('-').Replace('-', '_'), u.Value.ToString(CultureInfo.InvariantCulture), $"give {what} once, in {metric.Name} or {us.Name}", FieldError.ConflictsWith(metric.Name)));
            return null;
        }

        return m is { } mv ? Collect(errors, () => (T?)fromMetric(mv)) : u is { } uv ? Collect(errors, () => (T?)fromUs(uv)) : null;
    }

    internal static T Collect<T>(List<FieldError> errors, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (InvalidInputException e)
        {
            errors.AddRange(e.Errors);
            return default!;
        }
    }

    /// <summary>The minus sign of typeset text (U+2212), accepted wherever '-' is.</summary>
    internal const char UnicodeMinus = '\u2212';

    /// <summary>A decimal-number option whose parse error names the option, the text and what is expected.</summary>
    internal static Option<double?> Number(string name, string description) => new(name)
    {
        Description = description,
        // An overflowing literal such as 1e400 parses as infinity: refuse it here, showing the text as typed.
        CustomParser = result => ParseNumber(result, name, "a number", "a finite decimal number with '.' for decimals (e.g. 25.5)", t =>
            double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsInfinity(v) ? v : (double?)null),
    };

    /// <summary>A whole-number option whose parse error names the option, the text and what is expected.</summary>
    internal static Option<int?> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseNumber(result, name, "a whole number", "a whole number (e.g. 67)", WholeNumberOrNull),
    };

    /// <summary>
    /// A whole number, also when written as a decimal with a zero fraction ("67.0", as spreadsheets export it;
    /// <c>screen</c> reads its files the same way); "67.5" is not a whole number.
    /// </summary>
    internal static int? WholeNumberOrNull(string text)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue
            ? (int)d
            : null;
    }

    private static T? ParseNumber<T>(ArgumentResult result, string name, string expected, string valid, Func<string, T?> parse)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;

        // A T-score copied from a report or a web page often carries the typographic minus sign (U+2212, "−2.7").
        var value = parse(text.Replace(UnicodeMinus, '-'));
        if (value is null)
        {
            result.AddError($"{name} '{text}' is not {expected}; valid: {valid}");
        }

        return value;
    }
}
