using BuurtBot.Dialogs.Domain.Initiatieven;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

/// <summary>
/// An initiatief with its timeline and buurtdeal as one aggregate: they are loaded and saved
/// together, because the domain keeps them consistent only as a whole.
/// </summary>
internal sealed class InitiatiefConfiguration : IEntityTypeConfiguration<Initiatief>
{
    public void Configure(EntityTypeBuilder<Initiatief> builder)
    {
        builder.ToTable("Initiatieven");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(Initiatief.MaxTitleLength);
        builder.Property(i => i.Description).HasMaxLength(Initiatief.MaxDescriptionLength);
        builder.Property(i => i.Doel).HasMaxLength(Initiatief.MaxDescriptionLength);
        builder.Property(i => i.WijkName).HasMaxLength(100);
        builder.Property(i => i.BuurtName).HasMaxLength(100);
        builder.Property(i => i.InitiatiefnemerId).HasMaxLength(100);
        builder.PrimitiveCollection<List<string>>("_medeInitiatiefnemerIds").HasColumnName("MedeInitiatiefnemerIds");
        builder.Ignore(i => i.MedeInitiatiefnemerIds);
        builder.Ignore(i => i.IsFinal);
        builder.Ignore(i => i.NextStepTextKey);
        builder.Ignore(i => i.IsPublished);
        builder.Property(i => i.ShareCode).HasMaxLength(16);
        builder.HasIndex(i => i.ShareCode).IsUnique();
        builder.HasIndex(i => i.PublishedAt);
        builder.HasIndex(i => new { i.WijkName, i.Status });
        builder.HasIndex(i => i.InitiatiefnemerId);

        // A complex type: no location is simply three null columns.
        builder.ComplexProperty(i => i.Location, location =>
        {
            location.Property(l => l.Street).HasMaxLength(200);
            location.HasDiscriminator();
        });

        builder.OwnsMany(i => i.Timeline, timeline =>
        {
            timeline.ToTable("InitiatiefTimeline");
            timeline.WithOwner().HasForeignKey("InitiatiefId");
            timeline.HasKey(t => t.Id);
            timeline.Property(t => t.Id).ValueGeneratedNever();
            timeline.Property(t => t.ActorId).HasMaxLength(100);
            timeline.Property(t => t.Reason).HasMaxLength(2000);
            timeline.Ignore(t => t.Actor);
        });
        builder.Navigation(i => i.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The proposal is read and written whole, so one JSON column is enough.
        builder.OwnsMany(i => i.Voorstel, voorstel => voorstel.ToJson());
        builder.Navigation(i => i.Voorstel).HasField("_voorstel").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(i => i.Deal, deal =>
        {
            deal.ToTable("Buurtdeals");
            deal.WithOwner().HasForeignKey("InitiatiefId");
            deal.Property(d => d.Id).ValueGeneratedNever();
            deal.Ignore(d => d.IsClosed);

            deal.OwnsMany(d => d.Afspraken, afspraak =>
            {
                afspraak.ToTable("Afspraken");
                afspraak.WithOwner().HasForeignKey("BuurtdealInitiatiefId");
                afspraak.HasKey(a => a.Id);
                afspraak.Property(a => a.Id).ValueGeneratedNever();
                afspraak.Property(a => a.Description).HasMaxLength(Dialogs.Domain.Buurtdeals.Afspraak.MaxDescriptionLength);
                afspraak.Property(a => a.AmountInEuros).HasPrecision(12, 2);
            });
            deal.Navigation(d => d.Afspraken).HasField("_afspraken").UsePropertyAccessMode(PropertyAccessMode.Field);

            deal.OwnsMany(d => d.Acceptances, acceptance =>
            {
                acceptance.ToTable("DealAcceptances");
                acceptance.WithOwner().HasForeignKey("BuurtdealInitiatiefId");
                acceptance.Property<int>("Id");
                acceptance.HasKey("Id");
                acceptance.Property(a => a.ActorId).HasMaxLength(100);
            });
            deal.Navigation(d => d.Acceptances).HasField("_acceptances").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(i => i.Deal).IsRequired(false);

        // The approved public wording lives in its own table, apart from the resident's own texts,
        // so what the public reads and what the resident typed can never be one column.
        builder.OwnsOne(i => i.PublicText, text =>
        {
            text.ToTable("InitiatiefPublicTexts");
            text.WithOwner().HasForeignKey("InitiatiefId");
            text.Property(t => t.Title).HasMaxLength(Initiatief.MaxTitleLength);
            text.Property(t => t.Description).HasMaxLength(Initiatief.MaxDescriptionLength);
            text.Property(t => t.Doel).HasMaxLength(Initiatief.MaxDescriptionLength);
            text.Property(t => t.SourceFingerprint).HasMaxLength(64);
            text.Property(t => t.ApprovedBy).HasMaxLength(100);
            text.OwnsMany(t => t.Afspraken, afspraak =>
            {
                afspraak.ToTable("InitiatiefPublicAfspraken");
                afspraak.WithOwner().HasForeignKey("InitiatiefId");
                afspraak.HasKey("InitiatiefId", nameof(ApprovedAfspraakText.AfspraakId));
                // Given by the afspraak it words, never by the database: a set id must not read as "already stored".
                afspraak.Property(a => a.AfspraakId).ValueGeneratedNever();
                afspraak.Property(a => a.Description).HasMaxLength(Dialogs.Domain.Buurtdeals.Afspraak.MaxDescriptionLength);
                afspraak.Property(a => a.SourceFingerprint).HasMaxLength(64);
            });
            text.Navigation(t => t.Afspraken).HasField("_afspraken").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(i => i.PublicText).IsRequired(false);
        builder.Ignore(i => i.TextFingerprint);
        builder.Ignore(i => i.HasApprovedPublicText);
        builder.Ignore(i => i.NeedsPublicReview);
    }
}
