using BoneBalance.Core.People;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Diary;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Profile;

/// <summary>The signed-in person's profile document: read, replace, and the person other pages need.</summary>
internal sealed partial class ProfileStore(BoneBalanceDbContext db, FoodCatalogue catalogue, PersonDay day, TimeProvider clock, ILogger<ProfileStore> logger)
{
    /// <summary>The stored profile, or null when the person has not saved one.</summary>
    public Task<StoredProfile?> GetAsync(CancellationToken cancellationToken) =>
        db.Profiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>Checks <paramref name="utf8Json"/> with the profile contract and stores it in place of the current profile.</summary>
    /// <exception cref="BoneBalance.Core.Validation.InvalidInputException">The document is refused; every error names its JSON path.</exception>
    public async Task<StoredProfile> SaveAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        var (json, _) = ProfileJson.Validate(utf8Json.Span, catalogue.Find, day.Today);
        try
        {
            return await UpsertAsync(json, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two first saves at once: the other one inserted the row (one profile per account, a unique index), so
            // this one replaces it.
            db.ChangeTracker.Clear();
            return await UpsertAsync(json, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Checks <paramref name="utf8Json"/> with the profile contract without storing it.</summary>
    /// <exception cref="BoneBalance.Core.Validation.InvalidInputException">The document is refused; every error names its JSON path.</exception>
    public void Check(ReadOnlySpan<byte> utf8Json) => ProfileDocument.Parse(utf8Json, catalogue.Find, day.Today);

    private async Task<StoredProfile> UpsertAsync(string json, CancellationToken cancellationToken)
    {
        var row = await db.Profiles.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new StoredProfile();
            db.Profiles.Add(row);
        }

        row.Json = json;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Saved(logger, db.Owner.UserId);
        return row;
    }

    /// <summary>Sets age and sex in the profile (creating it when there is none), keeping everything else.</summary>
    public async Task SaveBasicsAsync(int age, Sex sex, CancellationToken cancellationToken)
    {
        var current = await GetAsync(cancellationToken).ConfigureAwait(false);
        await SaveAsync(ProfileJson.WithBasics(current?.Json, age, sex), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person for the intake analysis, when a valid profile is saved.</summary>
    public async Task<PersonProfile?> PersonAsync(CancellationToken cancellationToken) =>
        (await InputAsync(cancellationToken).ConfigureAwait(false))?.Person;

    /// <summary>The saved profile as the Assessor reads it (person, medications, …), when a valid profile is saved.</summary>
    public async Task<BoneBalance.Core.Guidance.AssessmentInput?> InputAsync(CancellationToken cancellationToken) =>
        await GetAsync(cancellationToken).ConfigureAwait(false) is { } profile
            ? ProfileJson.TryRead(profile.Json, catalogue.Find, day.Today)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} saved its profile")]
    private static partial void Saved(ILogger logger, string? userId);
}
