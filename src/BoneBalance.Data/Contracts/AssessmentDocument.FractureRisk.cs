using System.Text.Json;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;

namespace BoneBalance.Data.Contracts;

/// <summary>The <c>fractureRisk</c> part of the assessment JSON.</summary>
public static partial class AssessmentDocument
{
    private static void WriteFractureRisk(Utf8JsonWriter json, FractureRiskAssessment risk)
    {
        json.WriteStartObject();
        json.WritePropertyName("qfracture");
        if (risk.QFracture is { } q)
        {
            json.WriteStartObject();
            json.WriteString("model", QFracture2012.Dossier.Name);
            json.WriteNumber("years", q.Years);
            json.WriteNumber("majorOsteoporoticPercent", RoundRisk(q.MajorOsteoporoticPercent));
            json.WriteNumber("hipPercent", RoundRisk(q.HipPercent));
            json.WriteString("measure", "cumulative incidence (risk) in percent; not a FRAX probability");
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("notApplicable");
        foreach (var e in risk.QFractureNotApplicable)
        {
            json.WriteStartObject();
            json.WriteString("field", e.Field);
            json.WriteString("value", e.Value);
            json.WriteString("validRange", e.ValidRange);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", risk.Notes);
        json.WritePropertyName("frax");
        if (risk.Frax is { } frax)
        {
            json.WriteStartObject();
            json.WriteNumber("mofPercent", frax.MajorOsteoporoticPercent);
            json.WriteNumber("hipPercent", frax.HipPercent);
            json.WriteBoolean("glucocorticoidAdjusted", frax.GlucocorticoidAdjusted);
            json.WriteString("measure", "FRAX 10-year probability in percent, as entered from the official calculator (BoneBalance never computes FRAX)");
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("screening");
        foreach (var t in risk.Screening)
        {
            WriteScreeningTool(json, t);
        }

        json.WriteEndArray();

        var advice = risk.ScreeningAdvice;
        json.WriteStartObject("screeningAdvice");
        json.WriteString("guideline", "USPSTF 2025");
        json.WriteString("recommendation", Token(advice.Recommendation));
        json.WriteString("grade", advice.Grade);
        json.WriteString("reason", advice.Reason);
        json.WriteStartArray("triggeredBy");
        foreach (var t in advice.TriggeredBy)
        {
            json.WriteStringValue(Token(t.Tool));
        }

        json.WriteEndArray();
        Strings(json, "iscdIndications", advice.IscdIndications);
        Strings(json, "caveats", advice.Caveats);
        WriteCitations(json, "citations", advice.Citations);
        json.WriteEndObject();

        json.WriteStartArray("thresholds");
        foreach (var f in risk.Thresholds)
        {
            json.WriteStartObject();
            json.WriteString("guideline", f.Guideline);
            json.WriteString("criterion", f.Criterion);
            json.WriteString("status", Token(f.Status));
            json.WriteString("reason", f.Reason);
            json.WriteString("evidence", Token(f.Evidence));
            WriteCitations(json, "citations", [f.Citation]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCitations(json, "citations", risk.Citations);
        json.WriteEndObject();
    }

    private static void WriteScreeningTool(Utf8JsonWriter json, ScreeningToolResult t)
    {
        json.WriteStartObject();
        json.WriteString("tool", Token(t.Tool));
        json.WriteString("name", t.Name);
        json.WriteString("status", Token(t.Status));
        Exact(json, "score", t.Score);
        if (t.ReferForDxa is { } refer)
        {
            json.WriteBoolean("referForDxa", refer);
        }
        else
        {
            json.WriteNull("referForDxa");
        }

        json.WriteString("band", t.Band);
        json.WriteString("cutOff", t.CutOff);
        json.WriteString("population", t.Population);
        json.WriteString("notApplicableReason", t.NotApplicableReason);
        json.WriteString("missingField", t.MissingField);
        Strings(json, "defaultsUsed", t.DefaultsUsed);
        Strings(json, "notes", t.Notes);
        json.WriteString("verification", Token(t.Verification));
        WriteCitations(json, "citations", t.Citations);
        json.WriteEndObject();
    }
}
