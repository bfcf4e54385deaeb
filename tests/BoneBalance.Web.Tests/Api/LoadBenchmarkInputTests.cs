using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Api;

/// <summary>
/// bench/load/run.sh must measure real assessments, not 400s: the profile it PUTs and the diary rows it posts (read from
/// the script itself, so the two cannot drift apart) are accepted, and POST /api/assessments then answers 201.
/// </summary>
public sealed partial class LoadBenchmarkInputTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task The_load_scripts_profile_and_diary_rows_are_accepted_and_the_assessment_is_created()
    {
        var script = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "bench", "load", "run.sh"));
        var profileFile = DefaultProfile().Match(script);
        Assert.True(profileFile.Success, "run.sh has no default profile=\"$root/examples/...\" line");
        var rows = DiaryRow().Matches(script).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, rows.Count);

        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("load"));
        browser.UseBearer(await browser.CreateTokenAsync("load benchmark"));
        var profile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", profileFile.Groups[1].Value));
        using (var put = await browser.Client.PutAsync("/api/profile", new StringContent(profile, Encoding.UTF8, "application/json")))
        {
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            using var post = await browser.Client.PostAsync("/api/diary/foods", new StringContent($"{{\"date\":\"{today}\",{row}}}", Encoding.UTF8, "application/json"));
            Assert.True(post.StatusCode == HttpStatusCode.Created, $"{row}: {(int)post.StatusCode} {await post.Content.ReadAsStringAsync()}");
        }

        using var assessment = await browser.Client.PostAsync("/api/assessments", null);
        Assert.True(assessment.StatusCode == HttpStatusCode.Created, await assessment.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("profile=\"\\$root/examples/([^\"]+\\.json)\"")]
    private static partial Regex DefaultProfile();

    [GeneratedRegex("""'("foodId":"[^']+)'""")]
    private static partial Regex DiaryRow();
}
