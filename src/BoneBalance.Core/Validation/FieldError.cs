namespace BoneBalance.Core.Validation;

/// <summary>
/// One rejected input value: the field it belongs to, the value as given, the range of values that would have
/// been accepted and what is wrong with the value. <see cref="Message"/> is one plain sentence suitable for a person.
/// </summary>
/// <param name="Field">The input's name as the person or program supplied it (e.g. <c>age</c>, <c>bmi</c>).</param>
/// <param name="Value">The rejected value, rendered as text (empty when it was missing).</param>
/// <param name="ValidRange">The accepted values, in words (e.g. <c>30 to 100</c>, <c>female or male</c>).</param>
/// <param name="Problem">
/// What is wrong with the value, as a verb phrase that follows it in <see cref="Message"/>: <see cref="OutOfRange"/>
/// (the default) when the value is of the right kind but outside the valid range; otherwise one of the other
/// constants here or <see cref="ConflictsWith"/>. Not used when the value is missing.
/// </param>
public sealed record FieldError(string Field, string Value, string ValidRange, string Problem = FieldError.OutOfRange)
{
    /// <summary>The value is of the right kind but outside the valid range (e.g. age 12, BMI 45).</summary>
    public const string OutOfRange = "is out of range";

    /// <summary>The text could not be read as a number at all (e.g. <c>abc</c>, <c>25,5</c>, <c>1e400</c>).</summary>
    public const string NotANumber = "is not a number";

    /// <summary>The text could not be read as a whole number (e.g. <c>67.5</c> years).</summary>
    public const string NotAWholeNumber = "is not a whole number";

    /// <summary>The text could not be read as a date.</summary>
    public const string NotADate = "is not a date";

    /// <summary>A word or code that is not in the list of valid ones (e.g. sex <c>x</c>, an unknown risk factor).</summary>
    public const string NotAValidValue = "is not one of the valid values";

    /// <summary>The same thing was given twice where it may appear once (a column, a skeletal site).</summary>
    public const string Repeated = "is given more than once";

    /// <summary>The value is valid alone but contradicts <paramref name="other"/> (e.g. <c>the earlier scan's site</c>).</summary>
    public static string ConflictsWith(string other) => $"conflicts with {other}";

    /// <summary>The longest value <see cref="Message"/> quotes whole; a longer one is cut, with its length.</summary>
    public const int MaxQuotedValueLength = 100;

    /// <summary>
    /// A one-sentence description naming the field, the value, the problem and the valid range. A value longer than
    /// <see cref="MaxQuotedValueLength"/> characters is quoted by its start and its length (a 50 MB field is not
    /// echoed back); <see cref="Value"/> itself is kept as given.
    /// </summary>
    public string Message => Value.Length == 0
        ? $"{Field} is required; valid: {ValidRange}."
        : $"{Field} {Quoted(Value)} {Problem}; valid: {ValidRange}.";

    private static string Quoted(string value) => value.Length <= MaxQuotedValueLength
        ? $"'{value}'"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{value[..MaxQuotedValueLength]}…' ({value.Length:N0} characters)");

    /// <inheritdoc/>
    public override string ToString() => Message;
}
