using System.Diagnostics;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Search;
using Microsoft.Data.Sqlite;

namespace BoneBalance.Data;

/// <summary>
/// The food catalogue, loaded once from the SQLite food database into memory: every food with its values and
/// household measures, and a type-ahead search index.
/// </summary>
/// <remarks>
/// Ranking (<see cref="Search"/>): score = relevance + 0.3 × popularity + 0.1 × head coverage + 0.04 × raw form.
/// <list type="bullet">
/// <item>relevance (0–1): mean over the query words of match quality (exact 1, plural of a name word 0.95,
/// prefix 0.8, one edit 0.65,
/// two edits 0.5) × the weight of the name segment matched (first comma segment 1, then 0.85, 0.7, 0.55);</item>
/// <item>popularity (0–1), computed at import: 0.5 when SR28 flags the food <c>Survey</c> (it is used to code
/// the NHANES "What We Eat in America" dietary recalls, i.e. what people in the US actually report eating),
/// + 0.3 × (number of household measures, up to 4) / 4, + 0.2 for a generic food (no manufacturer, not a
/// baby, fast-food, restaurant or Alaska-Native food);</item>
/// <item>head coverage (0–1): the share of the name's first segment covered by query words, so "natto" puts
/// "Natto" before longer names that merely contain the word;</item>
/// <item>raw form (0 or 1): 1 when the name has the word "raw" — SR28's name for a plant or animal food itself, of
/// which every other entry is a preparation. The SR28 Survey flag (most of popularity) marks foods as people report
/// eating them, mostly cooked, and misses many raw forms ("Kale, raw"), so this small term lifts the raw form among
/// near-ties ("kale" puts "Kale, raw" third, after the two Survey-flagged cooked kales, instead of fourth behind
/// frozen kale). At 0.04 it is far smaller than the Survey flag's share (0.15) and than the gap between an exact and
/// a prefix match of a one-word query (0.2), so it reorders near-ties, not clearly better matches.</item>
/// </list>
/// Ties go to the shorter name.
/// </remarks>
public sealed class FoodCatalogue : IDisposable
{
    private readonly Dictionary<string, Food> _byId;
    private readonly FoodSearchIndex _index;
    private readonly string _path;
    private SqliteConnection? _ftsConnection;
    private SqliteCommand? _ftsCommand;

    private FoodCatalogue(string path, List<Food> foods, List<double> popularity, TimeSpan loadTime)
    {
        _path = path;
        Foods = foods;
        _byId = foods.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        CommonFoods = SuggestedFoodsFile.LoadShipped(_byId);
        _index = new FoodSearchIndex(foods, popularity);
        LoadTime = loadTime;
    }

    /// <summary>Every food, in id order.</summary>
    public IReadOnlyList<Food> Foods { get; }

    /// <summary>
    /// The reviewed common foods that may be suggested to close a gap (<see cref="SuggestedFoodsFile"/>,
    /// <c>data/nutrition/suggested_foods.csv</c>): foods in the form people eat them (cooked where usually cooked), no
    /// branded product, each with a household portion and the gaps it is listed for. The intake analysis suggests
    /// gap-closing foods from this list rather than from <see cref="Foods"/>, which also holds ingredients, branded
    /// products, raw meat and fish and processed meats.
    /// </summary>
    public SuggestedFoodList CommonFoods { get; }

