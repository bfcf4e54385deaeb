using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BoneBalance.Data.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteBoneBalanceDbContext</c> build the model without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBoneBalanceDbContext>
{
    /// <inheritdoc/>
    public SqliteBoneBalanceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteBoneBalanceDbContext>();
        BoneBalanceDatabase.UseSqlite(options, BoneBalanceDatabase.SqliteConnectionString("design-time.db"));
        return new SqliteBoneBalanceDbContext(options.Options, DataOwner.Nobody);
    }
}
