using Npgsql;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: <see cref="ServerVariable"/> holds its connection string (a role that may create
/// databases). ./test.sh starts a throw-away server and sets it. Without it the PostgreSQL tests fail naming how to get
/// one, unless <see cref="OptOutVariable"/> is 1 (then they are reported as skipped).
/// </summary>
public static class TestPostgres
{
    /// <summary>The connection string of the test server (Host, Port, Username, Password).</summary>
    public const string ServerVariable = "BONEBALANCE_TEST_POSTGRES";

    /// <summary>Set to 1 to skip the PostgreSQL tests on a machine without PostgreSQL.</summary>
    public const string OptOutVariable = "BONEBALANCE_SKIP_POSTGRES_TESTS";

    /// <summary>True when the PostgreSQL tests were switched off with <see cref="OptOutVariable"/>.</summary>
    public static bool OptedOut => Environment.GetEnvironmentVariable(OptOutVariable) == "1";

    /// <summary>The server's connection string.</summary>
    /// <exception cref="InvalidOperationException"><see cref="ServerVariable"/> is not set.</exception>
    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(ServerVariable);
            return string.IsNullOrWhiteSpace(value)
                ? throw new InvalidOperationException(
                    $"{ServerVariable} is not set: run ./test.sh (it installs Debian's 'postgresql' and starts a throw-away server), " +
                    $"or set {ServerVariable}=\"Host=…;Port=…;Username=…;Password=…\" for a role that may create databases, " +
                    $"or set {OptOutVariable}=1 to skip the PostgreSQL tests.")
                : value;
        }
    }

    /// <summary>Creates an empty database with a name unique to this test run; disposing the result drops it.</summary>
    public static TestPostgresDatabase CreateDatabase()
    {
        var name = "bonebalance_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestPostgresDatabase(name, builder.ConnectionString);
    }

    /// <summary>Drops the database <paramref name="name"/>, closing whatever connections are still open to it.</summary>
    internal static void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

/// <summary>One test's own PostgreSQL database (<see cref="TestPostgres.CreateDatabase"/>), dropped on dispose.</summary>
public sealed class TestPostgresDatabase(string name, string connectionString) : IDisposable
{
    /// <summary>The database name.</summary>
    public string Name { get; } = name;

    /// <summary>A connection string for this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public void Dispose() => TestPostgres.DropDatabase(Name);
}
