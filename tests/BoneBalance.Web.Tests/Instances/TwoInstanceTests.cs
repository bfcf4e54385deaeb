using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BoneBalance.Web.Tests.CdsHooks;
using BoneBalance.Web.Tests.TestSupport;
using Npgsql;

namespace BoneBalance.Web.Tests.Instances;

/// <summary>
/// Several instances, one database: whatever one instance does for a person (sign in, write, sign out, issue or revoke
/// a token, accept a CDS Hooks token, count failed sign-ins) holds on the other, as behind a load balancer.
/// </summary>
[Trait("Database", TestDatabase.PostgresOnly)]
public sealed class TwoInstanceTests(TwoInstances apps) : IClassFixture<TwoInstances>
{
    private const string Day = "2026-11-20";

    [PostgresFact]
    public void The_migrate_step_prepares_the_database_before_the_instances_start() =>
        Assert.Contains("Migrated; the data-protection key ring has a key.", apps.MigrateOutput, StringComparison.Ordinal);

    [PostgresFact]
    public async Task An_instance_told_not_to_migrate_refuses_to_start_on_a_database_that_is_not_migrated()
    {
        using var empty = TestPostgres.CreateDatabase();
        var (exit, output) = await AppProcess.RunOnPostgresUntilExitAsync(empty.ConnectionString, new Dictionary<string, string> { ["Database__MigrateAtStartup"] = "false" });
        Assert.Equal(1, exit);
        Assert.Contains("error: the database lacks", output, StringComparison.Ordinal);
        Assert.Contains("_SharedInstanceState", output, StringComparison.Ordinal);
        Assert.Contains("valid: run 'dotnet BoneBalance.Web.dll migrate'", output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Signed_in_on_A_a_person_reads_and_writes_on_B_and_signing_out_on_B_ends_the_session_on_A()
    {
        var (a, b) = apps.OneBrowser();
        using var _ = a;
        using var __ = b;
        await a.RegisterAsync(TestAccounts.NewEmail("two"));

        // A's cookie on B: a page, a diary row written, a profile stored and an assessment saved through B's writer.
        await b.GetPageAsync("/Diary");
        var (created, row) = await b.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Day, foodId = "usda:16113", grams = 87.5 });
        Assert.Equal(HttpStatusCode.Created, created);
        using (var profile = new StringContent(File.ReadAllText(Repository.File("examples", "woman-67-falls-parental-osteoporosis.json")), System.Text.Encoding.UTF8, "application/json"))
        using (var put = await b.Client.PutAsync("/api/profile", profile))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var (saved, location) = await SaveAssessmentAsync(b);
        Assert.True(saved == HttpStatusCode.Created, $"{saved}\n{apps.B.Output}");

        // Read back on A: the row with its grams, the saved assessment by its id.
        var (listed, rows) = await a.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}");
        Assert.Equal(HttpStatusCode.OK, listed);
        var stored = Assert.Single(rows.EnumerateArray());
        Assert.Equal(row.GetProperty("id").GetInt64(), stored.GetProperty("id").GetInt64());
        Assert.Equal(87.5, stored.GetProperty("grams").GetDouble());
        var (found, kept) = await a.JsonAsync(HttpMethod.Get, location!);
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal(location, $"/api/assessments/{kept.GetProperty("id").GetInt64()}");

