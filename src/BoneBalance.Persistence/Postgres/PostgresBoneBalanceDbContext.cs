using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Data.Persistence.Postgres;

/// <summary>
/// <see cref="BoneBalanceDbContext"/> on PostgreSQL (<c>Database:Provider = postgres</c>): its own type so that its
/// migrations (<c>Persistence/Postgres/Migrations</c>) are kept apart from SQLite's.
/// </summary>
public sealed class PostgresBoneBalanceDbContext(DbContextOptions<PostgresBoneBalanceDbContext> options, DataOwner owner)
    : BoneBalanceDbContext(options, owner);
