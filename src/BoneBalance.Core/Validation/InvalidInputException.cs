namespace BoneBalance.Core.Validation;

/// <summary>
/// Thrown when input is refused. Carries every <see cref="FieldError"/> found, so that a form or a batch row
/// can show all problems at once rather than one per attempt.
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception from one or more field errors.</summary>
    public InvalidInputException(IReadOnlyList<FieldError> errors)
        : base(JoinMessages(errors), errors is { Count: > 0 } ? errors[0].Field : null)
    {
        Errors = errors;
    }

    /// <summary>Creates the exception from a single field error.</summary>
    public InvalidInputException(FieldError error)
        : this([error])
    {
    }

    /// <summary>Creates the exception for one field whose value is out of range.</summary>
    public InvalidInputException(string field, string value, string validRange)
        : this(new FieldError(field, value, validRange))
    {
    }

    /// <summary>Creates the exception for one field, saying what is wrong (see <see cref="FieldError.Problem"/>).</summary>
    public InvalidInputException(string field, string value, string validRange, string problem)
        : this(new FieldError(field, value, validRange, problem))
    {
    }

    /// <summary>The field errors as sentences, without the parameter-name suffix ArgumentException adds.</summary>
    public override string Message => JoinMessages(Errors);

    /// <summary>Every field that was refused, in input order.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    private static string JoinMessages(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one field error is required.", nameof(errors));
        }

        return string.Join(" ", errors.Select(e => e.Message));
    }
}
