using System.Globalization;
using BoneBalance.Core.Densitometry;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// The T-scores BoneBalance computed (from a BMD against a reference population, <see cref="TScoreOrigin.ComputedFromBmd"/>)
/// for the interpreted scan, one <c>Observation</c> per site: category <c>imaging</c> and UCUM unit <c>1</c> as the US Core
/// DXA examples write them, the site's LOINC T-score code, <c>derivedFrom</c> the BMD it came from (the original resource
/// with a FHIR record, else a BMD Observation written from the profile), the reference population in <c>method</c>.
/// T-scores printed on the DXA report are the report's, not BoneBalance's, and are not written again.
/// </summary>
internal static class TScoreObservations
{
    public static void Add(OutputBundle b)
    {
        if (b.Assessment.Densitometry is not { } densitometry)
        {
            return;
        }

        foreach (var site in densitometry.Latest.Sites)
        {
            if (site.TScoreOrigin != TScoreOrigin.ComputedFromBmd || site.TScore is not { } t || site.Bmd is not { } bmd)
            {
                continue;
            }

            var code = FhirCodes.TScore(site.Site);
            var observation = new Observation
            {
                Status = ObservationStatus.Final,
                Category = [FhirCodes.Category("imaging", "Imaging")],
                Code = new CodeableConcept { Coding = [code], Text = $"DXA T-score, {SiteName(site.Site)}" },
                Subject = b.Subject(),
                Effective = densitometry.ScanDate is { } d ? new FhirDateTime(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                // Cleared of binary noise only, as the assessment document writes it: a rounded score could cross a cut-off.
                Value = OutputBundle.Ucum(OutputBundle.Decimal(t, 6), FhirCodes.Unity, "T-Score"),
                Method = new CodeableConcept
                {
                    Text = string.Create(CultureInfo.InvariantCulture, $"Computed by BoneBalance from the BMD {bmd.GramsPerSquareCentimetre:0.000} g/cm² against {site.Reference?.Name ?? "a young-adult reference"}: T = (BMD − mean) / SD"),
                },
                DerivedFrom = [.. BmdSource(b, densitometry.ScanDate, site)],
            };
            if (site.Site == SkeletalSite.FemoralNeck)
            {
                // The LOINC term is the femur's; the body site says which region of it.
                observation.BodySite = new CodeableConcept { Text = "Femoral neck" };
            }

            foreach (var note in site.Notes)
            {
                observation.Note.Add(new Annotation { Text = new Markdown(note) });
            }

            if (site.Reference is { } reference)
            {
                observation.Note.Add(new Annotation { Text = new Markdown("Reference population source: " + reference.Citation) });
            }

            b.Add($"Observation/t-score/{site.Site}", observation);
        }
    }

    /// <summary>The site in words.</summary>
    public static string SiteName(SkeletalSite site) => site switch
    {
        SkeletalSite.LumbarSpine => "lumbar spine",
        SkeletalSite.TotalHip => "total hip",
        SkeletalSite.FemoralNeck => "femoral neck",
        _ => "one-third radius",
    };

    // The measurement of this site on the interpreted scan date is the profile's dxa[i] with the same index in the input.
    private static IEnumerable<ResourceReference> BmdSource(OutputBundle b, DateOnly? scanDate, SiteScore site)
    {
        var dxa = b.Input.Dxa;
        for (var i = 0; i < dxa.Count; i++)
        {
            if (dxa[i].Site != site.Site || dxa[i].Date != scanDate || dxa[i].Bmd is null)
            {
                continue;
            }

            if (b.Reading is not null)
            {
                var bmd = b.Originals($"dxa[{i}].bmd").ToList();
                return bmd.Count > 0 ? bmd : b.Originals($"dxa[{i}]");
            }

            return [new ResourceReference(ProfileObservations.AddBmd(b, site.Site, dxa[i].Bmd!.Value.GramsPerSquareCentimetre, scanDate))];
        }

        return [];
    }
}