        // Sign out on B with the antiforgery token of A's page (the key ring is shared, so B accepts what A issued).
        var page = await a.GetPageAsync("/Accounts/SignOut");
        using (var signOut = await b.Client.PostAsync("/Accounts/SignOut", new FormUrlEncodedContent([new("__RequestVerificationToken", Browser.FormToken(page))])))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        // The session cookie A issued is refused on A from now on, even if the browser had kept a copy of it.
        var (refused, _) = await a.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused);
        using var diary = await a.Client.GetAsync("/Diary");
        Assert.Equal(HttpStatusCode.Redirect, diary.StatusCode);
        Assert.Contains("/Accounts/SignIn", diary.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_copied_session_cookie_stops_working_on_A_when_its_session_is_signed_out_on_B()
    {
        var cookies = new CookieContainer();
        using var a = apps.A.Browser(cookies);
        using var b = apps.B.Browser(cookies);
        await a.RegisterAsync(TestAccounts.NewEmail("copy"));

        // A second browser holding a copy of the session cookie, as a thief would, talking to A only.
        var thiefCookies = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            thiefCookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        using var thief = apps.A.Browser(thiefCookies);
        Assert.Equal(HttpStatusCode.OK, (await thief.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}")).Status);

        using (var signOut = await b.PostFormAsync("/Accounts/SignOut", "/Accounts/SignOut"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}")).Status);
    }

    [PostgresFact]
    public async Task An_api_token_made_on_A_works_on_B_and_once_revoked_on_B_is_refused_on_A()
    {
        var (a, b) = apps.OneBrowser();
        using var _ = a;
        using var __ = b;
        await a.RegisterAsync(TestAccounts.NewEmail("token"));
        using var created = await a.Client.PostAsJsonAsync("/api/tokens", new { name = "two instances" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;

        using var onB = apps.B.Browser();
        onB.UseBearer(token);
        var (written, _) = await onB.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Day, foodId = "usda:16113", grams = 12 });
        Assert.Equal(HttpStatusCode.Created, written);
        using var onA = apps.A.Browser();
        onA.UseBearer(token);
        Assert.Equal(HttpStatusCode.OK, (await onA.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}")).Status);

        var (revoked, _) = await b.JsonAsync(HttpMethod.Delete, $"/api/tokens/{issued.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.NoContent, revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.JsonAsync(HttpMethod.Get, $"/api/diary/foods?from={Day}&to={Day}")).Status);
    }

    [PostgresFact]
    public async Task A_cds_hooks_token_accepted_by_A_is_refused_as_replayed_by_B()
    {
        var token = apps.Keys.Token(CdsHooksFactory.Audience("/cds-services"));
        using var client = new HttpClient();
        using var first = new HttpRequestMessage(HttpMethod.Get, new Uri(apps.A.Address, "cds-services"));
        first.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var accepted = await client.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(apps.B.Address, "cds-services"));
        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var replayed = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("jti has been used before", replayed.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        // A fresh token (another jti) is accepted by B: the refusal was the replay, not B's keys or audience.
        using var fresh = new HttpRequestMessage(HttpMethod.Get, new Uri(apps.B.Address, "cds-services"));
        fresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apps.Keys.Token(CdsHooksFactory.Audience("/cds-services")));
        using var freshAnswer = await client.SendAsync(fresh);
        Assert.Equal(HttpStatusCode.OK, freshAnswer.StatusCode);
    }

    [PostgresFact]
    public async Task Failed_sign_ins_on_both_instances_add_up_for_the_account_and_for_a_known_browser()
    {
        var email = TestAccounts.NewEmail("lockout");
        var (ownerA, ownerB) = apps.OneBrowser();
        using var _ = ownerA;
        using var __ = ownerB;
        await ownerA.RegisterAsync(email); // the owner's browser is now a known one (device cookie)

        // A stranger fails 3 times on A and 2 on B: 5 in all lock the account, on both instances.
        var (strangerA, strangerB) = apps.OneBrowser();
        using var ___ = strangerA;
        using var ____ = strangerB;
        await FailAsync(strangerA, email, 3);
        await FailAsync(strangerB, email, 2);
        Assert.False(await SignsInAsync(strangerA, email, TestAccounts.Password), "the account should be locked on A after 3 + 2 failures");
        Assert.False(await SignsInAsync(strangerB, email, TestAccounts.Password), "the account should be locked on B after 3 + 2 failures");

        // The owner's own browser is not locked out by the stranger...
        Assert.True(await SignsInAsync(ownerB, email, TestAccounts.Password), "the known browser should still sign in");

        // ...until it fails 5 times itself, 3 on A and 2 on B: then it counts as unknown everywhere, and the account
        // (locked again by those failures) refuses it.
        await FailAsync(ownerA, email, 3);
        await FailAsync(ownerB, email, 2);
        Assert.False(await SignsInAsync(ownerA, email, TestAccounts.Password), "the known browser should be refused after 3 + 2 of its own failures");
    }

    [PostgresFact]
    public async Task Two_writers_on_one_database_keep_the_saved_assessment_limit_exactly()
    {
        var (a, b) = apps.OneBrowser();
        using var _ = a;
        using var __ = b;
        await a.RegisterAsync(TestAccounts.NewEmail("quota"));

        var (first, location) = await SaveAssessmentAsync(a);
        Assert.Equal(HttpStatusCode.Created, first);

        // Fill the account to 6 places short of the limit of 1,000 with copies of that row, straight in the table.
        const int Limit = 1000, Free = 6, Posts = 24;
        await using (var connection = new NpgsqlConnection(apps.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var copy = connection.CreateCommand();
            copy.CommandText = """
                INSERT INTO "Assessments" ("OwnerId", "CreatedUtc", "InputJson", "ResultJson")
                SELECT "OwnerId", "CreatedUtc", "InputJson", "ResultJson" FROM "Assessments", generate_series(1, @copies) WHERE "Id" = @id
                """;
            copy.Parameters.AddWithValue("copies", Limit - Free - 1);
            copy.Parameters.AddWithValue("id", long.Parse(location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Limit - Free - 1, await copy.ExecuteNonQueryAsync());
        }

        var (_, before) = await a.JsonAsync(HttpMethod.Get, "/api/assessments");
        Assert.Equal(Limit - Free, before.GetArrayLength());

        // 24 saves at once, half through each instance's writer, while the test holds inserts into the table back
        // (SHARE lock: reads go on, inserts wait) until both writers are waiting, so that both have counted — or, kept
        // apart by the account's lock, one has — before either inserts; then exactly the 6 free places are taken.
        Task<HttpStatusCode[]> saving;
        await using (var blocker = new NpgsqlConnection(apps.Database.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var hold = await blocker.BeginTransactionAsync();
            await using (var lockTable = blocker.CreateCommand())
            {
                lockTable.CommandText = """LOCK TABLE "Assessments" IN SHARE MODE""";
                await lockTable.ExecuteNonQueryAsync();
            }

            saving = Task.WhenAll(Enumerable.Range(0, Posts).Select(async i =>
            {
                var (status, _) = await SaveAssessmentAsync(i % 2 == 0 ? a : b);
                return status;
            }));
            await WaitForWaitingTransactionsAsync(apps.Database, 2);
            await hold.CommitAsync();
        }

        var answers = await saving;
        Assert.Equal(Free, answers.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Posts - Free, answers.Count(s => s == HttpStatusCode.BadRequest));
        await using (var connection = new NpgsqlConnection(apps.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = """SELECT count(*) FROM "Assessments" WHERE "OwnerId" = (SELECT "OwnerId" FROM "Assessments" WHERE "Id" = @id)""";
            count.Parameters.AddWithValue("id", long.Parse(location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Limit, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    [PostgresFact]
    public async Task The_sign_in_rate_limit_of_an_address_counts_posts_to_both_instances()
    {
        var limited = new TwoInstances { SignInAttemptsPerMinute = 4 };
        await limited.InitializeAsync();
        try
        {
            var (a, b) = limited.OneBrowser();
            using var _ = a;
            using var __ = b;
            // Four posts, alternating, are answered (200: wrong password); the fifth and sixth, on either, get 429.
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 6; i++)
            {
                using var response = await (i % 2 == 0 ? a : b).SignInAsync("nobody@example.org", "not the password");
                statuses.Add(response.StatusCode);
            }

            Assert.Equal(
                [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
                statuses);
        }
        finally
        {
            await limited.DisposeAsync();
        }
    }

    // POST /api/assessments with a profile as the body: assessed and saved, a new row every time (an empty body would
    // assess the stored profile, and an assessment identical to the newest saved one answers that one rather than keep
    // it twice); the new row's address is in Location.
    private static async Task<(HttpStatusCode Status, string? Location)> SaveAssessmentAsync(Browser browser)
    {
        using var body = new StringContent(File.ReadAllText(Repository.File("examples", "woman-67-falls-parental-osteoporosis.json")), System.Text.Encoding.UTF8, "application/json");
        using var response = await browser.Client.PostAsync("/api/assessments", body);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    // Until at least `count` sessions of the database wait for a lock (both instances' writers), or 60 s.
    private static async Task WaitForWaitingTransactionsAsync(TestPostgresDatabase database, int count)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var waiting = connection.CreateCommand();
            waiting.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
            var now = (long)(await waiting.ExecuteScalarAsync())!;
            if (now >= count)
            {
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"only {now} of {count} writers came to wait for the table lock");
            await Task.Delay(50);
        }
    }

    private static async Task FailAsync(Browser browser, string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.False(await SignsInAsync(browser, email, "a wrong password"), "a wrong password signed in");
        }
    }

    // A successful sign-in redirects to the diary; a refused one shows the form again (200).
    private static async Task<bool> SignsInAsync(Browser browser, string email, string password)
    {
        using var response = await browser.SignInAsync(email, password);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
