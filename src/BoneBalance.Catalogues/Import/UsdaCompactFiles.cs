using System.Globalization;

namespace BoneBalance.Data.Import;

/// <summary>
/// The compact SR28 subset shipped in <c>data/nutrition/</c>: six tables keeping SR28's ids, units, values as
/// published and source codes. Writing them from the raw release and reading them back gives the same
/// <see cref="UsdaTables"/>.
/// </summary>
internal static class UsdaCompactFiles
{
    public const string Groups = "usda-sr28-groups.tsv";
    public const string Nutrients = "usda-sr28-nutrients.tsv";
    public const string SourceCodes = "usda-sr28-source-codes.tsv";
    public const string Foods = "usda-sr28-foods.tsv.gz";
    public const string Weights = "usda-sr28-weights.tsv.gz";
    public const string Values = "usda-sr28-values.tsv.gz";

    private static readonly string[] GroupHeader = ["fdgrp_cd", "fdgrp_desc"];
    private static readonly string[] NutrientHeader = ["nutr_no", "units", "tagname", "nutrdesc"];
    private static readonly string[] SourceHeader = ["src_cd", "srccd_desc"];
    private static readonly string[] FoodHeader = ["ndb_no", "fdgrp_cd", "long_desc", "shrt_desc", "comname", "manufacname", "survey"];
    private static readonly string[] WeightHeader = ["ndb_no", "seq", "amount", "msre_desc", "gm_wgt"];
    private static readonly string[] ValueHeader = ["ndb_no", "nutr_no", "nutr_val", "src_cd", "deriv_cd"];

    /// <summary>All file names, for packaging checks.</summary>
    public static IReadOnlyList<string> All { get; } = [Groups, Nutrients, SourceCodes, Foods, Weights, Values];

    /// <summary>Writes the six tables into <paramref name="directory"/>.</summary>
    public static void Write(UsdaTables tables, string directory)
    {
        Directory.CreateDirectory(directory);
        TsvFile.Write(Path.Combine(directory, Groups), GroupHeader, tables.Groups.Select(g => new[] { g.Code, g.Description }));
        TsvFile.Write(Path.Combine(directory, Nutrients), NutrientHeader, tables.Nutrients.Select(n => new[] { n.Number, n.Unit, n.Tag, n.Description }));
        TsvFile.Write(Path.Combine(directory, SourceCodes), SourceHeader, tables.SourceCodes.Select(s => new[] { s.Code, s.Description }));
        TsvFile.Write(Path.Combine(directory, Foods), FoodHeader, tables.Foods.Select(f => new[]
        {
            f.Ndb, f.GroupCode, f.LongDescription, f.ShortDescription, f.CommonName, f.Manufacturer, f.Survey ? "Y" : string.Empty,
        }));
        TsvFile.Write(Path.Combine(directory, Weights), WeightHeader, tables.Weights.Select(w => new[]
        {
            w.Ndb, w.Sequence.ToString(CultureInfo.InvariantCulture), Show(w.Amount), w.Description, Show(w.Grams),
        }));
        TsvFile.Write(Path.Combine(directory, Values), ValueHeader, tables.Values.Select(v => new[]
        {
            v.Ndb, v.NutrientNumber, v.Text, v.SourceCode, v.DerivationCode,
        }));
    }

    /// <summary>Reads the six tables through <paramref name="open"/> (file name → stream).</summary>
    public static UsdaTables Read(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var groups = TsvFile.Read(Groups, open(Groups), GroupHeader)
            .Select(l => new UsdaTables.Group(l.Required(0, "fdgrp_cd"), l.Required(1, "fdgrp_desc"))).ToList();
        var nutrients = TsvFile.Read(Nutrients, open(Nutrients), NutrientHeader)
            .Select(l => new UsdaTables.NutrientDef(l.Required(0, "nutr_no"), l.Required(1, "units"), l.Fields[2], l.Required(3, "nutrdesc"))).ToList();
        var sources = TsvFile.Read(SourceCodes, open(SourceCodes), SourceHeader)
            .Select(l => new UsdaTables.SourceCode(l.Required(0, "src_cd"), l.Required(1, "srccd_desc"))).ToList();
        var foods = TsvFile.Read(Foods, open(Foods), FoodHeader)
            .Select(l => new UsdaTables.FoodRow(l.Required(0, "ndb_no"), l.Required(1, "fdgrp_cd"), l.Required(2, "long_desc"), l.Fields[3], l.Fields[4], l.Fields[5],
                l.Fields[6] == "Y")).ToList();
        var ndbs = foods.Select(f => f.Ndb).ToHashSet(StringComparer.Ordinal);
        var weights = TsvFile.Read(Weights, open(Weights), WeightHeader)
            .Select(l => new UsdaTables.Weight(Known(l, ndbs), l.Integer(1, "seq"), Positive(l, 2, "amount"), l.Required(3, "msre_desc"), l.Number(4, "gm_wgt"))).ToList();
        var values = TsvFile.Read(Values, open(Values), ValueHeader)
            .Select(l => new UsdaTables.Value(Known(l, ndbs), l.Required(1, "nutr_no"), l.Fields[2], l.Number(2, "nutr_val"), l.Fields[3], l.Fields[4])).ToList();
        return new UsdaTables(groups, nutrients, sources, foods, weights, values);
    }

    private static string Known(TsvFile.TsvLine line, HashSet<string> ndbs) =>
        ndbs.Contains(line.Fields[0]) ? line.Fields[0] : throw line.Error($"ndb_no '{line.Fields[0]}' is not in {Foods}");

    private static double Positive(TsvFile.TsvLine line, int index, string name)
    {
        var value = line.Number(index, name);
        return value > 0 ? value : throw line.Error($"{name} must be greater than 0");
    }

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
