using System.Globalization;
using Microsoft.Playwright;

namespace BoneBalance.Web.Tests.RealBrowser;

/// <summary>Register → wizard → dashboard → diary → dashboard → report PDF, in headless Chromium.</summary>
[Trait("Category", "Browser")]
public sealed class DashboardFlowTests(ChromiumApp app) : IClassFixture<ChromiumApp>
{
    /// <summary>
    /// ClinRisk's QFracture-2012 reference vector row 97 (tests/BoneBalance.Core.Tests/ReferenceData/
    /// qfracture2012_reference_vectors.csv, computed by ClinRisk's own C code): a 65-year-old woman, BMI 22.392,
    /// Bangladeshi (ethrisk 4), light smoker (smoke_cat 2), no alcohol, no other risk factor: 10-year major osteoporotic
    /// fracture risk 2.5549714859 %, hip 1.1025904812 %; the dashboard shows one decimal: "2.6" and "1.1".
    /// BMI 22.392 is entered as 160 cm and 22.392 × 1.6² = 57.32352 kg.
    /// </summary>
    [BrowserFact]
    public async Task The_dashboard_shows_clinrisks_qfracture_risk_for_a_known_person_and_the_report_pdf_downloads()
    {
        var page = await app.RegisteredAsync("known-person");
        await AboutYouAsync(page, age: "65", heightCm: "160", weightKg: "57.32352", ethnicity: "bangladeshi", smoking: "light", alcohol: "none");
        await page.GotoAsync("/Dashboard");
        await Assertions.Expect(page.GetByTestId("mof-risk")).ToHaveTextAsync(Percent(2.5549714859));
        await Assertions.Expect(page.GetByTestId("hip-risk")).ToHaveTextAsync(Percent(1.1025904812));
        await page.ScreenshotAsync("dashboard");
        await page.AssertNoSeriousAxeViolationsAsync("dashboard");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-pdf").First.ClickAsync());
        var path = Path.Combine(ChromiumApp.ScreenshotDirectory, "report.pdf");
        await download.SaveAsAsync(path);
        var head = new byte[5];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(head);
        }

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));

        await page.GotoAsync("/Report");
        await page.ScreenshotAsync("report");
        await page.AssertNoSeriousAxeViolationsAsync("report");
    }

    /// <summary>
    /// Natto's MK-7 from the catalogue: 939 µg/100 g (Kamao 2007) × 175 g (one cup, SR28) = 1643.25 µg; two cups on the
    /// one logged day: 3286.5 µg a day. "at least": natto's MK-8/MK-9 are not analysed.
    /// </summary>
    [BrowserFact]
    public async Task Natto_added_in_the_diary_raises_the_dashboards_mk7_row_by_its_household_measure()
    {
        var page = await app.RegisteredAsync("dashboard-natto");
        await AboutYouAsync(page, age: "67", heightCm: "160", weightKg: "55", ethnicity: "white", smoking: "never", alcohol: "none");
        await page.GotoAsync("/Dashboard");
        await Assertions.Expect(page.GetByTestId("intake-unknown")).ToBeVisibleAsync();

        var mk7 = page.Locator("tr[data-nutrient='mk7plus'] td").First;
        await AddNattoCupAsync(page);
        await page.GotoAsync("/Dashboard");
        await Assertions.Expect(mk7).ToHaveTextAsync("at least 1643.25 µg");
        await AddNattoCupAsync(page);
        await page.GotoAsync("/Dashboard");
        await Assertions.Expect(mk7).ToHaveTextAsync("at least 3286.5 µg");
        await page.ScreenshotAsync("dashboard-with-natto");
        await page.AssertNoSeriousAxeViolationsAsync("dashboard with intake");
    }

    /// <summary>
    /// Warfarin with an MK-7 supplement logged: SafetyCheck raises VKA_VITAMIN_K (a vitamin K antagonist together with a
    /// vitamin K supplement), and the dashboard must show it in the alert box, not in a footnote.
    /// </summary>
    [BrowserFact]
    public async Task A_warfarin_user_taking_mk7_sees_the_vka_warning_in_the_alert_box()
    {
        var page = await app.RegisteredAsync("warfarin");
        await page.GotoAsync("/Diary");
        await page.GetByLabel("Form").SelectOptionAsync("k2-mk7");
        await page.GetByLabel("Dose").FillAsync("180");
        await page.GetByLabel("Unit").SelectOptionAsync("ug");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add supplement" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vitamin K2 (MK-7) (supplement)")).ToBeVisibleAsync();

        await AboutYouAsync(page, age: "74", heightCm: "162", weightKg: "60", ethnicity: "white", smoking: "never", alcohol: "none");
        await page.GotoAsync("/Assessment/medications");
        await page.Locator("#medications-0-name").FillAsync("warfarin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync("**/Assessment/supplements");

        await page.GotoAsync("/Dashboard");
        var alert = page.GetByTestId("safety-alerts");
        await Assertions.Expect(alert.Locator("[data-finding-code='VKA_VITAMIN_K']")).ToBeVisibleAsync();
        Assert.Equal("alert", await alert.GetAttributeAsync("role"));
        await page.ScreenshotAsync("dashboard-warfarin");
        await page.AssertNoSeriousAxeViolationsAsync("dashboard with a safety alert");
    }

    /// <summary>
    /// Warfarin and no supplement: natto logged in the diary brings the diary page's warning in words at once, and the
    /// dashboard's alert box shows VKA_VITAMIN_K_FOOD (warning) in place of the steady-diet note.
    /// </summary>
    [BrowserFact]
    public async Task A_warfarin_user_adding_natto_is_warned_in_the_diary_and_in_the_dashboards_alert_box()
    {
        var page = await app.RegisteredAsync("warfarin-natto");
        await AboutYouAsync(page, age: "74", heightCm: "162", weightKg: "60", ethnicity: "white", smoking: "never", alcohol: "none");
        await page.GotoAsync("/Assessment/medications");
        await page.Locator("#medications-0-name").FillAsync("warfarin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync("**/Assessment/supplements");

        await AddNattoCupAsync(page);
        var warning = page.GetByTestId("vitamin-k-food-warning");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        Assert.Equal("alert", await warning.GetAttributeAsync("role"));
        await Assertions.Expect(warning).ToContainTextAsync("You take warfarin");
        await Assertions.Expect(warning).ToContainTextAsync("You logged 175 g natto.");
        await Assertions.Expect(warning).ToContainTextAsync("do not eat natto");
        await Assertions.Expect(warning).Not.ToContainTextAsync("VKA_");
        await page.ScreenshotAsync("diary-warfarin-natto");
        await page.AssertNoSeriousAxeViolationsAsync("diary with the vitamin K warning");

        await page.GotoAsync("/Dashboard");
        var alert = page.GetByTestId("safety-alerts");
        var finding = alert.Locator("[data-finding-code='VKA_VITAMIN_K_FOOD']");
        await Assertions.Expect(finding).ToBeVisibleAsync();
        await Assertions.Expect(finding).ToContainTextAsync("Your food diary shows natto on");
        await Assertions.Expect(page.Locator("[data-finding-code='VKA_KEEP_VITAMIN_K_STEADY']")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("dashboard-warfarin-natto");
    }

    [BrowserFact]
    public async Task The_dashboard_and_report_fit_a_phone()
    {
        var page = await app.RegisteredAsync("phone-dashboard", 375, 812);
        await AboutYouAsync(page, age: "67", heightCm: "160", weightKg: "55", ethnicity: "white", smoking: "never", alcohol: "none");
        await AddNattoCupAsync(page);
        foreach (var path in new[] { "/Dashboard", "/Report" })
        {
            await page.GotoAsync(path);
            await page.AssertNoHorizontalScrollAsync(path);
            await page.ScreenshotAsync("phone" + path.Replace('/', '-'));

            // Every chart label is drawn at 12 px or more on the phone (its font size times the SVG's scale on screen), and
            // none runs outside its chart (a cut caption).
            var charts = await page.EvaluateAsync<double[][]>("""
                () => [...document.querySelectorAll('.chart svg')].map(svg => {
                  const scale = svg.getScreenCTM().a;
                  const box = svg.viewBox.baseVal;
                  const texts = [...svg.querySelectorAll('text')];
                  const smallest = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
                  const outside = texts.filter(t => { const b = t.getBBox(); return b.x < -0.5 || b.x + b.width > box.width + 0.5; }).length;
                  return [smallest, outside, texts.length];
                })
                """);
            Assert.True(charts.Length >= 2, $"{path}: {charts.Length} charts");
            await page.Locator(".chart").First.ScreenshotAsync(new() { Path = Path.Combine(ChromiumApp.ScreenshotDirectory, "phone-chart" + path.Replace('/', '-') + ".png") });
            foreach (var chart in charts)
            {
                Assert.True(chart[2] > 0);
                Assert.True(chart[0] >= 12, $"{path}: a chart label is {chart[0]:0.0} px on a 375 px screen");
                Assert.Equal(0, chart[1]);
            }
        }
    }

    private static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task AboutYouAsync(IPage page, string age, string heightCm, string weightKg, string ethnicity, string smoking, string alcohol)
    {
        await page.GotoAsync("/Assessment/about");
        await page.Locator("#person-age").FillAsync(age);
        await page.Locator("#person-sex").SelectOptionAsync("female");
        await page.Locator("#person-menopausalStatus").SelectOptionAsync("postmenopausal");
        await page.Locator("#person-heightCm").FillAsync(heightCm);
        await page.Locator("#person-weightKg").FillAsync(weightKg);
        await page.Locator("#person-ethnicity").SelectOptionAsync(ethnicity);
        await page.Locator("#person-smoking").SelectOptionAsync(smoking);
        await page.Locator("#person-alcohol").SelectOptionAsync(alcohol);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync("**/Assessment/risk-factors");
    }

    private static async Task AddNattoCupAsync(IPage page)
    {
        await page.GotoAsync("/Diary?q=natto");
        await page.Locator("#amount-usda-16113").FillAsync("1");
        await page.Locator("#measure-usda-16113").SelectOptionAsync("1 cup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Natto", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("handler=", StringComparison.Ordinal));
    }
}
