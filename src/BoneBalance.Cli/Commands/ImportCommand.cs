using System.CommandLine;
using System.Globalization;
using BoneBalance.Data;
using BoneBalance.Data.Import;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance import usda DIR [--database PATH]</c>: rebuilds the food catalogue from the raw USDA SR28
/// release in DIR (plus the shipped, reviewed menaquinone table and the shipped CIQUAL 2025 vitamin K extract with its
/// reviewed mapping). The new database is written beside the old one
/// and renamed over it only when complete, so a failed import leaves the previous catalogue as it was.
/// Exit codes: 0 imported, 2 bad input (DIR or one of its files missing, a malformed line — the message names the
/// file and the line).
/// </summary>
internal static class ImportCommand
{
    /// <summary>The SR28 files the importer reads (NUT_DATA may also be plain <c>NUT_DATA.txt</c>).</summary>
    private const string RequiredFiles = "FD_GROUP.txt, NUTR_DEF.txt, SRC_CD.txt, FOOD_DES.txt, WEIGHT.txt and NUT_DATA.txt.gz (or NUT_DATA.txt)";

    public static Command Create(Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var directory = new Argument<string>("DIR") { Description = "Directory of the SR28 ASCII release (" + RequiredFiles + ")." };
        var database = DatabaseOption.Create();
        var usda = new Command("usda", "Rebuild the food catalogue from the raw USDA SR28 files; on any error the previous catalogue stays.")
        {
            directory,
            database,
        };
        usda.SetAction(parse => Run(terminal, parse.GetValue(directory)!, parse.GetValue(database)!));
        return new Command("import", "Rebuild data from original sources.") { usda };
    }

    private static int Run(Terminal terminal, string directory, string databasePath)
    {
        if (!Directory.Exists(directory))
        {
            terminal.Error.WriteLine($"error: SR28 directory '{directory}' does not exist; valid: a directory holding {RequiredFiles}.");
            return Program.BadInput;
        }

        ImportSummary summary;
        try
        {
            summary = Importer.ImportUsda(directory, databasePath);
        }
        catch (DataFileFormatException e)
        {
            var where = e.Line > 0 ? $"{Path.Combine(directory, e.File)}, line {e.Line}" : Path.Combine(directory, e.File);
            terminal.Error.WriteLine($"error: {where}: {e.Problem}; nothing imported, the catalogue at {Path.GetFullPath(databasePath)} is unchanged.");
            return Program.BadInput;
        }
        catch (FileNotFoundException e)
        {
            terminal.Error.WriteLine($"error: SR28 file '{e.FileName}' does not exist; valid: a directory holding {RequiredFiles}; the catalogue is unchanged.");
            return Program.BadInput;
        }
        catch (InvalidDataException e)
        {
            terminal.Error.WriteLine($"error: {e.Message.TrimEnd('.')}; nothing imported, the catalogue is unchanged.");
            return Program.BadInput;
        }

        terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported USDA SR28 from {Path.GetFullPath(directory)} into {Path.GetFullPath(databasePath)}: {summary.Foods:N0} foods, {summary.Values:N0} values, {summary.Portions:N0} household measures, {summary.LiteratureValues:N0} literature menaquinone values, {summary.CiqualValues:N0} CIQUAL 2025 values, in {summary.Elapsed.TotalSeconds:0.0} s."));
        return Program.Ok;
    }
}
