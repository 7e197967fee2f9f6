using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BuurtBot.Storage;

/// <summary>Stores DateTime as UTC and gives it back marked as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
