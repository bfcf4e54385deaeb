namespace BoneBalance.Core.Validation;

/// <summary>
/// One rejected input value: the field it belongs to, the value as given and the range of values that
/// would have been accepted. <see cref="Message"/> is one plain sentence suitable for a person.
/// </summary>
/// <param name="Field">The input's name as the person or program supplied it (e.g. <c>age</c>, <c>bmi</c>).</param>
/// <param name="Value">The rejected value, rendered as text (empty when it was missing).</param>
/// <param name="ValidRange">The accepted values, in words (e.g. <c>30 to 100</c>, <c>female or male</c>).</param>
public sealed record FieldError(string Field, string Value, string ValidRange)
{
    /// <summary>A one-sentence description naming the field, the value and the valid range.</summary>
    public string Message => Value.Length == 0
        ? $"{Field} is required; valid: {ValidRange}."
        : $"{Field} '{Value}' is out of range; valid: {ValidRange}.";

    /// <inheritdoc/>
    public override string ToString() => Message;
}
