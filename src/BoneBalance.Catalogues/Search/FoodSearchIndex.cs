using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Search;

/// <summary>
/// The in-memory type-ahead index over food names. Each name is split at commas into segments (SR28 names go
/// from the head noun to the details: "Cheese, gouda"), and each word remembers the earliest segment it occurs in.
/// A query word matches a name word exactly, as a prefix, or within a small edit distance (1 for words of 4–7
/// letters, 2 from 8 letters), found through a table of deletion variants rather than by scanning every word;
/// an English plural (-s, -es) also matches its singular.
/// All query words must match (AND).
/// </summary>
internal sealed class FoodSearchIndex
{
    /// <summary>Weight of a word by the segment it first occurs in (head noun first).</summary>
    private static readonly float[] SegmentWeights = [1.0f, 0.85f, 0.7f, 0.55f];

    private const float ExactQuality = 1.0f;
    private const float PluralQuality = 0.95f;
    private const float PrefixQuality = 0.8f;
    private const float OneEditQuality = 0.65f;
    private const float TwoEditQuality = 0.5f;
    private const double PopularityWeight = 0.3;
    private const double HeadCoverageWeight = 0.1;

    /// <summary>
    /// Weight of the raw form. SR28 lists a plant or animal food first as itself, "raw" ("Kale, raw", "Egg, whole,
    /// raw, fresh"), and every preparation as a variant with more qualifiers; a query that names just the food
    /// ("kale") means that food. SR28's <c>Survey</c> flag, the main popularity signal, marks foods as the NHANES
    /// recalls code them — mostly cooked — and leaves many raw forms unflagged ("Kale, raw" is not flagged; its
    /// cooked forms are). The weight is about a quarter of the Survey flag's share of the score (0.3 × 0.5 = 0.15)
    /// and a fifth of the exact-versus-prefix gap of a one-word query (0.2), so it reorders near-ties: raw kale passes
    /// frozen kale (no Survey flag either), not the flagged cooked kale.
    /// </summary>
    private const double RawFormWeight = 0.04;

    private static readonly string[] PluralSuffixes = ["es", "s"];

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly Food[] _foods;
    private readonly double[] _popularity;
    private readonly byte[] _headWordCount;
    private readonly bool[] _isRawForm;
    private readonly string[] _words;
    private readonly Dictionary<string, int> _wordIds;
    private readonly int[][] _postings;
    private readonly Dictionary<string, int[]> _deletions;

    public FoodSearchIndex(IReadOnlyList<Food> foods, IReadOnlyList<double> popularity)
    {
        _foods = [.. foods];
        _popularity = [.. popularity];
        _headWordCount = new byte[_foods.Length];
        _isRawForm = new bool[_foods.Length];
        var postings = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (var f = 0; f < _foods.Length; f++)
        {
            var segments = _foods[f].Name.Split(',');
            _headWordCount[f] = (byte)Math.Min(255, SearchText.Words(segments[0]).Count);
            _isRawForm[f] = SearchText.Words(_foods[f].Name).Contains("raw", StringComparer.Ordinal);
            for (var s = 0; s < segments.Length; s++)
            {
                foreach (var word in SearchText.Words(segments[s]))
                {
                    Add(postings, word, f, Math.Min(s, SegmentWeights.Length - 1));
                }
            }

            foreach (var word in SearchText.Words(_foods[f].CommonName))
            {
                Add(postings, word, f, 1);
            }
        }

        _words = [.. postings.Keys.Order(StringComparer.Ordinal)];
        _wordIds = new Dictionary<string, int>(_words.Length, StringComparer.Ordinal);
        _postings = new int[_words.Length][];
        var deletions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var w = 0; w < _words.Length; w++)
        {
            _wordIds[_words[w]] = w;
            _postings[w] = [.. postings[_words[w]].Select(p => (p.Key << 2) | p.Value).Order()];
            foreach (var variant in Deletions(_words[w], MaxEdits(_words[w].Length)))
            {
                if (!deletions.TryGetValue(variant, out var list))
                {
                    deletions[variant] = list = [];
                }

                list.Add(w);
            }
        }

