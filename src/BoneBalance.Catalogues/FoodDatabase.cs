using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Import;
using Microsoft.Data.Sqlite;

namespace BoneBalance.Data;

/// <summary>
/// The embedded SQLite food database. It is built from the compact data shipped inside this assembly
/// (<see cref="EnsureCreated"/>) or from the raw SR28 release (<see cref="Importer.ImportUsda"/>), always into a
/// temporary file beside the target that is renamed over it only once complete, so an interrupted or failed
/// build leaves the previous catalogue as it was.
/// </summary>
/// <remarks>
/// Tables: <c>foods</c> (id, ndb_no, names, group, survey flag, popularity), <c>food_values</c> (one row per
/// analysed food × nutrient, with the SR28 value text and derivation code and a <c>value_sources</c> row: SR28
/// source code and meaning, or literature row and citation — a nutrient without a row was not analysed, never
/// zero), <c>portions</c> (WEIGHT), <c>nutrients</c>,
/// <c>food_groups</c>, <c>source_codes</c>, <c>meta</c> and the FTS5 index <c>foods_fts</c>.
/// </remarks>
public static class FoodDatabase
{
    /// <summary>Version of the table layout; a database with another version is rebuilt.</summary>
    public const int SchemaVersion = 3;

    /// <summary>Popularity weight of SR28's <c>Survey</c> flag (foods used in the NHANES What We Eat in America survey).</summary>
    internal const double SurveyWeight = 0.5;

    /// <summary>Popularity weight of the number of household measures (up to 4), a sign of a commonly portioned food.</summary>
    internal const double PortionWeight = 0.3;

    /// <summary>Popularity weight of a generic food (no manufacturer; not baby, fast-food, restaurant or regional food).</summary>
    internal const double GenericWeight = 0.2;

    /// <summary>The group name of a CIQUAL food starts with this, followed by CIQUAL's group and sub-group.</summary>
    internal const string CiqualGroupPrefix = "French food table CIQUAL 2025: ";

    /// <summary>The one portion of a CIQUAL food: 100 g (CIQUAL gives values per 100 g and no household measures).</summary>
    internal const double CiqualPortionGrams = 100;

    /// <summary>The description of that portion: amount 1, label <c>1 portion of 100 g</c> (so 2 of them are 200 g).</summary>
    internal const string CiqualPortionDescription = "portion of 100 g";

    private static readonly HashSet<string> NonGenericGroups = new(StringComparer.Ordinal) { "0300", "2100", "3500", "3600" };

    /// <summary>The usual place of the database: the user's local application data folder.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "BoneBalance", "foods.db");

    /// <summary>
    /// Makes sure a usable database exists at <paramref name="path"/>: builds it from the shipped data when the
    /// file is missing, unreadable, of another schema version, or built from an older copy of the shipped data.
    /// A database imported from raw SR28 files is left alone. Returns true when it built the database.
    /// </summary>
    public static bool EnsureCreated(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fingerprint = ShippedFingerprint();
        if (File.Exists(path) && ReadMeta(path) is { } meta
            && meta.GetValueOrDefault("schema_version") == SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && (meta.GetValueOrDefault("origin") == "usda-raw" || meta.GetValueOrDefault("shipped_sha256") == fingerprint))
        {
            return false;
        }

        Build(UsdaCompactFiles.Read(OpenShipped), MenaquinoneMapping.Read(OpenShipped), CiqualTable.Read(OpenShipped), path, "shipped", fingerprint);
        return true;
    }

    /// <summary>Opens one of the data files shipped inside this assembly (<c>data/nutrition/NAME</c>).</summary>
    internal static Stream OpenShipped(string name) =>
        typeof(FoodDatabase).Assembly.GetManifestResourceStream("nutrition/" + name)
        ?? throw new FileNotFoundException($"Shipped data file 'data/nutrition/{name}' is not embedded in {typeof(FoodDatabase).Assembly.GetName().Name}.");

