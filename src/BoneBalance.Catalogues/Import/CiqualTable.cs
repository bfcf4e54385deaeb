using System.Globalization;
using System.Text.RegularExpressions;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Import;

/// <summary>
/// The vitamin K extract of the French food composition table CIQUAL 2025 (ANSES), shipped verbatim as
/// <c>data/nutrition/ciqual2025_vitamin_k.tsv</c>, joined to the catalogue through the reviewed mapping
/// <c>data/nutrition/ciqual_mapping.csv</c>. Only foods whose K2 cell is a number take part (K2 is why the table is
/// here): a food listed in the mapping gives its K2 total to one SR28 food (<c>usda:NNNNN</c>) that has no menaquinone
/// value of its own or from the literature table, or to nothing (<c>-</c>); every other such food becomes a catalogue
/// food of its own, <c>ciqual:CODE</c>, with its calcium, vitamin D, K1 and K2 as CIQUAL gives them and a 100 g
/// portion. So a CIQUAL value lands on exactly one food, and no food gets K2 from two sources.
/// </summary>
/// <remarks>
/// Cells (per 100 g edible portion, decimal comma as published): a number is a value; <c>-</c> (no value),
/// <c>traces</c> and <c>&lt; x</c> (below the quantification limit x) are stored as not analysed. Not analysed is
/// never zero: in an intake it adds nothing and makes the sum a lower bound, which is what "somewhere between 0 and
/// x" allows — neither 0 nor x is claimed. An analysed <c>0</c> stays 0.
/// </remarks>
internal sealed partial record CiqualTable(
    IReadOnlyList<CiqualTable.CiqualFood> OwnFoods,
    IReadOnlyList<CiqualTable.K2Assignment> Mapped,
    int Rows)
{
    /// <summary>The shipped CIQUAL extract.</summary>
    public const string File = "ciqual2025_vitamin_k.tsv";

    /// <summary>The reviewed mapping of CIQUAL foods onto SR28 foods.</summary>
    public const string MappingFile = "ciqual_mapping.csv";

    /// <summary>The citation carried by every CIQUAL value (the attribution the Licence Ouverte asks for).</summary>
    public const string Citation = "Anses. 2025. Ciqual French food composition table (CIQUAL 2025, English CSV of 2025-11-03, doi:10.57745/RDMHWY), Licence Ouverte / Open Licence Etalab 2.0";

    /// <summary>Catalogue id prefix of CIQUAL foods.</summary>
    public const string IdPrefix = "ciqual:";

    private static readonly string[] Header =
        ["alim_code", "alim_nom_eng", "alim_grp_nom_eng", "alim_ssgrp_nom_eng", "calcium_mg", "vitamin_d_ug", "vitamin_k1_ug", "vitamin_k2_ug"];

    /// <summary>The nutrient of each value column (columns 4 … 7), in the units CIQUAL publishes (mg, µg, µg, µg per 100 g).</summary>
    private static readonly Nutrient[] ValueColumns = [Nutrient.Calcium, Nutrient.VitaminD, Nutrient.VitaminK1, Nutrient.VitaminK2];

    /// <summary>One CIQUAL cell: the text as published and the number when it is one.</summary>
    internal readonly record struct Cell(string Text, double? Amount);

    /// <summary>One CIQUAL food row.</summary>
    internal sealed record CiqualFood(string Code, string Name, string Group, string Subgroup, IReadOnlyDictionary<Nutrient, Cell> Cells)
    {
        /// <summary>The catalogue id <c>ciqual:CODE</c>.</summary>
        public string Id => IdPrefix + Code;

        /// <summary>The source of this food's values.</summary>
        public ValueSource Source => new(ValueSource.Ciqual, Code, $"{Name} (CIQUAL food {Code}). {Citation}");
    }

    /// <summary>A CIQUAL K2 total given to an SR28 food.</summary>
    internal sealed record K2Assignment(string TargetId, string TargetName, double Amount, string Text, ValueSource Source);

    /// <summary>Reads the extract and the mapping through <paramref name="open"/> (file name → stream).</summary>
    public static CiqualTable Read(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var foods = ReadFoods(open(File));
        var byCode = foods.ToDictionary(f => f.Code, StringComparer.Ordinal);
        var mapped = new List<K2Assignment>();
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in CsvFile.Read(MappingFile, open(MappingFile), "ciqual_code", "target_id", "target_name", "reviewed_note"))
        {
            var (code, target, name, note) = (fields[0], fields[1], fields[2], fields[3]);
            if (!byCode.TryGetValue(code, out var food))
            {
                throw new DataFileFormatException(MappingFile, line, $"ciqual_code '{code}' is not in {File}");
            }

            if (!decided.Add(code))
            {
                throw new DataFileFormatException(MappingFile, line, $"ciqual_code '{code}' is mapped twice");
            }

            if (note.Trim().Length == 0)
            {
                throw new DataFileFormatException(MappingFile, line, "reviewed_note is empty: every mapping decision says why");
            }

            if (food.Cells[Nutrient.VitaminK2].Amount is not { } k2)
            {
                throw new DataFileFormatException(MappingFile, line,
                    $"ciqual_code '{code}' has no K2 number ('{food.Cells[Nutrient.VitaminK2].Text}'); only K2 values are mapped");
            }

            if (target == "-")
            {
                continue;
            }

            if (!TargetPattern().IsMatch(target) || name.Length == 0)
            {
                throw new DataFileFormatException(MappingFile, line, $"target_id '{target}' must be '-' or usda: + 5 digits, with a target_name");
            }

            if (!targets.Add(target))
            {
                throw new DataFileFormatException(MappingFile, line, $"target_id '{target}' already takes a CIQUAL K2 value; one value per food");
            }

            mapped.Add(new K2Assignment(target, name, k2, food.Cells[Nutrient.VitaminK2].Text, food.Source));
        }

        var own = foods.Where(f => f.Cells[Nutrient.VitaminK2].Amount is not null && !decided.Contains(f.Code)).ToList();
        return new CiqualTable(own, mapped, foods.Count);
    }

    /// <summary>Parses one published cell: a number with a decimal comma, or <c>-</c>, <c>traces</c>, <c>&lt; x</c>
    /// (not a number: null). Anything else is a format error.</summary>
    internal static double? Parse(string text, out bool valid)
    {
        valid = true;
        if (text is "-" or "traces" || BelowLimitPattern().IsMatch(text))
        {
            return null;
        }

        if (NumberPattern().IsMatch(text)
            && double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        valid = false;
        return null;
    }

    private static List<CiqualFood> ReadFoods(Stream stream)
    {
        var foods = new List<CiqualFood>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(File, stream, Header))
        {
            var code = line.Required(0, "alim_code");
            if (!code.All(char.IsAsciiDigit) || !codes.Add(code))
            {
                throw line.Error($"alim_code '{code}' is not a number or is repeated");
            }

            var cells = new Dictionary<Nutrient, Cell>();
            for (var c = 0; c < ValueColumns.Length; c++)
            {
                var text = line.Fields[4 + c];
                var amount = Parse(text, out var valid);
                if (!valid)
                {
                    throw line.Error($"{Header[4 + c]} '{text}' is not a number (decimal comma), '-', 'traces' or '< x'");
                }

                cells[ValueColumns[c]] = new Cell(text, amount);
            }

            foods.Add(new CiqualFood(code, line.Required(1, "alim_nom_eng"), line.Fields[2], line.Fields[3], cells));
        }

        return foods;
    }

    [GeneratedRegex("^usda:[0-9]{5}$")]
    private static partial Regex TargetPattern();

    [GeneratedRegex("^< [0-9]+(,[0-9]+)?$")]
    private static partial Regex BelowLimitPattern();

    [GeneratedRegex("^[0-9]+(,[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
