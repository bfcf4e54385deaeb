using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Web.Tests.Reports;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Api;

/// <summary>POST /api/assessments with a profile document as the body, and the saved assessment's PDF.</summary>
public sealed class AssessmentBodyTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<Browser> SignedInAsync(string who = "api")
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail(who));
        return browser;
    }

    private string Expected(string profile)
    {
        var assessor = factory.Services.GetRequiredService<Assessor>();
        var catalogue = factory.Services.GetRequiredService<FoodCatalogue>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return AssessmentDocument.ToJson(assessor.Assess(ProfileDocument.Parse(Encoding.UTF8.GetBytes(profile), catalogue.Find, today)), indented: false);
    }

    [Fact]
    public async Task A_posted_profile_returns_the_assessment_document_and_is_saved_for_its_owner()
    {
        using var browser = await SignedInAsync();
        var profile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json"));
        using var response = await browser.Client.PostAsync("/api/assessments", Json(profile));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Expected(profile), body);

        var location = response.Headers.Location!.OriginalString;
        var (status, saved) = await browser.JsonAsync(HttpMethod.Get, location);
        Assert.Equal(HttpStatusCode.OK, status);
        using var expected = JsonDocument.Parse(body);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, saved.GetProperty("result")), "the saved result is the returned document");
        Assert.Equal(74, saved.GetProperty("profile").GetProperty("person").GetProperty("age").GetInt32());
        // The day it was assessed on (the person's; UTC without X-Time-Zone), so the PDF replays it on that day.
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), saved.GetProperty("today").GetString());

        using var pdf = await browser.Client.GetAsync(location + "/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..5]);
    }

    [Fact]
    public async Task Save_false_answers_200_and_keeps_nothing()
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/assessments?save=false", Json(DashboardTests.KnownPerson));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(Expected(DashboardTests.KnownPerson), await response.Content.ReadAsStringAsync());
        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        Assert.Empty(list.EnumerateArray());
    }

    [Fact]
    public async Task A_refused_profile_is_a_validation_problem_naming_the_json_path()
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/assessments",
            Json("""{"person":{"sex":"female","age":67},"dxa":[{"site":"femoral_neck","bmd":0.6},{"site":"hip_somewhere","bmd":0.6}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("dxa[1].site", out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/assessments", new StringContent("person=x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Another_persons_assessment_is_404_for_get_pdf_and_delete()
    {
        using var owner = await SignedInAsync("owner");
        using var created = await owner.Client.PostAsync("/api/assessments", Json(DashboardTests.KnownPerson));
        var location = created.Headers.Location!.OriginalString;
        using var other = await SignedInAsync("other");
        foreach (var (method, path) in new[] { (HttpMethod.Get, location), (HttpMethod.Get, location + "/pdf"), (HttpMethod.Delete, location) })
        {
            using var request = new HttpRequestMessage(method, path);
            using var response = await other.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var (status, _) = await owner.JsonAsync(HttpMethod.Get, location);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Without_credentials_the_api_answers_401()
    {
        using var browser = factory.Browser();
        using var post = await browser.Client.PostAsync("/api/assessments", Json(DashboardTests.KnownPerson));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        using var pdf = await browser.Client.GetAsync("/api/assessments/1/pdf");
        Assert.Equal(HttpStatusCode.Unauthorized, pdf.StatusCode);
    }
}
