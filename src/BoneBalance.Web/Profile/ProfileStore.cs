using System.Text.Json.Nodes;
using BoneBalance.Core.People;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Profile;

/// <summary>The signed-in person's profile document: read, replace, and the age and sex other pages need.</summary>
internal sealed partial class ProfileStore(BoneBalanceDbContext db, TimeProvider clock, ILogger<ProfileStore> logger)
{
    /// <summary>The stored profile, or null when the person has not saved one.</summary>
    public Task<StoredProfile?> GetAsync(CancellationToken cancellationToken) =>
        db.Profiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>Checks and stores <paramref name="document"/> in place of the current profile.</summary>
    /// <exception cref="BoneBalance.Core.Validation.InvalidInputException">The document is refused (see <see cref="ProfileJson.Validate"/>).</exception>
    public async Task<StoredProfile> SaveAsync(JsonNode? document, CancellationToken cancellationToken)
    {
        var json = ProfileJson.Validate(document);
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
        await SaveAsync(JsonNode.Parse(ProfileJson.WithBasics(current?.Json, age, sex)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person for the intake analysis, when the profile gives age and sex.</summary>
    public async Task<PersonProfile?> PersonAsync(CancellationToken cancellationToken) =>
        await GetAsync(cancellationToken).ConfigureAwait(false) is { } profile && ProfileJson.Basics(profile.Json) is { } basics
            ? PersonProfile.Create(basics.Age, basics.Sex)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} saved its profile")]
    private static partial void Saved(ILogger logger, string? userId);
}
