using BoneBalance.Fhir;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// The section <c>assess --fhir</c> adds to the text report: each input of the derived profile and the resource it came
/// from, then what the record held that was not used and why. Older values superseded by a newer one are counted, not
/// listed (the JSON's <c>fhir.ignored</c> lists them all).
/// </summary>
internal static class FhirSection
{
    private const string Superseded = "superseded by ";

    public static void Render(IAnsiConsole console, FhirReading reading)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]FROM THE FHIR RECORD[/] — patient {Markup.Escape(reading.PatientId)}, read as of {reading.AsOf:yyyy-MM-dd}");
        var used = new Table().AddColumns("Input", "From", "Value", "Date");
        foreach (var source in reading.Sources)
        {
            used.AddRow(Markup.Escape(source.Input), Markup.Escape(source.Resource), Markup.Escape(source.Value), source.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }

        console.Write(used);

        var notUsed = reading.Ignored.Where(i => !i.Reason.StartsWith(Superseded, StringComparison.Ordinal)).ToList();
        var superseded = reading.Ignored.Count - notUsed.Count;
        console.MarkupLine(notUsed.Count == 0 ? "Not used: nothing else." : $"Not used ({notUsed.Count}):");
        foreach (var ignored in notUsed)
        {
            console.MarkupLine($"-- {Markup.Escape(ignored.What)} [dim]({Markup.Escape(ignored.Resource)})[/]: {Markup.Escape(ignored.Reason)}");
        }

        if (superseded > 0)
        {
            console.MarkupLine($"[dim]{superseded} older value{(superseded == 1 ? " was" : "s were")} superseded by the newer ones above (listed in --json, fhir.ignored).[/]");
        }
    }
}
