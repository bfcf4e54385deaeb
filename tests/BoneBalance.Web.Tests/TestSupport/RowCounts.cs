using System.Data.Common;
using BoneBalance.Data.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>Counts rows straight from the database (SQLite file or PostgreSQL), past every query filter.</summary>
public static class RowCounts
{
    /// <summary>The tables that hold rows of one account, with the column naming it.</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> AccountTables =
    [
        ("AspNetUsers", "Id"), ("AspNetUserClaims", "UserId"), ("AspNetUserLogins", "UserId"), ("AspNetUserRoles", "UserId"), ("AspNetUserTokens", "UserId"),
        ("Profiles", "OwnerId"), ("DiaryFoods", "OwnerId"), ("DiarySupplements", "OwnerId"), ("Assessments", "OwnerId"), ("ApiTokens", "OwnerId"),
    ];

    /// <summary>Rows anywhere in the database that belong to <paramref name="userId"/>.</summary>
    public static async Task<long> OfAsync(BoneBalanceFactory factory, string userId)
    {
        await using DbConnection connection = factory.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(factory.ConnectionString)
            : new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        long total = 0;
        foreach (var (table, column) in AccountTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @id";
            var id = command.CreateParameter();
            id.ParameterName = "@id";
            id.Value = userId;
            command.Parameters.Add(id);
            total += (long)(await command.ExecuteScalarAsync())!;
        }

        return total;
    }
}
