using System.Text.Json;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;

namespace BoneBalance.Data.Contracts;

/// <summary>The <c>densitometry</c> part of the assessment JSON.</summary>
public static partial class AssessmentDocument
{
    private static void WriteDensitometry(Utf8JsonWriter json, DensitometryAssessment d)
    {
        var latest = d.Latest;
        json.WriteStartObject();
        Date(json, "scanDate", d.ScanDate);
        json.WriteString("basis", Token(latest.Basis));
        json.WriteString("diagnosticSite", latest.DiagnosticSite is { } site ? SkeletalSiteTokens.Table.ToToken(site.Site) : null);
        json.WriteString("whoCategory", latest.WhoCategory is { } who ? Token(who) : null);
        json.WriteString("zScoreCategory", latest.ZScoreCategory is { } z ? Token(z) : null);
        Exact(json, "lowestCentralTScore", latest.LowestCentralTScore);
        Exact(json, "lowestZScore", latest.LowestZScore);
        json.WriteString("summary", latest.Summary);
        json.WriteStartArray("sites");
        foreach (var s in latest.Sites)
        {
            json.WriteStartObject();
            json.WriteString("site", SkeletalSiteTokens.Table.ToToken(s.Site));
            json.WriteString("manufacturer", DxaManufacturerTokens.Table.ToToken(s.Manufacturer));
            Number(json, "bmd", s.Bmd?.GramsPerSquareCentimetre, 3);
            Exact(json, "tScore", s.TScore);
            json.WriteString("tScoreOrigin", Token(s.TScoreOrigin));
            Exact(json, "computedTScore", s.ComputedTScore);
            json.WriteString("reference", s.Reference?.Name);
            Exact(json, "zScore", s.ZScore);
            Strings(json, "notes", s.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("changes");
        foreach (var c in d.Changes)
        {
            json.WriteStartObject();
            json.WriteString("site", SkeletalSiteTokens.Table.ToToken(c.Earlier.Site));
            json.WriteString("manufacturer", DxaManufacturerTokens.Table.ToToken(c.Earlier.Manufacturer));
            Date(json, "earlierDate", c.Earlier.Date);
            Date(json, "laterDate", c.Later.Date);
            json.WriteNumber("earlierBmd", Round(c.Earlier.Bmd.GramsPerSquareCentimetre, 3));
            json.WriteNumber("laterBmd", Round(c.Later.Bmd.GramsPerSquareCentimetre, 3));
            json.WriteNumber("change", Exact(c.ChangeGramsPerSquareCentimetre));
            json.WriteNumber("changePercent", Round(c.ChangePercent, 1));
            json.WriteNumber("leastSignificantChange", Exact(c.LeastSignificantChangeGramsPerSquareCentimetre));
            json.WriteNumber("precisionRmsSd", Exact(c.Precision.RmsSdGramsPerSquareCentimetre));
            json.WriteString("direction", Token(c.Direction));
            json.WriteBoolean("significant", c.IsSignificant);
            json.WriteBoolean("significantLoss", c.IsSignificantLoss);
            json.WriteString("summary", c.Summary);
            Strings(json, "notes", c.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("history");
        foreach (var m in d.History)
        {
            json.WriteStartObject();
            Date(json, "date", m.Date);
            json.WriteString("site", SkeletalSiteTokens.Table.ToToken(m.Measurement.Site));
            json.WriteString("manufacturer", DxaManufacturerTokens.Table.ToToken(m.Measurement.Manufacturer));
            Number(json, "bmd", m.Measurement.Bmd?.GramsPerSquareCentimetre, 3);
            Exact(json, "tScore", m.Measurement.ReportedTScore);
            Exact(json, "zScore", m.Measurement.ReportedZScore);
            Exact(json, "precisionRmsSd", m.Precision?.RmsSdGramsPerSquareCentimetre);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", latest.Notes);
        WriteCitations(json, "citations", latest.Citations);
        json.WriteEndObject();
    }
}
