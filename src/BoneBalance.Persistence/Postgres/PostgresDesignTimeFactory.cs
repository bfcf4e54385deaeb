using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BoneBalance.Data.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresBoneBalanceDbContext</c> build the model; no server is
/// contacted to generate a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBoneBalanceDbContext>
{
    /// <inheritdoc/>
    public PostgresBoneBalanceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresBoneBalanceDbContext>();
        BoneBalanceDatabase.UsePostgres(options, "Host=localhost;Database=bonebalance");
        return new PostgresBoneBalanceDbContext(options.Options, DataOwner.Nobody);
    }
}
