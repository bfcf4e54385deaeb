using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Wizard;

/// <summary>The assessment wizard without JavaScript: each step's form posted, the stored profile read back.</summary>
public sealed class WizardTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    internal static readonly (string, string)[] About =
    [
        ("person.age", "67"), ("person.sex", "female"), ("person.menopausalStatus", "postmenopausal"),
        ("person.heightCm", "160"), ("person.weightKg", "55"), ("person.ethnicity", "white"), ("person.smoking", "never"), ("person.alcohol", "none"),
    ];

    private async Task<Browser> SignedInAsync()
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("wizard"));
        return browser;
    }

    internal static async Task<string> StepAsync(Browser browser, string step, params (string, string)[] fields)
    {
        using var response = await browser.PostFormAsync($"/Assessment/{step}", $"/Assessment/{step}", [("posted", "1"), ("go", "next"), .. fields]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, html);
        return response.Headers.Location!.OriginalString;
    }

    internal static async Task<string> RefusedAsync(Browser browser, string step, params (string, string)[] fields)
    {
        using var response = await browser.PostFormAsync($"/Assessment/{step}", $"/Assessment/{step}", [("posted", "1"), ("go", "next"), .. fields]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        return html;
    }

    internal static async Task<JsonElement> ProfileAsync(Browser browser)
    {
        var (status, profile) = await browser.JsonAsync(HttpMethod.Get, "/api/profile");
        Assert.Equal(HttpStatusCode.OK, status);
        return profile;
    }

    [Fact]
    public async Task Every_step_saves_its_part_of_the_profile_and_the_last_step_shows_the_dashboard()
    {
        using var browser = await SignedInAsync();
        Assert.Equal("/Assessment/risk-factors", await StepAsync(browser, "about", About));
        Assert.Equal("/Assessment/medications", await StepAsync(browser, "risk-factors", ("riskFactors", "falls"), ("riskFactors", "parental_osteoporosis")));
        Assert.Equal("/Assessment/supplements", await StepAsync(browser, "medications",
            ("medications[0].name", "prednisone"), ("medications[0].dosePerDay", "10"), ("medications[0].unit", "mg"), ("medications[0].durationMonths", "6"),
            ("medications[1].name", ""), ("medications[1].unit", ""),
            ("conditions[0].name", "rheumatoid arthritis"), ("conditions[0].snomed", "69896004")));
        Assert.Equal("/Assessment/symptoms", await StepAsync(browser, "supplements",
            ("supplements[0].form", "d3"), ("supplements[0].dose", "20"), ("supplements[0].unit", "ug"),
            ("supplements[1].form", ""), ("supplements[1].dose", ""), ("supplements[1].unit", "")));
        Assert.Equal("/Assessment/dxa", await StepAsync(browser, "symptoms", ("symptoms", "easy_bruising")));
        Assert.Equal("/Assessment/labs", await StepAsync(browser, "dxa",
            ("dxa[0].date", "2025-01-10"), ("dxa[0].site", "femoral_neck"), ("dxa[0].manufacturer", "hologic"), ("dxa[0].bmd", "0.62")));
        Assert.Equal("/Assessment/review", await StepAsync(browser, "labs", ("labs.vitaminD25ohNgPerMl", "18")));

        var profile = await ProfileAsync(browser);
        Assert.Equal(67, profile.GetProperty("person").GetProperty("age").GetInt32());
        Assert.Equal(["falls", "parental_osteoporosis"], profile.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()));
        var medication = Assert.Single(profile.GetProperty("medications").EnumerateArray());
        Assert.Equal(10, medication.GetProperty("dosePerDay").GetDouble());
        Assert.Equal("69896004", Assert.Single(profile.GetProperty("conditions").EnumerateArray()).GetProperty("snomed").GetString());
        var supplement = Assert.Single(profile.GetProperty("supplements").EnumerateArray());
        Assert.Equal(("d3", 20.0, "ug"), (supplement.GetProperty("form").GetString(), supplement.GetProperty("dose").GetDouble(), supplement.GetProperty("unit").GetString()));
        Assert.Equal("easy_bruising", Assert.Single(profile.GetProperty("symptoms").EnumerateArray()).GetString());
        Assert.Equal(0.62, Assert.Single(profile.GetProperty("dxa").EnumerateArray()).GetProperty("bmd").GetDouble());
        Assert.Equal(18, profile.GetProperty("labs").GetProperty("vitaminD25ohNgPerMl").GetDouble());

        // Back keeps what was saved: the About step shows the stored age.
        var about = await browser.GetPageAsync("/Assessment/about");
        Assert.Contains("id=\"person-age\" name=\"person.age\" type=\"number\" value=\"67\"", about, StringComparison.Ordinal);

        using var assess = await browser.PostFormAsync("/Assessment/review", "/Assessment/review?handler=Assess");
        Assert.Equal(HttpStatusCode.Redirect, assess.StatusCode);
        Assert.Equal("/Dashboard", assess.Headers.Location!.OriginalString);
        var (_, saved) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        Assert.Single(saved.EnumerateArray());
    }

    [Fact]
    public async Task Review_shows_every_answer_in_words_with_a_link_to_its_step_and_names_fields_set_through_the_api()
    {
        using var browser = await SignedInAsync();
        var (status, _) = await browser.JsonAsync(HttpMethod.Put, "/api/profile", JsonDocument.Parse("""
            {"person":{"age":67,"sex":"female","menopausalStatus":"postmenopausal","heightCm":160,"weightKg":55,"smoking":"former","alcohol":"light"},
             "riskFactors":["falls","parental_osteoporosis"],
             "medications":[{"name":"prednisone","dosePerDay":10,"unit":"mg","durationMonths":6}],
             "conditions":[{"name":"rheumatoid arthritis","snomed":"69896004"}],
             "symptoms":["easy_bruising"],
             "dxa":[{"date":"2025-01-10","site":"femoral_neck","manufacturer":"hologic","bmd":0.62}],
             "labs":{"vitaminD25ohNgPerMl":18,"inr":2.5},
             "supplements":[{"form":"k2-mk7","dose":180,"unit":"ug"},{"form":"calcium-carbonate","dose":1250,"unit":"mg"},{"form":"d3","dose":1000,"unit":"iu"}],
             "frax":{"mofPercent":20,"hipPercent":3}}
            """).RootElement);
        Assert.Equal(HttpStatusCode.OK, status);

        var html = await browser.GetPageAsync("/Assessment/review");
        foreach (var expected in new[]
        {
            "<dt>Age</dt>", "<dd>67 years</dd>", "<dd>female</dd>", "<dd>160 cm</dd>", "<dd>55 kg</dd>",
            "<dt>Smoking</dt>", "<dd>ex-smoker</dd>", "<dt>Alcohol</dt>", "<dd>1 to 2 units a day</dd>",
            "<li>A history of falls.</li>", "<li>A parent had osteoporosis or a hip fracture.</li>",
            "<dd>prednisone (10 mg a day, for 6 months)</dd>", "<dd>rheumatoid arthritis (SNOMED CT 69896004)</dd>",
            "<li>Easy bruising</li>",
            "<dt>2025-01-10, femoral neck</dt>", "<dd>BMD 0.62 g/cm², Hologic machine</dd>",
            "<dt>25-OH vitamin D</dt>", "<dd>18 ng/mL</dd>", "<dt>INR</dt>", "<dd>2.5</dd>",
            "<dt>Vitamin K2 as MK-7 (menaquinone-7)</dt>", "<dd>180 µg a day</dd>",
            "<dt>Calcium carbonate (weight of the salt)</dt>", "<dd>1250 mg a day</dd>",
            "<dt>Vitamin D3 (cholecalciferol)</dt>", "<dd>1000 IU a day</dd>",
            "href=\"/Assessment/medications\"", "href=\"/Assessment/supplements\"", "href=\"/Assessment/dxa\"",
            "Also stored (given through the API)", "<dd>frax</dd>",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        // A step with no answers says so rather than showing an empty list.
        using var fresh = await SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await fresh.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { age = 70, sex = "male" } })).Status);
        var empty = await fresh.GetPageAsync("/Assessment/review");
        Assert.Contains("Nothing entered.", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Also stored", empty, StringComparison.Ordinal);
    }

    /// <summary>
    /// A profile with every field set through the API (codes the wizard shows as optional, a Z-score, supplements by an
    /// alias, FRAX, the vitamin K food flag): opening each step and saving it as shown keeps the stored profile as it was.
    /// </summary>
    [Fact]
    public async Task Saving_every_step_as_shown_keeps_every_field_the_api_set()
    {
        using var browser = await SignedInAsync();
        var stored = JsonNode.Parse("""
            {"person":{"age":74,"sex":"female","menopausalStatus":"postmenopausal","heightCm":158,"weightKg":61.25,"ethnicity":"white","smoking":"former","alcohol":"trivial","pregnant":false,"breastfeeding":false},
             "riskFactors":["cardiovascular_disease","prior_fracture"],
             "priorHipOrVertebralFracture":true,
             "medications":[{"name":"warfarin","rxnorm":"11289","atc":"B01AA03","dosePerDay":5,"unit":"mg","durationMonths":48}],
             "conditions":[{"name":"atrial fibrillation","snomed":"49436004","icd10":"I48"}],
             "supplements":[{"form":"k2-mk7","dose":100,"unit":"ug"},{"form":"d3","dose":0.0125,"unit":"mg"}],
             "symptoms":["easy_bruising"],
             "dxa":[{"date":"2025-01-10","site":"femoral_neck","manufacturer":"hologic","bmd":0.62,"tScore":-2.6,"zScore":-1.1,"precisionRmsSd":0.012}],
             "labs":{"inr":2.6,"vitaminD25ohNgPerMl":24},
             "frax":{"mofPercent":20,"hipPercent":3},
             "largeChangeInVitaminKFoods":false}
            """)!;
        Assert.Equal(HttpStatusCode.OK, (await browser.JsonAsync(HttpMethod.Put, "/api/profile", JsonSerializer.SerializeToElement(stored))).Status);

        foreach (var step in new[] { "about", "risk-factors", "medications", "supplements", "symptoms", "dxa", "labs" })
        {
            var shown = FormValues(await browser.GetPageAsync($"/Assessment/{step}"));
            await StepAsync(browser, step, [.. shown]);
            var after = JsonNode.Parse((await ProfileAsync(browser)).GetRawText());
            Assert.True(JsonNode.DeepEquals(stored, after), $"after saving {step}:\n{after}");
        }
    }

    /// <summary>
    /// Other spellings the contract accepts (README's profile fields: <c>f</c>, <c>post</c>, <c>ex_smoker</c>, <c>mcg</c>,
    /// <c>lumbar_spine</c>, <c>lunar</c>, <c>MK4</c>) select their choice, and <c>postmenopausal: true</c> alone shows as
    /// "postmenopausal": saving each step as shown keeps every answer, in the wizard's own tokens.
    /// </summary>
    [Fact]
    public async Task Answers_given_through_the_api_in_other_spellings_are_shown_and_kept_when_saved()
    {
        using var browser = await SignedInAsync();
        var (status, _) = await browser.JsonAsync(HttpMethod.Put, "/api/profile", JsonDocument.Parse("""
            {"person":{"age":67,"sex":"F","postmenopausal":true,"ethnicity":"white","smoking":"ex_smoker","alcohol":"none","pregnant":false,"breastfeeding":false},
             "medications":[{"name":"alendronate","dosePerDay":10,"unit":"mcg"}],
             "supplements":[{"form":"MK4","dose":1.5,"unit":"MG"}],
             "dxa":[{"date":"2025-01-10","site":"lumbar_spine","manufacturer":"lunar","bmd":0.9}]}
            """).RootElement);
        Assert.Equal(HttpStatusCode.OK, status);

        foreach (var step in new[] { "about", "medications", "supplements", "dxa" })
        {
            await StepAsync(browser, step, [.. FormValues(await browser.GetPageAsync($"/Assessment/{step}"))]);
        }

        var expected = JsonNode.Parse("""
            {"person":{"age":67,"sex":"female","ethnicity":"white","smoking":"former","alcohol":"none","pregnant":false,"breastfeeding":false,"menopausalStatus":"postmenopausal"},
             "medications":[{"name":"alendronate","dosePerDay":10,"unit":"ug"}],
             "supplements":[{"form":"k2-mk4","dose":1.5,"unit":"mg"}],
             "dxa":[{"date":"2025-01-10","site":"spine","manufacturer":"ge_lunar","bmd":0.9}]}
            """);
        var after = JsonNode.Parse((await ProfileAsync(browser)).GetRawText());
        Assert.True(JsonNode.DeepEquals(expected, after), after!.ToJsonString());
    }

    /// <summary>What a browser posts for a page's form as it is shown: every input's value, ticked boxes, selected options.</summary>
    private static List<(string, string)> FormValues(string html)
    {
        var fields = new List<(string, string)>();
        foreach (Match input in Regex.Matches(html, "<input [^>]*>"))
        {
            var attributes = Regex.Matches(input.Value, "([a-z-]+)=\"([^\"]*)\"").ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (!attributes.TryGetValue("name", out var name) || name is "__RequestVerificationToken" or "posted"
                || (attributes.GetValueOrDefault("type") == "checkbox" && !attributes.ContainsKey("checked")))
            {
                continue;
            }

            fields.Add((name, attributes.GetValueOrDefault("value") ?? string.Empty));
        }

        foreach (Match select in Regex.Matches(html, "<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var selected = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected=\"selected\">");
            fields.Add((WebUtility.HtmlDecode(select.Groups[1].Value), selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : string.Empty));
        }

        return fields;
    }

    /// <summary>5 ft 3 in = 63 in × 2.54 = 160.02 cm → 160.0; 121 lb × 0.45359237 = 54.885 kg → 54.9 (exact definitions).</summary>
    [Fact]
    public async Task Us_units_are_converted_to_centimetres_and_kilograms()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", ("person.age", "67"), ("person.sex", "female"), ("heightFt", "5"), ("heightIn", "3"), ("weightLb", "121"));
        var person = (await ProfileAsync(browser)).GetProperty("person");
        Assert.False(person.GetProperty("pregnant").GetBoolean());
        Assert.Equal(160.0, person.GetProperty("heightCm").GetDouble());
        Assert.Equal(54.9, person.GetProperty("weightKg").GetDouble());
    }

    [Fact]
    public async Task A_ticked_box_is_shown_ticked_when_the_step_is_opened_again()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", [.. About, ("person.breastfeeding", "true")]);
        await StepAsync(browser, "risk-factors", ("riskFactors", "falls"));
        var about = await browser.GetPageAsync("/Assessment/about");
        Assert.Contains("id=\"person-breastfeeding-true\" name=\"person.breastfeeding\" type=\"checkbox\" value=\"true\" checked=\"checked\"", about, StringComparison.Ordinal);
        var risk = await browser.GetPageAsync("/Assessment/risk-factors");
        Assert.Contains("name=\"riskFactors\" type=\"checkbox\" value=\"falls\" checked=\"checked\"", risk, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"cancer\" checked", risk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task About_a_refused_age_is_shown_next_to_the_age_and_what_was_typed_is_kept()
    {
        using var browser = await SignedInAsync();
        var html = await RefusedAsync(browser, "about", ("person.age", "150"), ("person.sex", "female"), ("person.heightCm", "160"));
        Assert.Contains("<p id=\"person.age-error\" class=\"field-error\" role=\"alert\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#person-age\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"150\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"person.heightCm\" type=\"text\" value=\"160\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risk_factors_a_hip_fracture_without_a_prior_fracture_is_refused_next_to_it()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", About);
        var html = await RefusedAsync(browser, "risk-factors", ("priorHipOrVertebralFracture", "true"));
        Assert.Contains("<p id=\"priorHipOrVertebralFracture-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Medications_a_dose_that_is_not_a_number_is_shown_next_to_its_row()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", About);
        var html = await RefusedAsync(browser, "medications", ("medications[0].name", "prednisone"), ("medications[0].dosePerDay", "ten"));
        Assert.Contains("<p id=\"medications[0].dosePerDay-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Symptoms_an_unknown_symptom_is_listed_in_the_summary()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", About);
        var html = await RefusedAsync(browser, "symptoms", ("symptoms", "fainting"));
        Assert.Contains("fainting", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#symptoms-0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dxa_an_error_in_the_second_row_is_shown_on_the_second_row_after_an_empty_first_row()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", About);
        var html = await RefusedAsync(browser, "dxa",
            ("dxa[0].date", ""), ("dxa[0].site", ""), ("dxa[1].date", "2025-01-10"), ("dxa[1].site", "femoral_neck"), ("dxa[1].bmd", "9"));
        Assert.Contains("<p id=\"dxa[1].bmd-error\"", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A full DXA step saves: 100 rows (25 scans × 4 sites) with all 7 fields each is 700 form fields, within the limit
    /// that follows from the list caps (it used to be refused at 200 fields, 28 rows). The 101st row is refused by the
    /// contract, naming the list and its cap.
    /// </summary>
    [Fact]
    public async Task Dxa_a_step_of_100_rows_saves_and_101_are_refused_naming_the_cap()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", About);
        var sites = new[] { "spine", "total_hip", "femoral_neck", "radius" };
        (string, string)[] Rows(int count) => [.. Enumerable.Range(0, count).SelectMany(i => new (string, string)[]
        {
            ($"dxa[{i}].date", $"{2000 + (i / 4)}-06-01"), ($"dxa[{i}].site", sites[i % 4]), ($"dxa[{i}].manufacturer", "hologic"),
            ($"dxa[{i}].bmd", ""), ($"dxa[{i}].tScore", "-1.5"), ($"dxa[{i}].zScore", ""), ($"dxa[{i}].precisionRmsSd", ""),
        })];

        Assert.Equal("/Assessment/labs", await StepAsync(browser, "dxa", Rows(100)));
        var (_, profile) = await browser.JsonAsync(HttpMethod.Get, "/api/profile");
        Assert.Equal(100, profile.GetProperty("dxa").GetArrayLength());

        var html = await RefusedAsync(browser, "dxa", [.. Rows(100), ("dxa[100].date", "2025-06-01"), ("dxa[100].site", "spine"), ("dxa[100].tScore", "-1.5")]);
        Assert.Contains("has more than 100 items", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labs_an_inr_out_of_range_is_shown_next_to_the_inr()
    {
        using var browser = await SignedInAsync();
        await StepAsync(browser, "about", About);
        var html = await RefusedAsync(browser, "labs", ("labs.inr", "50"));
        Assert.Contains("<p id=\"labs.inr-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_the_wizard_sends_to_sign_in()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/Assessment/about");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
