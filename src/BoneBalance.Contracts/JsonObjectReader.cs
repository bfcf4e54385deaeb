using System.Globalization;
using System.Text.Json;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// Reads one JSON object of a contract document strictly: every property must be one of the object's known names
/// (exact case), none may appear twice, and each value must have the JSON kind asked for. Problems are added to a
/// shared error list as <see cref="FieldError"/>s whose field is the JSON path (<c>person.age</c>,
/// <c>medications[0].unit</c>), so a caller reports every problem of a document at once. A JSON <c>null</c> reads as
/// absent.
/// </summary>
internal sealed class JsonObjectReader
{
    /// <summary>Longest JSON value quoted whole in an error; longer ones are cut so one line stays readable.</summary>
    private const int MaximumValueShown = 60;

    // Sized to the object so it never grows; the set of refused names is made only when a name is refused.
    private readonly Dictionary<string, JsonElement> _properties;
    private readonly List<FieldError> _errors;
    private HashSet<string>? _failed;

    private JsonObjectReader(string path, List<FieldError> errors, int properties)
    {
        Path = path;
        _errors = errors;
        _properties = new(properties, StringComparer.Ordinal);
    }

    /// <summary>The JSON path of the object (empty for the document's root).</summary>
    public string Path { get; }

    /// <summary>
    /// Opens <paramref name="element"/> as an object at <paramref name="path"/> whose properties must be among
    /// <paramref name="known"/>; null (with an error added) when it is not an object.
    /// </summary>
    public static JsonObjectReader? Open(JsonElement element, string path, IReadOnlyList<string> known, List<FieldError> errors, string valid)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(WrongKind(path.Length == 0 ? "profile" : path, element, "an object", valid));
            return null;
        }

        var reader = new JsonObjectReader(path, errors, element.GetPropertyCount());
        foreach (var property in element.EnumerateObject())
        {
            if (KnownName(known, property) is not { } name)
            {
                errors.Add(UnknownField(reader, known, property));
                continue;
            }

            if (!reader._properties.TryAdd(name, property.Value))
            {
                errors.Add(new(reader.Field(name), Show(property.Value), "each field once per object", FieldError.Repeated));
                reader.Fail(name);
            }
        }

        return reader;
    }

    // The known name the property has (exact case), compared in the document's bytes: a known name, the usual case,
    // is then the key without a string being made for it.
    private static string? KnownName(IReadOnlyList<string> known, JsonProperty property)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (property.NameEquals(known[i]))
            {
                return known[i];
            }
        }

        return null;
    }

    private static FieldError UnknownField(JsonObjectReader reader, IReadOnlyList<string> known, JsonProperty property)
    {
        var name = property.Name;
        var sameButCase = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        var hint = sameButCase is null ? string.Empty : $" (names are case-sensitive: {sameButCase})";
        return new(reader.Field(name), Show(property.Value), $"one of {string.Join(", ", known)}{hint}", "is not a known field");
    }

    /// <summary>The JSON path of a property of this object.</summary>
    public string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    /// <summary>True when the property is present and not null.</summary>
    public bool Has(string name) => _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>True when a value of the property was refused (wrong kind, repeated, out of range).</summary>
    public bool Failed(string name) => _failed is not null && _failed.Contains(name);

    /// <summary>Records that the property's value was refused by a later check, so dependent checks can skip it.</summary>
    public void Fail(string name) => (_failed ??= new(StringComparer.Ordinal)).Add(name);

    /// <summary>The property's value, or null when absent, JSON null or repeated.</summary>
    public JsonElement? Get(string name) =>
        !Failed(name) && _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>Adds "is required" for a missing property.</summary>
    public void Require(string name, string valid)
    {
        if (!Has(name) && !Failed(name))
        {
            _errors.Add(new(Field(name), string.Empty, valid));
            Fail(name);
        }
    }

    /// <summary>A number (finite); null when absent or refused.</summary>
    public double? Number(string name, string valid) =>
        Get(name) is not { } value ? null
        : TryNumber(value, out var number) ? number // the path is only built for an error: most values are fine
        : Track(name, NumberAt(value, Field(name), valid, _errors));

    /// <summary>As <see cref="Number(string, string)"/>, with the valid range worked out only when the value is refused:
    /// ranges that name numbers are formatted (in the current culture, as before) for an error alone.</summary>
    public double? Number(string name, Func<string> valid) =>
        Get(name) is not { } value ? null
        : TryNumber(value, out var number) ? number
        : Track(name, NumberAt(value, Field(name), valid(), _errors));

    /// <summary>A whole number (a JSON number without a fractional part, e.g. <c>67</c> or <c>67.0</c>).</summary>
    public int? WholeNumber(string name, string valid)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (!TryNumber(value, out var number) && NumberAt(value, Field(name), valid, _errors) is null)
        {
            Fail(name);
            return null;
        }

        if (number != Math.Floor(number) || number is < int.MinValue or > int.MaxValue)
        {
            _errors.Add(new(Field(name), Show(value), valid, number == Math.Floor(number) ? FieldError.OutOfRange : FieldError.NotAWholeNumber));
            Fail(name);
            return null;
        }

        return (int)number;
    }

    /// <summary>A string, trimmed, of at most <see cref="MaximumTextLength"/> characters; null when absent or refused.</summary>
    public string? Text(string name, string valid) =>
        Get(name) is not { } value ? null
        : Track(name, TextAt(value, Field(name), valid, _errors));

    /// <summary><c>true</c> or <c>false</c>; null when absent or refused.</summary>
    public bool? Boolean(string name, string valid)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _errors.Add(WrongKind(Field(name), value, "true or false", valid));
        Fail(name);
        return null;
    }

    /// <summary>A token of <paramref name="table"/>; null when absent or refused.</summary>
    public T? Token<T>(string name, TokenTable<T> table)
        where T : struct, Enum =>
        Get(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.String && table.TryParse(value.GetString()!, out var token) ? token
        : Track(name, TokenAt(value, Field(name), table, _errors));

    /// <summary>A date <c>YYYY-MM-DD</c>; null when absent or refused.</summary>
    public DateOnly? Date(string name) =>
        Get(name) is not { } value ? null
        : TryDate(value, out var date) ? date
        : Track(name, DateAt(value, Field(name), _errors));

    /// <summary>
    /// The most elements a list of the profile holds (medications, conditions, supplements, risk factors, symptoms,
    /// DXA rows): 100, far beyond any real person, so a web form of a full list stays within the form-field limit
    /// (<c>RequestLimits.MaxFormFields</c>). The profile's own diary allows <see cref="MaximumDiaryRows"/>.
    /// </summary>
    public const int MaximumListLength = 100;

    /// <summary>The most rows a profile's own <c>diary</c> holds (7 days at about 70 rows a day, with room).</summary>
    public const int MaximumDiaryRows = 1_000;

    /// <summary>The elements of an array property with their paths; empty when absent, not an array or too long.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)> Array(string name, string valid, int maximum = MaximumListLength)
    {
        if (Get(name) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(WrongKind(Field(name), value, "an array", valid));
            Fail(name);
            return [];
        }

        var field = Field(name);
        if (value.GetArrayLength() > maximum)
        {
            _errors.Add(new(field, $"{value.GetArrayLength():N0} items", $"{valid}, at most {maximum:N0} items", $"has more than {maximum:N0} items"));
            Fail(name);
            return [];
        }

        var elements = new (JsonElement Element, string Path)[value.GetArrayLength()];
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            elements[i] = (element, $"{field}[{i.ToString(CultureInfo.InvariantCulture)}]");
            i++;
        }

        return elements;
    }

    /// <summary>A finite number at <paramref name="path"/>, or null with an error added.</summary>
    public static double? NumberAt(JsonElement value, string path, string valid, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(WrongKind(path, value, "a number", valid));
            return null;
        }

        if (!TryNumber(value, out var number))
        {
            errors.Add(new(path, Show(value), valid, FieldError.NotANumber));
            return null;
        }

        return number;
    }

    // A JSON number within double's range: TryGetDouble refuses numbers beyond it (1e400) rather than returning infinity.
    private static bool TryNumber(JsonElement value, out double number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out number) && double.IsFinite(number);
    }

    /// <summary>A string at <paramref name="path"/>, trimmed, or null with an error added.</summary>
    public static string? TextAt(JsonElement value, string path, string valid, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(WrongKind(path, value, "a string", valid));
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length > MaximumTextLength)
        {
            // Every free text of the contract (names of medicines and conditions, codes, ids, measures) is bounded: a
            // 250,000-character medicine name once made the PDF take 136 s.
            errors.Add(new(path, text, $"{valid}, of at most {MaximumTextLength} characters", $"is longer than {MaximumTextLength} characters ({text.Length:N0})"));
            return null;
        }

        return text;
    }

    /// <summary>A token of <paramref name="table"/> at <paramref name="path"/>, or null with an error added.</summary>
    public static T? TokenAt<T>(JsonElement value, string path, TokenTable<T> table, List<FieldError> errors)
        where T : struct, Enum
    {
        if (TextAt(value, path, table.ValidValues, errors) is not { } text)
        {
            return null;
        }

        if (table.TryParse(text, out var token))
        {
            return token;
        }

        errors.Add(new(path, text, table.ValidValues, FieldError.NotAValidValue));
        return null;
    }

    /// <summary>A date <c>YYYY-MM-DD</c> at <paramref name="path"/>, or null with an error added.</summary>
    public static DateOnly? DateAt(JsonElement value, string path, List<FieldError> errors)
    {
        const string Valid = "a date YYYY-MM-DD, e.g. 2025-01-10";
        if (TextAt(value, path, Valid, errors) is not { } text)
        {
            return null;
        }

        if (ParseDate(text, out var date))
        {
            return date;
        }

        errors.Add(new(path, text, Valid, FieldError.NotADate));
        return null;
    }

    private static bool TryDate(JsonElement value, out DateOnly date)
    {
        date = default;
        return value.ValueKind == JsonValueKind.String && ParseDate(value.GetString()!.Trim(), out date);
    }

    private static bool ParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The error for a value of the wrong JSON kind ("is a string, not a number").</summary>
    public static FieldError WrongKind(string path, JsonElement value, string expected, string valid) =>
        new(path, Show(value), valid, $"is {Kind(value)}, not {expected}");

    /// <summary>
    /// The longest text any string field of the contract accepts, after trimming: 300 characters, room for the longest
    /// RxNorm clinical-drug names (combination products with strengths and a brand, about 250) with a margin.
    /// </summary>
    public const int MaximumTextLength = 300;

    /// <summary>The value as it appears in the JSON text, cut to <see cref="MaximumValueShown"/> characters.</summary>
    public static string Show(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return text.Length > MaximumValueShown ? text[..MaximumValueShown] + "…" : text;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    private T? Track<T>(string name, T? value)
        where T : struct
    {
        if (value is null)
        {
            Fail(name);
        }

        return value;
    }

    private string? Track(string name, string? value)
    {
        if (value is null)
        {
            Fail(name);
        }

        return value;
    }
}