    /// <summary>Time spent loading the database and building the index.</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>Loads the catalogue from a food database built by <see cref="FoodDatabase"/>.</summary>
    public static FoodCatalogue Load(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"Food database '{databasePath}' does not exist; call FoodDatabase.EnsureCreated first.", databasePath);
        }

        var clock = Stopwatch.StartNew();
        using var connection = FoodDatabase.OpenReadOnly(databasePath);
        var codes = NutrientDefinition.All.ToDictionary(d => d.Code, d => d.Nutrient, StringComparer.Ordinal);

        var values = new Dictionary<string, List<NutrientValue>>(StringComparer.Ordinal);
        var sources = new Dictionary<long, ValueSource>();
        ForEachRow(connection, "SELECT id, dataset, code, description FROM value_sources", r =>
            sources[r.GetInt64(0)] = new ValueSource(r.GetString(1), r.GetString(2), r.GetString(3)));

        ForEachRow(connection, "SELECT food_id, nutrient, amount, source_id FROM food_values", r =>
        {
            var id = r.GetString(0);
            if (!values.TryGetValue(id, out var list))
            {
                values[id] = list = [];
            }

            list.Add(NutrientValue.Analysed(codes[r.GetString(1)], r.GetDouble(2), sources[r.GetInt64(3)]));
        });

        var portions = new Dictionary<string, List<Portion>>(StringComparer.Ordinal);
        ForEachRow(connection, "SELECT food_id, seq, amount, description, grams FROM portions", r =>
        {
            var id = r.GetString(0);
            if (!portions.TryGetValue(id, out var list))
            {
                portions[id] = list = [];
            }

            list.Add(new Portion(r.GetInt32(1), r.GetDouble(2), r.GetString(3), r.GetDouble(4)));
        });

        var foods = new List<Food>();
        var popularity = new List<double>();
        ForEachRow(connection, "SELECT id, name, group_name, common_name, popularity FROM foods ORDER BY id", r =>
        {
            var id = r.GetString(0);
            foods.Add(new Food(id, r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                values.GetValueOrDefault(id) ?? [], portions.GetValueOrDefault(id) ?? []));
            popularity.Add(r.GetDouble(4));
        });

        var catalogue = new FoodCatalogue(databasePath, foods, popularity, TimeSpan.Zero);
        catalogue.LoadTime = clock.Elapsed;
        return catalogue;
    }

    /// <summary>The food with this id (<c>usda:01001</c>, <c>lit:…</c>; case-insensitive), or null.</summary>
    public Food? Find(string id) => _byId.GetValueOrDefault(id?.Trim() ?? string.Empty);

    /// <summary>
    /// Type-ahead search: ranked, prefix- and typo-tolerant, common foods first (see the class remarks for the
    /// ranking). A query that is a food id returns that food. Returns at most <paramref name="limit"/> hits.
    /// </summary>
    public IReadOnlyList<FoodSearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (Find(query) is { } byId)
        {
            return limit == 0 ? [] : [new FoodSearchHit(byId, 1.0)];
        }

        return _index.Search(query, limit);
    }

    /// <summary>
    /// The benchmark baseline: a plain SQLite FTS5 query (every query word as a prefix, ranked by bm25) on the
    /// same names. No typo tolerance and no popularity. Returns food ids. Unlike <see cref="Search"/> (safe from
    /// any number of threads), this keeps one prepared SQLite command and must not be called concurrently.
    /// </summary>
    public IReadOnlyList<string> SearchFts(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = SearchText.Words(query);
        if (words.Count == 0 || limit <= 0)
        {
            return [];
        }

        if (_ftsCommand is null)
        {
            _ftsConnection = FoodDatabase.OpenReadOnly(_path);
            _ftsCommand = _ftsConnection.CreateCommand();
            _ftsCommand.CommandText = "SELECT id FROM foods_fts WHERE foods_fts MATCH $q ORDER BY bm25(foods_fts) LIMIT $limit";
            _ftsCommand.Parameters.Add(new SqliteParameter("$q", string.Empty));
            _ftsCommand.Parameters.Add(new SqliteParameter("$limit", 0));
            _ftsCommand.Prepare();
        }

        _ftsCommand.Parameters[0].Value = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        _ftsCommand.Parameters[1].Value = limit;
        var ids = new List<string>();
        using var reader = _ftsCommand.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _ftsCommand?.Dispose();
        _ftsConnection?.Dispose();
        _ftsCommand = null;
        _ftsConnection = null;
    }

    private static void ForEachRow(SqliteConnection connection, string sql, Action<SqliteDataReader> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader);
        }
    }
}
