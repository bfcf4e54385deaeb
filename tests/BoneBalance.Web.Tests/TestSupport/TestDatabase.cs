using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>
/// The database engine the app runs on in this test run: SQLite unless <see cref="ProviderVariable"/> is <c>postgres</c>.
/// ./test.sh runs this project twice, once per engine, so every persistence, API and page test runs on both. Tests that are
/// about one engine's files or migrations say so with a <c>Database</c> trait (<see cref="SqliteOnly"/>,
/// <see cref="PostgresOnly"/>) and run in that engine's pass only.
/// </summary>
public static class TestDatabase
{
    /// <summary>The variable naming the engine: <c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public const string ProviderVariable = "BONEBALANCE_TEST_DATABASE";

    /// <summary>Trait value of tests about SQLite itself (its file, its migrations): the PostgreSQL pass leaves them out.</summary>
    public const string SqliteOnly = "sqlite-only";

    /// <summary>Trait value of tests about PostgreSQL itself: the SQLite pass leaves them out when the PostgreSQL pass runs.</summary>
    public const string PostgresOnly = "postgres-only";

    /// <summary>The engine of this run.</summary>
    /// <exception cref="InvalidOperationException">The variable holds something else.</exception>
    public static DatabaseProvider Provider { get; } = Read();

    private static DatabaseProvider Read()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        return value switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"{ProviderVariable}='{value}' is not a test database; valid: sqlite or postgres."),
        };
    }
}
