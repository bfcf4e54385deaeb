using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>
/// kill -9 in the middle of a stream of writes: after a restart every write the app acknowledged (201) is there with
/// its value, on SQLite (whose integrity check then passes) and on PostgreSQL.
/// </summary>
public sealed class CrashTests
{
    private const int Writers = 8;
    private const int KillAfterAcknowledged = 150;

    [Fact]
    [Trait("Database", TestDatabase.SqliteOnly)]
    public async Task A_hard_kill_mid_write_loses_no_acknowledged_write_and_corrupts_nothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "bonebalance.db");
        await WriteKillAndCheckAsync(() => AppProcess.StartAsync(database), app => Assert.Contains($"BoneBalance database: {database}", app.Output, StringComparison.Ordinal));

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        check.CommandText = "PRAGMA foreign_key_check";
        Assert.Null(await check.ExecuteScalarAsync());
        await connection.CloseAsync();
        Directory.Delete(directory, recursive: true);
    }

    [PostgresFact]
    [Trait("Database", TestDatabase.PostgresOnly)]
    public async Task A_hard_kill_mid_write_on_postgres_loses_no_acknowledged_write()
    {
        using var database = TestPostgres.CreateDatabase();
        await WriteKillAndCheckAsync(() => AppProcess.StartOnPostgresAsync(database.ConnectionString), _ => { });
    }

    /// <summary>
    /// Writers post diary rows until <see cref="KillAfterAcknowledged"/> are acknowledged, the app is killed, and a
    /// restarted app returns every acknowledged row with its value.
    /// </summary>
    private static async Task WriteKillAndCheckAsync(Func<Task<AppProcess>> start, Action<AppProcess> started)
    {
        var acknowledged = new ConcurrentDictionary<long, double>();
        string token;

        using (var app = await start())
        {
            started(app);
            using var browser = app.Browser();
            await browser.RegisterAsync(TestAccounts.NewEmail("crash"));
            token = await browser.CreateTokenAsync("crash test");

            using var stop = new CancellationTokenSource();
            var sequence = 0;
            var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(10) };
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                while (!stop.IsCancellationRequested)
                {
                    // Each write carries a unique amount, so a row that came back with another value would show.
                    var grams = 1 + (Interlocked.Increment(ref sequence) / 1000.0);
                    try
                    {
                        using var response = await client.PostAsJsonAsync("api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams }, stop.Token);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var row = await response.Content.ReadFromJsonAsync<JsonElement>(stop.Token);
                            acknowledged[row.GetProperty("id").GetInt64()] = grams;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException or JsonException)
                    {
                        // The app died mid-request: this write was never acknowledged.
                    }
                }
            })).ToArray();

            while (acknowledged.Count < KillAfterAcknowledged)
            {
                await Task.Delay(10);
            }

            app.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= KillAfterAcknowledged);
        using (var app = await start())
        {
            using var browser = app.Browser();
            browser.UseBearer(token);
            var (status, rows) = await browser.JsonAsync(HttpMethod.Get, "api/diary/foods?from=2026-11-20&to=2026-11-20");
            Assert.Equal(HttpStatusCode.OK, status);
            var stored = rows.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("grams").GetDouble());
            foreach (var (id, grams) in acknowledged)
            {
                Assert.True(stored.TryGetValue(id, out var value), $"acknowledged row {id} is missing after the crash");
                Assert.Equal(grams, value);
            }

            app.KillHard();
        }
    }
}
