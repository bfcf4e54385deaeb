using BoneBalance.Web.Tests.TestSupport;
using static BoneBalance.Web.Tests.Wizard.WizardTests;

namespace BoneBalance.Web.Tests.Wizard;

/// <summary>
/// The medications step's "Still taking it?" and "months since the last dose" (the contract's <c>status</c> and
/// <c>stoppedMonthsAgo</c>): saved in the profile, shown on the review, read by the dashboard (stopped denosumab is a
/// warning; alendronate taken now gives ON_OSTEOPOROSIS_TREATMENT, not DISCUSS_TREATMENT).
/// </summary>
public sealed class MedicationStatusStepTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private async Task<Browser> SignedInAsync()
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("treated"));
        await StepAsync(browser, "about", About);
        return browser;
    }

    [Fact]
    public async Task A_stopped_medicine_is_saved_shown_on_the_review_and_warned_about_on_the_dashboard()
    {
        using var browser = await SignedInAsync();
        Assert.Equal("/Assessment/supplements", await StepAsync(browser, "medications",
            ("medications[0].name", "Prolia"), ("medications[0].durationMonths", "36"), ("medications[0].status", "stopped"), ("medications[0].stoppedMonthsAgo", "9")));

        var medication = Assert.Single((await ProfileAsync(browser)).GetProperty("medications").EnumerateArray());
        Assert.Equal("stopped", medication.GetProperty("status").GetString());
        Assert.Equal(9, medication.GetProperty("stoppedMonthsAgo").GetDouble());

        var review = await browser.GetPageAsync("/Assessment/review");
        Assert.Contains("stopped 9 months ago", review, StringComparison.Ordinal);

        var step = await browser.GetPageAsync("/Assessment/medications");
        Assert.Contains("<option value=\"stopped\" selected=\"selected\">", step, StringComparison.Ordinal);

        var dashboard = await browser.GetPageAsync("/Dashboard");
        Assert.Contains("data-finding-code=\"DENOSUMAB_STOPPED\" class=\"finding severity-warning\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("data-recommendation=\"ON_OSTEOPOROSIS_TREATMENT\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Months_since_stopping_for_a_medicine_taken_now_are_refused_next_to_the_row()
    {
        using var browser = await SignedInAsync();
        var html = await RefusedAsync(browser, "medications",
            ("medications[0].name", "alendronate"), ("medications[0].status", "current"), ("medications[0].stoppedMonthsAgo", "4"));
        Assert.Contains("<p id=\"medications[0].stoppedMonthsAgo-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alendronate_taken_now_gets_the_treatment_advice_not_the_discussion_of_starting()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "medications", ("medications[0].name", "alendronate"), ("medications[0].durationMonths", "18"));
        await StepAsync(browser, "dxa", ("dxa[0].date", "2025-01-10"), ("dxa[0].site", "femoral_neck"), ("dxa[0].manufacturer", "hologic"), ("dxa[0].tScore", "-2.8"));
        var dashboard = await browser.GetPageAsync("/Dashboard");
        Assert.Contains("data-recommendation=\"ON_OSTEOPOROSIS_TREATMENT\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("data-recommendation=\"DISCUSS_TREATMENT\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("You have taken it for 18 months", dashboard, StringComparison.Ordinal);
    }
}
