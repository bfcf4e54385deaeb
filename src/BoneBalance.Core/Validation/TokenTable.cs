using System.Runtime.CompilerServices;
namespace BoneBalance.Core.Validation;

/// <summary>
/// The one mapping between an enumeration and the lower-case tokens people and files use for it
/// (<c>black_caribbean</c>, <c>very_heavy</c>). Parsing is case-insensitive and treats '-' like '_';
/// an unknown token is refused with the list of valid ones.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
public sealed class TokenTable<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byToken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<T, string> _byValue = [];
    private readonly List<string> _tokens = [];
    private readonly List<(byte[] Token, T Value)> _utf8Tokens = [];

    /// <summary>Creates the table; the first token given for a value is its canonical spelling.</summary>
    public TokenTable(params (string Token, T Value)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (token, value) in entries)
        {
            _byToken.Add(token, value);
            _utf8Tokens.Add((System.Text.Encoding.UTF8.GetBytes(token.ToLowerInvariant()), value));
            if (_byValue.TryAdd(value, token))
            {
                _tokens.Add(token);
            }
        }

        // Joined once: every parse of a token field passes it as the valid range (the table never changes after this).
        ValidValues = string.Join("|", _tokens);
    }

    /// <summary>The canonical tokens in declaration order.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>The valid tokens joined with '|', as shown in errors and help.</summary>
    public string ValidValues { get; }

    /// <summary>The canonical token of a value.</summary>
    public string ToToken(T value) => _byValue[value];

    /// <summary>Parses a token; false when it is unknown.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out T value)
    {
        text = text.Trim();
        var lookup = _byToken.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out value))
        {
            return true;
        }

        if (text.Contains('-'))
        {
            Span<char> buffer = stackalloc char[text.Length];
            text.Replace(buffer, '-', '_');
            return lookup.TryGetValue(buffer, out value);
        }

        return false;
    }

    /// <summary>
    /// Parses a token given as UTF-8 bytes without allocating (for batch files): ASCII case-insensitive, '-' read
    /// as '_', surrounding spaces ignored. Tokens are few, so a linear scan beats hashing here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParseUtf8(ReadOnlySpan<byte> utf8, out T value)
    {
        utf8 = utf8.Trim((byte)' ');
        Span<byte> folded = stackalloc byte[32];
        if (utf8.Length <= folded.Length)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                var b = utf8[i];
                folded[i] = b == (byte)'-' ? (byte)'_' : b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
            }

            var key = folded[..utf8.Length];
            foreach (var (token, v) in _utf8Tokens)
            {
                if (key.SequenceEqual(token))
                {
                    value = v;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses a token or throws <see cref="InvalidInputException"/> naming the field and the valid tokens.</summary>
    public T Parse(string field, string? text)
    {
        if (text is not null && TryParse(text, out var value))
        {
            return value;
        }

        throw new InvalidInputException(field, text ?? string.Empty, ValidValues, FieldError.NotAValidValue);
    }
}
