namespace BoneBalance.Data.Persistence;

/// <summary>The database engines BoneBalance can store accounts in (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (<c>sqlite</c>), the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>postgres</c>).</summary>
    Postgres,
}
