using System.Text.Json;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;

namespace BoneBalance.Data.Contracts;

/// <summary>The <c>fractureRisk</c> part of the assessment JSON.</summary>
public static partial class AssessmentDocument
{
    /// <summary>Writes the <c>fractureRisk</c> object (also the <c>fractureRisk</c> of <c>risk --json</c>).</summary>
    public static void WriteFractureRisk(Utf8JsonWriter json, FractureRiskAssessment risk)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(risk);
        json.WriteStartObject();
        json.WritePropertyName("qfracture"u8);
        if (risk.QFracture is { } q)
        {
            json.WriteStartObject();
            json.WriteString("model"u8, QFracture2012.Dossier.Name);
            json.WriteNumber("years"u8, q.Years);
            json.WriteNumber("majorOsteoporoticPercent"u8, RoundRisk(q.MajorOsteoporoticPercent));
            json.WriteNumber("hipPercent"u8, RoundRisk(q.HipPercent));
            json.WriteString("measure"u8, "cumulative incidence (risk) in percent; not a FRAX probability");
            json.WriteBoolean("hipAtLeastMajor"u8, QFractureNotes.HipAtLeastMajor(q));
            json.WritePropertyName("bmiOutsideRange"u8);
            if (risk.QFractureBmi is { } bound)
            {
                json.WriteStartObject();
                json.WriteNumber("givenBmi"u8, bound.GivenBodyMassIndex);
                json.WriteNumber("computedAtBmi"u8, bound.ComputedAtBodyMassIndex);
                json.WriteString("estimate"u8, bound.Estimate);
                json.WriteString("note"u8, bound.Note);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteString("licence"u8, QFracture2012.Dossier.Licence);
            json.WriteString("disclaimer"u8, QFracture2012.Dossier.Disclaimer);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("notApplicable"u8);
        foreach (var e in risk.QFractureNotApplicable)
        {
            json.WriteStartObject();
            json.WriteString("field"u8, e.Field);
            json.WriteString("value"u8, e.Value);
            json.WriteString("validRange"u8, e.ValidRange);
            json.WriteString("message"u8, e.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes"u8, risk.Notes);
        json.WritePropertyName("frax"u8);
        WriteFrax(json, risk.Frax);
        json.WriteStartArray("screening"u8);
        foreach (var t in risk.Screening)
        {
            WriteScreeningTool(json, t);
        }

        json.WriteEndArray();

        var advice = risk.ScreeningAdvice;
        json.WriteStartObject("screeningAdvice"u8);
        json.WriteString("guideline"u8, "USPSTF 2025");
        json.WriteString("recommendation"u8, Token(advice.Recommendation));
        json.WriteString("grade"u8, advice.Grade);
        json.WriteString("reason"u8, advice.Reason);
        json.WriteBoolean("dxaDone"u8, advice.DxaDone);
        json.WriteString("followUp"u8, advice.FollowUp);
        json.WriteStartArray("triggeredBy"u8);
        foreach (var t in advice.TriggeredBy)
        {
            json.WriteStringValue(Token(t.Tool));
        }

        json.WriteEndArray();
        Strings(json, "iscdIndications"u8, advice.IscdIndications);
        Strings(json, "caveats"u8, advice.Caveats);
        WriteCitations(json, "citations"u8, advice.Citations);
        json.WriteEndObject();

        WriteThresholds(json, risk.Thresholds);
        WriteCitations(json, "citations"u8, risk.Citations);
        json.WriteEndObject();
    }

    /// <summary>Writes a FRAX result as entered (<c>fractureRisk.frax</c>, also <c>frax</c> of <c>dxa --json</c>), or
    /// null.</summary>
    public static void WriteFrax(Utf8JsonWriter json, FraxResult? frax)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (frax is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("mofPercent"u8, frax.MajorOsteoporoticPercent);
        json.WriteNumber("hipPercent"u8, frax.HipPercent);
        json.WriteBoolean("glucocorticoidAdjusted"u8, frax.GlucocorticoidAdjusted);
        json.WriteString("measure"u8, "FRAX 10-year probability in percent, as entered from the official calculator (BoneBalance never computes FRAX)");
        json.WriteEndObject();
    }

    /// <summary>Writes the <c>thresholds</c> array: the guideline treatment-threshold findings (<c>fractureRisk.thresholds</c>,
    /// also <c>thresholds</c> of <c>dxa --json</c>).</summary>
    public static void WriteThresholds(Utf8JsonWriter json, IReadOnlyList<GuidelineFinding> thresholds)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(thresholds);
        json.WriteStartArray("thresholds"u8);
        foreach (var f in thresholds)
        {
            json.WriteStartObject();
            json.WriteString("guideline"u8, f.Guideline);
            json.WriteString("criterion"u8, f.Criterion);
            json.WriteString("status"u8, Token(f.Status));
            json.WriteString("reason"u8, f.Reason);
            json.WriteString("evidence"u8, Token(f.Evidence));
            WriteCitations(json, "citations"u8, [f.Citation]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteScreeningTool(Utf8JsonWriter json, ScreeningToolResult t)
    {
        json.WriteStartObject();
        json.WriteString("tool"u8, Token(t.Tool));
        json.WriteString("name"u8, t.Name);
        json.WriteString("status"u8, Token(t.Status));
        Exact(json, "score"u8, t.Score);
        if (t.ReferForDxa is { } refer)
        {
            json.WriteBoolean("referForDxa"u8, refer);
        }
        else
        {
            json.WriteNull("referForDxa"u8);
        }

        json.WriteString("band"u8, t.Band);
        json.WriteString("cutOff"u8, t.CutOff);
        json.WriteString("population"u8, t.Population);
        json.WriteString("notApplicableReason"u8, t.NotApplicableReason);
        json.WriteString("missingField"u8, t.MissingField);
        Strings(json, "defaultsUsed"u8, t.DefaultsUsed);
        Strings(json, "notes"u8, t.Notes);
        json.WriteString("verification"u8, Token(t.Verification));
        WriteCitations(json, "citations"u8, t.Citations);
        json.WriteEndObject();
    }
}
