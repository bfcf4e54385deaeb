using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Cli.Commands;

/// <summary>The JSON contract of <c>dxa --json</c> (documented in the README). Numbers are unrounded.</summary>
internal static class DxaJson
{
    public static object From(DxaReport r) => new
    {
        person = new
        {
            sex = SexTokens.Table.ToToken(r.Person.Sex),
            age = r.Person.AgeYears,
            menopausal_status = MenopausalStatusTokens.Table.ToToken(r.Person.MenopausalStatus),
            height_cm = r.Person.Height?.Centimetres,
            weight_kg = r.Person.Weight?.Kilograms,
            bmi = r.Person.BodyMassIndex?.KilogramsPerSquareMetre,
        },
        manufacturer = DxaManufacturerTokens.Table.ToToken(r.Exam.Manufacturer),
        fragility_fracture = r.Exam.FragilityFracture,
        hip_or_vertebral_fracture = r.Exam.HipOrVertebralFracture,
        sites = r.Densitometry.Sites.Select(s => SiteJson(s, r.Densitometry.DiagnosticSite)),
        classification = new
        {
            basis = r.Densitometry.Basis,
            diagnostic_site = r.Densitometry.DiagnosticSite is { } d ? SkeletalSiteTokens.Table.ToToken(d.Site) : null,
            who_category = r.Densitometry.WhoCategory,
            z_score_category = r.Densitometry.ZScoreCategory,
            category = r.CategoryText,
            lowest_central_t_score = r.Densitometry.LowestCentralTScore,
            lowest_z_score = r.Densitometry.LowestZScore,
            summary = r.Densitometry.Summary,
            notes = r.Densitometry.Notes,
        },
        frax = r.Exam.Frax is { } f
            ? new
            {
                major_osteoporotic_percent = f.MajorOsteoporoticPercent,
                hip_percent = f.HipPercent,
                glucocorticoid_adjusted = f.GlucocorticoidAdjusted,
                measure = "FRAX 10-year probability in percent, entered from the official calculator (not a QFracture risk)",
            }
            : null,
        glucocorticoids = r.Exam.Glucocorticoids is { } g
            ? new
            {
                mg_per_day = g.PrednisoloneEquivalentMilligramsPerDay,
                months = g.DurationMonths,
                cumulative_grams_past_year = g.CumulativeGramsPastYear,
            }
            : null,
        guideline_findings = r.Findings.Select(FindingJson),
        bmd_change = r.Comparison is { } c ? ComparisonJson(c) : null,
        citations = r.Citations.Select(x => x.ToString()),
        disclaimer = DxaReport.Disclaimer,
    };

    private static object SiteJson(SiteScore s, SiteScore? diagnostic) => new
    {
        site = SkeletalSiteTokens.Table.ToToken(s.Site),
        bmd_g_cm2 = s.Bmd?.GramsPerSquareCentimetre,
        t_score = s.TScore,
        t_score_origin = s.TScoreOrigin,
        computed_t_score = s.ComputedTScore,
        reference = s.Reference is { } p
            ? new
            {
                name = p.Name,
                mean_g_cm2 = p.MeanGramsPerSquareCentimetre,
                sd_g_cm2 = p.StandardDeviationGramsPerSquareCentimetre,
                calibration = DxaManufacturerTokens.Table.ToToken(p.Calibration),
                verification = p.Verification,
                citation = p.Citation.ToString(),
            }
            : null,
        z_score = s.ZScore,
        diagnostic = s.Site == diagnostic?.Site,
        notes = s.Notes,
    };

    private static object FindingJson(GuidelineFinding f) => new
    {
        guideline = f.Guideline,
        criterion = f.Criterion,
        status = f.Status,
        reason = f.Reason,
        evidence = f.Evidence,
        evidence_tag = f.EvidenceTag,
        citation = f.Citation.ToString(),
    };

    private static object ComparisonJson(ScanComparison c) => new
    {
        site = SkeletalSiteTokens.Table.ToToken(c.Earlier.Site),
        previous_bmd_g_cm2 = c.EarlierBmd.GramsPerSquareCentimetre,
        previous_date = c.Earlier.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        current_bmd_g_cm2 = c.LaterBmd.GramsPerSquareCentimetre,
        current_date = c.Later.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        change_g_cm2 = c.ChangeGramsPerSquareCentimetre,
        change_percent = c.ChangePercent,
        precision_rms_sd_g_cm2 = c.Precision.RmsSdGramsPerSquareCentimetre,
        least_significant_change_g_cm2 = c.LeastSignificantChangeGramsPerSquareCentimetre,
        direction = c.Direction,
        significant = c.IsSignificant,
        significant_loss = c.IsSignificantLoss,
        summary = c.Summary,
        notes = c.Notes,
    };
}
