using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Data.Persistence.Sqlite;

/// <summary>
/// <see cref="BoneBalanceDbContext"/> on SQLite, the default: its own type so that its migrations
/// (<c>Persistence/Sqlite/Migrations</c>) are kept apart from PostgreSQL's.
/// </summary>
public sealed class SqliteBoneBalanceDbContext(DbContextOptions<SqliteBoneBalanceDbContext> options, DataOwner owner)
    : BoneBalanceDbContext(options, owner);
