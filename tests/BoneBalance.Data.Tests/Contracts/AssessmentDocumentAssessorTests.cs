using System.Text;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Safety;
using FsCheck.Xunit;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// Real assessments (profile → <see cref="Assessor"/> → JSON): the JSON carries exactly what the assessment holds, and
/// every valid profile can be assessed and written — the profile reader lets nothing through that the assessment would
/// then refuse.
/// </summary>
public sealed class AssessmentDocumentAssessorTests
{
    private static readonly Assessor Assessor = new(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), []);

    [Fact]
    public void The_full_example_is_written_with_everything_the_assessment_holds()
    {
        var assessment = Assessor.Assess(ProfileDocumentTests.Parse(ProfileDocumentTests.FullExample));
        using var document = JsonDocument.Parse(AssessmentDocument.ToJson(assessment));
        var root = document.RootElement;

        Assert.Equal(assessment.Findings.Select(f => f.Code), root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        Assert.Equal(assessment.Recommendations.Select(r => r.Code), root.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(assessment.Plan.Supplements.Count, root.GetProperty("plan").GetProperty("supplements").GetArrayLength());
        Assert.Equal(assessment.Plan.Withheld.Count, root.GetProperty("plan").GetProperty("withheld").GetArrayLength());
        Assert.Equal(assessment.Disclaimer, root.GetProperty("disclaimer").GetString());

        // The example's person: prednisone 10 mg/day for 6 months and every bleeding sign.
        Assert.Contains("GLUCOCORTICOID_BONE_LOSS", assessment.Findings.Select(f => f.Code));
        Assert.Contains("VITAMIN_K_DEFICIENCY_SIGNS", assessment.Findings.Select(f => f.Code));
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal(["code", "severity", "message", "advice", "reason", "citations"], finding.EnumerateObject().Select(p => p.Name));
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "info", "caution", "warning", "contraindicated_without_supervision" });
            Assert.NotEqual(0, finding.GetProperty("citations").GetArrayLength());
        }

        foreach (var supplement in root.GetProperty("plan").GetProperty("supplements").EnumerateArray())
        {
            Assert.Contains(supplement.GetProperty("unit").GetString(), new[] { "ug", "mg", "iu" });
            Assert.Matches("^[ABCD]$", supplement.GetProperty("evidenceGrade").GetString()!);
            Assert.NotEqual(0, supplement.GetProperty("citations").GetArrayLength());
        }

        // Femoral-neck BMD 0.62 g/cm²: T = (0.62 − 0.858) / 0.120 = −1.983333 (NHANES III women 20–29).
        Assert.Equal(-1.983333, root.GetProperty("densitometry").GetProperty("sites")[0].GetProperty("tScore").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("intake").ValueKind); // no diary: intake unknown, not zero
    }

    [Property(MaxTest = 150)]
    public bool Every_valid_profile_can_be_assessed_and_written(int seed)
    {
        var profile = ProfileRoundTripTests.Generated.Profile(new Random(seed));
        var input = ProfileDocument.Parse(profile.Json(), today: new DateOnly(2026, 11, 25));
        var assessment = Assessor.Assess(input);
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(AssessmentDocument.ToJson(assessment)));
        var root = document.RootElement;
        return root.GetProperty("findings").GetArrayLength() == assessment.Findings.Count
            && root.GetProperty("plan").GetProperty("supplements").GetArrayLength() == assessment.Plan.Supplements.Count
            && (root.GetProperty("densitometry").ValueKind == JsonValueKind.Null) == (assessment.Densitometry is null);
    }
}
