using System.Net;
using System.Text;
using System.Text.Json;
using BoneBalance.Web.Tests.Reports;
using BoneBalance.Web.Tests.TestSupport;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;

namespace BoneBalance.Web.Tests.Api;

/// <summary>GET /api/assessments/{id}/fhir: a saved assessment as a FHIR R4 Bundle, for its owner only.</summary>
public sealed class AssessmentFhirTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<Browser> SignedInAsync(string who)
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail(who));
        return browser;
    }

    [Fact]
    public async Task A_saved_assessment_is_a_FHIR_bundle_with_the_saved_risks_and_findings()
    {
        using var browser = await SignedInAsync("fhir");
        var profile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json"));
        using var created = await browser.Client.PostAsync("/api/assessments", Json(profile));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var saved = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var location = created.Headers.Location!.OriginalString;

        using var response = await browser.Client.GetAsync(location + "/fhir");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType!.MediaType);
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(await response.Content.ReadAsStringAsync());

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var resources = bundle.Entry.Select(e => e.Resource!).ToList();
        var risk = Assert.Single(resources.OfType<RiskAssessment>());
        var qfracture = saved.RootElement.GetProperty("fractureRisk").GetProperty("qfracture");
        var mof = (double)((FhirDecimal)risk.Prediction[0].Probability!).Value!.Value;
        var hip = (double)((FhirDecimal)risk.Prediction[1].Probability!).Value!.Value;
        // The saved document rounds to 0.1 %; the bundle carries the fraction to 6 places.
        Assert.InRange(mof * 100 - qfracture.GetProperty("majorOsteoporoticPercent").GetDouble(), -0.05, 0.05);
        Assert.InRange(hip * 100 - qfracture.GetProperty("hipPercent").GetDouble(), -0.05, 0.05);
        // The as-of date is the day the assessment was saved on (the person's; UTC without X-Time-Zone).
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ((FhirDateTime)risk.Occurrence!).Value);
        var issue = Assert.Single(resources.OfType<DetectedIssue>());
        Assert.Equal(DetectedIssue.DetectedIssueSeverity.High, issue.Severity);
        Assert.EndsWith(saved.RootElement.GetProperty("findings")[0].GetProperty("code").GetString()!, issue.Code!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_persons_assessment_is_404_and_no_credentials_401()
    {
        using var owner = await SignedInAsync("fhir-owner");
        using var created = await owner.Client.PostAsync("/api/assessments", Json(DashboardTests.KnownPerson));
        var location = created.Headers.Location!.OriginalString;

        using var other = await SignedInAsync("fhir-other");
        using var theirs = await other.Client.GetAsync(location + "/fhir");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        using var mine = await owner.Client.GetAsync(location + "/fhir");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        using var anonymous = factory.Browser();
        using var unauthorised = await anonymous.Client.GetAsync(location + "/fhir");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
    }
}
