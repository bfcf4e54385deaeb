using System.Text.RegularExpressions;
using BoneBalance.Core.People;
using BoneBalance.Web.Tests.TestSupport;
using static BoneBalance.Web.Tests.Wizard.WizardTests;

namespace BoneBalance.Web.Tests.Wizard;

/// <summary>
/// The wizard's "Risk factors" step offers the factors that fit the person's sex from "About you", in words for people:
/// oestrogen-only HRT is not offered to a man; a care home (the supplement plan and falls advice) and an endocrine
/// disorder (the advice on bone density testing) are offered to both sexes, with a hint where QFracture does not use
/// them; a factor ticked before the sex changed stays ticked and visible with an explanation until it is unticked.
/// </summary>
public sealed class RiskFactorsStepTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static readonly (string, string)[] AboutMan =
    [
        ("person.age", "72"), ("person.sex", "male"), ("person.heightCm", "175"), ("person.weightKg", "80"),
        ("person.ethnicity", "white"), ("person.smoking", "never"), ("person.alcohol", "none"),
    ];

    private async Task<Browser> SignedInAsync(params (string, string)[] about)
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("risk-factors"));
        if (about.Length > 0)
        {
            Assert.Equal("/Assessment/risk-factors", await StepAsync(browser, "about", about));
        }

        return browser;
    }

    private static List<string> Offered(string html) =>
        [.. Regex.Matches(html, "name=\"riskFactors\" type=\"checkbox\" value=\"([a-z0-9_]+)\"").Select(m => m.Groups[1].Value)];

    private static string HintOf(string html, string token) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"id=\"riskFactors-{token}-hint\">([^<]*)</span>").Groups[1].Value);

    [Fact]
    public void No_description_carries_engineer_notes_about_models()
    {
        Assert.All(RiskFactorCatalogue.All, f => Assert.DoesNotContain("models", f.Description, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_man_is_not_offered_oestrogen_only_hrt_and_is_told_what_the_care_home_and_endocrine_answers_are_used_for()
    {
        using var browser = await SignedInAsync(AboutMan);
        var html = await browser.GetPageAsync("/Assessment/risk-factors");
        var offered = Offered(html);
        Assert.Equal(RiskFactorCatalogue.All.Count - 1, offered.Count);
        Assert.DoesNotContain("hrt", offered);
        Assert.DoesNotContain("oestrogen", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("models only", html, StringComparison.Ordinal);
        Assert.Contains("care_home", offered);
        Assert.Contains("endocrine_disorder", offered);
        Assert.Equal("An overactive thyroid or parathyroid gland, or too much cortisol (Cushing's). For men it is used in the advice on bone density testing, not in the fracture-risk calculation.",
            HintOf(html, "endocrine_disorder"));
        Assert.Equal("Living in a residential or nursing home.", HintOf(html, "care_home"));
        Assert.Contains("<label for=\"riskFactors-care_home\">Living in a care or nursing home.</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_woman_is_offered_every_factor_and_told_the_care_home_answer_is_used_in_the_supplement_and_falls_advice()
    {
        using var browser = await SignedInAsync(About);
        var html = await browser.GetPageAsync("/Assessment/risk-factors");
        Assert.Equal(RiskFactorCatalogue.All.Select(f => f.Token), Offered(html));
        Assert.Contains("<label for=\"riskFactors-hrt\">Taking oestrogen-only hormone replacement therapy.</label>", html, StringComparison.Ordinal);
        Assert.Equal("Living in a residential or nursing home. For women it is used in the supplement and falls advice, not in the fracture-risk calculation.",
            HintOf(html, "care_home"));
        Assert.Equal("An overactive thyroid or parathyroid gland, or too much cortisol (Cushing's).", HintOf(html, "endocrine_disorder"));
        Assert.DoesNotContain("models only", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_sex_every_factor_is_offered()
    {
        using var browser = await SignedInAsync();
        var html = await browser.GetPageAsync("/Assessment/risk-factors");
        Assert.Equal(RiskFactorCatalogue.All.Select(f => f.Token), Offered(html));
    }

    /// <summary>
    /// HRT ticked as a woman, then "About you" changed to a man: the factor is kept (saving the step as shown keeps it) but
    /// shown ticked with why it is not used, on the step and in the review; unticking it removes it, and it is then no
    /// longer offered.
    /// </summary>
    [Fact]
    public async Task A_factor_ticked_before_the_sex_changed_is_shown_ticked_with_the_reason_until_it_is_unticked()
    {
        using var browser = await SignedInAsync(About);
        await StepAsync(browser, "risk-factors", ("riskFactors", "hrt"), ("riskFactors", "falls"));
        Assert.Equal("/Assessment/risk-factors", await StepAsync(browser, "about", AboutMan));

        var html = await browser.GetPageAsync("/Assessment/risk-factors");
        Assert.Contains("name=\"riskFactors\" type=\"checkbox\" value=\"hrt\" checked=\"checked\"", html, StringComparison.Ordinal);
        const string Reason = "This applies only to women, and “About you” says you are a man, so it is not used. Untick it, or correct your sex in “About you”.";
        Assert.Equal(Reason, HintOf(html, "hrt"));
        var review = System.Net.WebUtility.HtmlDecode(await browser.GetPageAsync("/Assessment/review"));
        Assert.Contains("<li>Taking oestrogen-only hormone replacement therapy. " + Reason + "</li>", review, StringComparison.Ordinal);

        // Saved as shown, it is kept.
        await StepAsync(browser, "risk-factors", ("riskFactors", "hrt"), ("riskFactors", "falls"));
        Assert.Equal(["hrt", "falls"], (await ProfileAsync(browser)).GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()));

        // Unticked, it is gone and no longer offered.
        await StepAsync(browser, "risk-factors", ("riskFactors", "falls"));
        Assert.Equal(["falls"], (await ProfileAsync(browser)).GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("hrt", Offered(await browser.GetPageAsync("/Assessment/risk-factors")));
    }
}
