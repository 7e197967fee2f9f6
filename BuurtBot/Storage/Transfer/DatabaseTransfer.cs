using System.Collections;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BuurtBot.Storage.Transfer;

/// <summary>
/// Copies every table of the model, row by row, through a JSON file: read as stored on the source
/// (SQLite keeps ids, times and decimals as text), written as the target's column types want them.
/// The model is the table list, so a new entity is carried without changes here.
/// </summary>
public static class DatabaseTransfer
{
    public const string Format = "buurtbot-data/1";

    public static async Task<int> ExportAsync(BuurtBotDbContext db, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var rows = 0;
        try
        {
            await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("source", db.Database.ProviderName);
            json.WriteStartObject("tables");
            foreach (var table in TablesInOrder(db))
            {
                json.WriteStartArray(table.Name);
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    json.WriteStartObject();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        json.WritePropertyName(reader.GetName(i));
                        WriteValue(json, reader.IsDBNull(i) ? null : reader.GetValue(i));
                    }

                    json.WriteEndObject();
                    rows++;
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }

    /// <summary>
    /// Into an empty database (migrated); all or nothing. PostgreSQL takes an export from either provider
    /// (the move to PostgreSQL); SQLite takes a SQLite export as stored (a developer's data carried
    /// into a database created afresh, e.g. after the migrations were squashed).
    /// </summary>
    public static async Task<int> ImportAsync(BuurtBotDbContext db, Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var postgres = db.Database.IsNpgsql();

        if (await db.Conversations.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken) || await db.Initiatieven.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("the target database already has data; import only into a new, empty database.");
        }

        using var document = await JsonDocument.ParseAsync(input, cancellationToken: cancellationToken);
        if (!document.RootElement.TryGetProperty("format", out var format) || format.GetString() != Format)
        {
            throw new InvalidOperationException($"not a BuurtBot export (expected format {Format}).");
        }

        if (!postgres && document.RootElement.GetProperty("source").GetString() != db.Database.ProviderName)
        {
            // SQLite keeps what it is given: PostgreSQL's lower-case uuids and ISO times would be stored
            // as they are and no longer match the values EF Core queries with.
            throw new InvalidOperationException("a SQLite database takes only a SQLite export; import a PostgreSQL export into PostgreSQL (Storage__Provider=Postgres).");
        }

        var tables = document.RootElement.GetProperty("tables");
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var rows = 0;
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // A host that ran on the new database made signing keys of its own; the old ones must win,
            // or every web chat token and sign-in cookie issued before the move stops working.
            await using (var clear = connection.CreateCommand())
            {
                clear.Transaction = transaction;
                clear.CommandText = $"DELETE FROM {Quote(db.Model.FindEntityType(typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))!.GetTableName()!)}";
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var table in TablesInOrder(db))
            {
                if (!tables.TryGetProperty(table.Name, out var exported))
                {
                    continue;
                }

                foreach (var row in exported.EnumerateArray())
                {
                    var columns = table.Columns.Where(c => row.TryGetProperty(c.Name, out _)).ToList();
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((c, i) => postgres && c.StoreType is "jsonb" or "json" ? $"CAST(@p{i} AS {c.StoreType})" : $"@p{i}"))})";
                    for (var i = 0; i < columns.Count; i++)
                    {
                        var column = columns[i];
                        var value = row.GetProperty(column.Name);
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = $"@p{i}";
                        parameter.Value = !postgres ? AsStored(value)
                            : column.StoreType is "jsonb" or "json" ? JsonText(value)
                            : ToClr(value, column.ProviderClrType);
                        command.Parameters.Add(parameter);
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                    rows++;
                }

                // Rows keep their ids, so the identity sequences must continue after the highest
                // (SQLite's AUTOINCREMENT counter follows the ids inserted by itself).
                foreach (var column in table.Columns.Where(c => postgres && (c.ProviderClrType == typeof(int) || c.ProviderClrType == typeof(long))))
                {
                    await using var reset = connection.CreateCommand();
                    reset.Transaction = transaction;
                    reset.CommandText =
                        $"SELECT setval(s, COALESCE((SELECT MAX({Quote(column.Name)}) FROM {Quote(table.Name)}), 0) + 1, false) " +
                        $"FROM pg_get_serial_sequence('{Quote(table.Name)}', '{column.Name}') AS s WHERE s IS NOT NULL";
                    await reset.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }

    /// <summary>The model's tables, each after the tables its foreign keys point to.</summary>
    private static List<ITable> TablesInOrder(BuurtBotDbContext db)
    {
        var tables = db.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        var seen = new HashSet<ITable>();
        void Visit(ITable table)
        {
            if (!seen.Add(table))
            {
                return;
            }

            foreach (var principal in table.ForeignKeyConstraints.Select(fk => fk.PrincipalTable).Where(p => p != table))
            {
                Visit(principal);
            }

            ordered.Add(table);
        }

        tables.ForEach(Visit);
        return ordered;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case Guid g:
                json.WriteStringValue(g);
                break;
            case DateTime d:
                json.WriteStringValue(DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset d:
                json.WriteStringValue(d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                json.WriteBase64StringValue(bytes);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case double or float:
                json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case long or int or short or byte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string JsonText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>A SQLite export's value back into SQLite as it was stored: text, integer, real (it has no other kinds to give).</summary>
    private static object AsStored(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => DBNull.Value,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        _ => value.GetRawText(),
    };

    /// <summary>An exported value as the target column's type (SQLite wrote ids, times and decimals as text, booleans as 0/1).</summary>
    private static object ToClr(JsonElement value, Type type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return DBNull.Value;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(Guid) => Guid.Parse(text),
            _ when type == typeof(DateTime) => DateTime.SpecifyKind(
                DateTime.Parse(text, invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), DateTimeKind.Utc),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, invariant, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
            _ when type == typeof(bool) => value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => text is "1" or "true" or "True",
            },
            _ when type == typeof(int) => int.Parse(text, invariant),
            _ when type == typeof(long) => long.Parse(text, invariant),
            _ when type == typeof(short) => short.Parse(text, invariant),
            _ when type == typeof(decimal) => decimal.Parse(text, NumberStyles.Float, invariant),
            _ when type == typeof(double) => double.Parse(text, NumberStyles.Float, invariant),
            _ when type == typeof(byte[]) => Convert.FromBase64String(text),
            _ when type == typeof(string[]) || type.IsAssignableFrom(typeof(List<string>)) => Strings(value) is var list && type == typeof(string[]) ? list.ToArray() : list,
            _ => text,
        };
    }

    /// <summary>A list of strings from a JSON array, or from text holding one (SQLite's primitive collections).</summary>
    private static List<string> Strings(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            using var inner = JsonDocument.Parse(value.GetString()!);
            return inner.RootElement.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        }

        return value.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
    }
}
