using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Testing;

/// <summary>A statement run on a context's own connection, as it is (a pragma reads that connection's setting).</summary>
public static class RawSql
{
    public static async Task<object?> ScalarAsync(this BuurtBotDbContext db, string sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