    /// <summary>Opens a read-only connection (no pooling, so the file can be replaced afterwards).</summary>
    internal static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Builds the database into a temporary file and renames it over <paramref name="path"/>.</summary>
    internal static ImportSummary Build(UsdaTables usda, MenaquinoneMapping literature, CiqualTable ciqual, string path, string origin, string? fingerprint)
    {
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        RefuseForeignFile(full);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        RemoveAbandonedTempFiles(full);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            ImportSummary summary;
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
            {
                connection.Open();
                Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
                using var transaction = connection.BeginTransaction();
                CreateSchema(connection);
                summary = Fill(connection, usda, literature, ciqual, origin, fingerprint);
                transaction.Commit();
                Execute(connection, "PRAGMA optimize;");
            }

            using (var file = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite))
            {
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            return summary with { Elapsed = clock.Elapsed };
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Deletes temporary files left by builds that were killed (they are never renamed over the database). Only
    /// files older than an hour go, so a build running in another process at the same time is not disturbed.
    /// </summary>
    private static void RemoveAbandonedTempFiles(string fullPath)
    {
        foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath) + ".*.tmp"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(stale) > TimeSpan.FromHours(1))
            {
                try
                {
                    File.Delete(stale);
                }
                catch (IOException)
                {
                    // In use or already gone: leave it to the next build.
                }
            }
        }
    }

    private static string ShippedFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in UsdaCompactFiles.All.Append(MenaquinoneMapping.LiteratureFile).Append(MenaquinoneMapping.MappingFile)
                     .Append(CiqualTable.File).Append(CiqualTable.MappingFile))
        {
            using var stream = OpenShipped(name);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Refuses to build over a file that is not a BoneBalance food catalogue: another SQLite database (an accounts
    /// database, say), any other file, or a directory. Only a missing file, an empty one, or a catalogue (its
    /// <c>meta</c> table names a schema version; an older one is rebuilt) may be replaced.
    /// </summary>
    /// <exception cref="InvalidInputException">The path holds something else; it is left as it is.</exception>
    private static void RefuseForeignFile(string fullPath)
    {
        const string Valid = "a BoneBalance food catalogue, an empty file or a path where no file exists yet";
        if (Directory.Exists(fullPath))
        {
            throw new InvalidInputException("database", fullPath, Valid, "is a directory");
        }

        if (File.Exists(fullPath) && new FileInfo(fullPath).Length > 0 && ReadMeta(fullPath)?.ContainsKey("schema_version") != true)
        {
            throw new InvalidInputException("database", fullPath, Valid,
                "is not a BoneBalance food catalogue and was left as it is (choose another path, or remove the file yourself)");
        }
    }

    private static Dictionary<string, string>? ReadMeta(string path)
    {
        try
        {
            using var connection = OpenReadOnly(path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM meta";
            using var reader = command.ExecuteReader();
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                meta[reader.GetString(0)] = reader.GetString(1);
            }

            return meta;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static void CreateSchema(SqliteConnection connection) => Execute(connection, """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE food_groups(code TEXT PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE source_codes(code TEXT PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE nutrients(code TEXT PRIMARY KEY, usda_number TEXT, name TEXT NOT NULL, unit TEXT NOT NULL);
        CREATE TABLE foods(id TEXT PRIMARY KEY, ndb_no TEXT, name TEXT NOT NULL, short_name TEXT, common_name TEXT,
            manufacturer TEXT, group_code TEXT, group_name TEXT NOT NULL, survey INTEGER NOT NULL, popularity REAL NOT NULL);
        CREATE TABLE value_sources(id INTEGER PRIMARY KEY, dataset TEXT NOT NULL, code TEXT NOT NULL, description TEXT NOT NULL,
            UNIQUE(dataset, code));
        CREATE TABLE food_values(food_id TEXT NOT NULL REFERENCES foods(id), nutrient TEXT NOT NULL REFERENCES nutrients(code),
            amount REAL NOT NULL, amount_text TEXT NOT NULL, source_id INTEGER NOT NULL REFERENCES value_sources(id),
            derivation_code TEXT, PRIMARY KEY(food_id, nutrient)) WITHOUT ROWID;
        CREATE TABLE portions(food_id TEXT NOT NULL REFERENCES foods(id), seq INTEGER NOT NULL, amount REAL NOT NULL,
            description TEXT NOT NULL, grams REAL NOT NULL, PRIMARY KEY(food_id, seq)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE foods_fts USING fts5(id UNINDEXED, name, common_name, tokenize='unicode61 remove_diacritics 2');
        """);

    private static ImportSummary Fill(SqliteConnection connection, UsdaTables usda, MenaquinoneMapping literature, CiqualTable ciqual, string origin, string? fingerprint)
    {
        var groups = usda.Groups.ToDictionary(g => g.Code, g => g.Description, StringComparer.Ordinal);
        var sources = usda.SourceCodes.ToDictionary(s => s.Code, s => s.Description, StringComparer.Ordinal);
        var portionCounts = usda.Weights.GroupBy(w => w.Ndb).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Insert(connection, "INSERT INTO meta VALUES ($a, $b)", [
            ["schema_version", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ["origin", origin],
            ["shipped_sha256", fingerprint ?? string.Empty],
            ["built_utc", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)],
            ["builder", typeof(FoodDatabase).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown"],
        ]);
        Insert(connection, "INSERT INTO food_groups VALUES ($a, $b)", usda.Groups.Select(g => new object?[] { g.Code, g.Description }));
        Insert(connection, "INSERT INTO source_codes VALUES ($a, $b)", usda.SourceCodes.Select(s => new object?[] { s.Code, s.Description }));
        Insert(connection, "INSERT INTO nutrients VALUES ($a, $b, $c, $d)",
            NutrientDefinition.All.Select(d => new object?[] { d.Code, d.UsdaNumber, d.Name, d.UnitSymbol }));

        var foodIds = new HashSet<string>(StringComparer.Ordinal);
        var foodRows = new List<object?[]>();
        foreach (var f in usda.Foods)
        {
            var id = "usda:" + f.Ndb;
            foodIds.Add(id);
            var generic = f.Manufacturer.Length == 0 && !NonGenericGroups.Contains(f.GroupCode);
            var popularity = (f.Survey ? SurveyWeight : 0) + (PortionWeight * Math.Min(portionCounts.GetValueOrDefault(f.Ndb), 4) / 4.0)
                + (generic ? GenericWeight : 0);
            foodRows.Add([id, f.Ndb, f.LongDescription, f.ShortDescription, Null(f.CommonName), Null(f.Manufacturer), f.GroupCode,
                groups[f.GroupCode], f.Survey ? 1 : 0, popularity]);
        }

        // Literature-only foods: a generic food with no household measures and no survey flag.
        foreach (var lit in literature.Assignments.Where(a => a.TargetId.StartsWith("lit:", StringComparison.Ordinal))
                     .DistinctBy(a => a.TargetId))
        {
            foodIds.Add(lit.TargetId);
            foodRows.Add([lit.TargetId, null, lit.TargetName, null, null, null, null, "Literature menaquinone table", 0, GenericWeight]);
        }

        // CIQUAL foods with a K2 number and no SR28 counterpart in the reviewed mapping: generic foods with one 100 g
        // portion (CIQUAL has no household measures) and no survey flag, so they rank like literature-only foods, after
        // the commonly eaten SR28 foods.
        foreach (var food in ciqual.OwnFoods)
        {
            foodIds.Add(food.Id);
            foodRows.Add([food.Id, null, food.Name, null, null, null, null, $"{CiqualGroupPrefix}{food.Group}, {food.Subgroup}", 0,
                GenericWeight + (PortionWeight / 4.0)]);
        }

        Insert(connection, "INSERT INTO foods VALUES ($a, $b, $c, $d, $e, $f, $g, $h, $i, $j)", foodRows);
        Insert(connection, "INSERT INTO foods_fts VALUES ($a, $b, $c)", foodRows.Select(r => new[] { r[0], r[2], r[4] }));

        var byNumber = usda.Nutrients.ToDictionary(n => n.Number, StringComparer.Ordinal);
        var seen = new HashSet<(string, Nutrient)>();
        var sourceIds = new Dictionary<(string Dataset, string Code), (int Id, string Description)>();
        int SourceId(string dataset, string code, string description)
        {
            if (!sourceIds.TryGetValue((dataset, code), out var entry))
            {
                sourceIds[(dataset, code)] = entry = (sourceIds.Count + 1, description);
            }

            return entry.Id;
        }

        var valueRows = new List<object?[]>(usda.Values.Count + literature.Assignments.Count);
        foreach (var v in usda.Values)
        {
            if (!NutrientDefinition.TryFromUsdaNumber(v.NutrientNumber, out var definition) || !byNumber.ContainsKey(v.NutrientNumber))
            {
                continue;
            }

            var id = "usda:" + v.Ndb;
            if (!seen.Add((id, definition.Nutrient)))
            {
                throw new InvalidDataException($"SR28 has two values of nutrient {v.NutrientNumber} for NDB_No {v.Ndb}.");
            }

            valueRows.Add([id, definition.Code, v.Amount, v.Text,
                SourceId(ValueSource.UsdaSr28, v.SourceCode, sources.GetValueOrDefault(v.SourceCode, "(source code not in SRC_CD)")), Null(v.DerivationCode)]);
        }

        var ciqualValues = 0;
        foreach (var food in ciqual.OwnFoods)
        {
            var source = SourceId(food.Source.Dataset, food.Source.Code, food.Source.Description);
            foreach (var (nutrient, cell) in food.Cells)
            {
                if (cell.Amount is { } amount)
                {
                    seen.Add((food.Id, nutrient));
                    valueRows.Add([food.Id, NutrientDefinition.Of(nutrient).Code, amount, cell.Text, source, null]);
                    ciqualValues++;
                }
            }
        }

        foreach (var a in literature.Assignments)
        {
            if (!foodIds.Contains(a.TargetId))
            {
                throw new InvalidDataException($"{MenaquinoneMapping.MappingFile}: target {a.TargetId} is not a food of the catalogue.");
            }

            if (!seen.Add((a.TargetId, a.Nutrient)))
            {
                throw new InvalidDataException(
                    $"{MenaquinoneMapping.MappingFile}: {a.Source.Code} would replace the existing {NutrientDefinition.Of(a.Nutrient).Code} value of {a.TargetId}; one value per food and nutrient.");
            }

            valueRows.Add([a.TargetId, NutrientDefinition.Of(a.Nutrient).Code, a.Amount,
                a.Amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture), SourceId(a.Source.Dataset, a.Source.Code, a.Source.Description), null]);
        }

        // CIQUAL K2 totals given to SR28 foods, after the literature: the target must have no menaquinone value from
        // SR28 or the literature, or its K2 would be counted from two sources.
        foreach (var a in ciqual.Mapped)
        {
            if (!foodIds.Contains(a.TargetId))
            {
                throw new InvalidDataException($"{CiqualTable.MappingFile}: target {a.TargetId} is not a food of the catalogue.");
            }

            foreach (var form in NutrientDefinition.Menaquinones)
            {
                if (seen.Contains((a.TargetId, form)))
                {
                    throw new InvalidDataException(
                        $"{CiqualTable.MappingFile}: CIQUAL {a.Source.Code} would give a K2 total to {a.TargetId}, which already has a {NutrientDefinition.Of(form).Code} value; a food takes K2 from one source only.");
                }
            }

            seen.Add((a.TargetId, Nutrient.VitaminK2));
            valueRows.Add([a.TargetId, NutrientDefinition.Of(Nutrient.VitaminK2).Code, a.Amount, a.Text, SourceId(a.Source.Dataset, a.Source.Code, a.Source.Description), null]);
            ciqualValues++;
        }

        Insert(connection, "INSERT INTO value_sources VALUES ($a, $b, $c, $d)",
            sourceIds.Select(e => new object?[] { e.Value.Id, e.Key.Dataset, e.Key.Code, e.Value.Description }));
        Insert(connection, "INSERT INTO food_values VALUES ($a, $b, $c, $d, $e, $f)", valueRows);
        Insert(connection, "INSERT INTO portions VALUES ($a, $b, $c, $d, $e)",
            usda.Weights.Select(w => new object?[] { "usda:" + w.Ndb, w.Sequence, w.Amount, w.Description, w.Grams })
                .Concat(ciqual.OwnFoods.Select(f => new object?[] { f.Id, 1, 1.0, CiqualPortionDescription, CiqualPortionGrams })));

        return new ImportSummary(foodRows.Count, valueRows.Count, usda.Weights.Count, literature.Assignments.Count, TimeSpan.Zero)
        {
            CiqualValues = ciqualValues,
        };
    }

    private static string? Null(string text) => text.Length == 0 ? null : text;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, string sql, IEnumerable<object?[]> rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            if (parameters is null)
            {
                parameters = new SqliteParameter[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i] = command.Parameters.Add(new SqliteParameter("$" + (char)('a' + i), null));
                }

                command.Prepare();
            }

            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
