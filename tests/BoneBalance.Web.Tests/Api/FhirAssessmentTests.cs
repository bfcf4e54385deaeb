using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Fhir;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Api;

/// <summary>POST /api/assessments with <c>Content-Type: application/fhir+json</c>: a patient's FHIR R4 Bundle.</summary>
public sealed class FhirAssessmentTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static readonly DateOnly AsOf = new(2021, 6, 1);

    private static byte[] Bundle(string start) =>
        File.ReadAllBytes(Directory.GetFiles(Repository.File("data", "sources", "fhir", "synthea"), start + "*.json").Single());

    private static ByteArrayContent Fhir(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json") { CharSet = "utf-8" };
        return content;
    }

    private async Task<Browser> SignedInAsync()
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("fhir"));
        return browser;
    }

    [Fact]
    public async Task A_posted_bundle_is_assessed_as_its_derived_profile_and_saved_with_it()
    {
        using var browser = await SignedInAsync();
        var bundle = Bundle("Max_Dicki");
        using var response = await browser.Client.PostAsync("/api/assessments?asOf=2021-06-01", Fhir(bundle));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var reading = FhirRecordReader.Read(bundle, AsOf);
        var assessor = factory.Services.GetRequiredService<Assessor>();
        var catalogue = factory.Services.GetRequiredService<FoodCatalogue>();
        var expected = assessor.Assess(ProfileDocument.Parse(reading.ProfileUtf8(), catalogue.Find, AsOf));
        // The answer is `assess --fhir --json`'s document: the assessment and the fhir section.
        Assert.Equal(AssessmentDocument.ToJson(expected, indented: false, more: w => FhirReadingDocument.WriteProperty(w, reading)), body);
        Assert.Contains("VKA_KEEP_VITAMIN_K_STEADY", body, StringComparison.Ordinal);

        var (status, saved) = await browser.JsonAsync(HttpMethod.Get, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2021-06-01", saved.GetProperty("today").GetString());
        Assert.Equal("1942-09-13", saved.GetProperty("profile").GetProperty("person").GetProperty("birthDate").GetString());
        Assert.Equal("Warfarin Sodium 5 MG Oral Tablet", saved.GetProperty("profile").GetProperty("medications").EnumerateArray()
            .Single(m => m.GetProperty("rxnorm").GetString() == "855332").GetProperty("name").GetString());
        Assert.Equal("8008b382-91cc-468f-95e5-7d6982b7ebb9", saved.GetProperty("result").GetProperty("fhir").GetProperty("patientId").GetString());

        // The saved assessment's FHIR Bundle points at the record's own Patient and at the newest weight of the record
        // (2020-03-30, read from the bundle by hand) instead of writing copies of them.
        using var fhir = await browser.Client.GetAsync(response.Headers.Location!.OriginalString + "/fhir");
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        using var written = JsonDocument.Parse(await fhir.Content.ReadAsStringAsync());
        var resources = written.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        Assert.DoesNotContain(resources, r => r.GetProperty("resourceType").GetString() == "Patient");
        var risk = resources.Single(r => r.GetProperty("resourceType").GetString() == "RiskAssessment");
        Assert.Equal("Patient/8008b382-91cc-468f-95e5-7d6982b7ebb9", risk.GetProperty("subject").GetProperty("reference").GetString());
        Assert.Contains(risk.GetProperty("basis").EnumerateArray(), b => b.TryGetProperty("reference", out var r) && r.GetString() == "Observation/b7a81a61-0aba-4dfe-aba8-16c7534f8f90");

        // Its PDF shows the saved result, and the kept profile assessed again on the kept day still gives it (the fhir section aside).
        using var pdf = await browser.Client.GetAsync(response.Headers.Location!.OriginalString + "/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains("gives the same results today", PdfText.All(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bundle_larger_than_the_profile_limit_is_accepted_up_to_16_MiB()
    {
        using var browser = await SignedInAsync();
        var bundle = Bundle("Isaiah_Schaden");
        Assert.True(bundle.Length > 256 * 1024);
        using var response = await browser.Client.PostAsync("/api/assessments?save=false&asOf=2021-06-01", Fhir(bundle));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var tooLarge = await browser.Client.PostAsync("/api/assessments?save=false", Fhir(new byte[(16 * 1024 * 1024) + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        // The larger limit is for FHIR bodies only: the same bytes as a profile are refused.
        var json = new ByteArrayContent(bundle);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var asProfile = await browser.Client.PostAsync("/api/assessments?save=false", json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, asProfile.StatusCode);
    }

    [Fact]
    public async Task A_deceased_patient_is_a_422_problem_naming_the_reason()
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/assessments?asOf=2021-06-01", Fhir(Bundle("Keira_Huel")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("deceased", problem.GetProperty("code").GetString());
        Assert.Contains("2003-07-03", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        Assert.Empty(list.EnumerateArray());
    }

    [Fact]
    public async Task A_malformed_bundle_and_a_bad_date_are_400_naming_the_field()
    {
        using var browser = await SignedInAsync();
        using var malformed = await browser.Client.PostAsync("/api/assessments", Fhir("{\"resourceType\":\"Bundle\",\"entry\":["u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var problem = await malformed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("bundle", problem.GetProperty("fieldErrors")[0].GetProperty("field").GetString());

        using var notBundle = await browser.Client.PostAsync("/api/assessments", Fhir(Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"x"}""")));
        Assert.Equal(HttpStatusCode.BadRequest, notBundle.StatusCode);
        Assert.Contains("is not a Bundle", await notBundle.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var badDate = await browser.Client.PostAsync("/api/assessments?asOf=June", Fhir(Bundle("Max_Dicki")));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal("asOf", (await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors")[0].GetProperty("field").GetString());
    }
}
