using BuurtBot.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class CoordinatorTaskConfiguration : IEntityTypeConfiguration<CoordinatorTask>
{
    public void Configure(EntityTypeBuilder<CoordinatorTask> builder)
    {
        builder.ToTable("CoordinatorTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Key).HasMaxLength(200);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.Property(t => t.WijkName).HasMaxLength(100);
        builder.Property(t => t.Detail).HasMaxLength(500);
        builder.HasIndex(t => new { t.WijkName, t.DoneUtc });
    }
}
