using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>
/// A client that behaves like a browser without JavaScript: it keeps cookies, reads the antiforgery token from the
/// form it is about to post, and posts forms as a browser would. Also calls the API with its cookie or a bearer token.
/// </summary>
public sealed partial class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<string> GetPageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }

    /// <summary>Loads <paramref name="page"/>, takes the antiforgery token of its forms and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var html = await GetPageAsync(page);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {page}");
        var content = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await Client.PostAsync(action, content);
    }

    /// <summary>Registers and is then signed in.</summary>
    public async Task RegisterAsync(string email, string password = TestAccounts.Password)
    {
        using var response = await PostFormAsync("/Accounts/Register", "/Accounts/Register", ("email", email), ("password", password), ("confirm", password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        Assert.Equal("/Diary", response.Headers.Location?.OriginalString);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", ("email", email), ("password", password));

    /// <summary>Creates an API token with the session cookie and returns its text.</summary>
    public async Task<string> CreateTokenAsync(string name = "tests")
    {
        using var response = await Client.PostAsJsonAsync("/api/tokens", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>Sends every later request with this bearer token (and no cookie matters then).</summary>
    public void UseBearer(string token) => Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public async Task<(HttpStatusCode Status, JsonElement Body)> JsonAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>.</summary>
    public static string FormToken(string html)
    {
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, "no antiforgery token in the page");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
