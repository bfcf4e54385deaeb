using System.Globalization;
using System.Text.Json;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// One value of an assessment document being read back, with its JSON path (<c>intake.nutrients[2].gap</c>). Reading
/// stops at the first value that is missing or of the wrong kind, with an <see cref="InvalidInputException"/> naming the
/// path, what was there and what was expected: a document that does not read is reported, never half-shown.
/// </summary>
internal readonly struct DocumentNode(JsonElement element, string path)
{
    /// <summary>The JSON path.</summary>
    public string Path { get; } = path;

    /// <summary>The value.</summary>
    public JsonElement Element { get; } = element;

    /// <summary>The root of a document.</summary>
    public static DocumentNode Root(JsonElement element) => new(element, string.Empty);

    /// <summary>A property that must be present (it may be null).</summary>
    public DocumentNode this[string name]
    {
        get
        {
            var field = Field(name);
            if (Element.ValueKind != JsonValueKind.Object)
            {
                throw Wrong(Path, Element, "an object");
            }

            return Element.TryGetProperty(name, out var value)
                ? new DocumentNode(value, field)
                : throw new InvalidInputException(field, string.Empty, "a value (the field is missing)");
        }
    }

    /// <summary>True when the value is JSON null.</summary>
    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    /// <summary>A property that older documents may lack; null when absent.</summary>
    public DocumentNode? Optional(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) ? new DocumentNode(value, Field(name)) : null;

    /// <summary>A string.</summary>
    public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Wrong(Path, Element, "a string");

    /// <summary>A string or null.</summary>
    public string? StringOrNull() => IsNull ? null : String();

    /// <summary>A finite number.</summary>
    public double Number() => Element.ValueKind == JsonValueKind.Number && Element.TryGetDouble(out var value) && double.IsFinite(value)
        ? value
        : throw Wrong(Path, Element, "a number");

    /// <summary>A number from <paramref name="minimum"/> to <paramref name="maximum"/> (a percentage, an amount).</summary>
    public double Number(double minimum, double maximum, string unit)
    {
        var value = Number();
        return value >= minimum && value <= maximum
            ? value
            : throw new InvalidInputException(Path, value.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{minimum} to {maximum} {unit}"));
    }

    /// <summary>A number from <paramref name="minimum"/> to <paramref name="maximum"/>, or null.</summary>
    public double? NumberOrNull(double minimum, double maximum, string unit) => IsNull ? null : Number(minimum, maximum, unit);

    /// <summary>A number or null.</summary>
    public double? NumberOrNull() => IsNull ? null : Number();

    /// <summary>A whole number.</summary>
    public int Integer() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value) ? value : throw Wrong(Path, Element, "a whole number");

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool Boolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Wrong(Path, Element, "true or false"),
    };

    /// <summary>A date <c>YYYY-MM-DD</c>.</summary>
    public DateOnly Date() => DateOnly.TryParseExact(String(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        ? date
        : throw new InvalidInputException(Path, String(), "a date YYYY-MM-DD", FieldError.NotADate);

    /// <summary>A date or null.</summary>
    public DateOnly? DateOrNull() => IsNull ? null : Date();

    /// <summary>A token of <paramref name="table"/>.</summary>
    public T Token<T>(TokenTable<T> table)
        where T : struct, Enum => table.Parse(Path, String());

    /// <summary>The items of an array.</summary>
    public IEnumerable<DocumentNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Wrong(Path, Element, "an array");
        }

        var path = Path;
        return Element.EnumerateArray().Select((item, i) => new DocumentNode(item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]"));
    }

    /// <summary>The items of an array, each read by <paramref name="read"/>.</summary>
    public IReadOnlyList<T> List<T>(Func<DocumentNode, T> read) => [.. Items().Select(read)];

    /// <summary>An array of strings.</summary>
    public IReadOnlyList<string> Strings() => List(static n => n.String());

    private string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private static InvalidInputException Wrong(string path, JsonElement element, string expected)
    {
        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => element.GetRawText(),
        };
        return new InvalidInputException(path, text.Length > FieldError.MaxQuotedValueLength ? text[..FieldError.MaxQuotedValueLength] : text, expected, FieldError.NotAValidValue);
    }
}
