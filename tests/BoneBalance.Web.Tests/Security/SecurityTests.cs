using System.Net;
using System.Text;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Security;

public sealed class SecurityTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Knowledge")]
    [InlineData("/api/faq")]
    [InlineData("/api/diary/foods")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain http");
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Signed_in_answers_with_health_data_are_never_cached_and_public_ones_and_static_files_may_be()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("no-store"));
        var (put, _) = await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 67 } });
        Assert.Equal(HttpStatusCode.OK, put);
        foreach (var path in new[] { "/api/profile", "/api/diary/foods", "/api/export", "/Dashboard", "/Report", "/Report/Pdf", "/Diary", "/MyData", "/History" })
        {
            using var response = await browser.Client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} lacks Cache-Control: no-store");
        }

        using var anonymous = factory.Browser();
        using var faq = await anonymous.Client.GetAsync("/api/faq");
        Assert.NotEqual(true, faq.Headers.CacheControl?.NoStore);
        using var css = await browser.Client.GetAsync("/css/site.css");
        Assert.True(css.IsSuccessStatusCode);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_docs_page_runs_its_script_by_nonce_only()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/docs/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains($"nonce=\"{nonce}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        foreach (var path in new[] { "/", "/Diary?q=natto", "/Knowledge", "/MyData" })
        {
            var html = await browser.GetPageAsync(path);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
            Assert.DoesNotContain(" onclick=", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var huge = "{\"person\":{\"note\":\"" + new string('x', 300 * 1024) + "\"}}";
        using var response = await browser.Client.PutAsync("/api/profile", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        using var browser = factory.Browser();
        using var response = await browser.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", TestAccounts.NewEmail()), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BoneBalance.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A cross-site form can only send form or text bodies, and the API reads JSON only, so a forged form post with the
    /// session cookie (which SameSite=Lax already withholds) cannot create anything.
    /// </summary>
    [Fact]
    public async Task The_api_refuses_form_and_text_bodies()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        using var text = await browser.Client.PostAsync("/api/tokens", new StringContent("{\"name\":\"forged\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        using var form = await browser.Client.PostAsync("/api/tokens", new FormUrlEncodedContent([new("name", "forged")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        var (_, tokens) = await browser.JsonAsync(HttpMethod.Get, "/api/tokens");
        Assert.Equal(0, tokens.GetArrayLength());
    }

    /// <summary>
    /// A distinctive food, dose and profile value go through the page and the API; none may reach the logs (request
    /// URLs with <c>?q=</c>, bodies, SQL parameters, exception messages of refused input).
    /// </summary>
    [Fact]
    public async Task Health_data_never_reaches_the_logs()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("private"));
        await browser.GetPageAsync("/Diary?date=2026-11-20&q=natto");
        using (await browser.PostFormAsync("/Diary?date=2026-11-20&q=natto", "/Diary?handler=AddFood",
                   ("date", "2026-11-20"), ("q", "natto"), ("foodId", "usda:16113"), ("amount", "0.75"), ("measure", "cup")))
        {
        }

        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "k2-mk4", dose = 43.21, unit = "mg" });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "k2-mk4", dose = 98765.4, unit = "mg" });
        await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 97 }, conditions = new[] { new { name = "sarcoidosis" } } });
        await browser.JsonAsync(HttpMethod.Get, "/api/foods?q=natto");
        await browser.JsonAsync(HttpMethod.Get, "/api/intake?from=2026-11-14&to=2026-11-20");

        var logs = factory.Logs.Lines;
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Contains("added diary food row", StringComparison.Ordinal));
        foreach (var secret in new[] { "natto", "16113", "43.21", "98765", "sarcoidosis", "k2-mk4", "0.75" })
        {
            Assert.DoesNotContain(logs, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
