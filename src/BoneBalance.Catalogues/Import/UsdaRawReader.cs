using System.Globalization;
using System.IO.Compression;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Import;

/// <summary>
/// Reads the original SR28 ASCII release (see <c>data/sources/usda-sr28/SR28-FORMAT.md</c>): FD_GROUP, NUTR_DEF,
/// SRC_CD, FOOD_DES, WEIGHT and NUT_DATA (gzip-compressed as <c>NUT_DATA.txt.gz</c>, or plain <c>NUT_DATA.txt</c>).
/// Keeps the nutrients of <see cref="NutrientDefinition.All"/> that have an SR28 number.
/// </summary>
internal static class UsdaRawReader
{
    /// <summary>Reads the tables from a directory holding the SR28 files.</summary>
    public static UsdaTables Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"SR28 directory '{directory}' does not exist.");
        }

        var wanted = NutrientDefinition.All.Where(d => d.UsdaNumber is not null).Select(d => d.UsdaNumber!).ToHashSet(StringComparer.Ordinal);

        var groups = ReadFile(directory, "FD_GROUP.txt", 2, l => new UsdaTables.Group(l.Required(0, "FdGrp_Cd"), l.Required(1, "FdGrp_Desc")));
        var groupCodes = groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);

        var nutrients = ReadFile(directory, "NUTR_DEF.txt", 6,
                l => new UsdaTables.NutrientDef(l.Required(0, "Nutr_No"), l.Required(1, "Units"), l.Text(2), l.Required(3, "NutrDesc")))
            .Where(n => wanted.Contains(n.Number))
            .ToList();
        var missing = wanted.Except(nutrients.Select(n => n.Number)).ToList();
        if (missing.Count > 0)
        {
            throw new DataFileFormatException("NUTR_DEF.txt", 0, $"nutrient(s) {string.Join(", ", missing)} not defined");
        }

        var sources = ReadFile(directory, "SRC_CD.txt", 2, l => new UsdaTables.SourceCode(l.Required(0, "Src_Cd"), l.Required(1, "SrcCd_Desc")));

        var foods = ReadFile(directory, "FOOD_DES.txt", 14, l =>
        {
            var group = l.Required(1, "FdGrp_Cd");
            if (!groupCodes.Contains(group))
            {
                throw l.Error($"FdGrp_Cd '{group}' is not in FD_GROUP.txt");
            }

            return new UsdaTables.FoodRow(l.Ndb(0), group, l.Required(2, "Long_Desc"), l.Text(3), l.Text(4), l.Text(5),
                string.Equals(l.Text(6), "Y", StringComparison.Ordinal));
        });
        var ndbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var food in foods)
        {
            if (!ndbs.Add(food.Ndb))
            {
                throw new DataFileFormatException("FOOD_DES.txt", 0, $"NDB_No {food.Ndb} appears twice");
            }
        }

        var weights = ReadFile(directory, "WEIGHT.txt", 7, l =>
        {
            var ndb = KnownFood(l, ndbs);
            var amount = l.Number(2, "Amount");
            if (amount <= 0)
            {
                throw l.Error($"Amount '{l.Text(2)}' must be greater than 0");
            }

            if (!int.TryParse(l.Text(1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                throw l.Error($"Seq '{l.Text(1)}' is not a whole number");
            }

            return new UsdaTables.Weight(ndb, seq, amount, l.Required(3, "Msre_Desc"), l.Number(4, "Gm_Wgt"));
        });

        var values = new List<UsdaTables.Value>();
        var gz = Path.Combine(directory, "NUT_DATA.txt.gz");
        var (dataName, dataPath) = File.Exists(gz) ? ("NUT_DATA.txt.gz", gz) : ("NUT_DATA.txt", Path.Combine(directory, "NUT_DATA.txt"));
        using (var raw = File.OpenRead(dataPath))
        using (Stream data = dataName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw)
        {
            foreach (var l in CaretFile.Read(dataName, data, 18))
            {
                var number = l.Required(1, "Nutr_No");
                var ndb = KnownFood(l, ndbs);
                if (!wanted.Contains(number))
                {
                    continue;
                }

                values.Add(new UsdaTables.Value(ndb, number, l.Text(2), l.Number(2, "Nutr_Val"), l.Text(5), l.Text(6)));
            }
        }

        return new UsdaTables(groups, nutrients, sources, foods, weights, values);
    }

    private static string KnownFood(CaretFile.CaretLine line, HashSet<string> ndbs)
    {
        var ndb = line.Ndb(0);
        return ndbs.Contains(ndb) ? ndb : throw line.Error($"NDB_No {ndb} is not in FOOD_DES.txt");
    }

    private static List<T> ReadFile<T>(string directory, string name, int fieldCount, Func<CaretFile.CaretLine, T> map)
    {
        using var stream = File.OpenRead(Path.Combine(directory, name));
        return [.. CaretFile.Read(name, stream, fieldCount).Select(map)];
    }
}
