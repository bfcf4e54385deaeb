using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Core.Nutrition;
using BoneBalance.Web.Tests.TestSupport;
using static BoneBalance.Web.Tests.Wizard.WizardTests;

namespace BoneBalance.Web.Tests.Wizard;

/// <summary>
/// The wizard's "Daily supplements" step (<c>/Assessment/supplements</c>): rows of form, dose and unit written to the
/// profile's <c>supplements</c>, checked by the profile contract (<c>DailySupplement.Create</c>'s limits: 1,250 µg of
/// vitamin D, 100 mg of a vitamin K, 10,000 mg of a calcium form; IU for vitamin D only).
/// </summary>
public sealed class SupplementsStepTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private async Task<Browser> SignedInAsync(string? profileJson = null)
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("supplements"));
        if (profileJson is null)
        {
            await StepAsync(browser, "about", About);
        }
        else
        {
            using var put = await browser.Client.PutAsync("/api/profile", new StringContent(profileJson, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        return browser;
    }

    private static (string, string)[] Row(int index, string form, string dose, string unit) =>
        [($"supplements[{index}].form", form), ($"supplements[{index}].dose", dose), ($"supplements[{index}].unit", unit)];

    private static List<(string Form, double Dose, string Unit)> Supplements(JsonElement profile) =>
        profile.TryGetProperty("supplements", out var list)
            ? [.. list.EnumerateArray().Select(s => (s.GetProperty("form").GetString()!, s.GetProperty("dose").GetDouble(), s.GetProperty("unit").GetString()!))]
            : [];

    [Fact]
    public async Task The_step_follows_medications_and_comes_before_symptoms_in_the_steps_list()
    {
        using var browser = await SignedInAsync();
        var html = await browser.GetPageAsync("/Assessment/supplements");
        Assert.Contains("Step 4 of 8: Daily supplements", html, StringComparison.Ordinal);
        var medications = html.IndexOf("href=\"/Assessment/medications\"", StringComparison.Ordinal);
        var supplements = html.IndexOf("href=\"/Assessment/supplements\" aria-current=\"step\"", StringComparison.Ordinal);
        var symptoms = html.IndexOf("href=\"/Assessment/symptoms\"", StringComparison.Ordinal);
        Assert.True(medications > 0 && supplements > medications && symptoms > supplements, $"{medications} {supplements} {symptoms}");

        Assert.Equal("/Assessment/supplements", await StepAsync(browser, "medications", ("medications[0].name", "warfarin")));
        using var back = await browser.PostFormAsync("/Assessment/supplements", "/Assessment/supplements", ("posted", "1"), ("go", "back"));
        Assert.Equal("/Assessment/medications", back.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_supplement_form_and_unit_token_is_offered_by_a_plain_name_and_each_input_has_a_label()
    {
        using var browser = await SignedInAsync();
        var html = await browser.GetPageAsync("/Assessment/supplements");
        foreach (var token in SupplementTokens.Forms.Tokens.Concat(SupplementTokens.Units.Tokens))
        {
            var option = System.Text.RegularExpressions.Regex.Match(html, $"<option value=\"{token}\">([^<]+)</option>");
            Assert.True(option.Success, $"no option {token}");
            Assert.NotEqual(token, option.Groups[1].Value);
        }

        Assert.Contains("<option value=\"k2-mk7\">Vitamin K2 as MK-7 (menaquinone-7)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"calcium-carbonate\">Calcium carbonate (weight of the salt)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"iu\">IU (international units, vitamin D only)</option>", html, StringComparison.Ordinal);
        // A new profile shows two blank rows; every input is labelled.
        foreach (var id in new[] { "supplements-0-form", "supplements-0-dose", "supplements-0-unit", "supplements-1-form", "supplements-1-dose", "supplements-1-unit" })
        {
            Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("supplements-2-form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Remove supplement", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_rows_are_stored_with_their_exact_values_and_blank_rows_are_dropped()
    {
        using var browser = await SignedInAsync();
        Assert.Equal("/Assessment/symptoms", await StepAsync(browser, "supplements",
            [.. Row(0, "k2-mk7", "180", "ug"), .. Row(1, "", "", ""), .. Row(2, "d3", "12.5", "ug"), .. Row(3, "calcium-carbonate", "1250", "mg"), .. Row(4, "", "", "mg")]));

        Assert.Equal([("k2-mk7", 180, "ug"), ("d3", 12.5, "ug"), ("calcium-carbonate", 1250, "mg")], Supplements(await ProfileAsync(browser)));
    }

    /// <summary>2,000 µg of D3 is above the contract's 1,250 µg (50,000 IU) — a unit mistake, not a supplement.</summary>
    [Fact]
    public async Task A_dose_above_the_limit_is_refused_next_to_its_input_naming_field_value_and_range_and_nothing_is_saved()
    {
        using var browser = await SignedInAsync();
        var html = await RefusedAsync(browser, "supplements", [.. Row(0, "d3", "2000", "ug"), .. Row(1, "k2-mk7", "180", "ug")]);
        Assert.Contains(
            "<p id=\"supplements[0].dose-error\" class=\"field-error\" role=\"alert\">supplements[0].dose &#x27;2000&#x27; is out of range; valid: 0 to 1250 ug for d3.</p>",
            html, StringComparison.Ordinal);
        Assert.Contains("id=\"supplements-0-dose\" name=\"supplements[0].dose\" type=\"text\" value=\"2000\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"supplements[0].dose-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#supplements-0-dose\"", html, StringComparison.Ordinal);
        // What was typed is kept, the second row too.
        Assert.Contains("<option value=\"k2-mk7\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Empty(Supplements(await ProfileAsync(browser)));
    }

    [Fact]
    public async Task An_error_in_a_row_after_a_blank_row_is_shown_on_that_row()
    {
        using var browser = await SignedInAsync();
        var html = await RefusedAsync(browser, "supplements", [.. Row(0, "", "", ""), .. Row(1, "k2-mk7", "5", "iu")]);
        // IU is for vitamin D only (SupplementEntry.UnitsFor): K2 takes ug or mg. The contract names the document's row.
        Assert.Contains(
            "<p id=\"supplements[1].unit-error\" class=\"field-error\" role=\"alert\">supplements[0].unit &#x27;iu&#x27; is out of range; valid: ug|mg for k2-mk7.</p>",
            html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ten", "supplements[0].dose", "is not a number")]
    [InlineData("", "supplements[0].dose", "is required")]
    [InlineData("-1", "supplements[0].dose", "is out of range")]
    public async Task A_dose_that_is_missing_not_a_number_or_negative_is_refused_next_to_the_dose(string dose, string field, string problem)
    {
        using var browser = await SignedInAsync();
        var html = await RefusedAsync(browser, "supplements", Row(0, "k1", dose, "ug"));
        var error = System.Text.RegularExpressions.Regex.Match(html, $"<p id=\"{System.Text.RegularExpressions.Regex.Escape(field)}-error\" class=\"field-error\" role=\"alert\">([^<]+)</p>");
        Assert.True(error.Success, html);
        Assert.StartsWith(field, error.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains(problem, error.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("valid:", error.Groups[1].Value, StringComparison.Ordinal);
        Assert.Empty(Supplements(await ProfileAsync(browser)));
    }

    /// <summary>
    /// Stored through the API (an alias <c>MK4</c>, <c>mcg</c>, a dose with four decimals) → the step pre-fills every row
    /// (the canonical choice selected, the number as stored) plus two blank ones → posted back unchanged → the same
    /// supplements, and every field the API set and the wizard does not ask for is still there.
    /// </summary>
    [Fact]
    public async Task Stored_supplements_prefill_the_rows_and_saving_them_again_keeps_them_and_every_other_field()
    {
        const string Stored = """
            {"person":{"sex":"female","age":74,"heightCm":158,"weightKg":61,"postmenopausal":true},
             "medications":[{"name":"warfarin","rxnorm":"11289","atc":"B01AA03","dosePerDay":5,"unit":"mg","durationMonths":48}],
             "conditions":[{"name":"atrial fibrillation","icd10":"I48"}],
             "labs":{"inr":2.6},
             "supplements":[{"form":"k2-mk7","dose":180,"unit":"ug"},{"form":"MK4","dose":1.5,"unit":"mg"},{"form":"d3","dose":0.0125,"unit":"mg"},{"form":"d3","dose":10,"unit":"mcg"}],
             "frax":{"mofPercent":20,"hipPercent":3},
             "largeChangeInVitaminKFoods":false}
            """;
        using var browser = await SignedInAsync(Stored);
        var before = JsonNode.Parse((await ProfileAsync(browser)).GetRawText())!.AsObject();

        var html = await browser.GetPageAsync("/Assessment/supplements");
        Assert.Contains("id=\"supplements-0-dose\" name=\"supplements[0].dose\" type=\"text\" value=\"180\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"supplements-2-dose\" name=\"supplements[2].dose\" type=\"text\" value=\"0.0125\"", html, StringComparison.Ordinal);
        var selected = System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"([^\"]+)\" selected=\"selected\">").Select(m => m.Groups[1].Value);
        Assert.Equal(["k2-mk7", "ug", "k2-mk4", "mg", "d3", "mg", "d3", "ug"], selected);
        Assert.Contains("id=\"supplements-5-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"supplements-6-form\"", html, StringComparison.Ordinal);
        Assert.Contains("Remove supplement 4", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Remove supplement 5", html, StringComparison.Ordinal);

        // Post back exactly what the form shows.
        await StepAsync(browser, "supplements",
            [.. Row(0, "k2-mk7", "180", "ug"), .. Row(1, "k2-mk4", "1.5", "mg"), .. Row(2, "d3", "0.0125", "mg"), .. Row(3, "d3", "10", "ug"), .. Row(4, "", "", ""), .. Row(5, "", "", "")]);
        var after = JsonNode.Parse((await ProfileAsync(browser)).GetRawText())!.AsObject();
        Assert.Equal([("k2-mk7", 180, "ug"), ("k2-mk4", 1.5, "mg"), ("d3", 0.0125, "mg"), ("d3", 10, "ug")], Supplements(JsonSerializer.SerializeToElement(after)));
        after.Remove("supplements");
        before.Remove("supplements");
        Assert.True(JsonNode.DeepEquals(before, after), $"before {before}\nafter {after}");
    }

    [Fact]
    public async Task Remove_drops_that_row_and_add_more_rows_stays_on_the_step()
    {
        using var browser = await SignedInAsync();
        using (var stay = await browser.PostFormAsync("/Assessment/supplements", "/Assessment/supplements",
            [("posted", "1"), ("go", "stay"), .. Row(0, "k2-mk7", "180", "ug"), .. Row(1, "d3", "20", "ug")]))
        {
            Assert.Equal("/Assessment/supplements", stay.Headers.Location!.OriginalString);
        }

        // Two stored rows and two blank ones to add more.
        var html = await browser.GetPageAsync("/Assessment/supplements");
        Assert.Contains("id=\"supplements-3-form\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"go\" value=\"remove:supplements[0]\" class=\"secondary\">Remove supplement 1</button>", html, StringComparison.Ordinal);

        using (var remove = await browser.PostFormAsync("/Assessment/supplements", "/Assessment/supplements",
            [("posted", "1"), ("go", "remove:supplements[0]"), .. Row(0, "k2-mk7", "180", "ug"), .. Row(1, "d3", "20", "ug"), .. Row(2, "", "", ""), .. Row(3, "", "", "")]))
        {
            Assert.Equal("/Assessment/supplements", remove.Headers.Location!.OriginalString);
        }

        Assert.Equal([("d3", 20, "ug")], Supplements(await ProfileAsync(browser)));
    }

    [Fact]
    public async Task Review_lists_the_supplements_in_words_with_a_link_to_the_step_and_not_among_the_api_fields()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "supplements", [.. Row(0, "k2-mk4", "45", "mg"), .. Row(1, "calcium-citrate", "2000", "mg")]);
        var html = await browser.GetPageAsync("/Assessment/review");
        foreach (var expected in new[]
        {
            "<h3 id=\"review-supplements\">Daily supplements</h3>",
            "<dt>Vitamin K2 as MK-4 (menatetrenone)</dt>", "<dd>45 mg a day</dd>",
            "<dt>Calcium citrate (weight of the salt)</dt>", "<dd>2000 mg a day</dd>",
            "<a href=\"/Assessment/supplements\">Change your answers to “Daily supplements”</a>",
            "<a href=\"/Assessment/labs\" rel=\"prev\">",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Also stored", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Warfarin alone: keep vitamin K steady (VKA_KEEP_VITAMIN_K_STEADY, info). Warfarin with an MK-7 supplement entered in
    /// the wizard: VKA_VITAMIN_K, contraindicated without supervision, in the alert box, and no vitamin K in the plan.
    /// </summary>
    [Fact]
    public async Task A_warfarin_user_who_enters_vitamin_k2_in_the_wizard_sees_the_vka_finding_on_the_dashboard()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "medications", ("medications[0].name", "warfarin"), ("medications[0].dosePerDay", "5"), ("medications[0].unit", "mg"));
        var without = await browser.GetPageAsync("/Dashboard");
        Assert.Contains("data-finding-code=\"VKA_KEEP_VITAMIN_K_STEADY\"", without, StringComparison.Ordinal);
        Assert.DoesNotContain("data-finding-code=\"VKA_VITAMIN_K\"", without, StringComparison.Ordinal);

        Assert.Equal("/Assessment/symptoms", await StepAsync(browser, "supplements", Row(0, "k2-mk7", "180", "ug")));
        var html = await browser.GetPageAsync("/Dashboard");
        var alerts = html.IndexOf("role=\"alert\" data-testid=\"safety-alerts\"", StringComparison.Ordinal);
        var vka = html.IndexOf("<li data-finding-code=\"VKA_VITAMIN_K\" class=\"finding severity-contraindicated_without_supervision\">", StringComparison.Ordinal);
        Assert.True(alerts > 0 && vka > alerts, $"alerts {alerts}, VKA {vka}");
        Assert.Contains("Vitamin K works against warfarin.", html, StringComparison.Ordinal);
        var plan = html[html.IndexOf("id=\"plan\"", StringComparison.Ordinal)..html.IndexOf("id=\"recommendations\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("data-supplement=\"k", plan, StringComparison.Ordinal);
    }
}
