using System.Net;
using System.Text;
using System.Text.Json;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Assessments;
using BoneBalance.Web.Tests.Reports;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Api;

/// <summary>
/// Stored assessments go through the group-commit writer: every acknowledged assessment is stored once, for its own
/// account, with the bytes that were returned; one bad row in a batch fails only its own request.
/// </summary>
public sealed class AssessmentWriterTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Simultaneous_assessments_of_two_accounts_are_each_stored_once_for_their_owner_as_returned()
    {
        using var a = factory.Browser();
        await a.RegisterAsync(TestAccounts.NewEmail("writer-a"));
        using var b = factory.Browser();
        await b.RegisterAsync(TestAccounts.NewEmail("writer-b"));
        var ownerA = await ApiTests.OwnerIdAsync(a);
        var ownerB = await ApiTests.OwnerIdAsync(b);

        async Task<(string Owner, long Id, byte[] Body)> PostAsync(Browser who, string owner)
        {
            using var response = await who.Client.PostAsync("/api/assessments", Json(DashboardTests.KnownPerson));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            return (owner, id, await response.Content.ReadAsByteArrayAsync());
        }

        var posts = Enumerable.Range(0, 24).Select(i => i % 2 == 0 ? PostAsync(a, ownerA) : PostAsync(b, ownerB));
        var results = await Task.WhenAll(posts);

        Assert.Equal(results.Length, results.Select(r => r.Id).Distinct().Count());
        foreach (var (owner, count) in new[] { (ownerA, 12), (ownerB, 12) })
        {
            await using var db = factory.Database(owner);
            var rows = await db.Assessments.AsNoTracking().ToListAsync();
            Assert.Equal(count, rows.Count);
            foreach (var row in rows)
            {
                var returned = results.Single(r => r.Id == row.Id);
                Assert.Equal(owner, returned.Owner);
                var stored = Data.Contracts.StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc);
                Assert.Equal(returned.Body, stored.Result.ToArray());
                Assert.True(row.ResultJson.Length * 3 < returned.Body.Length, $"kept compressed: {row.ResultJson.Length} of {returned.Body.Length} bytes");
            }
        }

        // The API's document is unindented UTF-8 JSON, stored as those bytes (compressed).
        Assert.DoesNotContain((byte)'\n', results[0].Body);
        using var parsed = JsonDocument.Parse(results[0].Body);
        Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
    }

    [Fact]
    public async Task A_row_that_cannot_be_stored_fails_alone_and_the_rest_of_its_batch_is_committed()
    {
        using var a = factory.Browser();
        await a.RegisterAsync(TestAccounts.NewEmail("writer-batch"));
        var owner = await ApiTests.OwnerIdAsync(a);
        var writer = factory.Services.GetRequiredService<AssessmentWriter>();
        var now = DateTime.UtcNow;

        // No such account: the foreign key refuses the row (as for an account deleted while its assessment queued).
        var orphan = new SavedAssessment { OwnerId = "no-such-account", InputJson = "{}", ResultJson = "{}"u8.ToArray(), CreatedUtc = now };
        var good = Enumerable.Range(0, 10)
            .Select(i => new SavedAssessment { OwnerId = owner, InputJson = $$"""{"n":{{i}}}""", ResultJson = "{}"u8.ToArray(), CreatedUtc = now })
            .ToList();
        var saves = good.Take(5).Select(r => writer.SaveAsync(r, CancellationToken.None))
            .Append(writer.SaveAsync(orphan, CancellationToken.None))
            .Concat(good.Skip(5).Select(r => writer.SaveAsync(r, CancellationToken.None)))
            .ToList();

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => saves[5]);
        // SQLite says "FOREIGN KEY constraint failed"; PostgreSQL "violates foreign key constraint".
        Assert.Contains("foreign key", failure.InnerException?.Message ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        await Task.WhenAll(saves.Where((_, i) => i != 5));
        Assert.All(good, r => Assert.True(r.Id > 0));
        Assert.Equal(0, orphan.Id);

        await using var db = factory.Database(owner);
        var stored = await db.Assessments.AsNoTracking().Select(r => r.InputJson).ToListAsync();
        Assert.Equal(good.Select(r => r.InputJson).Order(), stored.Order());
        await using var nobody = factory.Database("no-such-account");
        Assert.Equal(0, await nobody.Assessments.CountAsync());
    }

    [Fact]
    public async Task Two_rows_queued_together_for_the_last_place_under_the_limit_store_one_and_refuse_the_other()
    {
        using var a = factory.Browser();
        await a.RegisterAsync(TestAccounts.NewEmail("writer-limit"));
        var owner = await ApiTests.OwnerIdAsync(a);
        var writer = factory.Services.GetRequiredService<AssessmentWriter>();
        var now = DateTime.UtcNow;
        SavedAssessment Row(int n) => new() { OwnerId = owner, InputJson = $$"""{"n":{{n}}}""", ResultJson = "{}"u8.ToArray(), CreatedUtc = now };
        await using (var db = factory.Database(owner))
        {
            await db.AppendAssessmentsAsync([.. Enumerable.Range(0, 999).Select(Row)]);
        }

        var last = new[] { Row(1000), Row(1001) };
        var saves = last.Select(r => writer.SaveAsync(r, CancellationToken.None)).ToList();
        var outcomes = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                await s;
                return null;
            }
            catch (Core.Validation.InvalidInputException e)
            {
                return e;
            }
        }));

        var refusal = Assert.Single(outcomes, o => o is not null)!;
        Assert.Equal("assessments", refusal.Errors[0].Field);
        Assert.Equal("1,000 saved assessments kept", refusal.Errors[0].Value);
        Assert.Single(last, r => r.Id > 0);
        await using var check = factory.Database(owner);
        Assert.Equal(1000, await check.Assessments.CountAsync());
    }

    [Fact]
    public async Task The_writer_refuses_a_row_without_an_owner()
    {
        var writer = factory.Services.GetRequiredService<AssessmentWriter>();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            writer.SaveAsync(new SavedAssessment { ResultJson = "{}"u8.ToArray(), CreatedUtc = DateTime.UtcNow }, CancellationToken.None));
    }
}
