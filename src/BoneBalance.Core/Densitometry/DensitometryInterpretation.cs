using System.Globalization;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// Reads a DXA examination the way the ISCD Adult Official Positions describe: scores per site, then the
/// classification on the lowest score of the diagnostic sites, with T-scores (WHO categories) for postmenopausal
/// women and men aged 50 or over and Z-scores for premenopausal women and men under 50.
/// </summary>
/// <remarks>
/// <para>T-scores are computed from BMD only at the femoral neck and total hip, against the NHANES III young White
/// female reference ISCD prescribes for women and men of all ethnic groups (<see cref="ReferencePopulations"/>).
/// The lumbar spine and radius have no universal reference (ISCD: manufacturer's own database), so there only the
/// report's T-score is used; a spine BMD without a T-score is kept but not classified ("T-score not computable").</para>
/// <para>The NHANES III hip reference is on the Hologic scale. For Hologic BMD the T-score is computed; for an
/// unstated manufacturer it is computed with a caveat; for GE Lunar and Norland it is not computed. Converting
/// through the standardised-BMD (sBMD) equations was rejected: sBMD is a third, standardised scale (not the Hologic
/// scale of the reference), the equations are meant for pooled and research comparisons, and their standard error
/// (4–7 %, Fan 2010) is too large for one patient — and every GE Lunar and Norland report already prints a hip
/// T-score against NHANES III converted to its own scale.</para>
/// <para>Z-scores are never computed: the age-matched NHANES III tables (Looker 1998) were not obtained.</para>
/// <para>The one-third radius, when given, takes part in the lowest-score rule: ISCD has it measured only when hip or
/// spine cannot be measured or interpreted, in hyperparathyroidism, or above the table's weight limit, and in those
/// situations it is a diagnostic site.</para>
/// </remarks>
public static class DensitometryInterpretation
{
    /// <summary>
    /// Interprets the measurements of one examination.
    /// </summary>
    /// <param name="person">The person; <see cref="PersonProfile.UsesTScores"/> decides T- or Z-score classification.</param>
    /// <param name="measurements">One measurement per site (at least one).</param>
    /// <param name="hasFragilityFracture">True when the person has had at least one fragility fracture (turns
    /// Osteoporosis into Severe osteoporosis).</param>
    /// <exception cref="InvalidInputException">No measurement, a site given twice, or a hip BMD whose computed T-score
    /// would lie outside −8 to +8 (field <c>femoral_neck_bmd</c> or <c>total_hip_bmd</c>).</exception>
    public static DensitometryResult Interpret(
        PersonProfile person,
        IReadOnlyList<DxaMeasurement> measurements,
        bool hasFragilityFracture = false)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(measurements);
        if (measurements.Count == 0)
        {
            throw new InvalidInputException("measurements", string.Empty, "at least one site (spine, total_hip, femoral_neck or radius)");
        }

        // Counted per site (four sites) rather than grouped: this runs twice per assessment (the profile check and the
        // assessment). The site named is the first, in the order given, that appears more than once.
        Span<int> perSite = stackalloc int[SiteCount];
        foreach (var m in measurements)
        {
            perSite[(int)m.Site]++;
        }

        foreach (var m in measurements)
        {
            if (perSite[(int)m.Site] > 1)
            {
                throw new InvalidInputException("site", SkeletalSiteTokens.Table.ToToken(m.Site), "each site at most once per examination", FieldError.Repeated);
            }
        }

