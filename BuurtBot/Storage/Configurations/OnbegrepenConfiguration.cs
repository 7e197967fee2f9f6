using BuurtBot.Inzicht.Onbegrepen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class OnbegrepenAntwoordConfiguration : IEntityTypeConfiguration<OnbegrepenAntwoord>
{
    public void Configure(EntityTypeBuilder<OnbegrepenAntwoord> builder)
    {
        builder.ToTable("OnbegrepenAntwoorden");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Where).HasMaxLength(80);
        builder.Property(e => e.Locale).HasMaxLength(10);
        builder.Property(e => e.Wijk).HasMaxLength(100);
        builder.Property(e => e.Text).HasMaxLength(OnbegrepenAntwoord.MaxTextLength);
        builder.Property(e => e.ChoicesJson).HasMaxLength(4000);

        // The purge deletes by age and the page lists the newest; "vergeet mij" finds a chat's own.
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => e.ConversationId);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OnbegrepenOptInConfiguration : IEntityTypeConfiguration<OnbegrepenOptIn>
{
    public void Configure(EntityTypeBuilder<OnbegrepenOptIn> builder)
    {
        builder.ToTable("OnbegrepenOptIn");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ChangedBy).HasMaxLength(256);
    }
}

internal sealed class AntwoordVoorstelConfiguration : IEntityTypeConfiguration<AntwoordVoorstel>
{
    public void Configure(EntityTypeBuilder<AntwoordVoorstel> builder)
    {
        builder.ToTable("AntwoordVoorstellen");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Where).HasMaxLength(80);
        builder.Property(e => e.Family).HasMaxLength(40);
        builder.Property(e => e.Locale).HasMaxLength(10);
        builder.Property(e => e.Wijk).HasMaxLength(100);
        builder.Property(e => e.Text).HasMaxLength(OnbegrepenAntwoord.MaxTextLength);
        builder.Property(e => e.Meaning).HasMaxLength(200);
        builder.Property(e => e.MeaningTitle).HasMaxLength(200);
        builder.Property(e => e.ProposedBy).HasMaxLength(256);
    }
}
