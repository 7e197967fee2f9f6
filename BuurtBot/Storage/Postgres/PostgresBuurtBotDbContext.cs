using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Storage.Postgres;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so EF Core keeps its migrations
/// (<c>Storage/Migrations/Postgres</c>) apart from SQLite's: migrations belong to a context type.
/// </summary>
public sealed class PostgresBuurtBotDbContext(DbContextOptions<PostgresBuurtBotDbContext> options) : BuurtBotDbContext(options);