        // In site order; each site is there at most once, so the sites in enumeration order pick them out.
        var errors = new List<FieldError>();
        var sites = new List<SiteScore>(measurements.Count);
        for (var site = (SkeletalSite)0; (int)site < SiteCount; site++)
        {
            foreach (var measurement in measurements)
            {
                if (measurement.Site == site && Score(measurement, person.UsesTScores, errors) is { } score)
                {
                    sites.Add(score);
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        double? lowestCentralT = null;
        foreach (var s in sites)
        {
            if (s.Site != SkeletalSite.OneThirdRadius && s.TScore is { } t && (lowestCentralT is null || t < lowestCentralT))
            {
                lowestCentralT = t;
            }
        }

        return person.UsesTScores
            ? ClassifyByTScore(sites, lowestCentralT, hasFragilityFracture)
            : ClassifyByZScore(person, sites, lowestCentralT);
    }

    private static SiteScore? Score(DxaMeasurement m, bool usesTScores, List<FieldError> errors)
    {
        var notes = new List<string>();
        var reference = ReferencePopulations.For(m.Site);
        double? computed = null;
        ReferencePopulation? used = null;

        if (m.Bmd is { } bmd)
        {
            if (reference is null)
            {
                if (m.ReportedTScore is null)
                {
                    notes.Add($"{SiteName(m.Site)}: T-score not computable from BMD — there is no universal reference for this site " +
                              "(ISCD: each manufacturer's own database); give the T-score from the DXA report.");
                }
            }
            else if (m.Manufacturer is DxaManufacturer.GeLunar or DxaManufacturer.Norland)
            {
                if (m.ReportedTScore is null)
                {
                    notes.Add($"{SiteName(m.Site)}: T-score not computable from {ManufacturerName(m.Manufacturer)} BMD — the NHANES III reference " +
                              "is on the Hologic scale and cross-calibration (sBMD) is too imprecise for one patient; give the T-score from the DXA report.");
                }
            }
            else
            {
                var t = reference.TScoreOf(bmd);
                if (!Check.InRange(t, DxaMeasurement.MinimumScore, DxaMeasurement.MaximumScore))
                {
                    var low = Math.Max(BoneMineralDensity.Minimum, Math.Round(reference.BmdAtTScore(DxaMeasurement.MinimumScore), 3));
                    var high = Math.Min(BoneMineralDensity.Maximum, Math.Round(reference.BmdAtTScore(DxaMeasurement.MaximumScore), 3));
                    errors.Add(new(SkeletalSiteTokens.Field(m.Site, "bmd"), Check.Show(bmd.GramsPerSquareCentimetre), Check.Range(low, high, "g/cm²"), Check.Problem(bmd.GramsPerSquareCentimetre)));
                    return null;
                }

                computed = t;
                used = reference;
                if (m.Manufacturer == DxaManufacturer.Unknown)
                {
                    notes.Add($"{SiteName(m.Site)}: scanner manufacturer not stated; the T-score assumes Hologic-calibrated BMD. " +
                              "If the scan was made on a GE Lunar or Norland scanner, use the T-score printed on the report instead.");
                }
            }
        }

        double? tScore;
        TScoreOrigin origin;
        if (m.ReportedTScore is { } reported)
        {
            tScore = reported;
            origin = TScoreOrigin.FromReport;
            if (computed is { } c)
            {
                notes.Add($"{SiteName(m.Site)}: the report's T-score {Show(reported)} is used; the BMD gives {Show(c)} against {used!.Name}.");
            }
        }
        else if (computed is not null)
        {
            tScore = computed;
            origin = TScoreOrigin.ComputedFromBmd;
        }
        else
        {
            tScore = null;
            origin = TScoreOrigin.NotAvailable;
        }

        if (m.ReportedZScore is null && !usesTScores)
        {
            notes.Add($"{SiteName(m.Site)}: Z-score not computable (no age-matched reference available); give the Z-score from the DXA report if needed.");
        }

        return new SiteScore(m.Site, m.Manufacturer, m.Bmd, tScore, origin, computed, used, m.ReportedZScore, notes);
    }

    private static DensitometryResult ClassifyByTScore(List<SiteScore> sites, double? lowestCentralT, bool hasFragilityFracture)
    {
        var notes = new List<string>
        {
            "Classified by the lowest T-score of lumbar spine, total hip and femoral neck (ISCD); other hip regions are not diagnostic.",
        };
        var citations = new List<Citation> { DensitometrySources.Who1994, DensitometrySources.IscdAdultPositions2023 };
        AddRadiusNote(sites, notes);
        AddReferenceCitation(sites, citations);

        var diagnostic = Lowest(sites, s => s.TScore);
        if (diagnostic is null)
        {
            notes.Add("No usable T-score: enter the T-scores printed on the DXA report (or a femoral neck or total hip BMD).");
            return new DensitometryResult(
                ClassificationBasis.TScore, sites, null, null, null, lowestCentralT, Lowest(sites, s => s.ZScore)?.ZScore,
                "No WHO category: no usable T-score was given.", notes, citations);
        }

        var t = diagnostic.TScore!.Value;
        var category = DiagnosticThresholds.Classify(t, hasFragilityFracture);
        var summary = $"{CategoryName(category)} (lowest T-score {Show(t)} at {SiteName(diagnostic.Site)}, {OriginName(diagnostic.TScoreOrigin)}).";
        return new DensitometryResult(
            ClassificationBasis.TScore, sites, diagnostic, category, null, lowestCentralT, Lowest(sites, s => s.ZScore)?.ZScore,
            summary, notes, citations);
    }

    private static DensitometryResult ClassifyByZScore(PersonProfile person, List<SiteScore> sites, double? lowestCentralT)
    {
        var who = person.Sex == Sex.Male ? "men under 50" : "premenopausal women";
        var notes = new List<string>
        {
            $"For {who} ISCD uses Z-scores, not T-scores or the WHO categories: Z ≤ −2.0 is \"below the expected range for age\".",
        };
        if (person.Sex == Sex.Male)
        {
            notes.Add("Osteoporosis cannot be diagnosed in men under 50 on BMD alone (ISCD).");
        }

        var citations = new List<Citation> { DensitometrySources.Iscd2005Positions, DensitometrySources.IscdAdultPositions2023 };
        AddRadiusNote(sites, notes);
        AddReferenceCitation(sites, citations);

        var diagnostic = Lowest(sites, s => s.ZScore);
        if (diagnostic is null)
        {
            var reason = sites.Any(s => s.TScore is not null)
                ? $"T-scores do not classify {who}; no category is given — enter the Z-scores from the DXA report."
                : "No Z-score was given; no category is given — enter the Z-scores from the DXA report.";
            notes.Add(reason);
            return new DensitometryResult(
                ClassificationBasis.ZScore, sites, null, null, null, lowestCentralT, null,
                $"No category: {reason}", notes, citations);
        }

        var z = diagnostic.ZScore!.Value;
        var category = DiagnosticThresholds.ClassifyZScore(z);
        var words = ZScoreCategoryName(category);
        return new DensitometryResult(
            ClassificationBasis.ZScore, sites, diagnostic, null, category, lowestCentralT, z,
            $"{words} (lowest Z-score {Show(z)} at {SiteName(diagnostic.Site)}, from the DXA report).", notes, citations);
    }

    // Lowest by score; ties go to the first site in SkeletalSite order (spine, total hip, femoral neck, radius).
    // The sites are in SkeletalSite order already, so the first strictly lower score wins a tie as the sort did.
    private static SiteScore? Lowest(List<SiteScore> sites, Func<SiteScore, double?> score)
    {
        SiteScore? lowest = null;
        double lowestScore = 0;
        foreach (var s in sites)
        {
            if (score(s) is { } value && (lowest is null || value < lowestScore))
            {
                (lowest, lowestScore) = (s, value);
            }
        }

        return lowest;
    }

    private static void AddRadiusNote(List<SiteScore> sites, List<string> notes)
    {
        if (sites.Any(s => s.Site == SkeletalSite.OneThirdRadius))
        {
            notes.Add("The one-third radius is included in the lowest-score rule; ISCD measures it when hip or spine cannot be " +
                      "measured or interpreted, in hyperparathyroidism, or above the table's weight limit.");
        }
    }

    private static void AddReferenceCitation(List<SiteScore> sites, List<Citation> citations)
    {
        if (sites.Any(s => s.Reference is not null))
        {
            citations.Add(DensitometrySources.Looker1998);
        }
    }

    private static readonly int SiteCount = Enum.GetValues<SkeletalSite>().Length;

    private static string Show(double score) => score.ToString("0.0#", CultureInfo.InvariantCulture);

    /// <summary>The site's name in lower case (<c>lumbar spine</c>, <c>one-third radius</c>): the one wording every report uses.</summary>
    /// <param name="site">The skeletal site.</param>
    /// <returns>The name.</returns>
    public static string SiteName(SkeletalSite site) => site switch
    {
        SkeletalSite.LumbarSpine => "lumbar spine",
        SkeletalSite.TotalHip => "total hip",
        SkeletalSite.FemoralNeck => "femoral neck",
        _ => "one-third radius",
    };

    private static string ManufacturerName(DxaManufacturer manufacturer) => manufacturer switch
    {
        DxaManufacturer.Hologic => "Hologic",
        DxaManufacturer.GeLunar => "GE Lunar",
        DxaManufacturer.Norland => "Norland",
        _ => "unknown-manufacturer",
    };

    private static string OriginName(TScoreOrigin origin) => origin == TScoreOrigin.FromReport
        ? "from the DXA report"
        : "computed from BMD against NHANES III young White women";

    /// <summary>The category in words, as ISCD prefers them.</summary>
    public static string CategoryName(WhoCategory category) => category switch
    {
        WhoCategory.Normal => "Normal",
        WhoCategory.LowBoneMass => "Low bone mass (osteopenia)",
        WhoCategory.Osteoporosis => "Osteoporosis",
        _ => "Severe (established) osteoporosis",
    };

    /// <summary>The Z-score category in words (ISCD: "below the expected range for age", never "osteopenia").</summary>
    public static string ZScoreCategoryName(ZScoreCategory category) => category == ZScoreCategory.BelowExpectedRangeForAge
        ? "Below the expected range for age"
        : "Within the expected range for age";

    /// <summary>The category of a result in words, as every report heads it: the WHO category (<see cref="CategoryName(WhoCategory)"/>),
    /// else the Z-score category (<see cref="ZScoreCategoryName"/>), else "No category" (<see cref="DensitometryResult.Summary"/>
    /// says why).</summary>
    public static string CategoryName(DensitometryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            { WhoCategory: { } who } => CategoryName(who),
            { ZScoreCategory: { } z } => ZScoreCategoryName(z),
            _ => "No category",
        };
    }
}
