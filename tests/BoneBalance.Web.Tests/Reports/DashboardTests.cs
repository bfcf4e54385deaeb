using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Data.Contracts;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Reports;

/// <summary>The dashboard: the Assessor's result for the stored profile and diary, safety first.</summary>
public sealed partial class DashboardTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    internal const string KnownPerson = """
        {"person":{"sex":"female","age":67,"heightCm":160,"weightKg":55,"postmenopausal":true,"ethnicity":"white","smoking":"never","alcohol":"none"},
         "riskFactors":["falls","parental_osteoporosis"]}
        """;

    internal static async Task<Browser> WithProfileAsync(BoneBalanceFactory factory, string profileJson, string who = "dashboard")
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail(who));
        using var put = await browser.Client.PutAsync("/api/profile", new StringContent(profileJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return browser;
    }

    internal static Task<Browser> WarfarinAsync(BoneBalanceFactory factory) =>
        File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json")).ContinueWith(t => WithProfileAsync(factory, t.Result, "warfarin")).Unwrap();

    /// <summary>The risks shown are QFracture-2012's for the same person (as the contract reads the profile), to one decimal.</summary>
    [Fact]
    public async Task A_known_persons_dashboard_shows_the_qfracture_risks_of_that_person()
    {
        using var browser = await WithProfileAsync(factory, KnownPerson);
        var html = await browser.GetPageAsync("/Dashboard");
        var expected = QFracture2012.Calculate(ProfileDocument.Parse(Encoding.UTF8.GetBytes(KnownPerson)).Person);
        Assert.Equal(expected.MajorOsteoporoticPercent.ToString("0.0", CultureInfo.InvariantCulture), Risk("mof-risk").Match(html).Groups[1].Value);
        Assert.Equal(expected.HipPercent.ToString("0.0", CultureInfo.InvariantCulture), Risk("hip-risk").Match(html).Groups[1].Value);
        Assert.Contains("data-testid=\"intake-unknown\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"safety-alerts\"", html, StringComparison.Ordinal);
    }

    /// <summary>A BMI below QFracture's 20 (45 kg at 160 cm: 17.58) gets the risk at BMI 20, labelled an underestimate.</summary>
    [Fact]
    public async Task An_underweight_persons_dashboard_shows_the_risk_at_bmi_20_with_its_label()
    {
        const string Thin = """
            {"person":{"sex":"female","age":67,"heightCm":160,"weightKg":45,"postmenopausal":true,"ethnicity":"white","smoking":"never","alcohol":"none"}}
            """;
        using var browser = await WithProfileAsync(factory, Thin, "thin");
        var html = await browser.GetPageAsync("/Dashboard");
        var expected = QFracture2012.Calculate(new QFractureInput(Core.People.Sex.Female, 67, 20, Core.People.Ethnicity.White, Core.People.SmokingStatus.Never, Core.People.AlcoholIntake.None, Core.People.RiskFactors.None));
        Assert.Equal(expected.MajorOsteoporoticPercent.ToString("0.0", CultureInfo.InvariantCulture), Risk("mof-risk").Match(html).Groups[1].Value);
        Assert.Contains("BMI 17.58 is below the model's range (20–40); risk computed at BMI 20, probably an underestimate.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_screening_tools_suggest_a_scan_only_until_one_has_been_done()
    {
        using var without = await WithProfileAsync(factory, KnownPerson, "no-dxa");
        var before = await without.GetPageAsync("/Dashboard");
        Assert.Contains(" — suggests a DXA scan", WebUtility.HtmlDecode(before), StringComparison.Ordinal);
        Assert.DoesNotContain("A DXA scan has already been done", before, StringComparison.Ordinal);

        var withDxa = KnownPerson.TrimEnd().TrimEnd('}') + """, "dxa": [ { "date": "2026-09-14", "site": "femoral_neck", "tScore": -1.6, "manufacturer": "hologic" } ] }""";
        using var scanned = await WithProfileAsync(factory, withDxa, "dxa");
        var after = await scanned.GetPageAsync("/Dashboard");
        Assert.DoesNotContain(" — suggests a DXA scan", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        Assert.Contains("A DXA scan has already been done (latest 2026-09-14)", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warfarin_users_dashboard_shows_the_vka_finding_in_the_alert_box_before_the_risk_and_no_vitamin_k_in_the_plan()
    {
        using var browser = await WarfarinAsync(factory);
        var html = await browser.GetPageAsync("/Dashboard");
        var alerts = html.IndexOf("role=\"alert\" data-testid=\"safety-alerts\"", StringComparison.Ordinal);
        var vka = html.IndexOf("data-finding-code=\"VKA_VITAMIN_K\"", StringComparison.Ordinal);
        var risk = html.IndexOf("id=\"risk\"", StringComparison.Ordinal);
        Assert.True(alerts > 0 && vka > alerts && vka < risk, $"alerts {alerts}, VKA {vka}, risk {risk}");
        var plan = html[html.IndexOf("id=\"plan\"", StringComparison.Ordinal)..html.IndexOf("id=\"recommendations\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("data-supplement=\"k", plan, StringComparison.Ordinal);

        // The charts are inline SVG under a CSP without 'unsafe-inline' styles: presentation attributes only.
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Words for people: the page shows no finding codes, no verification labels, no "(title not checked)" and no input
    /// tokens — those stay in the JSON and the clinician PDF (data-* attributes are not shown).
    /// </summary>
    [Fact]
    public async Task The_dashboard_speaks_words_not_codes_tokens_or_verification_labels()
    {
        using var browser = await WarfarinAsync(factory);
        var html = await browser.GetPageAsync("/Dashboard");
        var visible = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");
        foreach (var engineerWords in new[] { "VKA_VITAMIN_K", "Code ", "[verified", "verified-secondary", "verified-primary", "(title not checked)", "k2-mk7", " ug ", "usda:" })
        {
            Assert.DoesNotContain(engineerWords, visible, StringComparison.Ordinal);
        }

        Assert.Contains("Osteoporosis Self-assessment Tool (OST)", visible, StringComparison.Ordinal);
        Assert.Contains("cut-off", visible, StringComparison.Ordinal);
        Assert.Contains("data-finding-code=\"VKA_VITAMIN_K\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_saved_confirmation_acknowledges_only_the_persons_own_assessment()
    {
        using var owner = await WarfarinAsync(factory);
        var (created, _) = await owner.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, created);
        var (_, list) = await owner.JsonAsync(HttpMethod.Get, "/api/assessments");
        var id = list[0].GetProperty("id").GetInt64();
        Assert.Contains($"Assessment saved (number {id}).", await owner.GetPageAsync($"/Dashboard?saved={id}"), StringComparison.Ordinal);

        using var other = await WarfarinAsync(factory);
        Assert.DoesNotContain("Assessment saved", await other.GetPageAsync($"/Dashboard?saved={id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_source_number_links_to_an_entry_of_the_sources_list()
    {
        using var browser = await WarfarinAsync(factory);
        var html = await browser.GetPageAsync("/Dashboard");
        var links = SourceLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, n => Assert.Contains($"<li id=\"source-{n}\">", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_profile_the_dashboard_links_to_the_wizard()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var html = await browser.GetPageAsync("/Dashboard");
        Assert.Contains("data-testid=\"no-profile\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Assessment/about\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_diary_the_intake_table_has_a_row_per_nutrient()
    {
        using var browser = await WithProfileAsync(factory, KnownPerson);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = today, foodId = "usda:16113", grams = 50 });
        var html = await browser.GetPageAsync("/Dashboard");
        foreach (var nutrient in new[] { "vitamin_k1", "mk4", "mk7plus", "vitamin_d", "calcium" })
        {
            Assert.Contains($"data-nutrient=\"{nutrient}\"", html, StringComparison.Ordinal);
        }

        // The average says how many days it rests on.
        Assert.Matches(@"data-testid=""days-logged"">Based on 1 of 7 days logged \(\d{1,2} \w{3} to \d{1,2} \w{3}\): the more days you log", html);
    }

    internal const string VkaNote = "No vitamin K foods are suggested because you take warfarin: keep the vitamin K in your food about the same from "
        + "week to week, and talk to your anticoagulation clinic before changing it.";

    /// <summary>
    /// A warfarin user (examples/man-77-warfarin-no-k-supplement.json) who logged one egg today (K about 0.2 µg, far below the
    /// 120 µg AI): the dashboard's vitamin K gap lists no food and shows the note; no vitamin K food appears anywhere in the
    /// intake section. The same diary for a person on no anticoagulant lists natto first.
    /// </summary>
    [Fact]
    public async Task A_warfarin_users_dashboard_suggests_no_vitamin_k_food_and_says_why()
    {
        var profile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "man-77-warfarin-no-k-supplement.json"));
        using var browser = await WithProfileAsync(factory, profile, "warfarin-food");
        await LogAnEggAsync(browser);
        var intake = IntakeSection(await browser.GetPageAsync("/Dashboard"));
        var gap = intake[intake.IndexOf("data-gap=\"vitamin_k_total\"", StringComparison.Ordinal)..];
        gap = gap[..gap.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.DoesNotContain("data-food=", gap, StringComparison.Ordinal);
        Assert.Contains(VkaNote, gap, StringComparison.Ordinal);
        foreach (var food in new[] { "Natto", "Kale", "Collards", "Spinach", "Turnip greens", "Mustard greens" })
        {
            Assert.DoesNotContain(food, intake, StringComparison.Ordinal);
        }

        using var other = await WithProfileAsync(factory, KnownPerson, "no-vka-food");
        await LogAnEggAsync(other);
        var control = IntakeSection(await other.GetPageAsync("/Dashboard"));
        Assert.Contains("data-food=\"usda:16113\"", control, StringComparison.Ordinal);
        Assert.DoesNotContain(VkaNote, control, StringComparison.Ordinal);
    }

    private static async Task LogAnEggAsync(Browser browser)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = today, foodId = "usda:01123", grams = 50 });
    }

    private static string IntakeSection(string html) =>
        html[html.IndexOf("id=\"intake\"", StringComparison.Ordinal)..html.IndexOf("id=\"plan\"", StringComparison.Ordinal)];

    [Fact]
    public async Task Viewing_saves_nothing_and_save_this_assessment_keeps_one()
    {
        using var browser = await WithProfileAsync(factory, KnownPerson);
        await browser.GetPageAsync("/Dashboard");
        var (_, before) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        Assert.Empty(before.EnumerateArray());

        using var save = await browser.PostFormAsync("/Dashboard", "/Dashboard?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var (_, after) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        var id = Assert.Single(after.EnumerateArray()).GetProperty("id").GetInt64();
        Assert.Equal($"/Dashboard?saved={id}", save.Headers.Location!.OriginalString);

        // Saving the same thing again (as after "See my results") keeps no second copy; a changed diary is a new one.
        using (var again = await browser.PostFormAsync("/Dashboard", "/Dashboard?handler=Save"))
        {
            Assert.Equal($"/Dashboard?saved={id}", again.Headers.Location!.OriginalString);
        }

        Assert.Single((await browser.JsonAsync(HttpMethod.Get, "/api/assessments")).Body.EnumerateArray());
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = today, foodId = "usda:01009", grams = 30 });
        using (var changed = await browser.PostFormAsync("/Dashboard", "/Dashboard?handler=Save"))
        {
            Assert.NotEqual($"/Dashboard?saved={id}", changed.Headers.Location!.OriginalString);
        }

        Assert.Equal(2, (await browser.JsonAsync(HttpMethod.Get, "/api/assessments")).Body.GetArrayLength());
    }

    [Fact]
    public async Task Pages_never_show_another_persons_assessment()
    {
        using var warfarin = await WarfarinAsync(factory);
        await warfarin.GetPageAsync("/Dashboard");
        using var other = factory.Browser();
        await other.RegisterAsync(TestAccounts.NewEmail("other"));
        foreach (var page in new[] { "/Dashboard", "/Report" })
        {
            var html = await other.GetPageAsync(page);
            Assert.DoesNotContain("VKA_VITAMIN_K", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"mof-risk\"", html, StringComparison.Ordinal);
        }

        using var pdf = await other.Client.GetAsync("/Report/Pdf");
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.Equal("/Assessment/about", pdf.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/Dashboard")]
    [InlineData("/Report")]
    [InlineData("/Report/Pdf")]
    public async Task Signed_out_the_pages_send_to_sign_in(string page)
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Regex Risk(string testId) => new($"data-testid=\"{testId}\">([0-9.]+)</span>", RegexOptions.CultureInvariant);

    [GeneratedRegex("href=\"#source-([0-9]+)\"")]
    private static partial Regex SourceLink();
}
