using System.CommandLine;
using System.Globalization;
using BoneBalance.Cli.Output;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance dxa</c>: reads one DXA examination — T-scores per site, the WHO (or ISCD Z-score) category on the
/// lowest site — and evaluates the guideline treatment thresholds (BHOF, NOGG, ACR glucocorticoid), optionally with a
/// comparison against an earlier scan (least significant change).
/// </summary>
internal static class DxaCommand
{
    public static Command Create(Terminal terminal)
    {
        var profile = new ProfileOptions();
        var exam = new DxaOptions();
        var json = new Option<bool>("--json") { Description = "write JSON instead of tables" };
        var command = new Command("dxa", "Read a DXA report: T-scores, WHO category on the lowest site (or the Z-score rule), treatment thresholds (BHOF, NOGG, ACR).");
        profile.AddTo(command, withLifestyle: false);
        exam.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            var errors = new List<FieldError>();
            var person = ProfileOptions.Collect(errors, () => profile.ToProfile(parsed, DateOnly.FromDateTime(DateTime.Now)));
            var input = exam.Read(parsed, errors);
            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }

            var report = DxaReport.For(person, input);
            if (parsed.GetValue(json))
            {
                terminal.Out.WriteLine(DxaJson.From(report));
            }
            else
            {
                Render(terminal.Console, report);
            }

            return Program.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, DxaReport report)
    {
        var d = report.Densitometry;
        console.MarkupLine($"[bold]BoneBalance DXA reading[/] — {Markup.Escape(Describe(report))}");
        console.WriteLine();

        var sites = new Table().Title("Bone density by site").AddColumns("Site", "BMD (g/cm²)", "T-score", "T-score from", "Z-score", "Lowest");
        foreach (var s in d.Sites)
        {
            sites.AddRow(
                Markup.Escape(SiteName(s.Site)),
                s.Bmd is { } b ? b.GramsPerSquareCentimetre.ToString("0.000", CultureInfo.InvariantCulture) : "—",
                Score(s.TScore),
                Markup.Escape(Origin(s)),
                Score(s.ZScore),
                s.Site == d.DiagnosticSite?.Site ? "◀ diagnostic" : string.Empty);
        }

        console.Write(sites);
        foreach (var reference in d.Sites.Where(s => s.TScoreOrigin == TScoreOrigin.ComputedFromBmd).Select(s => s.Reference!).Distinct())
        {
            console.MarkupLine(Markup.Escape(string.Format(
                CultureInfo.InvariantCulture,
                "Computed T-score = (BMD − {0:0.000}) / {1:0.000} against {2} (Looker 1998).",
                reference.MeanGramsPerSquareCentimetre,
                reference.StandardDeviationGramsPerSquareCentimetre,
                reference.Name)));
        }

        if (d.Sites.Any(s => s.TScoreOrigin == TScoreOrigin.FromReport || s.ZScore is not null))
        {
            console.MarkupLine("[dim]Reported T- and Z-scores use the reference of the DXA report (for the spine and radius, the manufacturer's database).[/]");
        }
        console.WriteLine();
        var basis = d.Basis == ClassificationBasis.TScore ? "WHO category, by T-score" : "ISCD, by Z-score";
        console.MarkupLine($"[bold]{Markup.Escape(report.CategoryText)}[/] ({Markup.Escape(basis)})");
        console.MarkupLine(Markup.Escape(d.Summary));
        ReportSections.Notes(console, d.Notes.Concat(d.Sites.SelectMany(s => s.Notes)));

        // A list, not a table: the reasons are sentences, and a five-column table at 80 columns squeezed them into
        // a narrow column broken every few words. The status stands in a narrow margin (a borderless grid, so that a
        // long criterion wraps under itself, not under the status); the reason follows, indented, at nearly full width.
        console.WriteLine();
        console.MarkupLine("[bold]Guideline treatment thresholds[/]");
        var findings = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn(new GridColumn().PadRight(0));
        foreach (var f in report.Findings)
        {
            findings.AddRow(
                new Markup(Status(f.Status)),
                new Rows(
                    new Markup(Markup.Escape($"{f.Guideline} — {f.Criterion} {f.EvidenceTag}")),
                    new Padder(new Markup(Markup.Escape(f.Reason)), new Padding(2, 0, 0, 0))));
        }

        console.Write(findings);

        console.MarkupLine("[dim][[P]] read in the guideline itself or its official abstract; [[S]] read only in restatements of it.[/]");
        console.MarkupLine("[dim]FRAX criteria use only a FRAX probability entered from the official calculator; a QFracture risk is an incidence and is never used in its place.[/]");

        if (report.Comparison is { } c)
        {
            console.WriteLine();
            var change = new Table().Title("Change since the earlier scan").AddColumns("Site", "Earlier", "Now", "Change", "LSC", "Significant");
            change.AddRow(
                Markup.Escape(SiteName(c.Earlier.Site)),
                Markup.Escape(Scan(c.EarlierBmd, c.Earlier.Date)),
                Markup.Escape(Scan(c.LaterBmd, c.Later.Date)),
                string.Format(CultureInfo.InvariantCulture, "{0:+0.000;-0.000;0.000} g/cm² ({1:+0.0;-0.0;0.0} %)", c.ChangeGramsPerSquareCentimetre, c.ChangePercent),
                string.Format(CultureInfo.InvariantCulture, "{0:0.000#} g/cm²", c.LeastSignificantChangeGramsPerSquareCentimetre),
                c.IsSignificant ? "yes" : "no");
            console.Write(change);
            console.MarkupLine(Markup.Escape(c.Summary));
            ReportSections.Notes(console, c.Notes);
        }

        ReportSections.Sources(console, report.Citations);
        ReportSections.Disclaimer(console, DxaReport.Disclaimer);
    }

    private static string Describe(DxaReport report)
    {
        var p = report.Person;
        var parts = new List<string> { $"{(p.Sex == Sex.Female ? "woman" : "man")}, {p.AgeYears} years" };
        if (p.Sex == Sex.Female)
        {
            parts.Add("menopausal status: " + MenopausalStatusTokens.Table.ToToken(p.MenopausalStatus).Replace('_', ' '));
        }

        parts.Add("scanner: " + DxaManufacturerTokens.Table.ToToken(report.Exam.Manufacturer).Replace('_', ' '));
        if (report.Exam.HipOrVertebralFracture)
        {
            parts.Add("prior hip or vertebral fracture");
        }
        else if (report.Exam.FragilityFracture)
        {
            parts.Add("prior fragility fracture");
        }

        return string.Join("; ", parts);
    }

    internal static string SiteName(SkeletalSite site)
    {
        var name = DensitometryInterpretation.SiteName(site);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string Origin(SiteScore s) => s.TScoreOrigin switch
    {
        TScoreOrigin.FromReport => "reported",
        TScoreOrigin.ComputedFromBmd => "computed",
        _ => "not available",
    };

    private static string Score(double? score) => score is { } v ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "—";

    private static string Scan(BoneMineralDensity bmd, DateOnly? date) =>
        bmd.GramsPerSquareCentimetre.ToString("0.000", CultureInfo.InvariantCulture) + " g/cm²"
        + (date is { } on ? on.ToString(" (yyyy-MM-dd)", CultureInfo.InvariantCulture) : string.Empty);

    private static string Status(FindingStatus status) => status switch
    {
        FindingStatus.Met => "[bold]met[/]",
        FindingStatus.NotMet => "not met",
        FindingStatus.NotApplicable => "not applicable",
        _ => "cannot evaluate",
    };
}
