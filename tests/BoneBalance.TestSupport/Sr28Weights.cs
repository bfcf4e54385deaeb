using System.Globalization;
using System.IO.Compression;

namespace BoneBalance.TestSupport;

/// <summary>
/// SR28's WEIGHT table read straight from the shipped <c>data/nutrition/usda-sr28-weights.tsv.gz</c> (gzip, a header
/// line, then tab-separated ndb_no, seq, amount, msre_desc, gm_wgt) with nothing of the application's own readers, so
/// that tests compare the app's grams with the file's.
/// </summary>
public static class Sr28Weights
{
    /// <summary>One WEIGHT row; <paramref name="AmountText"/> is the amount as written in the file.</summary>
    public sealed record Row(string Ndb, int Sequence, string AmountText, string Description, double Grams)
    {
        /// <summary>The catalogue id of the food.</summary>
        public string FoodId => "usda:" + Ndb;
    }

    /// <summary>Every row, in file order.</summary>
    public static IReadOnlyList<Row> All { get; } = Read();

    private static List<Row> Read()
    {
        var path = Repository.File("data", "nutrition", "usda-sr28-weights.tsv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine();
        if (header != "ndb_no\tseq\tamount\tmsre_desc\tgm_wgt")
        {
            throw new InvalidDataException("unexpected header: " + header);
        }

        var rows = new List<Row>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            rows.Add(new Row(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], double.Parse(f[4], CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
