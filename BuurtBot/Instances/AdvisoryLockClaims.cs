using System.Buffers.Binary;
using BuurtBot.Turns;
using Npgsql;

namespace BuurtBot.Instances;

/// <summary>
/// Claims a conversation with a transaction-scoped PostgreSQL advisory lock
/// (<c>pg_try_advisory_xact_lock(lane, hash of the conversation id)</c>) on a connection of its own,
/// held while one turn runs (or one lane of replies is sent) and released by COMMIT. An instance
/// that dies releases its claims as soon as the server sees its connection go: at once when the
/// process ends (the socket closes), and for a frozen instance after
/// <see cref="IdleTimeout"/>, when the server ends its idle transaction. A conversation whose hash
/// another one shares only waits for it; correctness still rests on the conversation's version.
/// </summary>
public sealed partial class AdvisoryLockClaims(NpgsqlDataSource dataSource, ILogger<AdvisoryLockClaims> logger) : IConversationClaims
{
    /// <summary>The longest a claim survives an instance that stopped talking to the server.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(2);

    public bool IsShared => true;

    public async Task<IAsyncDisposable?> TryClaimAsync(ClaimLane lane, Guid conversationId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                $"SET LOCAL idle_in_transaction_session_timeout = '{(int)IdleTimeout.TotalMilliseconds}'; SELECT pg_try_advisory_xact_lock(@lane, @key);",
                connection, transaction);
            command.Parameters.AddWithValue("lane", (int)lane);
            command.Parameters.AddWithValue("key", KeyOf(conversationId));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Claim(connection, transaction, this);
            }

            await transaction.RollbackAsync(cancellationToken);
            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stable 32-bit key: the same on every instance and every run (unlike string hash codes).</summary>
    public static int KeyOf(Guid conversationId)
    {
        Span<byte> bytes = stackalloc byte[16];
        conversationId.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadInt32LittleEndian(bytes) ^ BinaryPrimitives.ReadInt32LittleEndian(bytes[4..])
            ^ BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) ^ BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
    }

    private sealed class Claim(NpgsqlConnection connection, NpgsqlTransaction transaction, AdvisoryLockClaims owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.CommitAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The server ended the session (and with it the lock); nothing of ours was in this transaction.
                owner.LogReleaseFailed(ex);
            }
            finally
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation claim ended with its connection")]
    private partial void LogReleaseFailed(Exception exception);
}
