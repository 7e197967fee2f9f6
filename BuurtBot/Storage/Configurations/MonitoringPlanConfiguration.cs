using BuurtBot.Dialogs.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class MonitoringPlanConfiguration : IEntityTypeConfiguration<MonitoringPlan>
{
    public void Configure(EntityTypeBuilder<MonitoringPlan> builder)
    {
        builder.ToTable("MonitoringPlans");
        builder.HasKey(p => p.InitiatiefId);
        builder.Property(p => p.WijkName).HasMaxLength(100);
        builder.Property(p => p.AppliedSignature).HasMaxLength(200);
        builder.HasIndex(p => p.WijkName);
    }
}
