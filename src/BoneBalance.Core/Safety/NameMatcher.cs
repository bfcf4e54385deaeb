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
        // The words as ranges over one folded copy of the text, looked up by span: no string per word (this runs for
        // every medication and condition of every assessment). Names of up to 256 characters stay on the stack.
        const int OnStack = 256;
        var folded = text.Length <= OnStack ? stackalloc char[OnStack] : new char[text.Length];
        folded = folded[..text.Length];
        Fold(text, folded);
        var words = text.Length <= OnStack ? stackalloc Range[(OnStack / 2) + 1] : new Range[(text.Length / 2) + 1];
        words = words[..Split(folded, words)];

        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        List<(int Start, int Length, T Value)>? hits = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!lookup.TryGetValue(folded[words[i]], out var candidates))
            {
                continue;
            }

            foreach (var (name, value) in candidates)
            {
                if (i + name.Length <= words.Length && Matches(folded, words.Slice(i, name.Length), name))
                {
                    (hits ??= []).Add((i, name.Length, value));
                }
            }
        }

        var result = new List<T>();
        if (hits is null)
        {
            return result;
        }

        // The hits are in order of their first word already; a hit inside a longer one does not count.
        foreach (var h in hits)
        {
            if (!InsideLonger(h, hits) && !result.Contains(h.Value))
            {
                result.Add(h.Value);
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> have the same <see cref="Words"/> (without
    /// making them).</summary>
    internal static bool SameWords(string a, string b)
    {
        var foldedA = a.Length <= 256 ? stackalloc char[a.Length] : new char[a.Length];
        var foldedB = b.Length <= 256 ? stackalloc char[b.Length] : new char[b.Length];
        Fold(a, foldedA);
        Fold(b, foldedB);
        return Collapsed(foldedA).SequenceEqual(Collapsed(foldedB));
    }

    private static bool InsideLonger((int Start, int Length, T Value) h, List<(int Start, int Length, T Value)> hits)
    {
        foreach (var o in hits)
        {
            if (o.Length > h.Length && o.Start <= h.Start && o.Start + o.Length >= h.Start + h.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ReadOnlySpan<char> folded, ReadOnlySpan<Range> words, string[] name)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (!folded[words[k]].SequenceEqual(name[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Letters and digits lower-cased, everything else a space: the text Words splits.
    private static void Fold(string text, Span<char> folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            folded[i] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        }
    }

    // The ranges of the words (runs without a space) of a folded text; returns how many.
    private static int Split(ReadOnlySpan<char> folded, Span<Range> words)
    {
        var count = 0;
        var i = 0;
        while (i < folded.Length)
        {
            if (folded[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && folded[i] != ' ')
            {
                i++;
            }

            words[count++] = start..i;
        }

        return count;
    }

    // The words of a folded text separated by single spaces, in place: equal exactly when the word lists are equal.
    private static Span<char> Collapsed(Span<char> folded)
    {
        var length = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] != ' ')
            {
                folded[length++] = folded[i];
            }
            else if (length > 0 && folded[length - 1] != ' ')
            {
                folded[length++] = ' ';
            }
        }

        return length > 0 && folded[length - 1] == ' ' ? folded[..(length - 1)] : folded[..length];
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