        _deletions = deletions.ToDictionary(d => d.Key, d => d.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Number of distinct words indexed.</summary>
    public int WordCount => _words.Length;

    public IReadOnlyList<FoodSearchHit> Search(string query, int limit)
    {
        var tokens = SearchText.Words(query);
        if (tokens.Count == 0 || limit <= 0)
        {
            return [];
        }

        var scratch = _scratch ??= new Scratch();
        scratch.Ensure(_foods.Length);
        var (best, total, hits, headHits, touched) = (scratch.Best, scratch.Total, scratch.Hits, scratch.HeadHits, scratch.Touched);
        var (candidates, matches, heap) = (scratch.Candidates, scratch.Matches, scratch.Heap);
        candidates.Clear();
        heap.Clear();
        for (var t = 0; t < tokens.Count; t++)
        {
            matches.Clear();
            CollectMatches(tokens[t], isLast: t == tokens.Count - 1, matches);
            touched.Clear();
            foreach (var (word, quality) in matches)
            {
                foreach (var posting in _postings[word])
                {
                    var food = posting >> 2;
                    if (hits[food] != t)
                    {
                        continue; // missed an earlier query word
                    }

                    var segment = posting & 3;
                    var score = quality * SegmentWeights[segment];
                    if (best[food] == 0)
                    {
                        touched.Add(food);
                    }

                    best[food] = Math.Max(best[food], score);
                    scratch.HeadFlag[food] |= segment == 0;
                }
            }

            foreach (var food in touched)
            {
                total[food] += best[food];
                hits[food]++;
                if (scratch.HeadFlag[food])
                {
                    headHits[food]++;
                }

                best[food] = 0;
                scratch.HeadFlag[food] = false;
                if (t == 0)
                {
                    candidates.Add(food);
                }
            }
        }

        foreach (var food in candidates)
        {
            if (hits[food] == tokens.Count)
            {
                var relevance = total[food] / tokens.Count;
                var head = _headWordCount[food] == 0 ? 0 : Math.Min(1.0, (double)headHits[food] / _headWordCount[food]);
                var score = relevance + (PopularityWeight * _popularity[food]) + (HeadCoverageWeight * head) + (_isRawForm[food] ? RawFormWeight : 0);
                heap.Enqueue(food, (score, -_foods[food].Name.Length));
                if (heap.Count > limit)
                {
                    heap.Dequeue();
                }
            }

            total[food] = 0;
            hits[food] = 0;
            headHits[food] = 0;
        }

        var results = new FoodSearchHit[heap.Count];
        for (var i = results.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var food, out var priority);
            results[i] = new FoodSearchHit(_foods[food], Math.Round(priority.Score, 4));
        }

        return results;
    }

    private void CollectMatches(string token, bool isLast, Dictionary<int, float> matches)
    {
        if (_wordIds.TryGetValue(token, out var exact))
        {
            matches[exact] = ExactQuality;
        }

        // Plurals: "sardines" finds "sardine", "tomatoes" finds "tomato".
        foreach (var suffix in PluralSuffixes)
        {
            if (token.Length > suffix.Length + 2 && token.EndsWith(suffix, StringComparison.Ordinal)
                && _wordIds.TryGetValue(token[..^suffix.Length], out var singular))
            {
                matches.TryAdd(singular, PluralQuality);
            }
        }

        // Prefixes: the last word is still being typed; earlier words get prefix matching from 3 letters.
        if (isLast || token.Length >= 3)
        {
            var start = LowerBound(token);
            for (var w = start; w < _words.Length && _words[w].StartsWith(token, StringComparison.Ordinal); w++)
            {
                matches.TryAdd(w, PrefixQuality);
            }
        }

        var edits = MaxEdits(token.Length);
        if (edits == 0)
        {
            return;
        }

        foreach (var variant in Deletions(token, edits))
        {
            if (!_deletions.TryGetValue(variant, out var words))
            {
                continue;
            }

            foreach (var w in words)
            {
                if (matches.ContainsKey(w))
                {
                    continue;
                }

                var distance = SearchText.Distance(token, _words[w], Math.Max(edits, MaxEdits(_words[w].Length)));
                if (distance == 1)
                {
                    matches[w] = OneEditQuality;
                }
                else if (distance == 2 && edits == 2)
                {
                    matches[w] = TwoEditQuality;
                }
            }
        }
    }

    private int LowerBound(string token)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(_words[mid], token) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int MaxEdits(int length) => length >= 8 ? 2 : length >= 4 ? 1 : 0;

    /// <summary>The word itself and every string obtained by deleting up to <paramref name="edits"/> letters.</summary>
    private static HashSet<string> Deletions(string word, int edits)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var e = 0; e < edits; e++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var variant = string.Concat(w.AsSpan(0, i), w.AsSpan(i + 1));
                    if (result.Add(variant))
                    {
                        next.Add(variant);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    private static void Add(Dictionary<string, Dictionary<int, int>> postings, string word, int food, int segment)
    {
        if (!postings.TryGetValue(word, out var foods))
        {
            postings[word] = foods = [];
        }

        foods[food] = foods.TryGetValue(food, out var existing) ? Math.Min(existing, segment) : segment;
    }

    /// <summary>Per-thread work arrays, so a query allocates almost nothing.</summary>
    private sealed class Scratch
    {
        public float[] Best = [];
        public double[] Total = [];
        public int[] Hits = [];
        public int[] HeadHits = [];
        public bool[] HeadFlag = [];
        public List<int> Touched = [];
        public List<int> Candidates = [];
        public Dictionary<int, float> Matches = [];
        public PriorityQueue<int, (double Score, int Tie)> Heap = new();

        public void Ensure(int size)
        {
            if (Best.Length < size)
            {
                (Best, Total, Hits, HeadHits, HeadFlag) = (new float[size], new double[size], new int[size], new int[size], new bool[size]);
            }
        }
    }
}
