using System.Text;

namespace BoneBalance.Core.Safety;

/// <summary>
/// Finds known names inside a free-text name, word by word and ignoring case and punctuation, so that
/// "Warfarin Sodium 5 MG Oral Tablet" finds <c>warfarin</c> and "Carbamazepine[Tegretol]" finds both words. When one
/// found name lies inside another ("chronic kidney disease" inside "chronic kidney disease stage 4"), only the longer
/// counts, so the more specific entry wins.
/// </summary>
/// <typeparam name="T">What a name stands for.</typeparam>
internal sealed class NameMatcher<T>
    where T : class
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Adds a name; throws when the same name already stands for something else.</summary>
    public void Add(string name, T value)
    {
        var words = Words(name);
        if (words.Length == 0)
        {
            throw new ArgumentException($"The name '{name}' has no letters or digits.", nameof(name));
        }

        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
        }

        foreach (var (existing, other) in list)
        {
            if (existing.SequenceEqual(words))
            {
                if (!ReferenceEquals(other, value))
                {
                    throw new ArgumentException($"The name '{name}' is given to two catalogue entries.", nameof(name));
                }

                return;
            }
        }

        list.Add((words, value));
    }

    /// <summary>The values whose names occur in <paramref name="text"/>, most specific only, in order of appearance.</summary>
    public IReadOnlyList<T> Find(string text)
    {
        var words = Words(text);
        var hits = new List<(int Start, int Length, T Value)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (name, value) in candidates)
            {
                if (i + name.Length <= words.Length && words.AsSpan(i, name.Length).SequenceEqual(name))
                {
                    hits.Add((i, name.Length, value));
                }
            }
        }

        var kept = hits.Where(h => !hits.Any(o => o.Length > h.Length && o.Start <= h.Start && o.Start + o.Length >= h.Start + h.Length));
        var result = new List<T>();
        foreach (var (_, _, value) in kept.OrderBy(h => h.Start))
        {
            if (!result.Contains(value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Lower-case words of letters and digits.</summary>
    internal static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
