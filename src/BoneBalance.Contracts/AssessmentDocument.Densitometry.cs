using System.Text.Json;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;

namespace BoneBalance.Data.Contracts;

/// <summary>The <c>densitometry</c> part of the assessment JSON.</summary>
public static partial class AssessmentDocument
{
    /// <summary>Writes the <c>densitometry</c> object (also the <c>densitometry</c> of <c>dxa --json</c>).</summary>
    public static void WriteDensitometry(Utf8JsonWriter json, DensitometryAssessment d)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(d);
        var latest = d.Latest;
        json.WriteStartObject();
        Date(json, "scanDate"u8, d.ScanDate);
        json.WriteString("basis"u8, Token(latest.Basis));
        json.WriteString("diagnosticSite"u8, latest.DiagnosticSite is { } site ? SkeletalSiteTokens.Table.ToToken(site.Site) : null);
        json.WriteString("whoCategory"u8, latest.WhoCategory is { } who ? Token(who) : null);
        json.WriteString("zScoreCategory"u8, latest.ZScoreCategory is { } z ? Token(z) : null);
        Exact(json, "lowestCentralTScore"u8, latest.LowestCentralTScore);
        Exact(json, "lowestZScore"u8, latest.LowestZScore);
        json.WriteString("summary"u8, latest.Summary);
        json.WriteStartArray("sites"u8);
        foreach (var s in latest.Sites)
        {
            json.WriteStartObject();
            json.WriteString("site"u8, SkeletalSiteTokens.Table.ToToken(s.Site));
            json.WriteString("manufacturer"u8, DxaManufacturerTokens.Table.ToToken(s.Manufacturer));
            Number(json, "bmd"u8, s.Bmd?.GramsPerSquareCentimetre, 3);
            Exact(json, "tScore"u8, s.TScore);
            json.WriteString("tScoreOrigin"u8, Token(s.TScoreOrigin));
            Exact(json, "computedTScore"u8, s.ComputedTScore);
            json.WritePropertyName("reference"u8);
            if (s.Reference is { } r)
            {
                json.WriteStartObject();
                json.WriteString("name"u8, r.Name);
                json.WriteNumber("meanBmd"u8, r.MeanGramsPerSquareCentimetre);
                json.WriteNumber("sdBmd"u8, r.StandardDeviationGramsPerSquareCentimetre);
                json.WriteString("calibration"u8, DxaManufacturerTokens.Table.ToToken(r.Calibration));
                json.WriteString("verification"u8, r.Verification);
                WriteCitations(json, "citations"u8, [r.Citation]);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            Exact(json, "zScore"u8, s.ZScore);
            Strings(json, "notes"u8, s.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("changes"u8);
        foreach (var c in d.Changes)
        {
            json.WriteStartObject();
            json.WriteString("site"u8, SkeletalSiteTokens.Table.ToToken(c.Earlier.Site));
            json.WriteString("manufacturer"u8, DxaManufacturerTokens.Table.ToToken(c.Earlier.Manufacturer));
            Date(json, "earlierDate"u8, c.Earlier.Date);
            Date(json, "laterDate"u8, c.Later.Date);
            json.WriteNumber("earlierBmd"u8, Round(c.EarlierBmd.GramsPerSquareCentimetre, 3));
            json.WriteNumber("laterBmd"u8, Round(c.LaterBmd.GramsPerSquareCentimetre, 3));
            json.WriteNumber("change"u8, Exact(c.ChangeGramsPerSquareCentimetre));
            json.WriteNumber("changePercent"u8, Round(c.ChangePercent, 1));
            json.WriteNumber("leastSignificantChange"u8, Exact(c.LeastSignificantChangeGramsPerSquareCentimetre));
            json.WriteNumber("precisionRmsSd"u8, Exact(c.Precision.RmsSdGramsPerSquareCentimetre));
            json.WriteString("direction"u8, Token(c.Direction));
            json.WriteBoolean("significant"u8, c.IsSignificant);
            json.WriteBoolean("significantLoss"u8, c.IsSignificantLoss);
            json.WriteString("summary"u8, c.Summary);
            Strings(json, "notes"u8, c.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("history"u8);
        foreach (var m in d.History)
        {
            json.WriteStartObject();
            Date(json, "date"u8, m.Date);
            json.WriteString("site"u8, SkeletalSiteTokens.Table.ToToken(m.Site));
            json.WriteString("manufacturer"u8, DxaManufacturerTokens.Table.ToToken(m.Manufacturer));
            Number(json, "bmd"u8, m.Bmd?.GramsPerSquareCentimetre, 3);
            Exact(json, "tScore"u8, m.ReportedTScore);
            Exact(json, "zScore"u8, m.ReportedZScore);
            Exact(json, "precisionRmsSd"u8, m.Precision?.RmsSdGramsPerSquareCentimetre);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes"u8, latest.Notes);
        WriteCitations(json, "citations"u8, latest.Citations);
        json.WriteEndObject();
    }
}
